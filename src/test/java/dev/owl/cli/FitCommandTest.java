package dev.owl.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.owl.Golden;
import dev.owl.OwlRunner;
import dev.owl.OwlRunner.Result;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FitCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    @Test
    void listGpusShowsEveryAcceleratorWithItsFiguresAndSources() throws Exception {
        JsonNode gpus = JSON.readTree(OwlRunner.fixture().run("fit", "--list-gpus", "--format", "json").out());
        JsonNode rtx = null;
        for (JsonNode g : gpus) {
            rtx = g.get("id").asText().equals("rtx-4090") ? g : rtx;
        }
        assertThat(rtx).isNotNull();
        List<String> keys = new java.util.ArrayList<>();
        rtx.fieldNames().forEachRemaining(keys::add);
        assertThat(keys).containsExactly("schema_version", "id", "name", "vendor", "kind", "memory_gib", "bandwidth_gb_s", "bf16", "fp8", "unified_memory",
                "memory_options_gib", "approx_fields", "notes", "sources", "match");
        assertThat(rtx.get("memory_gib").asDouble()).isEqualTo(24.0);
        assertThat(rtx.get("bandwidth_gb_s").asDouble()).isEqualTo(1008.0);
        assertThat(rtx.get("sources").get(0).get("url").asText()).startsWith("https://");
        Result typo = OwlRunner.fixture().run("fit", "mixtral", "--gpu", "rtx409");
        assertThat(typo.exitCode()).isEqualTo(2);
        assertThat(typo.err()).contains("did you mean: rtx-4090").contains("owl fit --list-gpus");
    }

    /** A GPU spelt as people and other tools write it (no hyphen, spaces, any case) is the one catalog id it reads as. */
    @Test
    void aGpuSpeltWithoutItsHyphensIsTheIdItReadsAs() throws Exception {
        for (String typed : List.of("rtx4090", "RTX 4090", "Rtx_4090", "2x rtx4090")) {
            Result r = OwlRunner.bundled().run("fit", "--list-gpus", "--gpu", typed, "--format", "json");
            assertThat(r.exitCode()).as(typed + ": " + r.err()).isZero();
            assertThat(JSON.readTree(r.out()).get(0).get("id").asText()).as(typed).isEqualTo("rtx-4090");
        }
        Result cost = OwlRunner.bundled().run("cost", "llama-3.1-8b-instruct", "--gpu", "A100 80GB", "--tokens-per-day", "1000000", "--format", "json");
        assertThat(cost.exitCode()).as(cost.err()).isZero();
        assertThat(cost.out()).contains("a100-80gb");
        Result typo = OwlRunner.bundled().run("fit", "--list-gpus", "--gpu", "rtx 409");
        assertThat(typo.exitCode()).isEqualTo(2);
        assertThat(typo.err()).contains("did you mean: rtx-4090");
    }

    /**
     * --list-gpus with --gpu shows only the accelerators named (as --gpu spells them: a count, a memory option, any
     * case); a typo gets "did you mean", auto is refused (it is this machine, not a catalog row), and a config file's
     * default GPU does not narrow the list.
     */
    @Test
    void listGpusWithGpuShowsOnlyTheNamedOnes() throws Exception {
        Result one = OwlRunner.bundled().run("fit", "--list-gpus", "--gpu", "RTX-4090,2xa100-80gb,m3-16gb", "--format", "json");
        assertThat(one.exitCode()).as(one.err()).isZero();
        List<String> ids = new java.util.ArrayList<>();
        JSON.readTree(one.out()).forEach(g -> ids.add(g.get("id").asText()));
        assertThat(ids).containsExactly("rtx-4090", "a100-80gb", "m3");
        Result typo = OwlRunner.bundled().run("fit", "--list-gpus", "--gpu", "rtx409");
        assertThat(typo.exitCode()).isEqualTo(2);
        assertThat(typo.out()).isEmpty();
        assertThat(typo.err()).contains("did you mean: rtx-4090");
        Result auto = OwlRunner.bundled().run("fit", "--list-gpus", "--gpu", "auto");
        assertThat(auto.exitCode()).isEqualTo(2);
        assertThat(auto.err()).contains("--gpu auto looks at this machine").contains("owl fit --gpu auto");
        Path config = tmp.resolve("config.yaml");
        Files.writeString(config, "gpu: rtx-4090\n");
        int all = JSON.readTree(OwlRunner.bundled().run("fit", "--list-gpus", "--format", "json").out()).size();
        assertThat(JSON.readTree(OwlRunner.bundled().env("OWL_CONFIG", config.toString()).run("fit", "--list-gpus", "--format", "json")
                .out()).size()).as("a config default GPU lists all").isEqualTo(all).isGreaterThan(3);
    }

    @Test
    void theTableListsSharedAssumptionsFirstThenWhereEachQuantizationsBitsComeFrom() {
        Result r = OwlRunner.fixture().run("fit", "mixtral-8x7b-instruct-v0.1", "--gpu", "rtx-4090");
        assertThat(r.exitCode()).as(r.err()).isZero();
        java.util.List<String> notes = r.out().lines().filter(l -> l.startsWith("  - ")).toList();
        int decode = notes.indexOf(notes.stream().filter(l -> l.contains("decode bound")).findFirst().orElseThrow());
        int firstBasis = notes.indexOf(notes.stream().filter(l -> l.contains("bits/weight:")).findFirst().orElseThrow());
        assertThat(decode).isLessThan(firstBasis);
        assertThat(notes.subList(firstBasis, notes.size())).allSatisfy(l -> assertThat(l).contains("bits/weight:"));
    }

    @Test
    void jsonRowsCarryBytesAsIntegersAndTheVerdict() throws Exception {
        Result r = OwlRunner.fixture().run("fit", "llama-3.1-8b-instruct", "--gpu", "rtx-4090", "--quant", "bf16",
                "--context", "128K", "--format", "json");
        assertThat(r.exitCode()).as(r.err()).isZero();
        JsonNode row = JSON.readTree(r.out()).get(0);
        assertThat(row.get("model").asText()).isEqualTo("llama-3.1-8b-instruct");
        assertThat(row.get("quant").asText()).isEqualTo("bf16");
        assertThat(row.get("bits_per_weight").asDouble()).isEqualTo(16.0);
        assertThat(row.get("context_tokens").asInt()).isEqualTo(131072);
        assertThat(row.get("weights_bytes").isIntegralNumber()).isTrue();
        assertThat(row.get("weights_bytes").asLong()).isEqualTo(16_060_000_000L);
        assertThat(row.get("kv_cache_bytes").asLong()).isEqualTo(17_179_869_184L);
        assertThat(row.get("overhead_bytes").asLong()).isEqualTo(1L << 30);
        assertThat(row.get("total_bytes").asLong()).isEqualTo(16_060_000_000L + 17_179_869_184L + (1L << 30));
        assertThat(row.get("gpu").asText()).isEqualTo("rtx-4090");
        assertThat(row.get("gpu_count").asInt()).isEqualTo(1);
        // bf16 defaults to vLLM, which takes gpu_memory_utilization (0.92 in the fixture's runtimes.yaml) of the card
        assertThat(row.get("runtime").asText()).isEqualTo("vllm");
        assertThat(row.get("available_bytes").asLong()).isEqualTo((long) ((24L << 30) * 0.92));
        assertThat(row.get("fits").asBoolean()).isFalse();
        assertThat(row.get("decode_tokens_per_s").isNull()).isTrue();
        assertThat(row.get("assumptions").isArray()).isTrue();
    }

    /** The keys the README documents for a fit row, in its order. */
    static final List<String> ROW_KEYS = List.of("schema_version", "model", "quant", "bits_per_weight", "context_tokens", "batch", "kv_quant",
            "weights_bytes", "kv_cache_bytes", "overhead_bytes", "total_bytes", "gpu", "gpu_count", "available_bytes", "fits",
            "offload_bytes", "decode_tokens_per_s", "runtime", "typical_tokens_per_s", "prefill_tokens_per_s", "native_format",
            "detected", "assumptions");

    @Test
    void bothKindsOfRowHaveExactlyTheDocumentedKeysInOrder() throws Exception {
        JsonNode one = JSON.readTree(OwlRunner.fixture().run("fit", "llama-3.1-8b-instruct", "--gpu", "rtx-4090", "--format", "json").out());
        JsonNode fits = JSON.readTree(OwlRunner.fixture().run("fit", "--gpu", "rtx-4090", "--format", "json").out());
        for (JsonNode row : List.of(one.get(0), fits.get(0))) {
            List<String> keys = new java.util.ArrayList<>();
            row.fieldNames().forEachRemaining(keys::add);
            assertThat(keys).containsExactlyElementsOf(ROW_KEYS);
        }
        JsonNode q4 = null;
        for (JsonNode row : one) {
            q4 = q4 == null && row.get("quant").asText().equals("q4_k_m") ? row : q4;
        }
        assertThat(q4.get("typical_tokens_per_s").isNumber()).isTrue();
        assertThat(q4.get("typical_tokens_per_s").asDouble()).isLessThanOrEqualTo(q4.get("decode_tokens_per_s").asDouble());
        assertThat(q4.get("runtime").asText()).isEqualTo("llama.cpp");
        assertThat(q4.get("prefill_tokens_per_s").isNull()).isTrue();
        // issue 14: prefill is estimated or said not to be; the row says why it is null
        assertThat(q4.get("assumptions").toString()).contains("prefill speed is not estimated");
        assertThat(q4.get("assumptions").get(0).asText()).contains("bits/weight");
        assertThat(fits.get(0).get("fits").asBoolean()).isTrue();
        assertThat(fits.get(0).get("quant").asText()).isEqualTo("q4_k_m");
        assertThat(fits.get(0).get("context_tokens").asInt()).isEqualTo(8192);
    }

    @Test
    void tablesAndCsvMatchTheirGoldenFiles() {
        Golden.assertMatches("fit-llama-3.1-8b-rtx-4090.table",
                OwlRunner.fixture().run("fit", "llama-3.1-8b-instruct", "--gpu", "rtx-4090").out());
        Golden.assertMatches("fit-what-fits-rtx-4090.table", OwlRunner.fixture().run("fit", "--gpu", "rtx-4090").out());
        // csv cells are data: bytes and tokens as integers, speeds as numbers, estimates named in APPROX
        Result csv = OwlRunner.fixture().run("fit", "mixtral-8x7b-instruct-v0.1", "--gpu", "rtx-4090", "--quant", "q4_k_m,awq",
                "--context", "8K", "--offload", "--format", "csv");
        Golden.assertMatches("fit-mixtral-offload.csv", csv.out());
        assertThat(csv.out().lines().findFirst().orElseThrow())
                .isEqualTo("QUANT,BITS/W,CONTEXT,WEIGHTS,KV CACHE,OVERHEAD,TOTAL,HARDWARE,AVAILABLE,FITS,~TOK/S,APPROX");
        Golden.assertMatches("fit-what-fits-rtx-4090.csv", OwlRunner.fixture().run("fit", "--gpu", "rtx-4090", "--format", "csv").out());
    }

    @Test
    void withoutQuantAndContextItShowsCommonFormatsAndContextSteps() throws Exception {
        JsonNode rows = JSON.readTree(OwlRunner.fixture().run("fit", "llama-3.1-8b", "--format", "json").out());
        // 9 common formats × context steps 4K, 32K and the 128K maximum
        assertThat(rows.size()).isEqualTo(27);
        assertThat(rows.get(0).get("fits").isNull()).isTrue();
    }

    @Test
    void withoutAModelItListsWhatFitsBestFirst() throws Exception {
        Result r = OwlRunner.fixture().run("fit", "--gpu", "rtx-4090", "--context", "32768", "--quant", "q4_k_m", "--format", "json");
        JsonNode rows = JSON.readTree(r.out());
        assertThat(rows).extracting(n -> n.get("model").asText())
                .containsExactlyInAnyOrder("llama-3.1-8b-instruct", "qwen2.5-7b-instruct", "mistral-7b-instruct-v0.3");
        // Mixtral does not fit 24 GiB at q4_k_m; at 128K only the 128K-context models remain
        List<Double> quality = new java.util.ArrayList<>();
        for (String line : OwlRunner.fixture().run("fit", "--gpu", "rtx-4090", "--context", "32768", "--quant", "q4_k_m").out().lines()
                .skip(1).takeWhile(l -> !l.isBlank()).toList()) {
            String[] cells = line.trim().split("\\s+");
            quality.add(Double.parseDouble(cells[cells.length - 1]));
        }
        assertThat(quality).hasSize(3).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        JsonNode longContext = JSON.readTree(OwlRunner.fixture().run("fit", "--gpu", "rtx-4090", "--context", "128K", "--quant", "q4_k_m",
                "--format", "json").out());
        assertThat(longContext).extracting(n -> n.get("model").asText()).doesNotContain("mistral-7b-instruct-v0.3");
        assertThat(OwlRunner.fixture().run("fit", "--gpu", "rtx-4090").out()).contains("q4_k_m (default)");
    }

    @Test
    void aConfigJsonOutsideTheCatalog() throws IOException {
        Path dir = tmp.resolve("my-model");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("config.json"), """
                {"num_hidden_layers": 32, "hidden_size": 4096, "num_attention_heads": 32, "num_key_value_heads": 8,
                 "intermediate_size": 14336, "vocab_size": 128256, "max_position_embeddings": 131072,
                 "torch_dtype": "bfloat16"}
                """);
        Files.writeString(dir.resolve("model.safetensors.index.json"), "{\"metadata\": {\"total_size\": 16060522496}}");
        Result r = OwlRunner.fixture().run("fit", dir.toString(), "--quant", "bf16", "--context", "131072", "--format", "json");
        assertThat(r.exitCode()).as(r.err()).isZero();
        JsonNode row = JSON.readTree(r.out()).get(0);
        // 16,060,522,496 bytes of bf16 = 8,030,261,248 parameters; KV as for Llama 3.1 8B
        assertThat(row.get("weights_bytes").asLong()).isEqualTo(16_060_522_496L);
        assertThat(row.get("kv_cache_bytes").asLong()).isEqualTo(17_179_869_184L);
        // read from the safetensors index, the count is exact to the parameter: printed to two decimals as tables show it
        Result table = OwlRunner.fixture().run("fit", dir.resolve("config.json").toString(), "--quant", "bf16", "--context", "4K", "--vram", "24");
        assertThat(table.out()).contains("my-model: 8.03B parameters. All figures are estimates.").doesNotContain("8.030261248");
    }

    @Test
    void badInputsAreUsageOrDataErrors() throws IOException {
        Path bad = tmp.resolve("config.json");
        Files.writeString(bad, "{\"num_hidden_layers\": 32,");
        for (List<String> args : List.of(List.of("fit", "llama-3.1-8b", "--gpu", "rtx-9090"),
                List.of("fit", "llama-3.1-8b", "--quant", "q4_k_x"), List.of("fit", "llama-3.1-8b", "--kv-quant", "q3"),
                List.of("fit", "llama-3.1-8b", "--gpu", "rtx-4090", "--vram", "24"), List.of("fit", "llama-3.1-8b", "--bandwidth", "900"),
                List.of("fit", "llama-3.1-8b", "--vram", "-2"), List.of("fit", "llama-3.1-8b", "--vram", "NaN"),
                List.of("fit", "--quant", "q4_k_m"), List.of("fit", "llama-3.1-8b", "--batch", "0"), List.of("fit", "lama"))) {
            Result r = OwlRunner.fixture().run(args.toArray(String[]::new));
            assertThat(r.exitCode()).as(String.join(" ", args) + "\n" + r.err()).isEqualTo(2);
            assertThat(r.out()).isEmpty();
        }
        Result broken = OwlRunner.fixture().run("fit", bad.toString());
        assertThat(broken.exitCode()).isEqualTo(3);
        assertThat(broken.err()).contains("config.json:1:").contains("invalid JSON");
        assertThat(OwlRunner.fixture().run("fit", "llama-3.1-8b", "--gpu", "rtx-9090").err()).contains("did you mean: rtx-4090");
        // a card's number alone is many edits from its id, but a part of it
        Result number = OwlRunner.fixture().run("fit", "llama-3.1-8b", "--gpu", "4090");
        assertThat(number.exitCode()).isEqualTo(2);
        assertThat(number.err()).contains("error: unknown GPU '4090'\ndid you mean: rtx-4090?\n");
        assertThat(OwlRunner.fixture().run("cost", "llama-3.1-8b", "--tokens-per-day", "1M", "--gpu", "4090").err())
                .contains("did you mean: rtx-4090?");
    }

    @Test
    void aModelsShippedFormatIsTheFirstRowAndEveryRowNamesIt() throws Exception {
        JsonNode rows = JSON.readTree(OwlRunner.bundled().run("fit", "gpt-oss-20b", "--context", "8K", "--format", "json").out());
        assertThat(rows.get(0).get("quant").asText()).isEqualTo("mxfp4");
        assertThat(rows.get(0).get("native_format").asText()).isEqualTo("mxfp4");
        assertThat(rows).extracting(r -> r.get("quant").asText()).containsOnlyOnce("mxfp4");
        JsonNode llama = JSON.readTree(OwlRunner.bundled().run("fit", "llama-3.1-8b", "--context", "8K", "--format", "json").out());
        assertThat(llama.get(0).get("quant").asText()).isEqualTo("bf16");
        assertThat(llama).extracting(r -> r.get("quant").asText()).containsOnlyOnce("bf16");
    }

    private static JsonNode fitJson(String... args) throws Exception {
        List<String> all = new java.util.ArrayList<>(List.of("fit", "llama-3.1-8b", "--quant", "q4_k_m", "--context", "8K", "--format", "json"));
        all.addAll(List.of(args));
        Result r = OwlRunner.bundled().run(all.toArray(String[]::new));
        assertThat(r.exitCode()).as(r.err()).isZero();
        return JSON.readTree(r.out());
    }

    @Test
    void anAppleChipTakesItsMemoryOptionAndOnlyItsUsableShareCounts() throws Exception {
        JsonNode byOption = fitJson("--gpu", "m3", "--memory", "16");
        JsonNode bySuffix = fitJson("--gpu", "m3-16gb");
        JsonNode byVram = fitJson("--gpu", "m3", "--vram", "16");
        for (JsonNode rows : List.of(byOption, bySuffix, byVram)) {
            assertThat(rows).hasSize(1);
            assertThat(rows.get(0).get("gpu").asText()).isEqualTo("m3-16gb");
            // 16 GiB × 2/3, macOS's default GPU working-set share up to 32 GiB (10922.67 MiB logged on 16 GiB Macs)
            assertThat(rows.get(0).get("available_bytes").asLong()).isEqualTo((long) (16 * (2.0 / 3) * (1L << 30)));
            assertThat(rows.get(0).get("assumptions").toString()).contains("iogpu.wired_limit_mb", "recommendedMaxWorkingSetSize");
        }
        // without a memory option the largest one counts: M3 up to 24 GB
        assertThat(fitJson("--gpu", "m3").get(0).get("available_bytes").asLong()).isEqualTo((long) (24 * (2.0 / 3) * (1L << 30)));
        // above 32 GiB three quarters: an M3 Max with 128 GB
        assertThat(fitJson("--gpu", "m3-max").get(0).get("available_bytes").asLong()).isEqualTo((long) (128 * 0.75 * (1L << 30)));
    }

    @Test
    void aMemorySizeAChipIsNotSoldWithIsAUsageError() {
        Result r = OwlRunner.bundled().run("fit", "llama-3.1-8b", "--gpu", "m3", "--memory", "12");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("8, 16, 24");
        Result discrete = OwlRunner.bundled().run("fit", "llama-3.1-8b", "--gpu", "rtx-4090", "--memory", "48");
        assertThat(discrete.exitCode()).isEqualTo(2);
        assertThat(discrete.err()).contains("one memory size");
    }

    @Test
    void aCountInTheGpuIdIsTheGpuCountAndARepeatedIdIsOneMachine() throws Exception {
        JsonNode prefix = fitJson("--gpu", "2xa100-80gb");
        JsonNode suffix = fitJson("--gpu", "a100-80gb:2");
        JsonNode option = fitJson("--gpu", "a100-80gb", "--gpu-count", "2");
        for (JsonNode rows : List.of(prefix, suffix)) {
            assertThat(rows).hasSize(1);
            assertThat(rows.get(0).get("gpu_count").asInt()).isEqualTo(2);
            assertThat(rows.get(0).get("available_bytes")).isEqualTo(option.get(0).get("available_bytes"));
        }
        assertThat(fitJson("--gpu", "a100-80gb,a100-80gb")).hasSize(1);
        Result clash = OwlRunner.bundled().run("fit", "llama-3.1-8b", "--gpu", "2xa100-80gb", "--gpu-count", "4");
        assertThat(clash.exitCode()).isEqualTo(2);
        assertThat(clash.err()).contains("--gpu-count");
    }

    /** On two machines the speed factors differ (GDDR and HBM measurements): each note says which machine it is for. */
    @Test
    void aNoteThatHoldsOnOneOfSeveralMachinesNamesIt() {
        Result r = OwlRunner.bundled().run("fit", "phi-4", "--gpu", "rtx-4090", "--gpu", "h100-sxm", "--quant", "q4_k_m", "--context", "4K");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("\n  - on rtx-4090: ~TOK/S is the typical speed: the decode bound × ")
                .contains("\n  - on h100-sxm: ~TOK/S is the typical speed: the decode bound × ")
                .as("a note that holds on both machines names neither").contains("\n  - decode bound: bandwidth ÷");
        Result md = OwlRunner.bundled().run("fit", "phi-4", "--gpu", "rtx-4090,2xh100-sxm", "--context", "4K", "--format", "markdown");
        assertThat(md.out()).contains("\n- rows q8_0, q6_k, q5_k_m, q4_k_m, q3_k_m, q2_k on rtx-4090: ~TOK/S is the typical speed")
                .contains("\n- rows bf16, fp8, awq on h100-sxm ×2: split across 2 devices with tensor parallelism");
    }
}
