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

    /** The catalog's cheapest hourly price for a GPU (gpu-prices.yaml) that a cloud publishes itself. */
    private static double cheapestHour(String gpu) {
        return CATALOG.gpuPrices().stream().filter(p -> p.gpu().equals(gpu) && !p.thirdParty()).mapToDouble(p -> p.usdPerGpuHour()).min()
                .orElseThrow();
    }

    @Test
    void aBudgetWeighsSelfHostingOnTheGpuAndTheCheapestOfferAndRunsTheOptionItChose() throws Exception {
        double budget = 600;
        double hours = 365.25 / 12 * 24;
        Result r = OwlRunner.bundled().today(TODAY).run("recommend", "--task", "chat", "--api-ok", "--gpu", "l4", "--budget-usd-month", "600",
                "--tokens-per-day", "20M", "--top", "40", "--format", "json");
        assertThat(r.exitCode()).as(r.err()).isZero();
        JsonNode j = JSON.readTree(r.out());
        JsonNode q = j.get("query").get("budget");
        assertThat(q.get("hosted").asBoolean()).isTrue();
        assertThat(q.get("gpu").asText()).isEqualTo("l4");
        assertThat(q.get("gpu_hour_usd").isNull()).isTrue();
        int api = 0;
        int self = 0;
        for (JsonNode rec : j.get("recommendations")) {
            String id = rec.get("model").asText();
            JsonNode b = rec.get("budget");
            assertThat(b.get("within").asBoolean()).as(id).isTrue();
            OptionalDouble month = cheapestMonth(id, 20e6);
            if (month.isPresent()) {
                assertThat(b.get("api_monthly_usd").asDouble()).as(id).isCloseTo(month.getAsDouble(), within(1e-6));
            } else {
                assertThat(b.get("api_monthly_usd").isNull()).as(id).isTrue();
            }
            if (!b.get("self_host_monthly_usd").isNull()) {
                assertThat(b.get("gpu").asText()).isEqualTo("l4");
                assertThat(b.get("gpu_hour_usd").asDouble()).as(id).isEqualTo(cheapestHour("l4"));
                assertThat(b.get("self_host_monthly_usd").asDouble()).as(id)
                        .isCloseTo(b.get("gpus").asInt() * cheapestHour("l4") * hours, within(1e-6));
            }
            double cheaper = Math.min(b.get("api_monthly_usd").isNull() ? Double.MAX_VALUE : b.get("api_monthly_usd").asDouble(),
                    b.get("self_host_monthly_usd").isNull() ? Double.MAX_VALUE : b.get("self_host_monthly_usd").asDouble());
            assertThat(b.get("monthly_usd").asDouble()).as(id).isEqualTo(cheaper).isLessThanOrEqualTo(budget);
            JsonNode run = rec.get("run");
            if (b.get("option").asText().equals("api")) {
                assertThat(b.get("monthly_usd").asDouble()).isEqualTo(b.get("api_monthly_usd").asDouble());
                assertThat(run.get("step").asText()).as(id).isEqualTo("api");
                assertThat(run.get("runtime").asText()).as(id).isEqualTo(b.get("provider").asText());
                // the id its API takes, the first of the offer's record; none when the record lists none
                List<String> ids = CATALOG.deployments(id).stream().filter(d -> d.provider().equals(b.get("provider").asText()))
                        .findFirst().orElseThrow().providerModelIds();
                assertThat(run.get("command").isNull() ? null : run.get("command").asText()).as(id).isEqualTo(ids.isEmpty() ? null : ids.get(0));
                assertThat(b.get("provider_model_id").isNull() ? null : b.get("provider_model_id").asText()).isEqualTo(ids.isEmpty() ? null : ids.get(0));
                api++;
            } else {
                assertThat(b.get("option").asText()).isEqualTo("self_host");
                assertThat(b.get("monthly_usd").asDouble()).isEqualTo(b.get("self_host_monthly_usd").asDouble());
                assertThat(b.get("quant").asText()).as(id + ": priced in the format the recommendation sized").isEqualTo(rec.get("quant").asText());
                assertThat(run.isNull() || !"api".equals(run.get("step").asText())).as(id).isTrue();
                self++;
            }
        }
        assertThat(api).as("some picks are met by an API").isPositive();
        assertThat(self).as("some picks are met by self-hosting").isPositive();
    }

    @Test
    void theRunLineNamesTheProviderAndItsModelIdWhenAnApiMetTheBudget() throws Exception {
        String[] argv = {"recommend", "--task", "chat", "--api-ok", "--budget-usd-month", "100", "--tokens-per-day", "10M"};
        Result json = OwlRunner.bundled().today(TODAY).run(java.util.stream.Stream.concat(java.util.Arrays.stream(argv),
                java.util.stream.Stream.of("--format", "json")).toArray(String[]::new));
        JsonNode first = JSON.readTree(json.out()).get("recommendations").get(0);
        assertThat(first.get("budget").get("option").asText()).isEqualTo("api");
        Result table = OwlRunner.bundled().today(TODAY).run(argv);
        assertThat(table.exitCode()).as(table.err()).isZero();
        assertThat(table.out()).contains("Run #1: " + first.get("run").get("runtime").asText() + " API, model "
                + first.get("run").get("command").asText());
    }

    @Test
    void withoutApiOkOnlySelfHostingCountsAndYourOwnHourlyPriceIsUsed() throws Exception {
        Result r = OwlRunner.bundled().today(TODAY).run("recommend", "--task", "chat", "--gpu", "h100-sxm", "--gpu-hour-usd", "2.5",
                "--budget-usd-month", "2000", "--tokens-per-day", "50M", "--explain", "llama-3.3-70b-instruct", "--format", "json");
        assertThat(r.exitCode()).as(r.err()).isZero();
        JsonNode b = JSON.readTree(r.out()).get("budget");
        assertThat(b.get("api_monthly_usd").isNull()).isTrue();
        assertThat(b.get("gpu_hour_usd").asDouble()).isEqualTo(2.5);
        double month = b.get("gpus").asInt() * 2.5 * 365.25 / 12 * 24;
        assertThat(b.get("self_host_monthly_usd").asDouble()).isCloseTo(month, within(1e-6));
        assertThat(b.get("within").asBoolean()).isEqualTo(month <= 2000);
        assertThat(JSON.readTree(r.out()).get(month <= 2000 ? "reasons" : "excluded_because").toString())
                .contains(String.format(java.util.Locale.ROOT, "self-hosting on %d × h100-sxm", b.get("gpus").asInt()));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "--budget-usd-month 100 --tokens-per-day 1M|--budget-usd-month prices hosted APIs (--api-ok) or self-hosting on a catalog GPU (--gpu ID)",
        "--api-ok --budget-usd-month 100 --tokens-per-day 1M --gpu-hour-usd 2|--gpu-hour-usd prices self-hosting on a catalog GPU",
        "--api-ok --tokens-per-day 1M --gpu l4 --gpu-hour-usd 2|--tokens-per-day, --input-share and --gpu-hour-usd only size --budget-usd-month",
        "--gpu l4 --budget-usd-month 100 --tokens-per-day 1M --gpu-hour-usd -2|'-2' is out of range (above 0 up to 10000 US dollars)",
        "--api-ok --budget-usd-month 100|--budget-usd-month needs a volume to price",
        "--api-ok --budget-usd-month -5 --tokens-per-day 1M|'-5' is out of range (above 0 up to 1000000000 US dollars)",
        "--api-ok --budget-usd-month 0 --tokens-per-day 1M|'0' is out of range (above 0 up to 1000000000 US dollars)",
        "--api-ok --budget-usd-month 100 --tokens-per-day -1M|'-1M' is out of range: a volume is 1 to 10^15 tokens a day",
        "--api-ok --tokens-per-day 1M|--tokens-per-day, --input-share and --gpu-hour-usd only size --budget-usd-month",
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
