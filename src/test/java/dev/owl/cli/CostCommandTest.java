package dev.owl.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.owl.OwlRunner;
import dev.owl.OwlRunner.Result;
import dev.owl.catalog.Accelerator;
import dev.owl.catalog.Catalog;
import dev.owl.catalog.CatalogLoader;
import dev.owl.catalog.CatalogLocation;
import dev.owl.catalog.Deployment;
import dev.owl.catalog.Model;
import dev.owl.catalog.RuntimeMemory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * owl cost: every break-even figure is recomputed here from the catalog records (model size and
 * architecture, GPU memory and bandwidth, provider prices) with the formulas the README states.
 */
class CostCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final double DAYS = 365.25 / 12;
    private static final double HOURS = DAYS * 24;
    private static final double GIB = 1024.0 * 1024 * 1024;

    @TempDir
    Path tmp;

    /** What the README's formulas give for one replica of {@code m} on {@code gpu}, batch 16 × 4096 tokens, bf16. */
    private record Replica(int gpus, double outputTokensPerSecond) {}

    /**
     * One replica of a bf16 model as vLLM (the default engine for 16-bit weights) runs it, recomputed from the catalog:
     * the share of each GPU vLLM takes and its per-device overhead (runtimes.yaml), 16 sequences of 4K tokens, tensor
     * parallel so every GPU's bandwidth serves each step.
     */
    private static Replica replica(Catalog c, Model m, Accelerator gpu) {
        RuntimeMemory vllm = c.runtimes().stream().filter(r -> r.id().equals("vllm")).findFirst().orElseThrow().memory();
        assertThat(vllm.multiGpu()).isEqualTo("tensor");
        double share = vllm.memoryFraction() == null ? 1 : vllm.memoryFraction();
        double overhead = vllm.overheadGibPerDevice() == null ? 1 : vllm.overheadGibPerDevice(); // else owl's 1 GiB allowance
        double weights = m.paramsTotalB() * 1e9 * 2; // bf16: 2 bytes per parameter
        var a = m.architecture();
        double kv = a == null || a.layers() == null ? 0 : 2.0 * a.layers() * a.kvHeads() * a.headDim() * 2 * 4096 * 16;
        for (int k = 1; k <= 8; k++) {
            if (a != null && a.attentionHeads() != null && a.attentionHeads() % k != 0) {
                continue; // tensor parallelism gives each GPU the same number of heads: vLLM refuses other sizes
            }
            double total = weights + kv + k * overhead * GIB;
            if (total <= (long) (k * gpu.memoryGib() * GIB * share)) {
                // a token reads one row of the input embedding table, not all of it (untied embeddings)
                double inputTable = a == null || a.vocabSize() == null || a.hiddenSize() == null
                        || Boolean.TRUE.equals(a.tiedEmbeddings()) ? 0 : (double) a.vocabSize() * a.hiddenSize();
                double bytesPerStep = (m.effectiveActiveParamsB() * 1e9 - inputTable) * 2 + kv;
                return new Replica(k, 16 * k * gpu.bandwidthGbS() * 1e9 / bytesPerStep);
            }
        }
        throw new AssertionError("does not fit");
    }

    /**
     * The typical-speed factor fit applies to this replica (its ~TOK/S ÷ its decode bound): cost's throughput is the
     * batch × that typical speed, so the test's own bound times this factor is what cost must report.
     */
    private static double typicalFactor(Catalog c, Model m, Accelerator gpu, Replica rep) {
        dev.owl.fit.FitEstimate e = dev.owl.fit.FitCalculator.of(c).estimate(dev.owl.fit.ModelShape.of(m), dev.owl.fit.Quantization.BF16, 4096,
                16, dev.owl.fit.KvQuant.FP16, dev.owl.fit.Hardware.of(gpu, rep.gpus()), false, null);
        return e.shownTokensPerSecond() / e.decodeTokensPerSecond();
    }

    /** Output tokens a second of one replica as cost must report them: the test's own bound where it counts the KV cache as fit does. */
    private static double typicalPerReplica(Catalog c, Model m, Accelerator gpu, Replica rep) {
        dev.owl.fit.FitEstimate e = dev.owl.fit.FitCalculator.of(c).estimate(dev.owl.fit.ModelShape.of(m), dev.owl.fit.Quantization.BF16, 4096,
                16, dev.owl.fit.KvQuant.FP16, dev.owl.fit.Hardware.of(gpu, rep.gpus()), false, null);
        if (m.architecture() == null || m.architecture().slidingWindow() == null) {
            // every layer caches every token: the test's own bound is fit's, so only the calibrated factor is taken from fit
            assertThat(16 * e.decodeTokensPerSecond()).as("fit's bound is the test's own").isCloseTo(rep.outputTokensPerSecond(), within(1e-6));
            return rep.outputTokensPerSecond() * typicalFactor(c, m, gpu, rep);
        }
        return 16 * e.shownTokensPerSecond(); // sliding-window layers: fit's own cache count (RuntimeMemoryTest and FitTest check it)
    }

    @Test
    void llama70bOnH100AgainstAPricedApiBreaksEvenWhereOneReplicaCostsWhatTheApiDoes() throws Exception {
        Files.writeString(tmp.resolve("deployments.yaml"), """
                deployments:
                  - model: llama-3.3-70b-instruct
                    provider: groq
                    provider_model_ids: [llama-3.3-70b-versatile]
                    status: available
                    price: {input_usd_per_mtok: 0.9, output_usd_per_mtok: 0.9, as_of: 2026-11-01}
                    source: {url: "https://example.com/test-price", as_of: 2026-11-22, note: "test record"}
                """);
        Result r = OwlRunner.bundled().run("--catalog", tmp.toString(), "cost", "llama-3.3-70b-instruct", "--tokens-per-day", "50M",
                "--gpu", "h100-sxm", "--gpu-hour-usd", "2.5", "--format", "json");
        assertThat(r.exitCode()).as(r.err()).isZero();
        JsonNode j = JSON.readTree(r.out());

        Catalog c = new CatalogLoader().load(List.of(new CatalogLocation("catalog", Path.of("catalog"), true),
                new CatalogLocation("user", tmp, false)));
        Model m = c.model("llama-3.3-70b-instruct").orElseThrow();
        Accelerator h100 = c.accelerator("h100-sxm").orElseThrow();
        Deployment groq = c.deployments(m.id()).stream().filter(d -> d.provider().equals("groq")).findFirst().orElseThrow();
        double blended = 0.75 * groq.price().inputUsdPerMtok() + 0.25 * groq.price().outputUsdPerMtok();
        Replica rep = replica(c, m, h100);
        assertThat(rep.gpus()).isEqualTo(4); // 141 GB of bf16 weights + 21 GB of KV: more than vLLM's share of two 80 GB GPUs,
        // and 3 does not divide the 64 attention heads

        double typical = typicalPerReplica(c, m, h100, rep);
        assertThat(typical).isLessThan(rep.outputTokensPerSecond()); // published measurements calibrate dense models on NVIDIA cards

        JsonNode hosted = j.get("hosted").get(0);
        assertThat(hosted.get("provider").asText()).isEqualTo("groq");
        assertThat(hosted.get("blended_usd_per_mtok").asDouble()).isCloseTo(blended, within(1e-9));
        assertThat(hosted.get("monthly_usd").asDouble()).isCloseTo(50e6 * DAYS / 1e6 * blended, within(1e-6));
        JsonNode self = j.get("self_host");
        assertThat(self.get("gpus_per_replica").asInt()).isEqualTo(rep.gpus());
        assertThat(self.get("output_tokens_per_second_per_replica").asDouble()).isCloseTo(typical, within(1e-6));
        assertThat(self.get("replicas").asInt()).isEqualTo((int) Math.ceil(50e6 * 0.25 / 86400 / typical));
        assertThat(self.get("monthly_usd").asDouble()).isCloseTo(rep.gpus() * 2.5 * HOURS, within(1e-6));

        double breakEven = rep.gpus() * 2.5 * HOURS / (blended * DAYS) * 1e6;
        double capacity = typical * 86400 / 0.25;
        assertThat(breakEven).isLessThan(capacity); // so the break-even exists
        assertThat(j.get("break_even").get("cheapest_provider").asText()).isEqualTo("groq");
        assertThat(j.get("break_even").get("tokens_per_day").asDouble()).isCloseTo(breakEven, within(1e-3));

        Result table = OwlRunner.bundled().run("--catalog", tmp.toString(), "cost", "llama-3.3-70b-instruct", "--tokens-per-day", "50M",
                "--gpu", "h100-sxm", "--gpu-hour-usd", "2.5");
        assertThat(table.out()).contains("break-even: ~" + String.format(java.util.Locale.ROOT, "%,d", Math.round(breakEven)) + " tokens a day")
                .contains("All figures are estimates.").contains("--gpu-hour-usd");
    }

    @ParameterizedTest(name = "{0} on {1} at {2}")
    @CsvSource({
        "llama-3.3-70b-instruct, h100-sxm, 50M, 2.5, true",
        "llama-3.3-70b-instruct, h100-sxm, 50M, , false",
        "ministral-3-8b-instruct-2512, l4, 20M, , false",
        "gpt-oss-20b, l4, 20M, , false",
    })
    void theBundledRecordsGiveTheBreakEvenTheirArithmeticGives(String model, String gpu, String volume, String hourUsd, boolean breaksEven)
            throws Exception {
        // bf16 throughout, as replica() counts (gpt-oss would otherwise be priced in its shipped mxfp4)
        List<String> argv = new java.util.ArrayList<>(List.of("cost", model, "--tokens-per-day", volume, "--gpu", gpu, "--quant", "bf16",
                "--format", "json"));
        if (hourUsd != null) {
            argv.addAll(List.of("--gpu-hour-usd", hourUsd));
        }
        Result r = OwlRunner.bundled().today("2026-12-02").run(argv.toArray(String[]::new));
        assertThat(r.exitCode()).as(r.err()).isZero();
        JsonNode j = JSON.readTree(r.out());
        Catalog c = new CatalogLoader().load(List.of(new CatalogLocation("catalog", Path.of("catalog"), true)));
        Model m = c.model(model).orElseThrow();
        double tokens = j.get("tokens_per_day").asDouble();
        // the cheapest priced offer still served, from deployments.yaml; the cheapest hourly price from gpu-prices.yaml
        LocalDate today = LocalDate.parse("2026-12-02");
        double blended = c.deployments(model).stream().filter(d -> d.price() != null && !"retired".equals(d.status())
                        && (d.retires() == null || !d.retires().isBefore(today)))
                .mapToDouble(d -> 0.75 * d.price().inputUsdPerMtok() + 0.25 * d.price().outputUsdPerMtok()).min().orElseThrow();
        // a cloud's own price before a third party's copy of one
        double hourly = hourUsd != null ? Double.parseDouble(hourUsd)
                : c.gpuPrices().stream().filter(p -> p.gpu().equals(gpu) && !p.thirdParty()).mapToDouble(p -> p.usdPerGpuHour()).min().orElseThrow();
        Replica rep = replica(c, m, c.accelerator(gpu).orElseThrow());
        double typical = typicalPerReplica(c, m, c.accelerator(gpu).orElseThrow(), rep);
        JsonNode self = j.get("self_host");
        assertThat(self.get("output_tokens_per_second_per_replica").asDouble()).isCloseTo(typical, within(1e-6));
        assertThat(self.get("gpu_hour_usd").asDouble()).isEqualTo(hourly);
        assertThat(self.get("gpus_per_replica").asInt()).isEqualTo(rep.gpus());
        assertThat(self.get("monthly_usd").asDouble()).isCloseTo(self.get("replicas").asInt() * rep.gpus() * hourly * HOURS, within(1e-6));
        assertThat(j.get("break_even").get("cheapest_blended_usd_per_mtok").asDouble()).isCloseTo(blended, within(1e-12));
        double breakEven = rep.gpus() * hourly * HOURS / (blended * DAYS) * 1e6;
        double capacity = typical * 86400 / 0.25;
        assertThat(breakEven <= capacity).as("one replica's capacity outlasts the break-even").isEqualTo(breaksEven);
        if (breaksEven) {
            assertThat(j.get("break_even").get("tokens_per_day").asDouble()).isCloseTo(breakEven, within(1e-3));
        } else {
            assertThat(j.get("break_even").get("tokens_per_day").isNull()).isTrue();
        }
        assertThat(j.get("hosted").get(0).get("monthly_usd").asDouble()).isCloseTo(tokens * DAYS / 1e6 * blended, within(1e-6));
    }

    @Test
    void gptOss20bInItsOwnMxfp4FormatOnOneL4BreaksEvenWithFireworksWhereTheRecordsSay() throws Exception {
        Result r = OwlRunner.bundled().today("2026-12-02").run("cost", "gpt-oss-20b", "--tokens-per-day", "20M", "--gpu", "l4", "--quant", "mxfp4",
                "--format", "json");
        assertThat(r.exitCode()).as(r.err()).isZero();
        JsonNode j = JSON.readTree(r.out());
        Catalog c = new CatalogLoader().load(List.of(new CatalogLocation("catalog", Path.of("catalog"), true)));
        Model m = c.model("gpt-oss-20b").orElseThrow();
        Accelerator l4 = c.accelerator("l4").orElseThrow();
        Deployment fireworks = c.deployments(m.id()).stream().filter(d -> d.provider().equals("fireworks")).findFirst().orElseThrow();
        double blended = 0.75 * fireworks.price().inputUsdPerMtok() + 0.25 * fireworks.price().outputUsdPerMtok();
        double hourly = c.gpuPrices().stream().filter(p -> p.gpu().equals("l4") && !p.thirdParty()).mapToDouble(p -> p.usdPerGpuHour()).min()
                .orElseThrow();
        dev.owl.fit.FitEstimate one = dev.owl.fit.FitCalculator.of(c).estimate(dev.owl.fit.ModelShape.of(m), dev.owl.fit.Quantization.parse("mxfp4"),
                4096, 16, dev.owl.fit.KvQuant.FP16, dev.owl.fit.Hardware.of(l4, 1), false, null);
        assertThat(one.fits()).isTrue(); // ~13 GB of MXFP4 weights and the batch's cache fit one 24 GB card

        JsonNode self = j.get("self_host");
        assertThat(self.get("gpus_per_replica").asInt()).isEqualTo(1);
        assertThat(self.get("gpu_hour_usd").asDouble()).isEqualTo(hourly);
        double capacity = 16 * one.shownTokensPerSecond() * 86400 / 0.25;
        assertThat(self.get("tokens_per_day_per_replica").asDouble()).isCloseTo(capacity, within(1e-3));
        double breakEven = hourly * HOURS / (blended * DAYS) * 1e6;
        assertThat(breakEven).isLessThan(capacity);
        assertThat(j.get("break_even").get("cheapest_provider").asText()).isEqualTo("fireworks");
        assertThat(j.get("break_even").get("tokens_per_day").asDouble()).isCloseTo(breakEven, within(1e-3));
    }

    @Test
    void aSmallModelOnAnL4WithTheBundledMistralPriceNeverBreaksEvenWhenOneReplicaRunsOutFirst() throws Exception {
        // --quant bf16: replica() sizes 16-bit weights (the model ships FP8, which owl cost would price by default)
        Result r = OwlRunner.bundled().run("cost", "ministral-3-8b-instruct-2512", "--tokens-per-day", "20M", "--gpu", "l4",
                "--gpu-hour-usd", "0.8", "--quant", "bf16", "--format", "json");
        assertThat(r.exitCode()).as(r.err()).isZero();
        JsonNode j = JSON.readTree(r.out());
        Catalog c = new CatalogLoader().load(List.of(new CatalogLocation("catalog", Path.of("catalog"), true)));
        Model m = c.model("ministral-3-8b-instruct-2512").orElseThrow();
        Deployment mistral = c.deployments(m.id()).stream().filter(d -> d.provider().equals("mistral-la-plateforme")).findFirst().orElseThrow();
        double blended = 0.75 * mistral.price().inputUsdPerMtok() + 0.25 * mistral.price().outputUsdPerMtok();
        Replica rep = replica(c, m, c.accelerator("l4").orElseThrow());
        double typical = typicalPerReplica(c, m, c.accelerator("l4").orElseThrow(), rep);

        assertThat(j.get("hosted").get(0).get("eu_residency").asBoolean()).isTrue();
        assertThat(j.get("hosted").get(0).get("monthly_usd").asDouble()).isCloseTo(20e6 * DAYS / 1e6 * blended, within(1e-6));
        assertThat(j.get("self_host").get("gpus_per_replica").asInt()).isEqualTo(rep.gpus());
        assertThat(j.get("self_host").get("output_tokens_per_second_per_replica").asDouble()).isCloseTo(typical, within(1e-6));
        double breakEven = rep.gpus() * 0.8 * HOURS / (blended * DAYS) * 1e6;
        double capacity = typical * 86400 / 0.25;
        assertThat(breakEven).isGreaterThan(capacity);
        assertThat(j.get("break_even").get("tokens_per_day").isNull()).isTrue();
        assertThat(j.get("break_even").get("reason").asText()).contains("the API stays cheaper at every volume");
        // the catalog now has its architecture (config.json text_config), so the batch's KV cache is counted
        assertThat(j.get("assumptions").toString()).doesNotContain("KV cache not counted").contains("fp16 KV cache");
    }

    @Test
    void aCatalogPriceForAMultiGpuInstanceIsCitedWithItsRegionAndArithmetic() throws Exception {
        Files.writeString(tmp.resolve("gpu-prices.yaml"), """
                gpu_prices:
                  - gpu: h100-sxm
                    cloud: example-cloud
                    offer: "8x H100 node"
                    usd_per_gpu_hour: 1.25
                    gpu_count: 8
                    instance_usd_per_hour: 10
                    region: eu-west-9
                    source: {url: "https://example.com/prices", as_of: 2026-11-22}
                """);
        Result r = OwlRunner.bundled().run("--catalog", tmp.toString(), "cost", "llama-3.3-70b-instruct", "--tokens-per-day", "50M",
                "--gpu", "h100-sxm", "--format", "json");
        assertThat(r.exitCode()).as(r.err()).isZero();
        JsonNode self = JSON.readTree(r.out()).get("self_host");
        assertThat(self.get("gpu_hour_usd").asDouble()).isEqualTo(1.25); // the cheapest H100 price, this one
        assertThat(self.get("gpu_price_source").asText())
                .isEqualTo("example-cloud 8x H100 node, eu-west-9, $10 an hour ÷ 8 GPUs (https://example.com/prices, 2026-11-22)");
    }

    @Test
    void aCloudsOwnPriceIsTakenBeforeACheaperThirdPartyCopyWhichCountsOnlyAlone() throws Exception {
        Files.writeString(tmp.resolve("gpu-prices.yaml"), """
                gpu_prices:
                  - gpu: l4
                    cloud: copycat
                    offer: "L4 as a tracker lists it"
                    usd_per_gpu_hour: 0.01
                    gpu_count: 1
                    note: "Third-party source: a test record."
                    source: {url: "https://example.com/tracker", as_of: 2026-11-22, note: "third party: a test tracker"}
                  - gpu: mi300x
                    cloud: copycat
                    offer: "MI300X as a tracker lists it"
                    usd_per_gpu_hour: 1.5
                    gpu_count: 1
                    note: "Third-party source: a test record."
                    source: {url: "https://example.com/tracker", as_of: 2026-11-22, note: "third party: a test tracker"}
                """);
        Catalog c = new CatalogLoader().load(List.of(new CatalogLocation("catalog", Path.of("catalog"), true),
                new CatalogLocation("user", tmp, false)));
        double ownCheapest = c.gpuPrices().stream().filter(p -> p.gpu().equals("l4") && !p.thirdParty())
                .mapToDouble(p -> p.usdPerGpuHour()).min().orElseThrow();
        Result l4 = OwlRunner.bundled().run("--catalog", tmp.toString(), "cost", "ministral-3-8b-instruct-2512", "--tokens-per-day", "1M",
                "--gpu", "l4", "--format", "json");
        assertThat(l4.exitCode()).as(l4.err()).isZero();
        JsonNode self = JSON.readTree(l4.out()).get("self_host");
        assertThat(self.get("gpu_hour_usd").asDouble()).isEqualTo(ownCheapest).isGreaterThan(0.01);
        assertThat(self.get("gpu_price_source").asText()).doesNotContain("third party");

        Result mi300x = OwlRunner.bundled().run("--catalog", tmp.toString(), "cost", "ministral-3-8b-instruct-2512", "--tokens-per-day", "1M",
                "--gpu", "mi300x", "--format", "json");
        assertThat(mi300x.exitCode()).as(mi300x.err()).isZero();
        JsonNode alone = JSON.readTree(mi300x.out()).get("self_host");
        assertThat(alone.get("gpu_hour_usd").asDouble()).isEqualTo(1.5);
        assertThat(alone.get("gpu_price_source").asText())
                .isEqualTo("copycat MI300X as a tracker lists it (third party: https://example.com/tracker, 2026-11-22)");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "--tokens-per-day|-5|'-5' is out of range",
        "--tokens-per-day|0|'0' is out of range",
        "--tokens-per-day|lots|'lots' is not a token volume",
        "--input-share|1.5|'1.5' is out of range (0 to 1)",
        "--input-share|NaN|'NaN' is out of range (0 to 1)",
        "--gpu-hour-usd|-2|'-2' is out of range (above 0 up to 10000 US dollars)",
        "--batch|2147483647|'2147483647' is out of range (1 to 4096)",
        "--provider|grok|unknown provider 'grok'",
        "--gpu-count|0|'0' is out of range (1 to 4096)",
        "--gpu|h200-sxm5|unknown GPU 'h200-sxm5'",
    })
    void badInputIsAUsageErrorWithAClearMessage(String option, String value, String message) {
        String[] args = option.equals("--tokens-per-day")
                ? new String[] {"cost", "ministral-3-8b-instruct-2512", option, value}
                : new String[] {"cost", "ministral-3-8b-instruct-2512", "--tokens-per-day", "1M", option, value};
        Result r = OwlRunner.bundled().run(args);
        assertThat(r.exitCode()).as(r.err()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).contains(message).doesNotContain("\tat ");
    }

    @Test
    void anInputShareOfOneLeavesNothingToSizeSelfHostingByButStillPricesApis() throws Exception {
        Result self = OwlRunner.bundled().run("cost", "ministral-3-8b-instruct-2512", "--tokens-per-day", "1M", "--gpu", "l4", "--input-share", "1");
        assertThat(self.exitCode()).isEqualTo(2);
        assertThat(self.out()).isEmpty();
        assertThat(self.err()).contains("an input share of 1 leaves no output tokens").contains("help: give the share of prompt tokens below 1");
        Result api = OwlRunner.bundled().run("cost", "ministral-3-8b-instruct-2512", "--tokens-per-day", "1M", "--input-share", "1", "--format", "json");
        assertThat(api.exitCode()).as(api.err()).isZero();
        JsonNode hosted = JSON.readTree(api.out()).get("hosted").get(0);
        assertThat(hosted.get("blended_usd_per_mtok").asDouble()).isEqualTo(hosted.get("input_usd_per_mtok").asDouble());
        Result tooFew = OwlRunner.bundled().run("cost", "llama-3.3-70b-instruct", "--tokens-per-day", "1M", "--gpu", "h100-sxm", "--gpu-count", "1");
        assertThat(tooFew.exitCode()).isEqualTo(2);
        assertThat(tooFew.err()).contains("1 × h100-sxm hold").contains("help: raise --gpu-count");
    }

    @Test
    void aProviderWithoutAnOfferOrAPriceAndAGpuWithoutAPriceSayWhatIsMissing() {
        Result noOffer = OwlRunner.bundled().run("cost", "llama-3.3-70b-instruct", "--tokens-per-day", "1M", "--provider", "fireworks");
        assertThat(noOffer.exitCode()).isEqualTo(2);
        assertThat(noOffer.err()).contains("provider 'fireworks' has no offer for llama-3.3-70b-instruct");
        Result noPrice = OwlRunner.bundled().run("cost", "llama-3.3-70b-instruct", "--tokens-per-day", "1M", "--provider", "azure-ai-foundry");
        assertThat(noPrice.exitCode()).isEqualTo(2);
        assertThat(noPrice.err()).contains("no price for llama-3.3-70b-instruct on azure-ai-foundry");
        Result noGpuPrice = OwlRunner.bundled().run("cost", "llama-3.3-70b-instruct", "--tokens-per-day", "1M", "--gpu", "mi300x");
        assertThat(noGpuPrice.exitCode()).isEqualTo(2);
        assertThat(noGpuPrice.err()).contains("error: no hourly price for mi300x in the catalog\nhelp: pass your own with --gpu-hour-usd");
        Result retired = OwlRunner.bundled().run("cost", "mixtral-8x7b-instruct-v0.1", "--tokens-per-day", "1M", "--provider", "mistral-la-plateforme");
        assertThat(retired.exitCode()).isEqualTo(2);
        assertThat(retired.err()).contains("mistral-la-plateforme no longer serves mixtral-8x7b-instruct-v0.1");
    }

    @ParameterizedTest(name = "{0} on {1}")
    @CsvSource({
        "gpt-oss-20b, l4, mxfp4",
        "gpt-oss-120b, h100-sxm, mxfp4",
        "ministral-3-14b-instruct-2512, l4, fp8",
        "llama-3.3-70b-instruct, h100-sxm, bf16",
    })
    void withoutQuantCostPricesTheFormatFitShowsFirst(String model, String gpu, String shipped) throws Exception {
        Result fit = OwlRunner.bundled().run("fit", model, "--gpu", gpu, "--context", "4096", "--format", "json");
        assertThat(fit.exitCode()).as(fit.err()).isZero();
        String fitFirst = JSON.readTree(fit.out()).get(0).get("quant").asText();
        assertThat(fitFirst).isEqualTo(shipped);
        Result cost = OwlRunner.bundled().run("cost", model, "--tokens-per-day", "20M", "--gpu", gpu, "--gpu-hour-usd", "2", "--format", "json");
        assertThat(cost.exitCode()).as(cost.err()).isZero();
        JsonNode self = JSON.readTree(cost.out()).get("self_host");
        assertThat(self.get("quant").asText()).isEqualTo(fitFirst);
        // and the memory is fit's for that format, on the GPUs cost rents
        Catalog c = new CatalogLoader().load(List.of(new CatalogLocation("catalog", Path.of("catalog"), true)));
        Model m = c.model(model).orElseThrow();
        dev.owl.fit.FitEstimate e = dev.owl.fit.FitCalculator.of(c).estimate(dev.owl.fit.ModelShape.of(m), dev.owl.fit.Quantization.parse(shipped),
                4096, 16, dev.owl.fit.KvQuant.FP16, dev.owl.fit.Hardware.of(c.accelerator(gpu).orElseThrow(), self.get("gpus_per_replica").asInt()),
                false, null);
        assertThat(self.get("memory_bytes_per_replica").asLong()).isEqualTo(e.totalBytes());
        Result asked = OwlRunner.bundled().run("cost", model, "--tokens-per-day", "20M", "--gpu", gpu, "--gpu-hour-usd", "2", "--quant", "q4_k_m",
                "--format", "json");
        assertThat(JSON.readTree(asked.out()).get("self_host").get("quant").asText()).isEqualTo("q4_k_m");
    }

    private static final List<String> OPTION_COLUMNS = List.of("OPTION", "PROVIDER", "MODEL ID", "REGIONS", "EU", "GPU", "QUANT", "GPUS/COPY",
            "COPIES", "$/GPU-H", "IN $/M", "OUT $/M", "$/M", "TOK/S/COPY", "TOKENS/DAY/COPY", "$/MONTH", "BREAK-EVEN TOKENS/DAY", "PRICE AS OF",
            "SOURCE", "APPROX");

    /** RFC 4180 fields of one line: quoted fields may hold the separator and doubled quotes. */
    private static List<String> fields(String line, char sep) {
        List<String> out = new java.util.ArrayList<>();
        StringBuilder f = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char ch = line.charAt(i);
            if (quoted && ch == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                f.append('"');
                i++;
            } else if (ch == '"' && sep == ',') {
                quoted = !quoted;
            } else if (ch == sep && !quoted) {
                out.add(f.toString());
                f.setLength(0);
            } else {
                f.append(ch);
            }
        }
        out.add(f.toString());
        return out;
    }

    @ParameterizedTest
    @CsvSource({"csv, ','", "tsv, '	'"})
    void csvAndTsvHaveOneRowPerOptionWhoseFieldsAreTheJsonFigures(String format, char sep) throws Exception {
        String[] args = {"cost", "gpt-oss-20b", "--tokens-per-day", "20M", "--gpu", "l4", "--format"};
        Result delimited = OwlRunner.bundled().today("2026-12-02").run(java.util.stream.Stream.concat(java.util.Arrays.stream(args),
                java.util.stream.Stream.of(format)).toArray(String[]::new));
        assertThat(delimited.exitCode()).as(delimited.err()).isZero();
        JsonNode j = JSON.readTree(OwlRunner.bundled().today("2026-12-02").run(java.util.stream.Stream.concat(java.util.Arrays.stream(args),
                java.util.stream.Stream.of("json")).toArray(String[]::new)).out());
        List<String> lines = delimited.out().lines().toList();
        assertThat(fields(lines.get(0), sep)).isEqualTo(OPTION_COLUMNS);
        List<java.util.Map<String, String>> rows = lines.subList(1, lines.size()).stream().map(l -> {
            List<String> f = fields(l, sep);
            assertThat(f).hasSize(OPTION_COLUMNS.size());
            java.util.Map<String, String> row = new java.util.LinkedHashMap<>();
            for (int i = 0; i < f.size(); i++) {
                row.put(OPTION_COLUMNS.get(i), f.get(i));
            }
            return row;
        }).toList();
        // every priced offer, the self-hosted copy, then each offer without a price: one row each
        assertThat(rows).hasSize(j.get("hosted").size() + 1 + j.get("unpriced_providers").size());

        JsonNode hosted = j.get("hosted").get(0);
        java.util.Map<String, String> api = rows.stream().filter(r -> r.get("PROVIDER").equals(hosted.get("provider").asText())).findFirst()
                .orElseThrow();
        assertThat(api.get("OPTION")).isEqualTo("api");
        assertThat(api.get("MODEL ID")).isEqualTo(hosted.get("provider_model_id").asText());
        assertThat(api.get("EU")).isEqualTo(hosted.get("eu_residency").asText());
        assertThat(Double.parseDouble(api.get("IN $/M"))).isEqualTo(hosted.get("input_usd_per_mtok").asDouble());
        assertThat(Double.parseDouble(api.get("OUT $/M"))).isEqualTo(hosted.get("output_usd_per_mtok").asDouble());
        assertThat(Double.parseDouble(api.get("$/M"))).isCloseTo(hosted.get("blended_usd_per_mtok").asDouble(), within(1e-9));
        assertThat(Double.parseDouble(api.get("$/MONTH"))).isCloseTo(hosted.get("monthly_usd").asDouble(), within(1e-6));
        assertThat(api.get("PRICE AS OF")).isEqualTo(hosted.get("price_as_of").asText());
        assertThat(api.get("SOURCE")).isEqualTo(hosted.get("source").asText());
        assertThat(api.get("GPU")).isEmpty();
        assertThat(api.get("BREAK-EVEN TOKENS/DAY")).isEmpty();
        assertThat(api.get("APPROX")).isEqualTo("$/MONTH");

        JsonNode s = j.get("self_host");
        java.util.Map<String, String> self = rows.stream().filter(r -> r.get("OPTION").equals("self_host")).findFirst().orElseThrow();
        assertThat(self.get("PROVIDER")).isEmpty();
        assertThat(self.get("GPU")).isEqualTo("l4");
        assertThat(self.get("QUANT")).isEqualTo("mxfp4").isEqualTo(s.get("quant").asText());
        assertThat(Integer.parseInt(self.get("GPUS/COPY"))).isEqualTo(s.get("gpus_per_replica").asInt());
        assertThat(Integer.parseInt(self.get("COPIES"))).isEqualTo(s.get("replicas").asInt());
        assertThat(Double.parseDouble(self.get("$/GPU-H"))).isEqualTo(s.get("gpu_hour_usd").asDouble());
        assertThat(Double.parseDouble(self.get("$/M"))).isCloseTo(s.get("usd_per_mtok").asDouble(), within(1e-9));
        assertThat(Double.parseDouble(self.get("TOK/S/COPY"))).isCloseTo(s.get("output_tokens_per_second_per_replica").asDouble(), within(1e-9));
        assertThat(Double.parseDouble(self.get("TOKENS/DAY/COPY"))).isCloseTo(s.get("tokens_per_day_per_replica").asDouble(), within(1e-6));
        assertThat(Double.parseDouble(self.get("$/MONTH"))).isCloseTo(s.get("monthly_usd").asDouble(), within(1e-6));
        assertThat(Double.parseDouble(self.get("BREAK-EVEN TOKENS/DAY"))).isCloseTo(j.get("break_even").get("tokens_per_day").asDouble(),
                within(1e-6));
        assertThat(self.get("SOURCE")).isEqualTo(s.get("gpu_price_source").asText());
        assertThat(self.get("APPROX").split(" ")).contains("$/M", "TOK/S/COPY", "TOKENS/DAY/COPY", "$/MONTH");

        // offers without a price: the last rows, in the JSON's order, with their id and source and no figure
        List<java.util.Map<String, String>> unpriced = rows.stream().filter(r -> r.get("$/MONTH").isEmpty()).toList();
        assertThat(unpriced).hasSize(j.get("unpriced_offers").size()).isNotEmpty();
        for (int i = 0; i < unpriced.size(); i++) {
            JsonNode u = j.get("unpriced_offers").get(i);
            assertThat(unpriced.get(i).get("PROVIDER")).isEqualTo(u.get("provider").asText()).isEqualTo(j.get("unpriced_providers").get(i).asText());
            assertThat(unpriced.get(i).get("MODEL ID")).isEqualTo(u.get("provider_model_id").isNull() ? "" : u.get("provider_model_id").asText());
            assertThat(unpriced.get(i).get("SOURCE")).isEqualTo(u.get("source").asText());
            assertThat(unpriced.get(i).get("$/M")).isEmpty();
            assertThat(unpriced.get(i).get("APPROX")).isEmpty();
        }
        // priced options cheapest month first
        List<Double> months = rows.stream().filter(r -> !r.get("$/MONTH").isEmpty()).map(r -> Double.parseDouble(r.get("$/MONTH"))).toList();
        assertThat(months).isSorted();
    }

    @Test
    void theTableIsTheSameColumnsAndMarkdownToo() {
        Result table = OwlRunner.bundled().run("cost", "gpt-oss-20b", "--tokens-per-day", "20M", "--gpu", "l4");
        assertThat(table.out().lines().findFirst().orElseThrow().split("\\s{2,}"))
                .containsExactlyElementsOf(OPTION_COLUMNS.subList(0, OPTION_COLUMNS.size() - 1));
        Result md = OwlRunner.bundled().run("cost", "gpt-oss-20b", "--tokens-per-day", "20M", "--gpu", "l4", "--format", "markdown");
        assertThat(md.out().lines().findFirst().orElseThrow()).startsWith("| OPTION | PROVIDER | MODEL ID |");
        assertThat(md.out()).contains("| self_host |");
        // what the figures rest on follows the table as a paragraph and a bullet list, so a pasted report keeps it
        List<String> after = md.out().lines().dropWhile(l -> l.startsWith("|")).toList();
        assertThat(after.get(0)).isEmpty();
        assertThat(after).anyMatch(l -> l.startsWith("- ") && l.contains("a month is 30.4375 days"));
        assertThat(after).noneMatch(l -> l.startsWith("|") || l.startsWith("  "));
        Result quiet = OwlRunner.bundled().run("cost", "gpt-oss-20b", "--tokens-per-day", "20M", "--gpu", "l4", "--format", "markdown", "-q");
        assertThat(quiet.out().lines()).allMatch(l -> l.startsWith("|"));
    }

    /** No priced offer and no --gpu leave an empty table: the notes say what would fill it, once. */
    @Test
    void nothingToPriceSaysHowToPriceItOnce() {
        Result r = OwlRunner.bundled().run("cost", "phi-4", "--tokens-per-day", "1M");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("break-even: none; no hosted offer of this model has a price in the catalog")
                .contains("nothing priced: --gpu ID prices running it yourself ('owl fit --list-gpus' lists them; auto is this machine)");
        assertThat(r.out().split("no hosted offer of this model has a price", -1)).as("said once").hasSize(2);
    }
}
