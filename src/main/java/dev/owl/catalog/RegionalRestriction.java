package dev.owl.catalog;

import java.util.List;

/** A clause that withholds rights in a region, whom it binds and which models or modalities it hits. */
public record RegionalRestriction(
        String region, String binds, List<String> modalities, List<String> appliesTo, String section, Source source) {
    public RegionalRestriction {
        modalities = List.copyOf(modalities);
        appliesTo = List.copyOf(appliesTo);
    }
}
