package dev.owl.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine;

/** {@code owl --version}: the version Maven stamped into the jar. */
final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() throws IOException {
        // the jar's manifest, which the JVM read when it started (owl-version.properties would open the jar again)
        String version = VersionProvider.class.getPackage().getImplementationVersion();
        if (version != null) {
            return new String[] {"owl " + version};
        }
        Properties p = new Properties(); // not from the jar: tests
        try (InputStream in = VersionProvider.class.getResourceAsStream("/owl-version.properties")) {
            if (in != null) {
                p.load(in);
            }
        }
        return new String[] {"owl " + p.getProperty("version", "unknown")};
    }

    /** Gives every command of {@code cl} {@code provider}: picocli leaves a subcommand's --version, which its help lists, blank. */
    static void everywhere(CommandLine cl, CommandLine.IVersionProvider provider) {
        cl.getCommandSpec().versionProvider(provider);
        for (CommandLine sub : cl.getSubcommands().values()) {
            everywhere(sub, provider);
        }
    }
}
