package dev.owl.query;

import java.time.LocalDate;
import java.util.List;

/**
 * What {@code owl list} asks for. Values within one filter OR together, different filters AND
 * together; an empty list or a null bound means "no filter".
 */
public record ModelQuery(
        List<String> families,
        List<String> vendors,
        List<String> licenses,
        List<String> modalities,
        List<String> capabilities,
        Integer minContextTokens,
        Double maxParamsB,
        LocalDate releasedAfter,
        boolean includeUnreleased,
        SortField sort,
        boolean reverse,
        Integer limit) {
    public ModelQuery {
        families = List.copyOf(families);
        vendors = List.copyOf(vendors);
        licenses = List.copyOf(licenses);
        modalities = List.copyOf(modalities);
        capabilities = List.copyOf(capabilities);
    }
}
