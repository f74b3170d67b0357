package dev.owl.fit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * The real machine: runs a tool with its stdout in a temporary file (a tool that hangs cannot block on a full pipe),
 * waits at most {@code timeout} and then kills it. stderr is discarded; the tool's exit status says whether it worked.
 */
public final class SystemHost implements Host {
    /** nvidia-smi can take a few seconds to wake a driver without persistence mode; a hang is cut off after this. */
    public static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final Duration timeout;

    public SystemHost(Duration timeout) {
        this.timeout = timeout;
    }

    @Override
    public String osName() {
        return System.getProperty("os.name", "");
    }

    @Override
    public Output run(List<String> command) {
        String tool = command.get(0);
        Path out;
        try {
            out = Files.createTempFile("owl-detect-", ".out");
        } catch (IOException e) {
            return Output.failed("no temporary file for " + tool + "'s output: " + e.getMessage());
        }
        Process p = null;
        try {
            p = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(ProcessBuilder.Redirect.DISCARD)
                    .redirectInput(ProcessBuilder.Redirect.from(nullDevice())).start();
            if (!p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                return Output.failed(tool + " did not answer within " + timeout.toSeconds() + " s");
            }
            String stdout = Files.readString(out, StandardCharsets.UTF_8);
            if (p.exitValue() != 0) {
                String first = stdout.strip().lines().findFirst().orElse("");
                return Output.failed(tool + " exited with status " + p.exitValue() + (first.isEmpty() ? "" : ": " + first));
            }
            return Output.of(stdout);
        } catch (IOException e) {
            return Output.failed(p == null ? tool + " not found" : tool + " could not be read: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Output.failed(tool + " was interrupted");
        } finally {
            if (p != null && p.isAlive()) {
                p.descendants().forEach(ProcessHandle::destroyForcibly); // a wrapper script's children too
                p.destroyForcibly();
            }
            try {
                Files.deleteIfExists(out);
            } catch (IOException e) {
                // a leftover temporary file is harmless
            }
        }
    }

    @Override
    public String read(String path) {
        try {
            return Files.readString(Path.of(path), StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static java.io.File nullDevice() {
        return new java.io.File(System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows") ? "NUL" : "/dev/null");
    }
}
