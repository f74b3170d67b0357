package dev.owl.catalog;

import java.util.List;

/** A model license with its terms as fields, each traceable to a section of the text. */
public record License(
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
        List<RegionalRestriction> regionalRestrictions,
        List<Source> sources,
        String origin) {
    public License {
        regionalRestrictions = List.copyOf(regionalRestrictions);
        sources = List.copyOf(sources);
    }
}
