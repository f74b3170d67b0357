package dev.owl;

import dev.owl.cli.Environment;
import dev.owl.cli.OwlCommand;

/** Entry point: parse the arguments with picocli and exit with the command's code. */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs one command line against the real environment and returns its exit code. */
    static int run(String[] args) {
        return OwlCommand.commandLine(Environment.system(), args).execute(args);
    }
}
