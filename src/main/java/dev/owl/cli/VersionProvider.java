package dev.owl.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine;

/** {@code owl --version}: the version Maven stamped into the jar. */
final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() throws IOException {
        Properties p = new Properties();
        try (InputStream in = VersionProvider.class.getResourceAsStream("/owl-version.properties")) {
            if (in != null) {
                p.load(in);
            }
        }
        return new String[] {"owl " + p.getProperty("version", "unknown")};
    }
}
