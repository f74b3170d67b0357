package dev.owl.fit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.owl.catalog.Catalog;
import dev.owl.catalog.CatalogLoader;
import dev.owl.catalog.CatalogLocation;
import dev.owl.catalog.InferenceRuntime;
import dev.owl.input.UsageException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The engines' memory rules in the built-in catalog's runtimes.yaml, as fit applies them (issue 14). Each test fails on
 * the figure owl gave before the rules were data: one idealised runtime, a sliding window always honoured, the whole
 * card available, and N GPUs decoding N times faster.
 */
class RuntimeRulesTest {
    private static final double GIB = 1024.0 * 1024 * 1024;
    private static Catalog catalog;
    private static FitCalculator calc;

    @BeforeAll
    static void load() {
        catalog = new CatalogLoader().load(List.of(new CatalogLocation("catalog", Path.of("catalog"), true)));
        calc = new FitCalculator(null, Runtimes.of(catalog));
    }

    private static ModelShape shape(String id) {
        return ModelShape.of(new dev.owl.query.ModelResolver(catalog).resolve(id));
    }

    @Test
    void mistral7bV01At32kCachesEveryTokenUnderLlamaCppButOnlyTheWindowUnderVllm() {
        ModelShape m = shape("mistral-7b-instruct-v0.1"); // 32 layers, 8 KV heads × 128, window 4096 on all 32
        // llama.cpp never implemented this window: 2 × 32 × 8 × 128 × 32768 × 2 B = 4 GiB (owl used to say 512 MiB)
        FitEstimate llama = calc.estimate(m, Quantization.Q4_K_M, 32768, 1, KvQuant.FP16, null, false, null, "llama.cpp");
        assertThat(llama.kvCacheBytes()).isEqualTo(4L << 30);
        assertThat(llama.assumptions()).anyMatch(a -> a.startsWith("llama.cpp does not implement mistral-7b-instruct-v0.1's "
                + "sliding window") && a.contains("runtimes.yaml"));
        // vLLM keeps the window (4096 tokens, a whole number of its 16-token blocks): 2 × 32 × 8 × 128 × 4096 × 2 = 512 MiB
        FitEstimate vllm = calc.estimate(m, Quantization.BF16, 32768, 1, KvQuant.FP16, null, false, null, "vllm");
        assertThat(vllm.kvCacheBytes()).isEqualTo(512L << 20);
    }

    @Test
    void vllmOnA24GbCardHasItsMemoryFractionNotTheWholeCard() {
        double fraction = catalog.runtime("vllm").orElseThrow().memory().memoryFraction();
        assertThat(fraction).isBetween(0.5, 0.99); // a share, and not the whole card
        Hardware card = Hardware.custom(24, 1008.0, 1);
        FitEstimate e = calc.estimate(shape("llama-3.1-8b-instruct"), Quantization.BF16, 8192, 1, KvQuant.FP16, card, false, null, "vllm");
        assertThat(e.availableBytes()).isEqualTo((long) (24 * GIB * fraction)).isLessThan(24L << 30);
        assertThat(e.assumptions()).anyMatch(a -> a.startsWith("vllm takes " + dev.owl.units.Quantities.plain(fraction * 100) + "%"));
        // llama.cpp takes no fixed share: the whole card is available
        FitEstimate llama = calc.estimate(shape("llama-3.1-8b-instruct"), Quantization.Q4_K_M, 8192, 1, KvQuant.FP16, card, false, null,
                "llama.cpp");
        assertThat(llama.availableBytes()).isEqualTo(24L << 30);
    }

    @Test
    void twoGpusUnderLlamaCppDoNotDoubleSingleStreamSpeedButUnderVllmTheyScale() {
        ModelShape m = shape("llama-3.1-8b-instruct");
        FitEstimate one = calc.estimate(m, Quantization.Q4_K_M, 8192, 1, KvQuant.FP16, Hardware.custom(24, 1008.0, 1), false, null,
                "llama.cpp");
        FitEstimate two = calc.estimate(m, Quantization.Q4_K_M, 8192, 1, KvQuant.FP16, Hardware.custom(24, 1008.0, 2), false, null,
                "llama.cpp");
        assertThat(two.decodeTokensPerSecond()).isCloseTo(one.decodeTokensPerSecond(), within(1e-9)); // layers: no gain
        assertThat(two.assumptions()).anyMatch(a -> a.contains("by layers (llama.cpp)"));
        FitEstimate vOne = calc.estimate(m, Quantization.BF16, 8192, 1, KvQuant.FP16, Hardware.custom(24, 1008.0, 1), false, null, "vllm");
        FitEstimate vTwo = calc.estimate(m, Quantization.BF16, 8192, 1, KvQuant.FP16, Hardware.custom(24, 1008.0, 2), false, null, "vllm");
        assertThat(vTwo.decodeTokensPerSecond()).isCloseTo(2 * vOne.decodeTokensPerSecond(), within(1e-6)); // tensor parallel
    }

    @Test
    void tensorParallelismNeedsADeviceCountThatDividesTheAttentionHeads() {
        ModelShape m = shape("llama-3.3-70b-instruct"); // 64 attention heads
        assertThat(m.attentionHeads()).isEqualTo(64);
        FitEstimate three = calc.estimate(m, Quantization.BF16, 8192, 1, KvQuant.FP16, Hardware.custom(80, 3350.0, 3), false, null, "vllm");
        assertThat(three.fits()).as("3 does not divide 64: vLLM refuses tensor-parallel size 3").isFalse();
        assertThat(three.decodeTokensPerSecond()).isNull();
        assertThat(three.assumptions()).anyMatch(a -> a.contains("cannot split the 64 attention heads evenly over 3 devices"));
        FitEstimate four = calc.estimate(m, Quantization.BF16, 8192, 1, KvQuant.FP16, Hardware.custom(80, 3350.0, 4), false, null, "vllm");
        assertThat(four.fits()).isTrue();
        // a layer split has no such rule: llama.cpp runs the same model on 3 devices
        FitEstimate layers = calc.estimate(m, Quantization.Q8_0, 8192, 1, KvQuant.FP16, Hardware.custom(80, 3350.0, 3), false, null,
                "llama.cpp");
        assertThat(layers.fits()).isTrue();
    }

    @Test
    void llamaCppSizesASlidingWindowCacheAsWindowPlusUbatchPaddedTo256() {
        ModelShape gemma2 = shape("gemma-2-9b-it"); // 42 layers, 21 of them on a 4096-token window
        long window = gemma2.slidingWindow();
        // SWA layers keep window + 512 (ubatch) = 4608 tokens, a multiple of 256; full layers all 32768
        long perToken = 2L * gemma2.kvHeads() * gemma2.headDim() * 2;
        long expected = perToken * (gemma2.slidingWindowLayers() * (window + 512) + (gemma2.layers() - gemma2.slidingWindowLayers()) * 32768L);
        assertThat(calc.estimate(gemma2, Quantization.Q4_K_M, 32768, 1, KvQuant.FP16, null, false, null, "llama.cpp").kvCacheBytes())
                .isEqualTo(expected);
        // the context itself is padded to 256: 1000 tokens are cached as 1024
        ModelShape llama = shape("llama-3.1-8b-instruct");
        assertThat(calc.estimate(llama, Quantization.Q4_K_M, 1000, 1, KvQuant.FP16, null, false, null, "llama.cpp").kvCacheBytes())
                .isEqualTo(FitCalculator.kvCacheBytes(llama, 1024, 1, KvQuant.FP16));
    }

    @Test
    void everyEngineWithRulesCitesItsSourcesAndTheListIsTheOneBothCommandsAccept() {
        Runtimes runtimes = Runtimes.of(catalog);
        assertThat(runtimes.names()).contains("llama.cpp", "ollama", "vllm", "sglang", "mlx", "tgi");
        for (InferenceRuntime r : catalog.runtimes()) {
            if (r.memory() != null) {
                assertThat(r.memory().sources()).as(r.id()).isNotEmpty();
            }
        }
        assertThat(runtimes.resolve("LLAMA.CPP")).isEqualTo("llama.cpp");
        assertThat(runtimes.resolve("llama-cpp")).isEqualTo("llama.cpp");
        assertThatThrownBy(() -> runtimes.resolve("vlm")).isInstanceOf(UsageException.class)
                .hasMessageContaining("unknown runtime 'vlm'").hasMessageContaining("did you mean 'vllm'")
                .satisfies(e -> assertThat(((UsageException) e).hint()).isEqualTo("use one of " + String.join(", ", runtimes.names())));
    }
}
