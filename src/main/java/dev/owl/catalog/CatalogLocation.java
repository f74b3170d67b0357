package dev.owl.catalog;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** A directory holding catalog files: the built-in one inside the jar, or a user's. */
public record CatalogLocation(String label, Path root, boolean builtin) {

    /**
     * {@code locations} with a user directory named a second time left out (--catalog twice, or in both
     * $OWL_CATALOG_PATH and --catalog): loading it again would only override its own entries, and --verbose and
     * {@code catalog info} would count them as built-in entries overridden.
     */
    public static List<CatalogLocation> distinct(List<CatalogLocation> locations) {
        Set<Path> seen = new HashSet<>();
        List<CatalogLocation> out = new ArrayList<>();
        for (CatalogLocation l : locations) {
            if (l.builtin() || l.root() == null || seen.add(l.root().toAbsolutePath().normalize())) {
                out.add(l);
            }
        }
        return out;
    }
}
