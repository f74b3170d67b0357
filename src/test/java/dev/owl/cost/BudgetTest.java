package dev.owl.cost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.owl.catalog.Catalog;
import dev.owl.catalog.CatalogLoader;
import dev.owl.catalog.CatalogLocation;
import dev.owl.input.UsageException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Budget: its bounds, and the verdict for a priced and an unpriced model over the bundled offers. */
class BudgetTest {
    private static final Catalog CATALOG = new CatalogLoader().load(List.of(new CatalogLocation("catalog", Path.of("catalog"), true)));
    private static final CostCalculator COSTS = new CostCalculator(CATALOG, LocalDate.parse("2026-12-02"));

    @Test
    void aBudgetIsPositiveWithAVolumeAndAShare() {
        assertThatThrownBy(() -> new Budget(0, 1_000_000, 0.75)).isInstanceOf(UsageException.class).hasMessageContaining("above 0");
        assertThatThrownBy(() -> new Budget(Double.NaN, 1_000_000, 0.75)).isInstanceOf(UsageException.class);
        assertThatThrownBy(() -> new Budget(10, 0, 0.75)).isInstanceOf(UsageException.class).hasMessageContaining("at least 1 token");
        assertThatThrownBy(() -> new Budget(10, 1, 1.01)).isInstanceOf(UsageException.class).hasMessageContaining("0 to 1");
    }

    @Test
    void theVerdictNamesTheCheapestOfferOrWhatIsMissing() {
        // ministral-3-8b on La Plateforme: $0.15 in and out, so 1M tokens a day cost 30.4375 × 0.15 = $4.565625 a month
        var m = CATALOG.model("ministral-3-8b-instruct-2512").orElseThrow();
        Budget.Verdict over = new Budget(4.56, 1_000_000, 0.75).judge(COSTS, m);
        assertThat(over.within()).isFalse();
        assertThat(over.option()).isNull();
        assertThat(over.reason()).isEqualTo("cheapest offer mistral-la-plateforme ~$4.57/month at 1,000,000 tokens/day > budget $4.56");
        assertThat(over.apiMonthlyUsd()).isCloseTo(1e6 * CostCalculator.DAYS_PER_MONTH / 1e6 * 0.15, org.assertj.core.api.Assertions.within(1e-9));
        assertThat(over.selfHostMonthlyUsd()).isNull();
        Budget.Verdict in = new Budget(4.566, 1_000_000, 0.75).judge(COSTS, m);
        assertThat(in.within()).isTrue();
        assertThat(in.option()).isEqualTo(Budget.Verdict.API);
        assertThat(in.providerModelId()).isEqualTo("ministral-8b-2512");
        var unpriced = CATALOG.model("llama-3.1-8b-instruct").orElseThrow();
        assertThat(new Budget(1000, 1_000_000, 0.75).judge(COSTS, unpriced).reason())
                .isEqualTo("no priced hosted offer in the catalog to hold to the budget of $1,000/month");
    }

    @Test
    void selfHostingIsPricedAsOwlCostPricesItAndTheCheaperOptionWithinTheBudgetIsChosen() {
        // ministral-3-8b in fp8 (its Instruct repo ships FP8) on L4s at $1 an hour: the GPUs owl cost rents, around the clock
        var m = CATALOG.model("ministral-3-8b-instruct-2512").orElseThrow();
        CostEstimate.SelfHostCost self = COSTS.selfHost(m, "l4", 1.0, null, 1_000_000, 0.75);
        assertThat(self.quant()).as("the catalog's shipped format, as fit's first row").isEqualTo("fp8");
        int gpus = self.gpusPerReplica() * self.replicas();
        double selfMonth = gpus * 1.0 * CostCalculator.HOURS_PER_MONTH;
        assertThat(self.monthlyUsd()).isCloseTo(selfMonth, org.assertj.core.api.Assertions.within(1e-9));
        double apiMonth = CostCalculator.DAYS_PER_MONTH * 0.15; // 1M tokens a day at $0.15 in and out
        assertThat(selfMonth).isGreaterThan(apiMonth);

        Budget.Verdict both = new Budget(selfMonth + 1, 1_000_000, 0.75, true, "l4", 1.0).judge(COSTS, m);
        assertThat(both.within()).isTrue();
        assertThat(both.option()).as("both fit: the cheaper is shown").isEqualTo(Budget.Verdict.API);
        assertThat(both.selfHostMonthlyUsd()).isCloseTo(selfMonth, org.assertj.core.api.Assertions.within(1e-9));
        assertThat(both.gpus()).isEqualTo(gpus);
        assertThat(both.reason()).startsWith("cheapest offer mistral-la-plateforme").contains("; self-hosting on " + gpus + " × l4 (fp8)")
                .endsWith("(also within it)");
        assertThat(new Budget(selfMonth - 1, 1_000_000, 0.75, true, "l4", 1.0).judge(COSTS, m).reason()).endsWith("(over it)");

        Budget.Verdict selfOnly = new Budget(selfMonth + 1, 1_000_000, 0.75, false, "l4", 1.0).judge(COSTS, m);
        assertThat(selfOnly.option()).isEqualTo(Budget.Verdict.SELF_HOST);
        assertThat(selfOnly.monthlyUsd()).isCloseTo(selfMonth, org.assertj.core.api.Assertions.within(1e-9));
        assertThat(selfOnly.apiMonthlyUsd()).as("APIs do not count without --api-ok").isNull();
        assertThat(new Budget(selfMonth - 1, 1_000_000, 0.75, false, "l4", 1.0).judge(COSTS, m).within()).isFalse();

        var apiOnly = CATALOG.models().stream().filter(x -> !x.hasWeights()).findFirst().orElseThrow();
        assertThat(new Budget(1000, 1_000_000, 0.75, false, "l4", 1.0).judge(COSTS, apiOnly).reason()).isEqualTo("no weights to self-host");
        assertThatThrownBy(() -> new Budget(10, 1, 0.5, false, null, null)).isInstanceOf(UsageException.class)
                .hasMessageContaining("neither was given");
    }
}
