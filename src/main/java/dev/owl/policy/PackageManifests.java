package dev.owl.policy;

import java.util.Locale;
import java.util.Set;

/**
 * A JavaScript package's manifest and lock files: their {@code owner/name} strings are npm packages and GitHub
 * dependencies ({@code "deepscatter": "github:nomic-ai/deepscatter"}), never Hub models, so they are not read.
 */
final class PackageManifests {
    private static final Set<String> NAMES = Set.of("package.json", "package-lock.json", "npm-shrinkwrap.json", "yarn.lock",
            "pnpm-lock.yaml", "bun.lock");

    private PackageManifests() {}

    /** Whether a file of this name lists dependencies only. */
    static boolean is(String name) {
        return NAMES.contains(name.toLowerCase(Locale.ROOT));
    }
}
