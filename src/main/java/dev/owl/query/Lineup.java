package dev.owl.query;

import com.fasterxml.jackson.annotation.JsonIgnore;
import dev.owl.catalog.Catalog;
import dev.owl.catalog.Model;
import java.util.List;
import java.util.Locale;

/**
 * Families tier by tier ({@link FamilyTiers}) as {@code owl compare --families} reports them: components, in order
 * and in snake_case, are the JSON keys the README documents.
 */
public record Lineup(List<String> families, String generation, List<Tier> tiers) {
    public Lineup {
        families = List.copyOf(families);
        tiers = List.copyOf(tiers);
    }

    /** One size band across the families. */
    public record Tier(String tier, String range, List<Family> values) {}

    /** The models one family has in one tier. */
    public record Family(String family, List<Entry> models) {}

    /** One model; {@code model} is the catalog record, for tables, and not a key. */
    public record Entry(String id, Double paramsTotalB, Double paramsActiveB, Integer contextTokens, String license,
            String licenseClass, @JsonIgnore Model model) {}

    /** The lineup of {@code families}: the newest model per family and tier, or with {@code latestOnly} false every one. */
    public static Lineup of(Catalog catalog, List<String> families, boolean latestOnly) {
        List<Tier> tiers = FamilyTiers.rows(catalog, families, latestOnly).stream().map(row -> new Tier(row.tier().key(),
                row.tier().range(), row.cells().stream().map(cell -> new Family(cell.family().toLowerCase(Locale.ROOT),
                        cell.models().stream().map(m -> entry(catalog, m)).toList())).toList())).toList();
        return new Lineup(families.stream().map(f -> f.toLowerCase(Locale.ROOT)).toList(), latestOnly ? "latest" : "all", tiers);
    }

    private static Entry entry(Catalog catalog, Model m) {
        return new Entry(m.id(), m.paramsTotalB(), m.effectiveActiveParamsB(), m.contextTokens(), m.license(),
                FamilyTiers.licenseClass(catalog.license(m.license())), m);
    }
}
