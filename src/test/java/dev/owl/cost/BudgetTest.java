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
        assertThat(new Budget(4.56, 1_000_000, 0.75).judge(COSTS, m)).isEqualTo(new Budget.Verdict(false,
                "cheapest offer mistral-la-plateforme ~$4.57/month at 1,000,000 tokens/day > budget $4.56"));
        assertThat(new Budget(4.566, 1_000_000, 0.75).judge(COSTS, m).within()).isTrue();
        var unpriced = CATALOG.model("llama-3.1-8b-instruct").orElseThrow();
        assertThat(new Budget(1000, 1_000_000, 0.75).judge(COSTS, unpriced)).isEqualTo(new Budget.Verdict(false,
                "no priced hosted offer in the catalog to hold to the budget of $1,000/month"));
    }
}
