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

    @Test
    void everyProtocolInTheCatalogIsASuiteSomeTaskUses() {
        java.util.Set<String> known = new java.util.HashSet<>();
        for (Task t : Task.values()) {
            t.evidence().stream().filter(Suite::commonProtocol).forEach(x -> known.add(x.protocol()));
        }
        CATALOG.models().forEach(m -> m.benchmarks().stream().filter(b -> b.protocol() != null)
                .forEach(b -> assertThat(known).as(m.id() + " " + b.name()).contains(b.protocol())));
    }

    @Test
    void percentilesSitAtTheMiddleOfTheirPlaceAndMoveSmoothly() {
        double[] s = {10, 20, 30, 40};
        assertThat(TaskEvidence.percentile(s, 10)).isEqualTo(0.125);
        assertThat(TaskEvidence.percentile(s, 40)).isEqualTo(0.875);
        assertThat(TaskEvidence.percentile(s, 25)).isEqualTo(0.5);
        assertThat(TaskEvidence.percentile(s, 5)).isEqualTo(0.0625);
        assertThat(TaskEvidence.percentile(new double[] {10, 20, 20, 30}, 20)).isEqualTo(0.5);
    }

    @Test
    void quantizationPenaltiesGrowAsBitsShrinkAndFollowTheMeasuredDivergences() {
        double last = -1;
        for (dev.owl.fit.Quantization q : List.of(dev.owl.fit.Quantization.BF16, dev.owl.fit.Quantization.Q8_0,
                dev.owl.fit.Quantization.Q6_K, dev.owl.fit.Quantization.Q5_K_M, dev.owl.fit.Quantization.Q4_K_M,
                dev.owl.fit.Quantization.Q3_K_M, dev.owl.fit.Quantization.Q2_K)) {
            QuantPenalty p = QuantPenalty.of(q, false);
            assertThat(p.loss()).as(q.key()).isGreaterThan(last);
            last = p.loss();
        }
        assertThat(QuantPenalty.of(dev.owl.fit.Quantization.Q4_K_M, false).loss()).isCloseTo(0.3 * 0.032032, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(QuantPenalty.of(dev.owl.fit.Quantization.Q2_K, false).loss()).isGreaterThan(0.13);
        assertThat(QuantPenalty.of(dev.owl.fit.Quantization.AWQ, false).analogue()).isTrue();
        assertThat(QuantPenalty.of(dev.owl.fit.Quantization.MXFP4, true).loss()).isZero();
    }

    /** {@link Ranking}, written out as a class, orders a real ranking's every pair as the chain it replaced. */
    @Test
    void rankingOrdersEveryPairAsTheComparatorChainDid() {
        java.util.Comparator<Recommendation> chain = java.util.Comparator.comparing(Recommendation::excluded)
                .thenComparing(r -> r.exclusions().size())
                .thenComparing(java.util.Comparator.comparingDouble(Recommendation::score).reversed())
                .thenComparing(r -> r.fit() != null && r.fit().kvCacheBytes() == null)
                .thenComparing(r -> r.model().id());
        Policy mit = new Policy("file", List.of(), List.of("mit"), List.of(), new Policy.Usage(null, null, null, null, null), List.of(), List.of());
        dev.owl.fit.Hardware gpu = dev.owl.fit.Hardware.of(CATALOG.accelerator("rtx-4090").orElseThrow(), 1);
        List<Recommendation> ranked = new Recommender(CATALOG).rank(new Requirements(Task.CODE, gpu, 8192, false, null, List.of(mit),
                false, List.of(), null, false, false), TODAY);
        assertThat(ranked).anyMatch(Recommendation::excluded).anyMatch(r -> !r.excluded());
        Ranking order = new Ranking();
        for (Recommendation a : ranked) {
            for (Recommendation b : ranked) {
                assertThat(Integer.signum(order.compare(a, b))).as(a.model().id() + " vs " + b.model().id())
                        .isEqualTo(Integer.signum(chain.compare(a, b)));
            }
        }
    }

    @Test
    void suitesAreEqualWhenEveryComponentIs() {
        Suite s = Suite.common("mmlu-pro", "open-llm-leaderboard", "x");
        assertThat(s).isEqualTo(Suite.common("mmlu-pro", "open-llm-leaderboard", "x")).hasSameHashCodeAs(Suite.common("mmlu-pro", "open-llm-leaderboard", "x"));
        assertThat(s).isNotEqualTo(Suite.common("mmlu-pro", "open-llm-leaderboard", "y")).isNotEqualTo(Suite.common("mmlu", "open-llm-leaderboard", "x"))
                .isNotEqualTo(Suite.common("mmlu-pro", null, "x")).isNotEqualTo(new Suite("mmlu-pro", "open-llm-leaderboard", "x", 0.5))
                .isNotEqualTo(null).isNotEqualTo("mmlu-pro");
        assertThat(Suite.vendor("humaneval")).isEqualTo(Suite.vendor("humaneval"));
        assertThat(new Suite("a", null, null, Double.NaN)).isEqualTo(new Suite("a", null, null, Double.NaN));
        assertThat(new Suite("a", null, null, 0.0)).isNotEqualTo(new Suite("a", null, null, -0.0));
    }
}
