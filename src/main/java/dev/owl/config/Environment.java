package dev.owl.config;

import dev.owl.catalog.CatalogLocation;
import dev.owl.catalog.CatalogLoader;
import java.util.Map;
import java.util.function.IntSupplier;
import java.util.function.Supplier;

/**
 * What owl reads from the world besides its arguments: environment variables, whether output goes to
 * a terminal and how wide it is, where the built-in catalog lives, and the machine {@code --gpu auto}
 * inspects. Tests pass their own.
 */
public record Environment(
        Map<String, String> variables, boolean interactive, IntSupplier terminalWidth,
        Supplier<CatalogLocation> builtinCatalog, Supplier<java.io.InputStream> stdin, java.time.Clock clock,
        dev.owl.fit.Host host) {

    public Environment {
        variables = Map.copyOf(variables);
    }

    /** An environment on this machine's hardware. */
    public Environment(Map<String, String> variables, boolean interactive, IntSupplier terminalWidth,
            Supplier<CatalogLocation> builtinCatalog, Supplier<java.io.InputStream> stdin, java.time.Clock clock) {
        this(variables, interactive, terminalWidth, builtinCatalog, stdin, clock, new dev.owl.fit.SystemHost(dev.owl.fit.SystemHost.TIMEOUT));
    }

    /** The real process environment. */
    public static Environment system() {
        return new Environment(System.getenv(), System.console() != null, Environment::systemWidth,
                CatalogLoader::builtin, () -> System.in, new SystemClock());
    }

    /**
     * The system clock in the default time zone, which is looked up on first use: reading the zone rules costs
     * ~9 ms of start-up (CPU) that {@code --version}, {@code --help} and {@code list} never need.
     */
    private static final class SystemClock extends java.time.Clock {
        private java.time.Clock clock;

        private java.time.Clock clock() {
            if (clock == null) {
                clock = java.time.Clock.systemDefaultZone();
            }
            return clock;
        }

        @Override
        public java.time.ZoneId getZone() {
            return clock().getZone();
        }

        @Override
        public java.time.Clock withZone(java.time.ZoneId zone) {
            return clock().withZone(zone);
        }

        @Override
        public java.time.Instant instant() {
            return clock().instant();
        }

        @Override
        public long millis() {
            return System.currentTimeMillis();
        }
    }

    public String get(String name) {
        return variables.get(name);
    }

    private static int systemWidth() {
        try (org.jline.terminal.Terminal t = org.jline.terminal.TerminalBuilder.builder()
                .system(true).dumb(true).jna(false).jansi(false).build()) {
            return t.getWidth();
        } catch (java.io.IOException | RuntimeException e) {
            return 0;
        }
    }
}
