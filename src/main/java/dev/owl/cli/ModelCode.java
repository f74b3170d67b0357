package dev.owl.cli;

import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The Java that {@link ModelGenerator} writes: one method per command or mixin class building its picocli model
 * through the programmatic API, with each attribute the annotation sets, and one switch that reads and writes the
 * annotated fields (picocli's getter and setter) instead of reflection.
 */
final class ModelCode {
    /** @Command attributes copied into the command's usage message, by the setter of the same name. */
    private static final Set<String> USAGE = Set.of("header", "headerHeading", "description", "descriptionHeading", "footer",
            "footerHeading", "synopsisHeading", "customSynopsis", "optionListHeading", "parameterListHeading",
            "commandListHeading", "synopsisSubcommandLabel");
    /** Attributes of @Option and @Parameters set by the builder method of the same name. */
    private static final Set<String> SAME = Set.of("hidden", "usageHelp", "versionHelp", "help", "negatable",
            "hideParamSyntax", "description", "order");

    /** A generated method's braces, opened in begin() and closed in end(). */
    private static final String BRACES = "{}";

    private final StringBuilder methods = new StringBuilder();
    private final List<String> reads = new ArrayList<>();
    private final List<String> writes = new ArrayList<>();

    void begin(Class<?> type) {
        methods.append("\n    static CommandSpec ").append(type == null ? "standardHelp() " : method(type) + "(" + name(type) + " o) ")
                .append(BRACES.charAt(0)).append('\n');
        line(type == null ? "CommandSpec s = CommandSpec.create();" : "CommandSpec s = CommandSpec.wrapWithoutInspection(o);");
        line("Binding h;");
    }

    void end() {
        line("return s;");
        methods.append("    ").append(BRACES.charAt(1)).append('\n');
    }

    void line(String text) {
        methods.append("        ").append(text).append('\n');
    }

    void commandAttributes(CommandLine.Command cmd, CommandSpec spec) {
        for (Method m : ModelGenerator.changed(cmd)) {
            String a = m.getName();
            Object v = invoke(m, cmd);
            if (a.equals("name")) {
                line("s.name(" + string((String) v) + ");");
            } else if (a.equals("aliases")) {
                line("s.aliases(" + strings((String[]) v) + ");");
            } else if (a.equals("versionProvider")) {
                line("s.versionProvider(new " + name((Class<?>) v) + "());");
            } else if (a.equals("hidden")) {
                line("s.usageMessage().hidden(" + v + ");");
            } else if (USAGE.contains(a)) {
                line("s.usageMessage()." + a + "(" + (v instanceof String[] arr ? strings(arr) : string((String) v)) + ");");
            } else if (!a.equals("subcommands") && !a.equals("mixinStandardHelpOptions")) {
                throw ModelGenerator.unsupported(cmd, "@Command(" + a + ")");
            }
        }
    }

    void option(Field field, CommandLine.Option ann, ArgSpec spec) {
        StringBuilder b = new StringBuilder("s.addOption(CommandLine.Model.OptionSpec.builder(" + strings(ann.names()) + ")");
        for (Method m : ModelGenerator.changed(ann)) {
            String a = m.getName();
            if (!a.equals("names") && !common(b, a, invoke(m, ann)) && !a.equals("scope")) {
                throw ModelGenerator.unsupported(field, "@Option(" + a + ")");
            }
        }
        if (ann.scope() != CommandLine.ScopeType.LOCAL) {
            b.append("\n                .scopeType(CommandLine.ScopeType.").append(ann.scope().name()).append(')');
        }
        line(typed(b, field, spec, "arity", spec.arity()) + ".build());");
    }

    void positional(Field field, CommandLine.Parameters ann, ArgSpec spec) {
        StringBuilder b = new StringBuilder("s.addPositional(CommandLine.Model.PositionalParamSpec.builder()");
        for (Method m : ModelGenerator.changed(ann)) {
            String a = m.getName();
            if (!common(b, a, invoke(m, ann)) && !a.equals("index")) {
                throw ModelGenerator.unsupported(field, "@Parameters(" + a + ")");
            }
        }
        b.append("\n                .index(").append(range(((CommandLine.Model.PositionalParamSpec) spec).index())).append(')');
        line(typed(b, field, spec, "arity", spec.arity()) + ".build());");
    }

    /** An attribute @Option and @Parameters share; false when it is not one this class copies. */
    private static boolean common(StringBuilder b, String a, Object v) {
        String value;
        if (SAME.contains(a)) {
            value = v instanceof String[] arr ? strings(arr) : v instanceof String s ? string(s) : String.valueOf(v);
        } else if (a.equals("split")) {
            a = "splitRegex";
            value = string((String) v);
        } else if (a.equals("splitSynopsisLabel")) {
            a = "splitRegexSynopsisLabel";
            value = string((String) v);
        } else if (a.equals("converter")) {
            a = "converters";
            value = each((Class<?>[]) v, "new ", "()");
        } else if (a.equals("completionCandidates")) {
            value = "new " + name((Class<?>) v) + "()";
        } else if (a.equals("showDefaultValue")) {
            value = "CommandLine.Help.Visibility." + v;
        } else {
            return Set.of("paramLabel", "arity", "type", "required", "descriptionKey", "prompt").contains(a); // see typed()
        }
        b.append("\n                .").append(a).append('(').append(value).append(')');
        return true;
    }

    /** The attributes picocli works out from the field (type, arity, label) and the binding to it. */
    private String typed(StringBuilder b, Field field, ArgSpec spec, String arity, CommandLine.Range range) {
        String initial = "o." + field.getName();
        String binding;
        if (java.lang.reflect.Modifier.isPrivate(field.getModifiers())) { // picocli's own help mixin: a value of its own
            if (field.getType() != boolean.class) {
                throw ModelGenerator.unsupported(field, "a private field that is not a boolean");
            }
            initial = "false";
            binding = "new Held(false)";
            b.append("\n                .getter(h).setter(h)");
        } else {
            int slot = reads.size();
            String owner = "((" + name(field.getDeclaringClass()) + ") o)." + field.getName();
            reads.add("case " + slot + ": return " + owner + ";");
            writes.add("case " + slot + ": " + owner + " = (" + boxed(field.getGenericType()) + ") v; return;");
            binding = "new Slot(o, " + slot + ")";
            b.append("\n                .getter(h).setter(h)");
        }
        b.insert(0, "h = " + binding + ";\n        ");
        b.append("\n                .required(").append(spec.required()).append(')')
                .append("\n                .descriptionKey(").append(string(spec.descriptionKey())).append(')')
                .append("\n                .prompt(").append(string(spec.prompt())).append(')');
        b.append("\n                .type(").append(name(spec.type())).append(".class)")
                .append("\n                .auxiliaryTypes(").append(each(spec.auxiliaryTypes(), "", ".class")).append(')')
                .append("\n                .").append(arity).append('(').append(range(range)).append(')')
                .append("\n                .paramLabel(").append(string(spec.paramLabel())).append(')')
                .append("\n                .withToString(").append(string(spec.toString())).append(')')
                .append("\n                .initialValue(").append(initial).append(')');
        return b.toString();
    }

    /** The whole generated file. */
    String file(List<Class<?>> roots, String makes, String listings) {
        StringBuilder f = new StringBuilder("package dev.owl.cli;\n\n"
                + "import picocli.CommandLine;\nimport picocli.CommandLine.Model.CommandSpec;\n\n"
                + "/** Written by ModelGenerator at build time from the commands' picocli annotations: do not edit. */\n"
                + "@SuppressWarnings({\"unchecked\", \"rawtypes\"})\n"
                + "final class " + ModelGenerator.CLASS + " implements Launcher.Models {\n"
                + "    @Override\n    public CommandSpec model(Object command) {\n");
        for (Class<?> type : roots) {
            f.append("        if (command instanceof ").append(name(type)).append(" c) {\n            return ")
                    .append(method(type)).append("(c);\n        }\n");
        }
        f.append("        return null;\n    }\n\n    @Override\n    public Object make(Class<?> type) {\n").append(makes)
                .append("        return null;\n    }\n\n    @Override\n    public CommandLine listing(String name, Class<?> type) {\n")
                .append(listings).append("        return null;\n    }\n").append(methods);
        f.append("\n    static Object read(Object o, int slot) {\n        switch (slot) {\n");
        reads.forEach(r -> f.append("            ").append(r).append('\n'));
        f.append("            default: throw new IllegalArgumentException(\"slot \" + slot);\n        }\n    }\n");
        f.append("\n    static void write(Object o, int slot, Object v) {\n        switch (slot) {\n");
        writes.forEach(w -> f.append("            ").append(w).append('\n'));
        f.append("            default: throw new IllegalArgumentException(\"slot \" + slot);\n        }\n    }\n");
        return f.append(SLOT).append("}\n").toString();
    }

    private static final String SLOT = """

                /** picocli's getter and setter of an option or parameter. */
                private interface Binding extends CommandLine.Model.IGetter, CommandLine.Model.ISetter {}

                /** A value of its own (picocli's help options, whose fields are private to it). */
                private static final class Held implements Binding {
                    private Object value;

                    Held(Object value) {
                        this.value = value;
                    }

                    @Override
                    public <T> T get() {
                        return (T) value;
                    }

                    @Override
                    public <T> T set(T value) {
                        T old = get();
                        this.value = value;
                        return old;
                    }
                }

                /** One annotated field of a command or mixin. */
                private static final class Slot implements Binding {
                    private final Object o;
                    private final int slot;

                    Slot(Object o, int slot) {
                        this.o = o;
                        this.slot = slot;
                    }

                    @Override
                    public <T> T get() {
                        return (T) read(o, slot);
                    }

                    @Override
                    public <T> T set(T value) {
                        T old = get();
                        write(o, slot, value);
                        return old;
                    }
                }
            """;

    private static Object invoke(Method m, Annotation a) {
        try {
            return m.invoke(a);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    static String method(Class<?> type) {
        String n = type.getName().substring(type.getPackageName().length() + 1).replace("$", "");
        return n.substring(0, 1).toLowerCase(Locale.ROOT) + n.substring(1);
    }

    static String name(Class<?> type) {
        return type.getCanonicalName();
    }

    private static String boxed(Type type) {
        if (type instanceof ParameterizedType p) {
            List<String> args = new ArrayList<>();
            for (Type t : p.getActualTypeArguments()) {
                args.add(boxed(t));
            }
            return boxed(p.getRawType()) + "<" + String.join(", ", args) + ">";
        }
        Class<?> c = (Class<?>) type;
        return c.isPrimitive() ? java.lang.invoke.MethodType.methodType(c).wrap().returnType().getName() : name(c);
    }

    private static String range(CommandLine.Range r) {
        return "new CommandLine.Range(" + r.min() + ", " + r.max() + ", " + r.isVariable() + ", " + r.isUnspecified() + ", "
                + string(r.originalValue()) + ")";
    }

    /** Each type as {@code before + name + after}, comma-separated: class literals, or new instances. */
    private static String each(Class<?>[] types, String before, String after) {
        List<String> out = new ArrayList<>();
        for (Class<?> t : types) {
            out.add(before + name(t) + after);
        }
        return String.join(", ", out);
    }

    static String strings(String[] values) {
        List<String> out = new ArrayList<>();
        for (String v : values) {
            out.add(string(v));
        }
        return String.join(", ", out);
    }

    static String string(String s) {
        if (s == null) {
            return "null";
        }
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> b.append(c < 0x20 || c > 0x7e ? String.format("\\u%04x", (int) c) : String.valueOf(c));
            }
        }
        return b.append('"').toString();
    }
}
