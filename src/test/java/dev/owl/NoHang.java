package dev.owl;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import org.junit.jupiter.api.function.Executable;

/**
 * A hang guard for tests whose input could make owl block or loop forever. The limit is far above what a
 * loaded two-core machine needs for any case (the slowest, a 2 MB YAML scalar, takes seconds of CPU), so
 * only a real hang trips it; speed targets are measured as ratios in {@code bench/}, not asserted here.
 */
public final class NoHang {
    public static final Duration LIMIT = Duration.ofMinutes(10);

    private NoHang() {}

    public static void run(String name, Executable body) {
        assertTimeoutPreemptively(LIMIT, body, () -> name + " did not finish within " + LIMIT.toMinutes() + " minutes: a hang");
    }
}
