package dev.owl.recommend;

import static org.assertj.core.api.Assertions.assertThat;

import dev.owl.catalog.Catalog;
import dev.owl.catalog.CatalogLoader;
import dev.owl.catalog.CatalogLocation;
import dev.owl.policy.Policy;
import dev.owl.policy.PolicyChecker;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** How the recommender does its work, where the output alone cannot show it. */
class RecommenderTest {
    private static final Catalog CATALOG = new CatalogLoader().load(List.of(new CatalogLocation("catalog", Path.of("catalog"), true)));
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 2);

    @Test
    void eachPolicyCheckerIsBuiltOncePerRankingNotOncePerModel() {
        AtomicInteger built = new AtomicInteger();
        Recommender r = new Recommender(CATALOG, (p, today) -> {
            built.incrementAndGet();
            return new PolicyChecker(CATALOG, p, today, false);
        });
        Policy flags = new Policy("command line", List.of(), List.of(), List.of("commercial_use"),
                new Policy.Usage(null, null, null, null, null), List.of(), List.of());
        Policy file = new Policy("file", List.of(), List.of("mit"), List.of(),
                new Policy.Usage(null, null, null, null, null), List.of(), List.of());
        Requirements req = new Requirements(Task.CHAT, null, 8192, false, null, List.of(flags, file), false, List.of(), null, false, false);
        List<Recommendation> ranked = r.rank(req, TODAY);
        assertThat(ranked).hasSizeGreaterThan(10);
        assertThat(built).hasValue(2);
        // the checkers still did their work: MIT models are excluded by the second policy
        assertThat(ranked).filteredOn(x -> x.model().license().equals("mit")).isNotEmpty()
                .allMatch(Recommendation::excluded);
    }
}
