package dev.owl.render;

import java.io.File;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Shows a long human-readable result through $PAGER (default {@code less -FRX}, which exits at once when the
 * text fits the screen) on a terminal, and prints it directly otherwise or when no pager starts.
 */
public final class Pager {
    private final java.util.function.UnaryOperator<String> variables;
    private final boolean interactive;

    /** {@code variables} looks up an environment variable (PAGER, PATH); {@code interactive}: output goes to a terminal. */
    public Pager(java.util.function.UnaryOperator<String> variables, boolean interactive) {
        this.variables = variables;
        this.interactive = interactive;
    }

    /** Pages {@code text} when {@code wanted} (a table on a terminal, no --no-pager), else prints it to {@code out}. */
    public void page(String text, boolean wanted, PrintWriter out) {
        String pager = variables.apply("PAGER");
        boolean useLess = pager == null || pager.isBlank();
        if (wanted && interactive && (!useLess || onPath("less"))) {
            try {
                if (paged(useLess ? "less -FRX" : pager, text)) {
                    return;
                }
            } catch (IOException e) {
                // no pager to be had: print directly
            }
        }
        out.print(text);
        out.flush();
    }

    /** Whether the pager ran; false when the shell found no such pager (126/127, e.g. PAGER=/nonexistent). */
    private static boolean paged(String command, String text) throws IOException {
        Process p = new ProcessBuilder("sh", "-c", command).redirectOutput(ProcessBuilder.Redirect.INHERIT)
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        try (Writer w = new OutputStreamWriter(p.getOutputStream(), StandardCharsets.UTF_8)) {
            w.write(text);
        } catch (IOException quitEarly) {
            // the reader quit the pager before the end: nothing more to show
        }
        boolean interrupted = false;
        while (true) {
            try {
                int status = p.waitFor();
                if (interrupted) {
                    Thread.currentThread().interrupt();
                }
                return status != 126 && status != 127;
            } catch (InterruptedException e) {
                interrupted = true; // Ctrl-C in owl shell reached the pager too: it decides when to end, then the prompt returns
            }
        }
    }

    /** Whether an executable named {@code program} is on $PATH. */
    private boolean onPath(String program) {
        String path = variables.apply("PATH");
        if (path == null) {
            return false;
        }
        for (String dir : path.split(File.pathSeparator)) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, program))) {
                return true;
            }
        }
        return false;
    }
}
