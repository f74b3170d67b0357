package dev.owl.policy;

import dev.owl.catalog.Catalog;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** Where a project's policy file is: the one place for its default names (reading, and its not-found error, is {@link PolicyParser#read}). */
public final class PolicyFiles {
    /** The policy file {@code license check} reads by default, and {@code --init} writes. */
    public static final String DEFAULT = "owl-policy.yaml";
    /** Read when there is no {@link #DEFAULT}. */
    public static final String FALLBACK = ".owl/policy.yaml";

    private PolicyFiles() {}

    /**
     * The policy in {@code file} when given (it must exist), else in ./owl-policy.yaml, else in ./.owl/policy.yaml;
     * empty when none is given and neither exists.
     */
    public static Optional<Policy> find(Path file, Catalog catalog) {
        if (file != null) {
            return Optional.of(PolicyParser.read(file, catalog));
        }
        for (String candidate : List.of(DEFAULT, FALLBACK)) {
            Path p = Path.of(candidate);
            if (Files.exists(p)) {
                return Optional.of(PolicyParser.read(p, catalog));
            }
        }
        return Optional.empty();
    }

    /** A policy file by its name, which a scan never judges as a use of models. */
    static boolean isPolicyFile(Path file) {
        return file.getFileName() != null && file.getFileName().toString().equals(DEFAULT) || file.endsWith(Path.of(FALLBACK));
    }
}
