package dev.owl.cli;

import dev.owl.config.Environment;
import static org.assertj.core.api.Assertions.assertThat;

import dev.owl.OwlRunner;
import dev.owl.OwlRunner.Result;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class HelpTest {
    @ParameterizedTest
    @ValueSource(strings = {"list", "show", "fit", "compare", "license", "license list", "license show", "license compare", "catalog", "catalog validate", "catalog info"})
    void everyCommandHasHelpWithADescription(String command) {
        String[] args = (command + " --help").split(" ");
        Result r = OwlRunner.fixture().run(args);
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).startsWith("Usage: owl " + command);
        assertThat(r.err()).isEmpty();
    }

    /** Every example in every command's help fits 80 columns and parses: no stale option in the help. */
    @Test
    void everyExampleInTheHelpFitsAndParses() {
        java.util.List<picocli.CommandLine> all = new java.util.ArrayList<>();
        java.util.ArrayDeque<picocli.CommandLine> todo = new java.util.ArrayDeque<>(java.util.List.of(
                OwlCommand.commandLine(new Environment(java.util.Map.of(), false, () -> 0, null, null, null))));
        while (!todo.isEmpty()) {
            picocli.CommandLine c = todo.pop();
            all.add(c);
            todo.addAll(c.getSubcommands().values());
        }
        int examples = 0;
        for (picocli.CommandLine c : all) {
            for (String line : String.join("\n", c.getCommandSpec().usageMessage().footer()).replace("%n", "\n").split("\n")) {
                if (line.startsWith("  ")) { // laid out by hand (examples, tables): picocli would break it mid-word
                    assertThat(dev.owl.render.TextWidth.of(line)).as("help footer of %s: %s", c.getCommandName(), line).isLessThanOrEqualTo(80);
                }
                String example = line.contains("| owl ") ? line.substring(line.indexOf("| owl ") + 2)
                        : line.startsWith("  owl ") ? line.strip() : null;
                if (example == null) {
                    continue;
                }
                assertThat(line).as("help footer of %s", c.getCommandName()).doesNotContain("null");
                example = example.split("  #")[0].split(" \\| ")[0].split(" > ")[0].strip().substring("owl ".length());
                String[] args = OwlRunner.words(example).toArray(String[]::new);
                picocli.CommandLine fresh = OwlCommand.commandLine(new Environment(java.util.Map.of(), false, () -> 0, null, null, null), args);
                org.assertj.core.api.Assertions.assertThatCode(() -> fresh.parseArgs(args)).as("example: owl %s", example)
                        .doesNotThrowAnyException();
                examples++;
            }
        }
        assertThat(examples).isGreaterThan(30);
    }

    @Test
    void helpUsesAWideTerminalUpTo120ColumnsAndPipedHelpStaysAt80() {
        int widest = OwlRunner.fixture().terminal(200).run("recommend", "--help").out().lines()
                .mapToInt(dev.owl.render.TextWidth::of).max().orElse(0);
        assertThat(widest).isGreaterThan(80).isLessThanOrEqualTo(120);
        assertThat(OwlRunner.fixture().run("recommend", "--help").out().lines())
                .allSatisfy(l -> assertThat(dev.owl.render.TextWidth.of(l)).isLessThanOrEqualTo(80));
    }

    /** A 60-column terminal (or COLUMNS=60, piped too) gets help wrapped to 60, hand-laid examples and exit codes included. */
    @ParameterizedTest
    @ValueSource(strings = {"", "list", "show", "fit", "cost", "recommend", "compare", "license check", "license list",
        "catalog validate", "completion", "config show"})
    void helpWrapsToANarrowTerminal(String command) {
        String[] args = (command + " --help").strip().split(" ");
        for (Result r : new Result[] {OwlRunner.fixture().terminal(60).run(args), OwlRunner.fixture().env("COLUMNS", "60").run(args)}) {
            assertThat(r.exitCode()).isZero();
            assertThat(r.out().lines()).as(command).allSatisfy(l -> assertThat(dev.owl.render.TextWidth.of(l)).as(l).isLessThanOrEqualTo(60));
        }
    }

    @Test
    void narrowHelpKeepsExamplesPastableAndTheExitCodeTableAligned() {
        String fit = OwlRunner.fixture().terminal(60).run("fit", "--help").out();
        // the comment moves above its example; a long example breaks with a shell continuation, indented
        assertThat(fit).contains("  # what can I run?\n  owl fit --gpu rtx-4090 --context 32768 --quant q4_k_m\n")
                .contains("  owl fit llama-3.3-70b-instruct --gpu h100-sxm \\\n      --gpu-count 2 --quant bf16\n");
        String root = OwlRunner.fixture().terminal(60).run("--help").out();
        assertThat(root).contains("  4  internal error: a bug; one line on stderr, the stack\n     trace only with `--debug`");
        assertThat(OwlRunner.fixture().terminal(60).run("completion", "--help").out()).contains("> \"${fpath[1]}/_owl\"");
        // below picocli's minimum (55) help stays at 55 rather than fail
        assertThat(OwlRunner.fixture().terminal(40).run("list", "--help").exitCode()).isZero();
    }

    /** Help spells choices as users type them and errors name them, and a description reads as one paragraph. */
    @Test
    void helpSpellsChoicesInLowerCaseAndWrapsDescriptionsAsParagraphs() {
        assertThat(OwlRunner.fixture().run("list", "--help").out().replaceAll("\\s+", " "))
                .contains("Sort by family, id, name, vendor, license, released, params, active, context (default: family).");
        // a description's first string is the one-line summary a group's listing shows; the rest is the next paragraph
        assertThat(OwlRunner.fixture().run("catalog", "--help").out())
                .contains("  compile   Validate a user catalog directory and write it in compiled form.\n");
        assertThat(OwlRunner.fixture().run("catalog", "compile", "--help").out())
                .contains("Validate a user catalog directory and write it in compiled form.\nLoading it with --catalog FILE parses no YAML");
    }

    /** The root's and each group's command list show one line a command (its summary), so the list fits a screen. */
    @ParameterizedTest
    @ValueSource(strings = {"", "license", "catalog", "config"})
    void commandListsShowOneSummaryLineEach(String group) {
        String[] args = (group + " --help").strip().split(" ");
        for (Result r : new Result[] {OwlRunner.fixture().run(args), OwlRunner.fixture().env("COLUMNS", "80").run(args)}) {
            String out = r.out();
            String commands = out.substring(out.indexOf("Commands:\n") + "Commands:\n".length());
            commands = commands.contains("\n\n") ? commands.substring(0, commands.indexOf("\n\n")) : commands;
            assertThat(commands.lines()).as("owl %s --help", group).isNotEmpty()
                    .allSatisfy(l -> assertThat(l).as("one line a command").matches("  [a-z]+ +[A-Z].*[.]"));
        }
        assertThat(OwlRunner.fixture().run("--help").out().lines().count()).as("the root help").isLessThan(62);
    }

    @Test
    void rootHelpListsCommandsAndTheExitCodes() {
        Result r = OwlRunner.fixture().run("--help");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("list", "show", "catalog", "Exit codes:", "4  internal error");
    }

    @Test
    void helpCommandShowsACommandsHelp() {
        Result r = OwlRunner.fixture().run("help", "list");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).startsWith("Usage: owl list");
        Result typo = OwlRunner.fixture().run("help", "lsit");
        assertThat(typo.exitCode()).isEqualTo(2);
        assertThat(typo.err()).isEqualTo("error: unknown command 'lsit' for 'owl'\ndid you mean: owl list?\nhelp: run 'owl --help' for usage\n");
    }

    @Test
    void versionPrintsTheVersion() {
        Result r = OwlRunner.fixture().run("--version");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).startsWith("owl ");
    }

    /** 'owl help license check' printed license's help: picocli's help command read one word and dropped the rest. */
    @Test
    void helpGoesDownEveryCommandWordAndRefusesAnUnknownOne() {
        Result nested = OwlRunner.fixture().run("help", "license", "check");
        assertThat(nested.exitCode()).as(nested.err()).isZero();
        assertThat(nested.out()).startsWith("Usage: owl license check ").isEqualTo(OwlRunner.fixture().run("license", "check", "--help").out());
        assertThat(OwlRunner.fixture().run("help", "fit").out()).isEqualTo(OwlRunner.fixture().run("fit", "--help").out());

        Result unknown = OwlRunner.fixture().run("help", "license", "chek");
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.out()).isEmpty();
        assertThat(unknown.err()).isEqualTo("error: unknown command 'chek' for 'owl license'\nhelp: run 'owl license --help' for usage\n");
        assertThat(OwlRunner.fixture().run("help", "fit", "list").exitCode()).as("fit has no subcommands").isEqualTo(2);
    }

    /** Every command's help lists -V/--version: each prints the version, not a blank line. */
    @Test
    void everyCommandPrintsTheVersionItsHelpOffers() {
        String version = OwlRunner.fixture().run("--version").out();
        for (String[] line : new String[][] {{"list", "--version"}, {"license", "check", "-V"}, {"catalog", "-V"}, {"shell", "--version"}}) {
            Result r = OwlRunner.fixture().run(line);
            assertThat(r.exitCode()).as(String.join(" ", line)).isZero();
            assertThat(r.out()).as(String.join(" ", line)).isEqualTo(version).startsWith("owl ");
        }
    }

    /** main answers a bare --version before picocli builds the command line: the same text, code and write check. */
    @Test
    void aBareVersionIsAnsweredAsPicocliWould() throws Exception {
        for (String flag : new String[] {"--version", "-V"}) {
            java.io.StringWriter out = new java.io.StringWriter();
            java.io.StringWriter err = new java.io.StringWriter();
            Integer code = OwlCommand.versionOnly(new String[] {flag}, new java.io.PrintWriter(out), new java.io.PrintWriter(err));
            Result picocli = OwlRunner.fixture().run(flag);
            assertThat(code).as(flag).isEqualTo(picocli.exitCode()).isZero();
            assertThat(out.toString()).as(flag).isEqualTo(picocli.out());
            assertThat(err.toString()).as(flag).isEqualTo(picocli.err()).isEmpty();
        }
        for (String[] other : new String[][] {{}, {"list"}, {"--version", "--debug"}, {"--format", "json", "--version"}, {"-Vq"}}) {
            assertThat(OwlCommand.versionOnly(other, new java.io.PrintWriter(java.io.Writer.nullWriter()),
                    new java.io.PrintWriter(java.io.Writer.nullWriter()))).as(String.join(" ", other)).isNull();
        }
        java.io.StringWriter err = new java.io.StringWriter();
        java.io.PrintWriter full = new java.io.PrintWriter(OwlRunner.fullDisk());
        Result picocli = OwlRunner.fixture().stdoutFails().run("--version");
        assertThat(OwlCommand.versionOnly(new String[] {"--version"}, full, new java.io.PrintWriter(err)))
                .isEqualTo(picocli.exitCode()).isEqualTo(ExitCode.DATA);
        assertThat(err.toString()).isEqualTo(picocli.err()).contains("could not write the output");
    }

    @Test
    void noCommandShowsTheCommandsAndAnUnknownOneIsAUsageError() {
        for (String[] bare : new String[][] {{}, {"license"}, {"catalog"}, {"config"}}) {
            Result none = OwlRunner.fixture().run(bare);
            assertThat(none.exitCode()).as(String.join(" ", bare)).isZero();
            assertThat(none.out()).startsWith("Usage: owl").contains("Commands:");
            assertThat(none.err()).isEmpty();
        }
        Result typo = OwlRunner.fixture().run("lsit");
        assertThat(typo.exitCode()).isEqualTo(2);
        assertThat(typo.err()).contains("owl list");
        assertThat(typo.out()).isEmpty();
    }
}
