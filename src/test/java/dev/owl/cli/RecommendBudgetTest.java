package dev.owl.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.owl.OwlRunner;
import dev.owl.OwlRunner.Result;
import dev.owl.catalog.Catalog;
import dev.owl.catalog.CatalogLoader;
import dev.owl.catalog.CatalogLocation;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * recommend --api-ok --budget-usd-month B --tokens-per-day N: a model stays only when its cheapest priced hosted
 * offer, recomputed here from catalog/deployments.yaml, costs at most B a month at N tokens a day.
 */
class RecommendBudgetTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final double DAYS = 365.25 / 12;
    private static final String TODAY = "2026-12-02";
    private static final Catalog CATALOG = new CatalogLoader().load(List.of(new CatalogLocation("catalog", Path.of("catalog"), true)));

    /** The cheapest month over the model's priced offers still served on TODAY, 75 % input; empty when none is priced. */
    private static OptionalDouble cheapestMonth(String model, double tokensPerDay) {
        LocalDate today = LocalDate.parse(TODAY);
        return CATALOG.deployments(model).stream()
                .filter(d -> d.price() != null && !"retired".equals(d.status()) && (d.retires() == null || !d.retires().isBefore(today)))
                .mapToDouble(d -> tokensPerDay * DAYS / 1e6 * (0.75 * d.price().inputUsdPerMtok() + 0.25 * d.price().outputUsdPerMtok()))
                .min();
    }

    @Test
    void everyRecommendationIsWithinTheBudgetAndEveryModelOverItIsExcludedWithItsCheapestOffer() throws Exception {
        double budget = 100;
        Result r = OwlRunner.bundled().today(TODAY).run("recommend", "--task", "chat", "--api-ok", "--budget-usd-month", "100",
                "--tokens-per-day", "10M", "--top", "50", "--format", "json");
        assertThat(r.exitCode()).as(r.err()).isZero();
        JsonNode j = JSON.readTree(r.out());
        JsonNode q = j.get("query").get("budget");
        assertThat(q.get("usd_per_month").asDouble()).isEqualTo(budget);
        assertThat(q.get("tokens_per_day").asLong()).isEqualTo(10_000_000L);
        assertThat(q.get("input_share").asDouble()).isEqualTo(0.75);

        assertThat(j.get("recommendations")).isNotEmpty();
        for (JsonNode rec : j.get("recommendations")) {
            String id = rec.get("model").asText();
            OptionalDouble month = cheapestMonth(id, 10e6);
            assertThat(month).as(id).isPresent();
            assertThat(month.getAsDouble()).as(id).isLessThanOrEqualTo(budget);
            assertThat(rec.get("reasons").toString()).as(id).contains("≤ budget $100");
        }
        int over = 0;
        int unpriced = 0;
        for (JsonNode ex : j.get("excluded")) {
            String id = ex.get("model").asText();
            String reasons = ex.get("reasons").toString();
            OptionalDouble month = cheapestMonth(id, 10e6);
            if (month.isEmpty()) {
                assertThat(reasons).as(id).contains("no priced hosted offer in the catalog to hold to the budget of $100/month");
                unpriced++;
            } else if (month.getAsDouble() > budget) {
                assertThat(reasons).as(id).contains(String.format(java.util.Locale.ROOT, "~$%,.0f/month at 10,000,000 tokens/day > budget $100",
                        month.getAsDouble()));
                over++;
            } else {
                assertThat(reasons).as(id + " is within the budget, so something else excluded it").doesNotContain("budget");
            }
        }
        assertThat(over).isPositive();
        assertThat(unpriced).isPositive();
    }

    @Test
    void theCheapestOfferDecidesAtTheInputShareAsked() throws Exception {
        // gpt-oss-120b: Together and Fireworks both list $0.15 in / $0.60 out (catalog/deployments.yaml)
        double month = cheapestMonth("gpt-oss-120b", 10e6).orElseThrow();
        assertThat(month).isCloseTo(10e6 * DAYS / 1e6 * (0.75 * 0.15 + 0.25 * 0.60), within(1e-9));
        String justUnder = String.valueOf(Math.floor(month * 100) / 100);
        Result r = OwlRunner.bundled().today(TODAY).run("recommend", "--api-ok", "--budget-usd-month", justUnder, "--tokens-per-day", "10M",
                "--explain", "gpt-oss-120b", "--format", "json");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(JSON.readTree(r.out()).get("excluded_because").toString()).contains("> budget $" + justUnder);
        // all output: $0.60 per million, 10M × 30.4375 days = $182.625 a month, printed to the dollar from $100 up
        Result allOut = OwlRunner.bundled().today(TODAY).run("recommend", "--api-ok", "--budget-usd-month", "182.7", "--tokens-per-day", "10M",
                "--input-share", "0", "--explain", "gpt-oss-120b", "--format", "json");
        assertThat(allOut.exitCode()).as(allOut.err()).isZero();
        assertThat(JSON.readTree(allOut.out()).get("excluded_because")).isEmpty();
        assertThat(JSON.readTree(allOut.out()).get("reasons").toString()).contains("~$183/month at 10,000,000 tokens/day ≤ budget $183");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "--budget-usd-month 100 --tokens-per-day 1M|--budget-usd-month prices hosted APIs: it needs --api-ok",
        "--api-ok --budget-usd-month 100|--budget-usd-month needs a volume to price",
        "--api-ok --budget-usd-month -5 --tokens-per-day 1M|'-5' is out of range (above 0 up to 1000000000 US dollars)",
        "--api-ok --budget-usd-month 0 --tokens-per-day 1M|'0' is out of range (above 0 up to 1000000000 US dollars)",
        "--api-ok --budget-usd-month 100 --tokens-per-day -1M|'-1M' is out of range: a volume is 1 to 10^15 tokens a day",
        "--api-ok --tokens-per-day 1M|--tokens-per-day and --input-share only size --budget-usd-month",
        "--api-ok --budget-usd-month 100 --tokens-per-day 1M --input-share 1.5|'1.5' is out of range (0 to 1)",
    })
    void badBudgetInputIsAUsageError(String args, String message) {
        List<String> argv = new java.util.ArrayList<>(List.of("recommend"));
        argv.addAll(List.of(args.split(" ")));
        Result r = OwlRunner.bundled().today(TODAY).run(argv.toArray(String[]::new));
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).contains(message).doesNotContain("Exception");
    }
}
