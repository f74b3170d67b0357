package dev.owl.cli;

import dev.owl.config.Environment;
import dev.owl.catalog.Catalog;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.jline.reader.Candidate;
import org.jline.reader.Completer;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.reader.impl.DefaultParser;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code owl shell}: run owl commands interactively over one loaded catalog. */
@Command(name = "shell", mixinStandardHelpOptions = true,
        description = {"Run owl commands interactively over one loaded catalog.",
            "History, tab completion, Ctrl-C cancels the line or the running command, Ctrl-D or 'exit' ends (exit code: the last command's). Reads plain "
                + "lines when stdin is not a terminal, and then exits with the worst exit code of the session (or stops "
                + "at the first failure with --fail-fast). Lines over 16384 characters are refused. History: "
                + "$XDG_STATE_HOME/owl/history, else ~/.local/state/owl/history."},
        footerHeading = "%nExamples:%n",
        footer = {"  owl shell", "  printf 'list --family phi\\nshow phi-4\\n' | owl shell",
            "  cat checks.txt | owl shell --fail-fast"})
final class ShellCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @picocli.CommandLine.Option(names = "--fail-fast", description = "With piped input, stop at the first command that fails.")
    boolean failFast;

    @Override
    public Integer call() throws IOException {
        Session owl = Session.of(spec);
        Catalog catalog = owl.catalog(); // a broken catalog fails here, once, with exit 3
        Environment env = owl.environment();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!env.interactive()) {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(env.stdin().get(), StandardCharsets.UTF_8))) {
                return new Loop(withDefaults(run(env, catalog, out, err), outputOptions(spec)), err, failFast, jsonErrors(spec)).loop(in);
            }
        }
        try (Terminal terminal = TerminalBuilder.builder().system(true).build()) {
            // each command asks the session's terminal for its width rather than opening another one
            Environment inShell = new Environment(env.variables(), true, terminal::getWidth, env.builtinCatalog(), env.stdin(),
                    env.clock(), env.host());
            Loop session = new Loop(cancellable(withDefaults(run(inShell, catalog, out, err), outputOptions(spec)), terminal), err, false, jsonErrors(spec));
            LineReaderBuilder builder = LineReaderBuilder.builder().terminal(terminal).appName("owl")
                    .completer(completer(env, catalog));
            Path history = historyFile(env, err);
            if (history != null) {
                builder.variable(LineReader.HISTORY_FILE, history);
            }
            LineReader reader = builder.build();
            out.println(banner(catalog.models().size()));
            out.flush();
            return session.loop(reader);
        }
    }

    private static boolean jsonErrors(CommandSpec shell) {
        return ErrorHandler.jsonErrors(shell.root().commandLine().getParseResult().originalArgs().toArray(String[]::new));
    }

    /** The greeting, in lines that fit an 80-column terminal. */
    static String banner(int models) {
        return "owl shell: one catalog of " + dev.owl.units.Quantities.count(models, "model") + " loaded.\n"
                + "Tab completes; 'help' lists commands; Ctrl-D exits.";
    }

    /**
     * The output options given to the shell itself ({@code owl --format csv shell}, {@code owl shell -q}) as words, each
     * with its value: every line runs with them unless it names the option itself.
     */
    static List<List<String>> outputOptions(CommandSpec shell) {
        List<List<String>> given = new ArrayList<>();
        for (CommandLine.ParseResult p = shell.root().commandLine().getParseResult(); p != null; p = p.subcommand()) {
            for (CommandLine.Model.OptionSpec o : p.matchedOptions()) {
                if (!o.longestName().equals("--catalog") && o.scopeType() == CommandLine.ScopeType.INHERIT) {
                    List<String> words = new ArrayList<>(List.of(o.longestName()));
                    words.addAll(o.arity().max() > 0 ? o.originalStringValues() : List.of());
                    given.add(words);
                }
            }
        }
        return given;
    }

    /** {@code run} with the shell's own output options put before each line that does not name them. */
    static Function<String[], Integer> withDefaults(Function<String[], Integer> run, List<List<String>> options) {
        return args -> {
            List<String> line = new ArrayList<>();
            for (List<String> option : options) {
                // named on the line: by its long name, as --name=value, or by its short name
                boolean named = java.util.Arrays.stream(args).anyMatch(a -> a.equals(option.get(0)) || a.startsWith(option.get(0) + "=")
                        || option.get(0).equals("--quiet") && a.equals("-q") || option.get(0).equals("--verbose") && a.equals("-v"));
                if (!named) {
                    line.addAll(option);
                }
            }
            line.addAll(List.of(args));
            return run.apply(line.toArray(String[]::new));
        };
    }

    /** One owl command line over the session's catalog. */
    static Function<String[], Integer> run(Environment env, Catalog catalog, PrintWriter out, PrintWriter err) {
        return args -> {
            CommandLine line = OwlCommand.commandLine(env, catalog);
            line.setOut(out);
            line.setErr(err);
            return line.execute(args);
        };
    }

    /**
     * Binds Ctrl-C to interrupting the command while it runs (the line editor binds it only while it reads a line): a
     * command that checks (the license scan's walk) stops with "cancelled" and the prompt returns. The first Ctrl-C
     * also restores the default, so a second one still ends a command that does not stop, and the shell with it.
     */
    static Function<String[], Integer> cancellable(Function<String[], Integer> run, Terminal terminal) {
        return args -> {
            Thread command = Thread.currentThread();
            Terminal.SignalHandler before = terminal.handle(Terminal.Signal.INT, signal -> {
                terminal.handle(Terminal.Signal.INT, Terminal.SignalHandler.SIG_DFL);
                terminal.writer().println(); // after the terminal's ^C, as a shell ends the line
                terminal.flush();
                command.interrupt();
            });
            try {
                return run.apply(args);
            } finally {
                terminal.handle(Terminal.Signal.INT, before);
                Thread.interrupted(); // a Ctrl-C after the command's last check must not cancel the next line
            }
        };
    }

    /** Completes commands, options and catalog names with picocli's completion model. */
    static Completer completer(Environment env, Catalog catalog) {
        CommandSpec root = OwlCommand.commandLine(env, catalog).getCommandSpec();
        return (reader, line, candidates) -> {
            List<CharSequence> found = new ArrayList<>();
            String[] words = line.words().toArray(String[]::new);
            AutoComplete.complete(root, words, line.wordIndex(), line.wordCursor(), line.cursor(), found);
            String prefix = line.word().substring(0, line.wordCursor());
            for (CharSequence c : found) {
                candidates.add(new Candidate(prefix + c));
            }
        };
    }

    /**
     * History is state, not configuration (XDG base directories): $XDG_STATE_HOME/owl/history, else
     * $HOME/.local/state/owl/history; with neither set there is no history file (Java's user.home would be
     * a guess, "?" for a user without a passwd entry). A directory that cannot be made costs the history, not the shell.
     */
    static Path historyFile(Environment env, PrintWriter err) {
        String xdg = env.get("XDG_STATE_HOME");
        String home = env.get("HOME");
        Path base;
        if (xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()) {
            base = Path.of(xdg);
        } else if (home != null && !home.isBlank() && Path.of(home).isAbsolute()) {
            base = Path.of(home, ".local", "state");
        } else {
            return null;
        }
        Path dir = base.resolve("owl");
        try {
            Files.createDirectories(dir);
        } catch (IOException | SecurityException e) {
            err.println("note: no history this session: cannot create " + dir + " (" + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ")");
            err.flush();
            return null;
        }
        return dir.resolve("history");
    }

    /** The read–run loop of {@code owl shell}: one line, one owl command; Ctrl-C drops the line, Ctrl-D ends. */
    static final class Loop {
        static final String PROMPT = "owl> ";
        /** Longer lines are refused, not parsed: no owl command line is near this long. */
        static final int MAX_LINE = 16 * 1024;
        private final Function<String[], Integer> run;
        private final PrintWriter err;
        private final boolean failFast;
        private final boolean json; // started with --error-format json: a refused line is a JSON error line too
        private int lastExit;
        private int worstExit;

        Loop(Function<String[], Integer> run, PrintWriter err) {
            this(run, err, false, false);
        }

        Loop(Function<String[], Integer> run, PrintWriter err, boolean failFast, boolean json) {
            this.run = run;
            this.err = err;
            this.failFast = failFast;
            this.json = json;
        }

        /** Reads with a line editor (history, completion, Ctrl-C, Ctrl-D) until exit; returns the last exit code. */
        int loop(LineReader reader) {
            while (true) {
                String line;
                try {
                    line = reader.readLine(PROMPT);
                } catch (UserInterruptException e) {
                    continue;
                } catch (EndOfFileException e) {
                    return lastExit;
                }
                if (!handle(line)) {
                    return lastExit;
                }
            }
        }

        /**
         * Reads plain lines (piped stdin): no prompt, no editing. Returns the worst exit code of the session, so a
         * script's failure is not hidden by a later success; with fail-fast it stops at the first failure.
         */
        int loop(java.io.BufferedReader in) throws java.io.IOException {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (!handle(line)) {
                    break;
                }
                worstExit = Math.max(worstExit, lastExit);
                if (failFast && lastExit != ExitCode.OK) {
                    break;
                }
            }
            return worstExit;
        }

        /** Runs one line; false when the session should end. */
        boolean handle(String line) {
            if (line.length() > MAX_LINE) {
                return refused("the line is " + line.length() + " characters long, more than the " + MAX_LINE + "-character limit; skipped", null);
            }
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                return true;
            }
            if (trimmed.equals("exit") || trimmed.equals("quit")) {
                return false;
            }
            List<String> words;
            try {
                DefaultParser parser = new DefaultParser();
                parser.setEofOnUnclosedQuote(true); // 'show "mixtral' is refused, not run as if the quote were closed
                words = parser.parse(trimmed, trimmed.length()).words().stream().filter(w -> !w.isEmpty()).toList();
            } catch (RuntimeException e) {
                return refused("cannot parse the line: " + e.getMessage(), null);
            }
            if (!words.isEmpty() && words.get(0).equals("owl")) {
                words = words.subList(1, words.size()); // a line copied from the docs or the shell history
            }
            if (words.stream().anyMatch(w -> w.equals("|") || w.equals(">") || w.equals(">>"))) {
                return refused("owl shell runs one owl command a line, without pipes or redirections",
                        "run it from your own shell: " + (trimmed.startsWith("owl ") ? "" : "owl ") + trimmed, words.toArray(String[]::new));
            }
            if (words.stream().anyMatch(w -> w.equals("--catalog") || w.startsWith("--catalog="))) {
                return refused("owl shell answers from the catalogs it was started with; --catalog on a line would be ignored",
                        "start it with them: owl --catalog DIR shell", words.toArray(String[]::new));
            }
            if (!words.isEmpty() && words.get(0).equals("shell")) {
                return refused("already in owl shell", null);
            }
            lastExit = run.apply(words.toArray(String[]::new));
            return true;
        }

        /** A line not run: the error (and its help; JSON as the shell's or the line's --error-format asks), exit 2; the session goes on. */
        private boolean refused(String error, String help, String... words) {
            ErrorHandler.refusal(err, json || ErrorHandler.jsonErrors(words), error, help);
            lastExit = ExitCode.USAGE;
            return true;
        }
    }
}
