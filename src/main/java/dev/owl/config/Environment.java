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
     * The system clock; its zone is the default time zone's offset at this instant, read through java.util.TimeZone.
     * A date is all owl asks of the clock, and java.time's zone rules (a provider found through ServiceLoader, the
     * tzdb file read a second time) cost ~5 ms of start-up in fit, recommend and license check.
     */
    private static final class SystemClock extends java.time.Clock {
        @Override
        public java.time.ZoneId getZone() {
            return java.time.ZoneOffset.ofTotalSeconds(java.util.TimeZone.getDefault().getOffset(System.currentTimeMillis()) / 1000);
        }

        @Override
        public java.time.Clock withZone(java.time.ZoneId zone) {
            return java.time.Clock.system(zone);
        }

        @Override
        public java.time.Instant instant() {
            return java.time.Instant.ofEpochMilli(System.currentTimeMillis());
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
