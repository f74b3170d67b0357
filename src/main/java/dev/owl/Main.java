package dev.owl;

import dev.owl.cli.OwlCommand;
import dev.owl.config.Environment;
import dev.owl.render.StdoutWriter;
import java.io.IOException;
import java.io.PrintWriter;

/**
 * Entry point: parse the arguments with picocli and exit with the command's code. The one exception is a bare
 * {@code --version}, answered before picocli builds anything (the same output; start-up is part of the product).
 */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs one command line against the real environment and returns its exit code. */
    static int run(String[] args) {
        StdoutWriter out = StdoutWriter.open(); // remembers why a write failed; checked after the command
        try {
            Integer version = OwlCommand.versionOnly(args, out, new PrintWriter(System.err, true));
            if (version != null) {
                return version;
            }
        } catch (IOException e) {
            // the jar's version file unreadable: picocli reports it as it always did
        }
        picocli.CommandLine cl = OwlCommand.commandLine(Environment.system(), args);
        cl.setOut(out);
        return cl.execute(args);
    }
}
