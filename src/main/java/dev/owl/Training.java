package dev.owl;

import java.io.OutputStream;
import java.io.PrintStream;

/**
 * The launcher's training run for the class-data-sharing archive (AppCDS, or the JDK 25 AOT cache): the
 * common commands in one JVM with their output discarded, so the archive holds the classes each of
 * them loads (a single {@code list --format yaml} left the table renderer out).
 */
public final class Training {
    private Training() {}

    private static final String[][] COMMANDS = {
        {"--version"}, {"--help"}, {"list", "--help"},
        {"list"}, {"list", "--all", "--format", "json"}, {"list", "--format", "yaml"}, {"list", "--format", "csv"},
        {"show", "llama-3.3-70b-instruct"}, {"compare", "llama-3.3-70b-instruct", "qwen3-32b"},
        {"fit", "--gpu", "rtx-4090"}, {"fit", "llama-3.3-70b-instruct", "--gpu", "rtx-4090"},
        {"recommend", "--task", "code"}, {"license", "list"}, {"license", "show", "apache-2.0"},
        {"catalog", "info"}, {"completion", "bash"},
    };

    public static void main(String[] args) {
        PrintStream sink = new PrintStream(OutputStream.nullOutputStream(), false, java.nio.charset.StandardCharsets.UTF_8);
        System.setOut(sink);
        System.setErr(sink);
        for (String[] command : COMMANDS) {
            Main.run(command);
        }
    }
}
