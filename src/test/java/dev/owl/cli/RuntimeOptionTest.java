package dev.owl.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.owl.OwlRunner;
import dev.owl.OwlRunner.Result;
import org.junit.jupiter.api.Test;

/** {@code --runtime} on fit and recommend (issue 14): one list of engines from the catalog, shown and applied by both. */
class RuntimeOptionTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void recommendSizesUnderTheNamedRuntimeAndSaysSo() throws Exception {
        String[] query = {"recommend", "--task", "code", "--gpu", "rtx-4090", "--top", "3"};
        JsonNode byDefault = JSON.readTree(OwlRunner.fixture().run(concat(query, "--format", "json")).out());
        JsonNode llama = JSON.readTree(OwlRunner.fixture().run(concat(query, "--runtime", "llama.cpp", "--format", "json")).out());
        assertThat(byDefault.get("query").get("runtime").isNull()).isTrue();
        assertThat(llama.get("query").get("runtime").asText()).isEqualTo("llama.cpp");
        // llama-3.1-8b at bf16: vLLM by default (its memory fraction of the card), the whole card under llama.cpp
        JsonNode first = byDefault.get("recommendations").get(0);
        assertThat(first.get("quant").asText()).isEqualTo("bf16");
        assertThat(first.get("runtime").asText()).isEqualTo("vllm");
        for (JsonNode rec : llama.get("recommendations")) {
            assertThat(rec.get("runtime").asText()).as(rec.get("model").asText()).isEqualTo("llama.cpp");
        }
        JsonNode sameUnderLlama = llama.get("recommendations").get(0);
        assertThat(sameUnderLlama.get("model").asText()).isEqualTo(first.get("model").asText());
        // the free memory recommend states is fit's available − total under the same runtime
        for (JsonNode rec : new JsonNode[] {first, sameUnderLlama}) {
            JsonNode fit = JSON.readTree(OwlRunner.fixture().run("--format", "json", "fit", rec.get("model").asText(), "--gpu",
                    "rtx-4090", "--quant", rec.get("quant").asText(), "--context", "8K", "--runtime", rec.get("runtime").asText())
                    .out()).get(0);
            assertThat(rec.get("total_bytes").asLong()).isEqualTo(fit.get("total_bytes").asLong());
            String free = String.format(java.util.Locale.ROOT, "%.1f GiB free",
                    (fit.get("available_bytes").asLong() - fit.get("total_bytes").asLong()) / (1024.0 * 1024 * 1024));
            assertThat(rec.get("reasons").toString()).as(rec.get("runtime").asText()).contains(free);
        }
        assertThat(OwlRunner.fixture().run(concat(query, "--runtime", "llama.cpp")).out()).contains(", runtime llama.cpp.");
        assertThat(OwlRunner.fixture().run(query).out()).contains(", runtime by format (--runtime to change).");
    }

    @Test
    void anUnknownRuntimeIsOneUsageErrorListingTheCatalogsEngines() {
        Result fit = OwlRunner.fixture().run("fit", "llama-3.1-8b-instruct", "--gpu", "rtx-4090", "--runtime", "vlm");
        Result recommend = OwlRunner.fixture().run("recommend", "--gpu", "rtx-4090", "--runtime", "vlm");
        for (Result r : new Result[] {fit, recommend}) {
            assertThat(r.exitCode()).isEqualTo(2);
            assertThat(r.out()).isEmpty();
            // the fixture's engines with memory rules, in catalog order (lm-studio records none)
            // "did you mean: …?" on its own line, as every other unknown name has it
            assertThat(r.err()).startsWith("error: unknown runtime 'vlm'\ndid you mean: vllm")
                    .contains("known: ollama, llama.cpp, vllm, sglang, tgi, mlx").doesNotContain("Exception");
        }
        assertThat(fit.err()).isEqualTo(recommend.err());
        Result json = OwlRunner.fixture().run("fit", "llama-3.1-8b-instruct", "--gpu", "rtx-4090", "--runtime", "vlm",
                "--error-format", "json");
        assertThat(json.err()).as("the suggestion is data under --error-format json").contains("\"suggestions\":[\"vllm\"");
        // names are case-insensitive and the catalog id works too
        assertThat(OwlRunner.fixture().run("fit", "llama-3.1-8b-instruct", "--gpu", "rtx-4090", "--runtime", "LLAMA-CPP",
                "--quant", "q4_k_m", "--context", "4K", "--format", "csv").exitCode()).isZero();
    }

    private static String[] concat(String[] a, String... b) {
        return java.util.stream.Stream.concat(java.util.Arrays.stream(a), java.util.Arrays.stream(b)).toArray(String[]::new);
    }
}
