package dev.owl.cli;

import dev.owl.config.Environment;
import static org.assertj.core.api.Assertions.assertThat;

import dev.owl.OwlRunner;
import dev.owl.OwlRunner.Result;
import dev.owl.catalog.Catalog;
import dev.owl.catalog.CatalogLoader;
import dev.owl.catalog.CatalogLocation;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jline.reader.Candidate;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.impl.DefaultParser;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.junit.jupiter.api.Test;

class ShellCommandTest {
    @Test
    void pipedLinesRunOneAfterAnotherOverOneCatalog() {
        Result r = OwlRunner.fixture().stdin("list --family mistral --format csv\n\n# a comment\nshow nope\nshow mixtral --format json\nexit\nlist\n")
                .run("shell");
        assertThat(r.out()).startsWith("ID,FAMILY").contains("mixtral-8x7b-instruct-v0.1").contains("\"id\" : \"mixtral-8x7b-instruct-v0.1\"");
        assertThat(r.out()).doesNotContain("owl> ");
        assertThat(r.err()).contains("error: unknown model 'nope'");
        assertThat(r.exitCode()).as("the worst exit code of the session: 'show nope'").isEqualTo(2);
        assertThat(r.out().lines().filter(l -> l.startsWith("ID")).count()).as("nothing runs after exit").isEqualTo(1);
    }

    @Test
    void aFailureIsNotHiddenByALaterSuccessAndFailFastStopsAtIt() {
        Result r = OwlRunner.fixture().stdin("license check --model nope-model --strict\nlist\n").run("shell");
        assertThat(r.exitCode()).as(r.err()).isNotZero();
        assertThat(r.out()).contains("mixtral-8x7b-instruct-v0.1"); // list still ran
        Result fast = OwlRunner.fixture().stdin("show nope\nlist\n").run("shell", "--fail-fast");
        assertThat(fast.exitCode()).isEqualTo(2);
        assertThat(fast.out()).as("nothing runs after the first failure").isEmpty();
    }

    @Test
    void aHugeLineIsRefusedWithAClearMessage() {
        Result r = OwlRunner.fixture().stdin("show " + "x".repeat(1_000_000) + "\nlist --limit 1\n").run("shell");
        assertThat(r.err()).contains("more than the 16384-character limit; skipped").hasSizeLessThan(500);
        assertThat(r.out()).contains("ID");
        assertThat(r.exitCode()).isEqualTo(2);
    }

    /** The piped example in 'owl shell --help' runs as printed, against the real catalog. */
    @Test
    void theHelpExampleRuns() {
        String help = OwlRunner.bundled().run("shell", "--help").out();
        String example = help.lines().filter(l -> l.contains("| owl shell")).findFirst().orElseThrow().strip();
        String printf = example.substring(example.indexOf('\'') + 1, example.lastIndexOf('\''));
        Result r = OwlRunner.bundled().stdin(printf.replace("\\n", "\n")).run("shell");
        assertThat(r.exitCode()).as(example + "\n" + r.err()).isZero();
        assertThat(r.err()).isEmpty();
    }

    @Test
    void nestedShellsAreRefused() {
        Result r = OwlRunner.fixture().stdin("shell\nshow nope\n").run("shell");
        assertThat(r.err()).contains("already in owl shell");
        assertThat(r.exitCode()).isEqualTo(2);
    }

    @Test
    void aDumbTerminalLineReaderRunsCommandsAndEndsOnEof() throws Exception {
        ByteArrayOutputStream screen = new ByteArrayOutputStream();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        List<String> ran = new ArrayList<>();
        try (Terminal terminal = TerminalBuilder.builder().dumb(true).streams(
                new ByteArrayInputStream("list --limit 1\ncompare a b\n".getBytes(StandardCharsets.UTF_8)), screen).build()) {
            LineReader reader = LineReaderBuilder.builder().terminal(terminal).build();
            ShellCommand.Loop session = new ShellCommand.Loop(args -> {
                ran.add(String.join(" ", args));
                return 0;
            }, new PrintWriter(err));
            assertThat(session.loop(reader)).isZero();
        }
        assertThat(ran).containsExactly("list --limit 1", "compare a b");
        assertThat(screen.toString(StandardCharsets.UTF_8)).contains(ShellCommand.Loop.PROMPT);
        assertThat(out.toString()).isEmpty();
    }

    /**
     * Ctrl-C while a command runs (raised on the session's terminal, as the signal arrives) cancels that command: the
     * license scan's walk stops, no partial verdict is printed, a short note says why, and the next line runs.
     */
    @Test
    void ctrlCDuringACommandCancelsItAndTheShellGoesOn(@org.junit.jupiter.api.io.TempDir java.nio.file.Path tmp) throws Exception {
        java.nio.file.Files.writeString(tmp.resolve("app.py"), "model = 'mistralai/Mixtral-8x7B-Instruct-v0.1'\n");
        Catalog catalog = new CatalogLoader().load(List.of(new CatalogLocation("f", OwlRunner.FIXTURE, true)));
        Environment env = new Environment(Map.of(), false, () -> 80, () -> new CatalogLocation("f", OwlRunner.FIXTURE, true),
                () -> new ByteArrayInputStream(new byte[0]), java.time.Clock.systemUTC());
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        ByteArrayOutputStream screen = new ByteArrayOutputStream();
        String lines = "license check --format json " + tmp + "\nlicense check --format json " + tmp + "\n";
        try (Terminal terminal = TerminalBuilder.builder().dumb(true).streams(
                new ByteArrayInputStream(lines.getBytes(StandardCharsets.UTF_8)), screen).build()) {
            var owl = ShellCommand.run(env, catalog, new PrintWriter(out), new PrintWriter(err));
            List<Integer> exits = new ArrayList<>();
            var session = new ShellCommand.Loop(ShellCommand.cancellable(args -> {
                if (exits.isEmpty()) {
                    terminal.raise(Terminal.Signal.INT); // the user's Ctrl-C, before the walk's first file
                }
                int code = owl.apply(args);
                exits.add(code);
                return code;
            }, terminal), new PrintWriter(err));
            session.loop(LineReaderBuilder.builder().terminal(terminal).build());
            assertThat(exits).as("cancelled, then the next line ran to the end").containsExactly(ExitCode.CANCELLED, ExitCode.OK);
            assertThat(terminal.handle(Terminal.Signal.INT, Terminal.SignalHandler.SIG_DFL))
                    .as("the command's Ctrl-C binding is undone after it").isEqualTo(Terminal.SignalHandler.SIG_DFL);
        }
        assertThat(err.toString()).containsOnlyOnce(ErrorHandler.CANCELLED);
        assertThat(out.toString()).as("one report, the second command's; none from the cancelled one")
                .containsOnlyOnce("\"schema_version\"").contains("mixtral-8x7b-instruct-v0.1");
        assertThat(Thread.currentThread().isInterrupted()).as("the interrupt does not outlive the command").isFalse();
    }

    @Test
    void tabCompletionOffersCommandsOptionsAndCatalogNames() throws Exception {
        Catalog catalog = new CatalogLoader().load(List.of(new CatalogLocation("f", OwlRunner.FIXTURE, true)));
        Environment env = new Environment(Map.of(), false, () -> 80, () -> new CatalogLocation("f", OwlRunner.FIXTURE, true),
                () -> new ByteArrayInputStream(new byte[0]), java.time.Clock.systemUTC());
        var completer = ShellCommand.completer(env, catalog);
        assertThat(complete(completer, "reco")).containsExactly("recommend");
        assertThat(complete(completer, "list --fam")).containsExactly("--family");
        assertThat(complete(completer, "recommend --task agen")).containsExactly("agentic-code");
        assertThat(complete(completer, "license compare apache-2.0 qwen")).as("a model stands for its license")
                .contains("qwen2.5-7b-instruct");
        assertThat(complete(completer, "license show llama")).contains("llama-3.1-community", "llama-3.1-8b-instruct");
    }

    private static List<String> complete(org.jline.reader.Completer completer, String line) {
        List<Candidate> candidates = new ArrayList<>();
        completer.complete(null, new DefaultParser().parse(line, line.length()), candidates);
        return candidates.stream().map(Candidate::value).toList();
    }

    @Test
    void historyIsStateUnderXdgStateHomeElseHomeNeverJavasUserHome(@org.junit.jupiter.api.io.TempDir java.nio.file.Path tmp)
            throws Exception {
        StringWriter notes = new StringWriter();
        java.util.function.Function<Map<String, String>, java.nio.file.Path> history = vars -> ShellCommand.historyFile(
                new Environment(vars, false, () -> 0, () -> null, () -> null, java.time.Clock.systemUTC()), new PrintWriter(notes, true));
        assertThat(history.apply(Map.of("XDG_STATE_HOME", tmp.resolve("state").toString(), "HOME", tmp.resolve("home").toString())))
                .isEqualTo(tmp.resolve("state/owl/history"));
        assertThat(history.apply(Map.of("HOME", tmp.resolve("home").toString()))).isEqualTo(tmp.resolve("home/.local/state/owl/history"));
        assertThat(tmp.resolve("home/.local/state/owl")).isDirectory();
        assertThat(history.apply(Map.of("XDG_STATE_HOME", "relative/dir"))).as("relative XDG paths are ignored, as the spec says").isNull();
        assertThat(history.apply(Map.of())).isNull();
        assertThat(notes.toString()).isEmpty();
        // a state directory that cannot be made (here under a file; /proc/x on a terminal) costs the history, not the shell
        java.nio.file.Path file = java.nio.file.Files.writeString(tmp.resolve("a-file"), "x");
        assertThat(history.apply(Map.of("XDG_STATE_HOME", file.resolve("state").toString()))).isNull();
        assertThat(notes.toString()).startsWith("note: no history this session: cannot create " + file.resolve("state/owl"));
    }

    /** The greeting fits an 80-column terminal (it wrapped mid-word at 82) and counts one model as one. */
    @Test
    void theGreetingFitsEightyColumns() {
        for (int models : new int[] {1, 89, 12345}) {
            String banner = ShellCommand.banner(models);
            assertThat(banner.lines()).as(banner).allSatisfy(l -> assertThat(l.length()).isLessThanOrEqualTo(80));
            assertThat(banner).contains("Tab completes").contains("'help'").contains("Ctrl-D");
        }
        assertThat(ShellCommand.banner(1)).contains("one catalog of 1 model loaded");
        assertThat(ShellCommand.banner(89)).contains("one catalog of 89 models loaded");
    }

    /**
     * On a narrow terminal (help narrows to 55 columns) the piped example stays one shell command: its quoted text
     * was wider than 55-65 columns, so picocli wrapped it inside the quotes, which pastes as two broken lines.
     */
    @Test
    void theHelpExamplesStayWholeOnANarrowTerminal() {
        for (int width = 55; width <= 80; width++) {
            String help = OwlRunner.fixture().env("COLUMNS", Integer.toString(width)).run("shell", "--help").out();
            List<String> examples = help.lines().dropWhile(l -> !l.equals("Examples:")).skip(1).toList();
            assertThat(examples).as("at %d columns", width).anySatisfy(l -> assertThat(l).contains("| owl shell"));
            for (String line : examples) {
                assertThat(line.chars().filter(c -> c == '\'').count() % 2).as("quotes closed on the line, %d columns: %s", width, line).isZero();
                assertThat(line.length()).as("%d columns: %s", width, line).isLessThanOrEqualTo(width);
            }
        }
    }

    /**
     * The shell answers from the catalogs it loaded: '--catalog DIR' on a line was silently ignored (the answer came
     * from the built-in model, not DIR's override). It is refused, with how to start a shell over DIR.
     */
    @Test
    void aCatalogOnALineIsRefusedNotIgnored() {
        for (String line : new String[] {"show mixtral --catalog examples/my-catalog", "--catalog=examples/my-catalog list"}) {
            Result r = OwlRunner.fixture().stdin(line + "\nlist --limit 1\n").run("shell");
            assertThat(r.exitCode()).as(line).isEqualTo(2);
            assertThat(r.err()).as(line).contains("error: owl shell answers from the catalogs it was started with")
                    .contains("help: start it with them: owl --catalog DIR shell");
            assertThat(r.out()).as("the line did not run; the next one did").startsWith("ID").doesNotContain("Mixtral");
        }
    }

    /** 'owl --format csv shell' (or 'owl shell -q --format csv') sets each line's default: it was ignored, every line a table. */
    @Test
    void theShellsOwnOutputOptionsAreEachLinesDefaults() {
        for (String[] args : new String[][] {{"--format", "csv", "shell"}, {"shell", "--format=csv"}}) {
            Result r = OwlRunner.fixture().stdin("list --limit 1\nlist --limit 1 --format json\n").run(args);
            assertThat(r.exitCode()).as(r.err()).isZero();
            assertThat(r.out()).as(String.join(" ", args)).startsWith("ID,FAMILY,").contains("\n[\n");
        }
        Result quiet = OwlRunner.fixture().stdin("fit mixtral --gpu rtx-4090 --quant q4_k_m --context 4096\n").run("-q", "shell");
        assertThat(quiet.exitCode()).as(quiet.err()).isZero();
        assertThat(quiet.out()).as("--quiet: the table without its assumptions").doesNotContain("assum").doesNotContain("  - ");
    }
}
