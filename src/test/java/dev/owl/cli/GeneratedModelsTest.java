package dev.owl.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.owl.config.Environment;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The models ModelGenerator wrote at build time equal the ones picocli reads from the annotations: every public
 * attribute of every command, usage message, parser, option, positional parameter and type (read generically, so an
 * attribute the generator forgets shows up here), every help text, and the completion script.
 */
class GeneratedModelsTest {
    /**
     * Methods whose value is an object graph compared elsewhere or an identity (bindings, parents, interpolators), and
     * one that no code reads: a type's generic arguments by name (picocli's getter only; the programmatic API has no
     * setter for them, and the types themselves are compared through type and auxiliaryTypes).
     */
    private static final List<String> SKIP = List.of("commandLine", "parent", "root", "getter", "setter", "scope", "command",
            "userObject", "group", "argGroups", "mixinAnnotatedElements", "annotatedElement", "interpolator", "messages",
            "resourceBundle", "resourceBundleBaseName", "hashCode", "getClass", "toString", "equals", "parser",
            "usageMessage", "subcommands", "mixins", "options", "positionalParameters", "args", "optionsMap",
            "negatedOptionsMap", "posixOptionsMap", "requiredArgs", "unmatchedArgsBindings", "specElements",
            "typeInfo", "names", "defaultValueProvider", "versionProvider", "modelTransformer", "preprocessor",
            "negatableOptionTransformer", "parameterConsumer", "argSpec", "auxiliaryTypeInfos", "getAuxiliaryTypeInfos",
            "getActualGenericTypeArguments");

    private static final Environment ENV = Environment.system();

    @Test
    void theGeneratedClassIsInTheBuild() {
        assertThat(OwlCommand.commandLine(ENV).getCommandSpec().getClass()).isEqualTo(CommandSpec.class);
        assertThat(describe(OwlCommand.commandLine(ENV).getCommandSpec())).contains("--family").contains("--format");
        assertThat(generatedClass()).as("GeneratedModels compiled into the classes by the build").isNotNull();
    }

    @Test
    void everyAttributeOfEveryCommandEqualsTheAnnotationsModel() {
        assertThat(describe(OwlCommand.commandLine(ENV).getCommandSpec()))
                .isEqualTo(describe(OwlCommand.annotated(ENV, null).getCommandSpec()));
    }

    @Test
    void everyHelpTextAndTheCompletionScriptAreTheSame() {
        CommandLine generated = OwlCommand.commandLine(ENV);
        CommandLine annotated = OwlCommand.annotated(ENV, null);
        assertThat(helps(generated)).isEqualTo(helps(annotated)).hasSizeGreaterThan(20);
        assertThat(AutoComplete.bash("owl", generated)).isEqualTo(AutoComplete.bash("owl", annotated));
    }

    /** {@code owl} and {@code owl --help} list the subcommands (name, aliases, header, description) without their models. */
    @Test
    void theRootsListingOfSubcommandsIsTheSame() {
        for (String[] args : List.of(new String[0], new String[] {"--help"})) {
            CommandLine generated = OwlCommand.commandLine(ENV, args);
            CommandLine annotated = OwlCommand.annotated(ENV, args);
            assertThat(generated.getSubcommands()).hasSize(12);
            assertThat(describe(generated.getCommandSpec())).isEqualTo(describe(annotated.getCommandSpec()));
            assertThat(generated.getUsageMessage(CommandLine.Help.Ansi.OFF)).isEqualTo(annotated.getUsageMessage(CommandLine.Help.Ansi.OFF))
                    .contains("list").contains("license");
        }
    }

    private static Class<?> generatedClass() {
        try {
            return Class.forName("dev.owl.cli." + ModelGenerator.CLASS);
        } catch (ClassNotFoundException e) {
            return null;
        }
    }

    private static Map<String, String> helps(CommandLine cl) {
        Map<String, String> out = new TreeMap<>();
        out.put(cl.getCommandSpec().qualifiedName(), cl.getUsageMessage(CommandLine.Help.Ansi.OFF));
        for (CommandLine sub : cl.getSubcommands().values()) {
            out.putAll(helps(sub));
        }
        return out;
    }

    static String describe(CommandSpec spec) {
        StringBuilder b = new StringBuilder();
        describe(spec, spec.qualifiedName(), b);
        return b.toString();
    }

    private static void describe(CommandSpec spec, String path, StringBuilder b) {
        b.append("command ").append(path).append('\n');
        getters(spec, "  ", b);
        b.append("  usage\n");
        getters(spec.usageMessage(), "    ", b);
        b.append("  parser\n");
        getters(spec.parser(), "    ", b);
        b.append("  versionProvider ").append(type(spec.versionProvider())).append('\n');
        for (ArgSpec arg : spec.args()) {
            b.append("  arg ").append(arg.isOption() ? Arrays.toString(((CommandLine.Model.OptionSpec) arg).names()) : "positional").append('\n');
            getters(arg, "    ", b);
            getters(arg.typeInfo(), "    type.", b);
        }
        for (Map.Entry<String, CommandSpec> mixin : new TreeMap<>(spec.mixins()).entrySet()) {
            b.append("  mixin ").append(mixin.getKey()).append(" options ").append(mixin.getValue().options().size()).append('\n');
            for (ArgSpec arg : mixin.getValue().args()) {
                getters(arg, "    ", b);
            }
        }
        for (Map.Entry<String, CommandLine> sub : new TreeMap<>(spec.subcommands()).entrySet()) {
            describe(sub.getValue().getCommandSpec(), path + " " + sub.getKey(), b);
        }
    }

    /** Every public no-argument getter's value, by name. */
    private static void getters(Object o, String indent, StringBuilder b) {
        List<Method> methods = new ArrayList<>();
        for (Method m : o.getClass().getMethods()) {
            if (m.getParameterCount() == 0 && m.getReturnType() != void.class && !Modifier.isStatic(m.getModifiers())
                    && !SKIP.contains(m.getName()) && m.getDeclaringClass() != Object.class) {
                methods.add(m);
            }
        }
        methods.sort(Comparator.comparing(Method::getName));
        for (Method m : methods) {
            Object value;
            try {
                m.setAccessible(true);
                value = m.invoke(o);
            } catch (ReflectiveOperationException | RuntimeException e) {
                value = "threw " + e.getClass().getSimpleName();
            }
            b.append(indent).append(m.getName()).append(" = ").append(format(value)).append('\n');
        }
    }

    private static String format(Object v) {
        if (v == null || v instanceof String || v instanceof Number || v instanceof Boolean || v instanceof Character
                || v instanceof Enum<?> || v instanceof CommandLine.Range) {
            return String.valueOf(v) + (v instanceof CommandLine.Range r ? " unspecified=" + r.isUnspecified() + " original=" + r.originalValue() : "");
        }
        if (v instanceof Class<?> c) {
            return c.getName();
        }
        if (v instanceof Object[] arr) {
            List<String> out = new ArrayList<>();
            for (Object x : arr) {
                out.add(format(x));
            }
            return out.toString();
        }
        if (v instanceof Map<?, ?> map) {
            return format(map.entrySet().stream().map(e -> format(e.getKey()) + "=" + format(e.getValue())).toArray());
        }
        if (v instanceof Collection<?> c) {
            return v.getClass().getSimpleName() + format(c.toArray());
        }
        if (v instanceof Iterable<?> it) {
            List<Object> out = new ArrayList<>();
            it.forEach(out::add);
            return type(v) + format(out.toArray());
        }
        return type(v);
    }

    private static String type(Object o) {
        return o == null ? "null" : o.getClass().getName();
    }
}
