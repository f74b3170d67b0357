package dev.owl.cli;

/** owl's exit codes; the same table is printed in the root help and the README. */
public final class ExitCode {
    public static final int OK = 0;
    public static final int CHECK_FAILED = 1;
    public static final int USAGE = 2;
    public static final int DATA = 3;
    public static final int INTERNAL = 4;
    /**
     * Ctrl-C in {@code owl shell} cancelled the running command: 128 + SIGINT, what a POSIX shell reports for a
     * command Ctrl-C ended (outside the shell the signal ends owl itself, with the same status).
     */
    public static final int CANCELLED = 130;

    /** DESIGN.md's words, laid out for 80 columns. */
    public static final String TABLE = """
            Exit codes:
              0  success (an empty result is a success)
              1  a check failed: `license check` found violations, `catalog validate` found
                 errors
              2  usage error: unknown option, bad value, unknown model or license name
                 (also an output path that is a directory or in a missing folder)
              3  data error: a catalog, policy or input file is missing, unreadable or
                 invalid, or writing the output failed
              4  internal error: a bug; one line on stderr, the stack trace only with
                 `--debug`""";

    private ExitCode() {}
}
