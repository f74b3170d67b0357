package dev.owl.query;

import static org.assertj.core.api.Assertions.assertThat;

import dev.owl.catalog.Catalog;
import dev.owl.catalog.CatalogLoader;
import dev.owl.catalog.CatalogLocation;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code list --limit N} keeps only the best N while scanning: it must give exactly the head of the full sorted list. */
class ModelFilterTest {
    private static final Catalog CATALOG = new CatalogLoader().load(List.of(new CatalogLocation("catalog", Path.of("catalog"), true)));

    private static ModelQuery query(SortField sort, boolean reverse, Integer limit) {
        return new ModelQuery(List.of(), List.of(), List.of(), List.of(), List.of(), null, null, null, true, sort, reverse, limit);
    }

    @Test
    void aLimitGivesTheHeadOfTheSortedListForEveryOrder() {
        ModelFilter filter = new ModelFilter(CATALOG);
        for (SortField sort : SortField.values()) {
            for (boolean reverse : new boolean[] {false, true}) {
                List<String> all = filter.apply(query(sort, reverse, null)).stream().map(m -> m.id()).toList();
                assertThat(all).hasSizeGreaterThan(20);
                for (int limit : new int[] {1, 7, 20, all.size(), all.size() + 5}) {
                    assertThat(filter.apply(query(sort, reverse, limit))).extracting(m -> m.id())
                            .as(sort + (reverse ? " reversed" : "") + ", limit " + limit)
                            .containsExactlyElementsOf(all.subList(0, Math.min(limit, all.size())));
                }
            }
        }
    }
}
