package dev.owl.query;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import dev.owl.catalog.Catalog;
import dev.owl.catalog.License;
import dev.owl.catalog.LicenseTerms;
import dev.owl.catalog.Model;
import dev.owl.catalog.RegionalRestriction;
import dev.owl.catalog.Source;
import java.util.List;

/**
 * One license as {@code license list} and {@code license show} report it: every term as {@code {value, section,
 * note}}, flat copies of the most-asked terms so scripts need no nesting ({@code jq .mau_threshold}), and the
 * ids of the catalog's models under it. Its components are the README's JSON keys, in order.
 */
public record LicenseSummary(
        String id,
        String name,
        String version,
        String spdx,
        String hfTag,
        Boolean osiApproved,
        String url,
        String textSha256,
        String summary,
        LicenseTerms terms,
        Boolean commercialUse,
        Long mauThreshold,
        String outputsTraining,
        List<RegionalRestriction> regionalRestrictions,
        List<String> models,
        List<Source> sources) {

    public LicenseSummary {
        regionalRestrictions = List.copyOf(regionalRestrictions);
        models = List.copyOf(models);
        sources = List.copyOf(sources);
    }

    public static LicenseSummary of(License l, Catalog catalog) {
        return new LicenseSummary(l.id(), l.name(), l.version(), l.spdx(), l.hfTag(), l.osiApproved(), l.url(),
                l.textSha256(), l.summary(), l.terms(), l.terms().commercialUse().value(), l.terms().mauThreshold().value(),
                l.terms().outputsTraining().value(), l.regionalRestrictions(),
                catalog.models().stream().filter(m -> l.id().equals(m.license())).map(Model::id).toList(), l.sources());
    }

    /** The distinct regions the license restricts, in order. */
    public List<String> regions() {
        return regionalRestrictions.stream().map(RegionalRestriction::region).distinct().toList();
    }

    /**
     * {@code license show MODEL}: the model's license, led by the model's id and notes (the license's keys follow
     * at the same level, as for a license named directly).
     */
    public record OfModel(String model, List<String> modelNotes, @JsonUnwrapped LicenseSummary license) {
        public OfModel {
            modelNotes = List.copyOf(modelNotes);
        }
    }
}
