package dev.owl.cli;

import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Build time: picocli's model of every owl command, written as Java that builds it through picocli's programmatic
 * API ({@code GeneratedModels}), and compiled into the classes. At run time picocli otherwise reads each command's
 * annotations by reflection, and the JDK makes a proxy class per annotation type: over a third of {@code owl
 * list}'s main thread (issue 16). The annotations stay the one source: every value here is read from the model
 * picocli builds from them (attribute by attribute; {@code GeneratedModelsTest} compares the two models and every
 * help text), and an annotation attribute this generator does not know stops the build.
 * Usage: {@code ModelGenerator SOURCE_DIR CLASSES_DIR}.
 */
public final class ModelGenerator {
    static final String CLASS = "GeneratedModels";

    private final ModelCode code = new ModelCode();
    private final Set<Class<?>> done = new LinkedHashSet<>();

    private ModelGenerator() {}

    public static void main(String[] args) throws Exception {
        Path sources = Path.of(args[0]).resolve("dev/owl/cli");
        try (var stale = Files.newDirectoryStream(Path.of(args[1]).resolve("dev/owl/cli"), CLASS + "*.class")) {
            for (Path p : stale) { // last build's: not to be loaded while this one is made
                Files.delete(p);
            }
        }
        Path file = sources.resolve(CLASS + ".java");
        Files.createDirectories(sources);
        Files.writeString(file, source(), StandardCharsets.UTF_8);
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        int rc = javac.run(null, null, null, "--release", "17", "-nowarn", "-implicit:none", "-encoding", "UTF-8",
                "-cp", System.getProperty("java.class.path"), "-d", args[1], file.toString());
        if (rc != 0) {
            throw new IllegalStateException("javac failed on " + file);
        }
    }

    /** The generated class's source. */
    static String source() throws ReflectiveOperationException {
        ModelGenerator g = new ModelGenerator();
        Deque<Class<?>> todo = new ArrayDeque<>();
        todo.add(OwlCommand.class);
        for (Launcher.Sub sub : Launcher.subcommands()) {
            if (sub.type() != CommandLine.HelpCommand.class) {
                todo.add(sub.type());
            }
        }
        List<Class<?>> roots = new ArrayList<>(todo);
        while (!todo.isEmpty()) {
            Class<?> type = todo.poll();
            if (g.done.add(type)) {
                todo.addAll(g.command(type));
            }
        }
        g.standardHelp();
        StringBuilder makes = new StringBuilder();
        for (Class<?> type : roots.subList(1, roots.size())) { // the subcommands, each made by a constructor call
            makes.append("        if (type == ").append(ModelCode.name(type)).append(".class) {\n            return new ")
                    .append(ModelCode.name(type)).append("();\n        }\n");
        }
        return g.code.file(roots, makes.toString(), listings());
    }

    /** The body of the generated {@code listing}: each subcommand's aliases, header, description and hidden. */
    private static String listings() {
        StringBuilder f = new StringBuilder();
        for (Launcher.Sub sub : Launcher.subcommands()) { // picocli's help command too
            Class<?> type = sub.type();
            CommandLine.Command c = type.getAnnotation(CommandLine.Command.class);
            f.append("        if (type == ").append(ModelCode.name(type)).append(".class) {\n            return Launcher.listing(name, ")
                    .append("new String[] {").append(ModelCode.strings(c.aliases())).append("}, new String[] {")
                    .append(ModelCode.strings(c.header())).append("}, new String[] {").append(ModelCode.strings(c.description()))
                    .append("}, ").append(c.hidden()).append(");\n        }\n");
        }
        return f.toString();
    }

    /** Writes the method that builds {@code type}'s model; returns the classes it refers to (mixins, subcommands). */
    private List<Class<?>> command(Class<?> type) throws ReflectiveOperationException {
        CommandSpec spec = CommandSpec.forAnnotatedObject(instance(type));
        List<Class<?>> more = new ArrayList<>();
        code.begin(type);
        CommandLine.Command cmd = type.getAnnotation(CommandLine.Command.class);
        if (cmd != null) {
            code.commandAttributes(cmd, spec);
            for (Class<?> sub : cmd.subcommands()) {
                code.line("s.addSubcommand(" + ModelCode.string(sub.getAnnotation(CommandLine.Command.class).name())
                        + ", new CommandLine(" + ModelCode.method(sub) + "(new " + ModelCode.name(sub) + "())));");
                more.add(sub);
            }
        }
        for (Field field : type.getDeclaredFields()) {
            more.addAll(member(field, spec));
        }
        if (cmd != null && cmd.mixinStandardHelpOptions()) {
            code.line("s.addMixin(\"mixinStandardHelpOptions\", standardHelp());");
        }
        code.end();
        return more;
    }

    /** picocli's --help and --version (mixinStandardHelpOptions), from its own annotations (class AutoHelpMixin). */
    private void standardHelp() throws ReflectiveOperationException {
        Class<?> type = Class.forName(CommandLine.class.getName() + "$AutoHelpMixin");
        Constructor<?> c = type.getDeclaredConstructor();
        c.setAccessible(true);
        CommandSpec spec = CommandSpec.forAnnotatedObject(c.newInstance());
        code.begin(null);
        for (Field field : type.getDeclaredFields()) {
            member(field, spec);
        }
        code.end();
    }

    private List<Class<?>> member(Field field, CommandSpec spec) {
        if (field.isAnnotationPresent(CommandLine.Spec.class)) {
            if (field.getAnnotation(CommandLine.Spec.class).value() == CommandLine.Spec.Target.SELF) {
                code.line("o." + field.getName() + " = s;");
            } // a mixin's @Spec(MIXEE): set by the command that mixes it in, below
        } else if (field.isAnnotationPresent(CommandLine.Mixin.class)) {
            String name = field.getAnnotation(CommandLine.Mixin.class).name();
            code.line("s.addMixin(" + ModelCode.string(name.isEmpty() ? field.getName() : name) + ", "
                    + ModelCode.method(field.getType()) + "(o." + field.getName() + "));");
            for (Field f : field.getType().getDeclaredFields()) {
                CommandLine.Spec mixee = f.getAnnotation(CommandLine.Spec.class);
                if (mixee != null && mixee.value() == CommandLine.Spec.Target.MIXEE) {
                    code.line("o." + field.getName() + "." + f.getName() + " = s;");
                }
            }
            return List.of(field.getType());
        } else if (field.isAnnotationPresent(CommandLine.Option.class)) {
            code.option(field, field.getAnnotation(CommandLine.Option.class), arg(spec, field));
        } else if (field.isAnnotationPresent(CommandLine.Parameters.class)) {
            code.positional(field, field.getAnnotation(CommandLine.Parameters.class), arg(spec, field));
        } else {
            for (Annotation a : field.getAnnotations()) {
                if (a.annotationType().getDeclaringClass() == CommandLine.class) {
                    throw unsupported(field, "@" + a.annotationType().getSimpleName());
                }
            }
        }
        return List.of();
    }

    private static ArgSpec arg(CommandSpec spec, Field field) {
        List<ArgSpec> args = new ArrayList<>(spec.options());
        args.addAll(spec.positionalParameters());
        for (ArgSpec a : args) {
            if (field.equals(a.userObject())) {
                return a;
            }
        }
        throw unsupported(field, "a member picocli did not model");
    }

    static IllegalStateException unsupported(Object where, String what) {
        return new IllegalStateException("ModelGenerator does not support " + what + " (" + where + "): extend it, "
                + "and GeneratedModelsTest, before using it");
    }

    /** An instance to read the annotations' model from: the root through its constructor, any other class new. */
    private static Object instance(Class<?> type) throws ReflectiveOperationException {
        if (type == OwlCommand.class) {
            Constructor<?> c = type.getDeclaredConstructor(dev.owl.config.Environment.class, dev.owl.catalog.Catalog.class,
                    java.util.function.Function.class);
            c.setAccessible(true);
            return c.newInstance(dev.owl.config.Environment.system(), null, null);
        }
        Constructor<?> c = type.getDeclaredConstructor();
        if (Modifier.isPrivate(c.getModifiers())) {
            throw unsupported(type, "a private constructor");
        }
        c.setAccessible(true);
        return c.newInstance();
    }

    /** The annotation's attributes that differ from their defaults, by name. */
    static List<Method> changed(Annotation a) {
        List<Method> result = new ArrayList<>();
        for (Method m : a.annotationType().getDeclaredMethods()) {
            try {
                Object value = m.invoke(a);
                Object dflt = m.getDefaultValue();
                if (dflt == null || !java.util.Objects.deepEquals(value, dflt)) {
                    result.add(m);
                }
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
        result.sort(java.util.Comparator.comparing(Method::getName));
        return result;
    }
}
