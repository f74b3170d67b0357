package dev.owl.recommend;

import static org.assertj.core.api.Assertions.assertThat;

import dev.owl.catalog.Catalog;
import dev.owl.catalog.CatalogLoader;
import dev.owl.catalog.CatalogLocation;
import dev.owl.catalog.Model;
import dev.owl.fit.Quantization;
import dev.owl.query.RunCommands.RunCommand;
import java.nio.file.Path;
import java.util.List;
import java.util.function.ToLongFunction;
import org.junit.jupiter.api.Test;

/** The run line serves the sized format, or the nearest format that also fits, or says what is missing: never weights that do not fit. */
class RunChoiceTest {
    private static final Catalog CATALOG = new CatalogLoader().load(List.of(new CatalogLocation("catalog", Path.of("catalog"), true)));
    private static final long GIB = 1L << 30;
    /** A 24 GiB card and a model that needs bits-per-weight × 3 GiB: 16-bit needs 48, q4_k_m under 15. */
    private static final ToLongFunction<Quantization> NEEDED = q -> Math.round(q.bitsPerWeight() * 3 * GIB);

    private static Model model(String id) {
        return CATALOG.models().stream().filter(m -> m.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void withoutAnySourceOfTheFormatOrWeightsThatFitItSaysWhatIsMissingAndGivesNoCommand() {
        RunCommand c = RunChoice.of(model("qwen3.5-35b-a3b"), Quantization.Q6_K, NEEDED, q -> 24 * GIB);
        assertThat(c.command()).isNull();
        assertThat(c.note()).contains("no GGUF repo").contains("q6_k")
                .contains("'vllm serve Qwen/Qwen3.5-35B-A3B' serves the 16-bit weights (~48.0 GiB, more than the 24.0 GiB available to it)");
    }

    @Test
    void anOllamaTagServesWhenItsQ4BuildAlsoFits() {
        RunCommand c = RunChoice.of(model("qwen3-coder-30b-a3b-instruct"), Quantization.Q5_K_M, NEEDED, q -> 24 * GIB);
        assertThat(c.command()).isEqualTo("ollama run qwen3-coder:30b");
        assertThat(c.note()).contains("q5_k_m").contains("serves q4_k_m weights, which also fit");
        // and where even the q4 build does not fit, no command
        assertThat(RunChoice.of(model("qwen3-coder-30b-a3b-instruct"), Quantization.Q3_K_M, NEEDED, q -> 12 * GIB).command()).isNull();
    }

    @Test
    void aListedGgufRepoServesTheSizedFileThroughLlamaServer() {
        RunCommand c = RunChoice.of(model("devstral-small-2507"), Quantization.Q6_K, NEEDED, q -> 24 * GIB);
        assertThat(c.command()).isEqualTo("llama-server -hf mistralai/Devstral-Small-2507_gguf:Q6_K");
        assertThat(c.runtime()).isEqualTo("llama-cpp");
    }

    @Test
    void theSizedFormatItselfNeedsNoNote() {
        RunCommand bf16 = RunChoice.of(model("qwen3-coder-30b-a3b-instruct"), Quantization.BF16, NEEDED, q -> 80 * GIB);
        assertThat(bf16.command()).isEqualTo("vllm serve Qwen/Qwen3-Coder-30B-A3B-Instruct");
        assertThat(bf16.note()).isNull();
        RunCommand q4 = RunChoice.of(model("qwen3-coder-30b-a3b-instruct"), Quantization.Q4_K_M, NEEDED, q -> 24 * GIB);
        assertThat(q4.command()).isEqualTo("ollama run qwen3-coder:30b");
        assertThat(q4.note()).isNull();
        // the vendor's own release format is what vllm serves
        RunCommand mxfp4 = RunChoice.of(model("gpt-oss-120b"), Quantization.MXFP4, NEEDED, q -> 80 * GIB);
        assertThat(mxfp4.command()).isEqualTo("vllm serve openai/gpt-oss-120b");
        // without hardware no format was sized: the checkpoint as released
        assertThat(RunChoice.of(model("qwen3-coder-30b-a3b-instruct"), null, NEEDED, q -> 0).command()).isEqualTo("vllm serve Qwen/Qwen3-Coder-30B-A3B-Instruct");
    }

    @Test
    void aVendorsFp8CheckpointServesWhereTheSixteenBitOneDoesNotFit() {
        // GLM-4.6 sized at q8_0, no GGUF repo: its BF16 checkpoint needs 48 GiB here, the FP8 one 24
        RunCommand c = RunChoice.of(model("glm-4.6"), Quantization.Q8_0, NEEDED, q -> 30 * GIB);
        assertThat(c.command()).isEqualTo("vllm serve zai-org/GLM-4.6-FP8");
        assertThat(c.note()).contains("no GGUF repo").contains("serves fp8 weights, which also fit");
        // where the 16-bit checkpoint fits too, the sized format's nearest (more bits) is served
        assertThat(RunChoice.of(model("glm-4.6"), Quantization.Q8_0, NEEDED, q -> 60 * GIB).command()).isEqualTo("vllm serve zai-org/GLM-4.6");
        // on several GPUs vLLM shards the weights over all of them, as the memory estimate assumes
        assertThat(RunChoice.of(model("glm-4.6"), Quantization.Q8_0, NEEDED, q -> 30 * GIB, 8).command())
                .isEqualTo("vllm serve zai-org/GLM-4.6-FP8 --tensor-parallel-size 8");
        assertThat(RunChoice.of(model("qwen3-coder-30b-a3b-instruct"), Quantization.Q5_K_M, NEEDED, q -> 24 * GIB, 2).command())
                .isEqualTo("ollama run qwen3-coder:30b");
    }

    /** qa8: recommend on 33 × l4 printed 'vllm serve zai-org/GLM-4.6 --tensor-parallel-size 33', which vLLM refuses (96 heads). */
    @Test
    void noVllmLineOnADeviceCountThatDoesNotDivideTheAttentionHeads() {
        assertThat(model("glm-4.6").architecture().attentionHeads()).isEqualTo(96);
        RunCommand c = RunChoice.of(model("glm-4.6"), Quantization.Q8_0, NEEDED, q -> 30 * GIB, 33);
        assertThat(c.command()).isNull();
        assertThat(c.note()).contains("no GGUF repo").contains("vllm cannot split the 96 attention heads evenly over 33 devices");
        // a count that divides them still gets the sharded line; llama.cpp and Ollama split by layers, whatever the count
        assertThat(RunChoice.of(model("glm-4.6"), Quantization.Q8_0, NEEDED, q -> 30 * GIB, 32).command())
                .isEqualTo("vllm serve zai-org/GLM-4.6-FP8 --tensor-parallel-size 32");
        assertThat(RunChoice.of(model("qwen3-coder-30b-a3b-instruct"), Quantization.Q5_K_M, NEEDED, q -> 24 * GIB, 3).command())
                .isEqualTo("ollama run qwen3-coder:30b");
    }
}
