package dev.owl.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.owl.config.Environment;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;

/** What {@link Launcher} leaves out of picocli's set-up must be what no option of owl needs. */
class LauncherTest {
    @Test
    void everyOptionOfAnExcludedTypeHasItsOwnConverter() {
        List<String> checked = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        walk(OwlCommand.commandLine(Environment.system()), checked, missing);
        assertThat(checked).as("options of a java.time or java.sql type").contains("list --released-after");
        assertThat(missing).as("options that would have no converter").isEmpty();
    }

    @Test
    void theExclusionCoversJavaTimeAndSqlOnly() {
        assertThat("java.time.LocalDate".matches(Launcher.CONVERTER_EXCLUDES)).isTrue();
        assertThat("java.sql.Timestamp".matches(Launcher.CONVERTER_EXCLUDES)).isTrue();
        assertThat("java.nio.file.Path".matches(Launcher.CONVERTER_EXCLUDES)).isFalse(); // --catalog, --policy, -o: picocli's
        assertThat("java.timeline.X".matches(Launcher.CONVERTER_EXCLUDES)).isFalse();
    }

    @Test
    void aPathOptionStillConverts() {
        CommandLine cl = OwlCommand.commandLine(Environment.system(), new String[] {"license", "check", "--policy", "p.yaml"});
        CommandLine.ParseResult parsed = cl.parseArgs("license", "check", "--policy", "p.yaml");
        Object policy = parsed.subcommand().subcommand().matchedOption("--policy").getValue();
        assertThat(policy).isEqualTo(java.nio.file.Path.of("p.yaml"));
    }

    private static void walk(CommandLine cl, List<String> checked, List<String> missing) {
        for (ArgSpec arg : cl.getCommandSpec().args()) {
            List<Class<?>> types = new ArrayList<>(List.of(arg.auxiliaryTypes()));
            types.add(arg.type());
            if (types.stream().anyMatch(t -> t.getName().matches(Launcher.CONVERTER_EXCLUDES))) {
                String name = cl.getCommandSpec().qualifiedName().replaceFirst("^owl ", "") + " "
                        + (arg.isOption() ? ((CommandLine.Model.OptionSpec) arg).longestName() : arg.paramLabel());
                checked.add(name);
                if (arg.converters().length == 0) {
                    missing.add(name);
                }
            }
        }
        for (CommandLine sub : cl.getSubcommands().values()) {
            walk(sub, checked, missing);
        }
    }
}
