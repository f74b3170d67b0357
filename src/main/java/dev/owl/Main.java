package dev.owl;

import dev.owl.cli.OwlCommand;
import dev.owl.config.Environment;
import dev.owl.render.StdoutWriter;

/** Entry point: parse the arguments with picocli and exit with the command's code. */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs one command line against the real environment and returns its exit code. */
    static int run(String[] args) {
        picocli.CommandLine cl = OwlCommand.commandLine(Environment.system(), args);
        cl.setOut(StdoutWriter.open()); // remembers why a write failed; checked after the command
        return cl.execute(args);
    }
}
