package dev.owl.catalog;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * What a loaded catalog holds ({@code catalog info}): where it came from, how many of each record, models
 * counted by family, vendor, license and status (names in sorted order), and the entries user catalogs replaced.
 */
public record CatalogInfo(List<Location> locations, Counts counts, Map<String, Integer> byFamily,
        Map<String, Integer> byVendor, Map<String, Integer> byLicense, Map<String, Integer> byStatus,
        List<Override> overrides) {

    public CatalogInfo {
        locations = List.copyOf(locations);
        byFamily = java.util.Collections.unmodifiableMap(new TreeMap<>(byFamily));
        byVendor = java.util.Collections.unmodifiableMap(new TreeMap<>(byVendor));
        byLicense = java.util.Collections.unmodifiableMap(new TreeMap<>(byLicense));
        byStatus = java.util.Collections.unmodifiableMap(new TreeMap<>(byStatus));
        overrides = List.copyOf(overrides);
    }

    /** A catalog directory or file by the name it was given; {@code builtin} for the one inside owl. */
    public record Location(String path, boolean builtin) {}

    /** How many records of each kind the catalog holds; {@code referenceRules} counts reference-rules.yaml's entries. */
    public record Counts(int models, int licenses, int accelerators, int runtimes, int referenceRules) {
        public static Counts of(Catalog c) {
            return new Counts(c.models().size(), c.licenses().size(), c.accelerators().size(), c.runtimes().size(),
                    c.referenceRules().size());
        }
    }

    public static CatalogInfo of(Catalog c) {
        return new CatalogInfo(c.locations().stream().map(l -> new Location(l.label(), l.builtin())).toList(), Counts.of(c),
                count(c.models(), Model::family), count(c.models(), Model::vendor), count(c.models(), Model::license),
                count(c.models(), m -> m.status().key()), c.overrides());
    }

    private static Map<String, Integer> count(List<Model> models, Function<Model, String> key) {
        Map<String, Integer> counts = new TreeMap<>();
        for (Model m : models) {
            counts.merge(key.apply(m), 1, Integer::sum);
        }
        return counts;
    }
}
