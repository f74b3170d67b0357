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
    /** Ten minutes; {@code -Dowl.hangGuardSeconds=N} shortens it, e.g. to watch a fix's test fail on the old code. */
    public static final Duration LIMIT = Duration.ofSeconds(Long.getLong("owl.hangGuardSeconds", 600));

    private NoHang() {}

    public static void run(String name, Executable body) {
        assertTimeoutPreemptively(LIMIT, body, () -> name + " did not finish within " + LIMIT.toSeconds() + " s: a hang");
    }
}
