package dev.owl.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.function.Function;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.UserInterruptException;
import org.jline.reader.impl.DefaultParser;

/** The read–run loop of {@code owl shell}: one line, one owl command; Ctrl-C drops the line, Ctrl-D ends. */
final class ShellSession {
    static final String PROMPT = "owl> ";
    /** Longer lines are refused, not parsed: no owl command line is near this long. */
    static final int MAX_LINE = 16 * 1024;
    private final Function<String[], Integer> run;
    private final PrintWriter err;
    private final boolean failFast;
    private int lastExit;
    private int worstExit;

    ShellSession(Function<String[], Integer> run, PrintWriter err) {
        this(run, err, false);
    }

    ShellSession(Function<String[], Integer> run, PrintWriter err, boolean failFast) {
        this.run = run;
        this.err = err;
        this.failFast = failFast;
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
            err.println("error: the line is " + line.length() + " characters long, more than the " + MAX_LINE + "-character limit; skipped");
            err.flush();
            lastExit = ExitCode.USAGE;
            return true;
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
            words = new DefaultParser().parse(trimmed, trimmed.length()).words().stream().filter(w -> !w.isEmpty()).toList();
        } catch (RuntimeException e) {
            err.println("error: cannot parse the line: " + e.getMessage());
            err.flush();
            lastExit = ExitCode.USAGE;
            return true;
        }
        if (!words.isEmpty() && words.get(0).equals("shell")) {
            err.println("error: already in owl shell");
            err.flush();
            lastExit = ExitCode.USAGE;
            return true;
        }
        lastExit = run.apply(words.toArray(String[]::new));
        return true;
    }
}
