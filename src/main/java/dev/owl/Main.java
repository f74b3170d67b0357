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
        int code = run(args);
        // Success ends by returning: the JVM then exits 0 after the same shutdown hooks. System.exit on JDK 21+ first
        // looks up a System.Logger to log the call (JDK-8301627), which loads and links ~30 classes outside owl's archive
        // (12 ms of CPU for --version on JDK 25); a thread that would keep the JVM alive still gets System.exit.
        if (code != 0 || !nothingElseRunning()) {
            System.exit(code);
        }
    }

    /** Whether the main thread is the only one that would keep the JVM alive once it returns (no other non-daemon thread). */
    static boolean nothingElseRunning() {
        Thread[] threads = new Thread[Thread.activeCount() + 8];
        int n = Thread.enumerate(threads);
        for (int i = 0; i < n; i++) {
            if (threads[i] != Thread.currentThread() && !threads[i].isDaemon() && threads[i].isAlive()) {
                return false;
            }
        }
        return n < threads.length; // a full array may have left one out
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
