package dev.owl.query;

import dev.owl.catalog.Catalog;
import dev.owl.catalog.License;
import dev.owl.catalog.Model;
import dev.owl.catalog.ModelStatus;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Families tier by tier, by total parameters: the "lineup" tables of Llama-vs-Mistral articles,
 * built from the catalog. Only models with downloadable weights are placed.
 */
public final class FamilyTiers {
    /** A size band of total parameters, in billions: {@code (above, upTo]}. */
    public enum Tier {
        EDGE("edge", 0, 4), SMALL("small", 4, 15), MEDIUM("medium", 15, 40), LARGE("large", 40, 150),
        FRONTIER("frontier", 150, Double.MAX_VALUE);

        private final String key;
        private final double above;
        private final double upTo;

        Tier(String key, double above, double upTo) {
            this.key = key;
            this.above = above;
            this.upTo = upTo;
        }

        public String key() {
            return key;
        }

        public String range() {
            return upTo == Double.MAX_VALUE ? "> " + (int) above + "B" : above == 0 ? "≤ " + (int) upTo + "B"
                    : (int) above + "–" + (int) upTo + "B";
        }

        static Tier of(double paramsB) {
            for (Tier t : values()) {
                if (paramsB > t.above && paramsB <= t.upTo) {
                    return t;
                }
            }
            return FRONTIER;
        }
    }

    /** The models one family has in one tier: the newest only, or all of them. */
    public record Cell(String family, List<Model> models) {}

    /** One tier across the families. */
    public record Row(Tier tier, List<Cell> cells) {}

    private FamilyTiers() {}

    public static List<Row> rows(Catalog catalog, List<String> families, boolean latestOnly) {
        List<Row> rows = new ArrayList<>();
        for (Tier tier : Tier.values()) {
            List<Cell> cells = new ArrayList<>();
            for (String family : families) {
                List<Model> in = new ArrayList<>();
                for (Model m : catalog.models()) {
                    if (m.family().equalsIgnoreCase(family) && m.status() == ModelStatus.RELEASED && m.paramsTotalB() != null
                            && Tier.of(m.paramsTotalB()) == tier) {
                        in.add(m);
                    }
                }
                in.sort(Comparator.comparing(Model::releaseDate, Comparator.nullsFirst(Comparator.naturalOrder())).reversed()
                        .thenComparing(Model::id));
                cells.add(new Cell(family, latestOnly && !in.isEmpty() ? List.of(in.get(0)) : in));
            }
            rows.add(new Row(tier, cells));
        }
        return rows;
    }

    /** A license in one word class: permissive, open-weights with conditions, non-commercial, or proprietary. */
    public static String licenseClass(Optional<License> license) {
        if (license.isEmpty()) {
            return "unknown";
        }
        License l = license.get();
        if (Boolean.TRUE.equals(l.osiApproved())) {
            return "permissive";
        }
        if (Boolean.TRUE.equals(l.terms().researchOnly().value()) || Boolean.TRUE.equals(l.terms().nonProduction().value())
                || Boolean.FALSE.equals(l.terms().commercialUse().value())) {
            return "non-commercial";
        }
        if (Boolean.TRUE.equals(l.terms().commercialUse().value())) {
            return "conditional";
        }
        return "proprietary";
    }
}
