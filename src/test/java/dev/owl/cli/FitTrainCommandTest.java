package dev.owl.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.owl.Golden;
import dev.owl.OwlRunner;
import dev.owl.OwlRunner.Result;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code owl fit MODEL --train lora|qlora|full}: training memory part by part, recomputed here from the model's config. */
class FitTrainCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final double GIB = 1024.0 * 1024 * 1024;
    // Llama 3.1 8B, from its config.json (the fixture catalog's figures)
    private static final double PARAMS = 8.03e9;
    private static final long HIDDEN = 4096;
    private static final long LAYERS = 32;
    private static final long VOCAB = 128256;
    private static final double EMBEDDINGS = 2.0 * VOCAB * HIDDEN; // input embeddings and an untied output layer

    private static JsonNode json(OwlRunner runner, String... args) throws Exception {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--format", "json"));
        Result r = runner.run(all.toArray(String[]::new));
        assertThat(r.exitCode()).as(r.err()).isZero();
        return JSON.readTree(r.out());
    }

    private static Map<String, JsonNode> rows(JsonNode doc) {
        Map<String, JsonNode> out = new HashMap<>();
        doc.get("rows").forEach(r -> out.put(r.get("component").asText(), r));
        return out;
    }

    private static long bytes(JsonNode doc, String component) {
        return rows(doc).get(component).get("bytes").asLong();
    }

    @Test
    void fullFineTuningWithAdamWInMixedPrecisionIsSixteenBytesPerParameterPlusActivations() throws Exception {
        JsonNode doc = json(OwlRunner.fixture(), "fit", "llama-3.1-8b-instruct", "--train", "full");
        long states = bytes(doc, "weights") + bytes(doc, "master_weights") + bytes(doc, "gradients") + bytes(doc, "optimizer_states");
        assertThat((double) states).isCloseTo(16 * PARAMS, within(4.0)); // each of four rows rounded to a byte
        assertThat(bytes(doc, "weights")).isEqualTo(Math.round(2 * PARAMS));
        assertThat(bytes(doc, "optimizer_states")).isEqualTo(Math.round(8 * PARAMS));
        long activations = 2048L * HIDDEN * 34 * LAYERS; // 2205.05198: 34 bytes × s × b × h per layer
        assertThat(bytes(doc, "activations")).isEqualTo(activations);
        assertThat(bytes(doc, "logits")).isEqualTo(2048L * VOCAB * 4);
        assertThat(bytes(doc, "overhead")).isEqualTo(1L << 30);
        assertThat(doc.get("total_bytes").asLong()).isEqualTo(states + activations + 2048L * VOCAB * 4 + (1L << 30));
        assertThat(doc.get("total_complete").asBoolean()).isTrue();
        assertThat(doc.get("trainable_params").asLong()).isEqualTo(8_030_000_000L);
        assertThat(doc.get("flops_per_token").asDouble()).isEqualTo(6 * PARAMS);
        assertThat(doc.get("rank").isNull()).isTrue();
        assertThat(doc.get("target_modules")).isEmpty();
    }

    @Test
    void gradientCheckpointingKeepsEachLayersInputAndOneLayerAndCostsAForwardPass() throws Exception {
        JsonNode doc = json(OwlRunner.fixture(), "fit", "llama-3.1-8b-instruct", "--train", "full", "--gradient-checkpointing",
                "--seq-len", "4K", "--micro-batch", "2");
        assertThat(bytes(doc, "activations")).isEqualTo(8192L * HIDDEN * (2 * LAYERS + 34));
        assertThat(doc.get("flops_per_token").asDouble()).isEqualTo(8 * PARAMS);
        assertThat(doc.get("seq_len").asInt()).isEqualTo(4096);
        assertThat(doc.get("micro_batch").asInt()).isEqualTo(2);
    }

    @Test
    void qloraOfAn8bModelFitsA24GbCardAtSeq2048MicroBatch1() throws Exception {
        JsonNode doc = json(OwlRunner.fixture(), "fit", "llama-3.1-8b-instruct", "--train", "qlora", "--gpu", "rtx-4090");
        double nf4Bits = 4 + 8.0 / 64 + 32.0 / (64 * 256); // QLoRA §3: double-quantized constants, 0.127 bits per weight
        assertThat((double) bytes(doc, "weights")).isCloseTo((PARAMS - EMBEDDINGS) * nf4Bits / 8 + 2 * EMBEDDINGS, within(1.0));
        // LoRA on q, k, v, o (32 heads / 8 KV heads × 128) and gate, up, down (intermediate 14336): rank × (in + out) each
        long perLayer = 16 * ((4096 + 4096) + 2 * (4096 + 1024) + (4096 + 4096) + 3 * (4096 + 14336));
        assertThat(perLayer * LAYERS).isEqualTo(41_943_040L); // the exact sum over the projections' shapes
        assertThat((double) doc.get("trainable_params").asLong()).isCloseTo(41_943_040.0, within(41_943_040.0 * 1e-4));
        long adapters = doc.get("trainable_params").asLong();
        assertThat((double) bytes(doc, "adapters")).isCloseTo(4.0 * adapters, within(4.0));
        assertThat((double) bytes(doc, "gradients")).isCloseTo(4.0 * adapters, within(4.0));
        assertThat((double) bytes(doc, "optimizer_states")).isCloseTo(8.0 * adapters, within(8.0));
        assertThat(doc.get("available_bytes").asLong()).isEqualTo(24L << 30);
        assertThat(doc.get("total_bytes").asLong()).isLessThan(24L << 30);
        assertThat(doc.get("fits").asBoolean()).isTrue();
        assertThat(doc.get("flops_per_token").asDouble()).isEqualTo(4 * PARAMS);
        assertThat(doc.get("target_modules").toString()).contains("q_proj", "down_proj");
    }

    @Test
    void theOptimizerDecidesItsStates() throws Exception {
        JsonNode eight = json(OwlRunner.fixture(), "fit", "llama-3.1-8b-instruct", "--train", "full", "--optimizer", "adamw-8bit");
        assertThat((double) bytes(eight, "optimizer_states")).isCloseTo(2 * PARAMS + 8 * Math.ceil(PARAMS / 2048), within(1.0));
        JsonNode factored = json(OwlRunner.fixture(), "fit", "llama-3.1-8b-instruct", "--train", "full", "--optimizer", "adafactor");
        // one fp32 row and column accumulator per matrix: 224 block projections, the embeddings and the output layer
        double sides = 224.0 * HIDDEN + (PARAMS - EMBEDDINGS) / HIDDEN + 2 * (VOCAB + HIDDEN);
        assertThat((double) bytes(factored, "optimizer_states")).isCloseTo(4 * sides, within(1.0));
        assertThat(bytes(factored, "optimizer_states")).isLessThan(20L << 20); // a few MiB where AdamW needs 60 GiB
    }

    @Test
    void severalDevicesShardTheStatesAndEachRunsItsOwnMicroBatch() throws Exception {
        JsonNode one = json(OwlRunner.fixture(), "fit", "llama-3.1-8b-instruct", "--train", "full", "--gpu", "h100-sxm");
        JsonNode two = json(OwlRunner.fixture(), "fit", "llama-3.1-8b-instruct", "--train", "full", "--gpu", "h100-sxm",
                "--gpu-count", "2");
        assertThat(one.get("fits").asBoolean()).isFalse();
        assertThat(two.get("gpu_count").asInt()).isEqualTo(2);
        assertThat(bytes(two, "weights")).isEqualTo(bytes(one, "weights"));
        assertThat(bytes(two, "activations")).isEqualTo(2 * bytes(one, "activations"));
        assertThat(two.get("per_device_bytes").asLong()).isEqualTo(two.get("total_bytes").asLong() / 2);
        assertThat(two.get("available_bytes").asLong()).isEqualTo(160L << 30);
        assertThat(two.get("fits").asBoolean()).isTrue();
        assertThat(two.get("assumptions").toString()).contains("ZeRO-3").contains("DDP");
    }

    @Test
    void memoryFollowsTotalParametersAndComputeFollowsActiveOnes() throws Exception {
        // CLAIMS.md: a 6B-active MoE (Mistral Small 4, 119B total) is "dramatically cheaper" than a 17B-active one (Llama 4 Scout)
        JsonNode small = json(OwlRunner.bundled(), "fit", "mistral-small-4", "--train", "full");
        JsonNode scout = json(OwlRunner.bundled(), "fit", "llama-4-scout", "--train", "full");
        for (JsonNode m : List.of(small, scout)) {
            double total = m.get("params_total_b").asDouble() * 1e9;
            double active = m.get("params_active_b").asDouble() * 1e9;
            assertThat(active).isLessThan(total);
            assertThat((double) bytes(m, "weights")).isCloseTo(2 * total, within(1.0));
            assertThat((double) bytes(m, "optimizer_states")).isCloseTo(8 * total, within(1.0));
            assertThat(m.get("flops_per_token").asDouble()).isCloseTo(6 * active, within(1.0));
            assertThat(m.get("assumptions").toString()).contains("memory follows the total parameters");
        }
        assertThat(small.get("params_active_b").asDouble()).isLessThan(scout.get("params_active_b").asDouble());
        assertThat(small.get("flops_per_token").asDouble()).isLessThan(scout.get("flops_per_token").asDouble() / 2);
        // fewer active parameters, yet more memory: the total decides
        assertThat(small.get("params_total_b").asDouble()).isGreaterThan(scout.get("params_total_b").asDouble());
        assertThat(small.get("total_bytes").asLong() - bytes(small, "activations") - bytes(small, "logits"))
                .isGreaterThan(scout.get("total_bytes").asLong() - bytes(scout, "activations") - bytes(scout, "logits"));
        JsonNode qlora = json(OwlRunner.bundled(), "fit", "mistral-small-4", "--train", "qlora", "--vram", "80");
        assertThat(qlora.get("fits").asBoolean()).isFalse(); // the 4-bit base of 119B alone is ~60 GB
    }

    @Test
    void jsonKeysAreTheDocumentedOnesInOrder() throws Exception {
        JsonNode doc = json(OwlRunner.fixture(), "fit", "llama-3.1-8b-instruct", "--train", "lora", "--gpu", "rtx-4090");
        List<String> keys = new ArrayList<>();
        doc.fieldNames().forEachRemaining(keys::add);
        assertThat(keys).containsExactly("schema_version", "model", "method", "optimizer", "rank", "target_modules", "seq_len",
                "micro_batch", "gradient_checkpointing", "params_total_b", "params_active_b", "trainable_params", "rows",
                "total_bytes", "total_complete", "gpu", "gpu_count", "available_bytes", "per_device_bytes", "fits",
                "flops_per_token", "assumptions");
        assertThat(doc.get("method").asText()).isEqualTo("lora");
        assertThat(doc.get("optimizer").asText()).isEqualTo("adamw");
        assertThat(doc.get("rank").asInt()).isEqualTo(16);
        assertThat(doc.get("gpu").asText()).isEqualTo("rtx-4090");
        List<String> components = new ArrayList<>();
        doc.get("rows").forEach(r -> components.add(r.get("component").asText()));
        assertThat(components).containsExactly("weights", "adapters", "gradients", "optimizer_states", "activations", "logits",
                "overhead");
        JsonNode activations = doc.get("rows").get(4);
        assertThat(activations.get("bytes").isIntegralNumber()).isTrue();
        assertThat(activations.get("approx").asBoolean()).isTrue();
        assertThat(activations.get("basis").asText()).contains("34 bytes");
        long sum = 0;
        for (JsonNode r : doc.get("rows")) {
            sum += r.get("bytes").asLong();
        }
        assertThat(doc.get("total_bytes").asLong()).isEqualTo(sum);
        assertThat(bytes(doc, "weights")).isEqualTo(Math.round(2 * PARAMS)); // LoRA keeps the base in bf16
        // 16 GiB of bf16 weights alone leave a 24 GiB card no room for 8.5 GiB of activations
        assertThat(doc.get("fits").asBoolean()).isFalse();
        assertThat(doc.get("total_bytes").asLong() / GIB).isGreaterThan(24);
    }

    @Test
    void theTableAndCsvMatchTheirGoldenFiles() {
        Result table = OwlRunner.fixture().run("fit", "llama-3.1-8b-instruct", "--train", "qlora", "--gpu", "rtx-4090");
        assertThat(table.exitCode()).as(table.err()).isZero();
        Golden.assertMatches("fit-train-qlora-llama-3.1-8b-rtx-4090.table", table.out());
        Result csv = OwlRunner.fixture().run("fit", "mixtral-8x7b-instruct-v0.1", "--train", "lora", "--rank", "8",
                "--gradient-checkpointing", "--format", "csv");
        assertThat(csv.exitCode()).as(csv.err()).isZero();
        Golden.assertMatches("fit-train-lora-mixtral.csv", csv.out());
    }

    @ParameterizedTest(name = "owl {0}")
    @CsvSource(delimiter = '|', value = {
        "fit llama-3.1-8b-instruct --train qlora --kv-quant q8_0|--kv-quant sizes inference and does not apply to --train",
        "fit llama-3.1-8b-instruct --train full --offload|--offload sizes inference",
        "fit llama-3.1-8b-instruct --train lora --quant q4_k_m|--quant sizes inference",
        "fit llama-3.1-8b-instruct --train lora --context 8K|--context sizes inference",
        "fit llama-3.1-8b-instruct --rank 8|--rank sizes training and needs --train",
        "fit llama-3.1-8b-instruct --gradient-checkpointing|--gradient-checkpointing sizes training and needs --train",
        "fit llama-3.1-8b-instruct --optimizer adamw|--optimizer sizes training",
        "fit llama-3.1-8b-instruct --train sft|unknown training method 'sft'",
        "fit llama-3.1-8b-instruct --train lora --optimizer sgd|unknown optimizer 'sgd'",
        "fit llama-3.1-8b-instruct --train full --rank 8|--rank is the LoRA rank",
        "fit llama-3.1-8b-instruct --train lora --rank 0|out of range (1 to 4096)",
        "fit llama-3.1-8b-instruct --train lora --rank 5000|out of range (1 to 4096)",
        "fit llama-3.1-8b-instruct --train lora --micro-batch 0|out of range (1 to 4096)",
        "fit llama-3.1-8b-instruct --train lora --seq-len 0|out of range",
        "fit --train lora --gpu rtx-4090|--train sizes fine-tuning of one model",
        "fit llama-3.1-8b-instruct --train lora --gpu rtx-4090,h100-sxm|--train sizes one hardware at a time",
        "fit llama-3.1-8b-instruct --train full --seq-len 2000M --micro-batch 4096|would exceed 1 EiB",
    })
    void badCombinationsAreUsageErrors(String line, String message) {
        Result r = OwlRunner.fixture().run(line.split(" "));
        assertThat(r.exitCode()).as(r.err()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).contains(message).doesNotContain("Exception").doesNotContain("\tat ");
    }
}
