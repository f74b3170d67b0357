package dev.owl.fit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Hand-worked figures: each expected number is derived in the comment above it, not read off the code. */
class FitCalculatorTest {
    private static final double GIB = 1024.0 * 1024 * 1024;
    private final FitCalculator calc = new FitCalculator();

    /** Llama 3.1 8B, config.json: 32 layers, 8 KV heads, head_dim 4096/32 = 128, no sliding window. */
    private static final ModelShape LLAMA_31_8B =
            new ModelShape("llama-3.1-8b", 8.03, 8.03, false, 131072, 32, 8, 128, null, null, null, null, null, null, false);

    @Test
    void llama31_8bKvCacheAt128kTokensInFp16() {
        // 2 (K and V) × 32 layers × 8 KV heads × 128 dims × 131072 tokens × 2 bytes = 17,179,869,184 B = 16 GiB
        assertThat(FitCalculator.kvCacheBytes(LLAMA_31_8B, 131072, 1, KvQuant.FP16)).isEqualTo(17_179_869_184L);
        // q8_0 cache: 34 bytes per 32 values → 17,179,869,184 × (34/32) / 2 = 9,126,805,504 B
        assertThat(FitCalculator.kvCacheBytes(LLAMA_31_8B, 131072, 1, KvQuant.Q8_0)).isEqualTo(9_126_805_504L);
        // batch 4 multiplies the cache by 4
        assertThat(FitCalculator.kvCacheBytes(LLAMA_31_8B, 131072, 4, KvQuant.FP16)).isEqualTo(4 * 17_179_869_184L);
    }

    @Test
    void a70bDenseModelInBf16() {
        // Llama 3.3 70B: 70.6B parameters × 16 bits ÷ 8 = 141.2e9 bytes ≈ 131.5 GiB: no single 80 GB GPU holds it
        ModelShape m = new ModelShape("llama-3.3-70b", 70.6, 70.6, false, 131072, 80, 8, 128, null, null, null, null, null, null, false);
        assertThat(FitCalculator.weightsBytes(m, Quantization.BF16)).isEqualTo(141_200_000_000L);
        FitEstimate one = calc.estimate(m, Quantization.BF16, 8192, 1, KvQuant.FP16, Hardware.custom(80, 3350.0, 1), false, null);
        assertThat(one.fits()).isFalse();
        // KV at 8K: 2 × 80 × 8 × 128 × 8192 × 2 = 2,684,354,560 B; + 1 GiB per GPU × 2. Under an engine recorded as
        // tensor parallel (no memory fraction, no KV rounding recorded here) both GPUs work on every token.
        FitEstimate two = tensorParallel().estimate(m, Quantization.BF16, 8192, 1, KvQuant.FP16, Hardware.custom(80, 3350.0, 2),
                false, null, "tp");
        assertThat(two.totalBytes()).isEqualTo(141_200_000_000L + 2_684_354_560L + 2 * (1L << 30));
        assertThat(two.fits()).isTrue(); // 146.0e9 B ≤ 160 GiB = 171.8e9 B
        // decode bound: 2 × 3350e9 B/s ÷ (141.2e9 + 2.684e9 B per token) ≈ 46.6 tok/s
        assertThat(two.decodeTokensPerSecond()).isCloseTo(6700e9 / (141.2e9 + 2_684_354_560.0), within(0.01));
    }

    @Test
    void mixtral8x7bAt4BitDoesNotFitA24GbGpu() {
        // Mixtral: 46.7B total, 12.9B active; q4_k_m 4.8944 bpw → 46.7e9 × 4.8944 / 8 = 28,571,060,000 B ≈ 26.6 GiB of
        // weights alone, above 24 GiB: the "saves GPU memory" claim is wrong, all experts must be resident.
        ModelShape m = new ModelShape("mixtral", 46.7, 12.9, false, 32768, 32, 8, 128, null, null, null, null, null, null, true);
        assertThat(FitCalculator.weightsBytes(m, Quantization.Q4_K_M)).isEqualTo(28_571_060_000L);
        FitEstimate e = calc.estimate(m, Quantization.Q4_K_M, 4096, 1, KvQuant.FP16, Hardware.custom(24, 1008.0, 1), false, null);
        assertThat(e.fits()).isFalse();
        assertThat(e.assumptions()).anyMatch(a -> a.contains("all 46.7B parameters stay in memory"));
        // q2_k (3.1593 bpw): 46.7e9 × 3.1593 / 8 = 18,442,413,750 B + KV at 4K (2×32×8×128×4096×2 = 536,870,912) + 1 GiB fits
        FitEstimate q2 = calc.estimate(m, Quantization.Q2_K, 4096, 1, KvQuant.FP16, Hardware.custom(24, 1008.0, 1), false, null);
        assertThat(q2.totalBytes()).isEqualTo(18_442_413_750L + 536_870_912L + (1L << 30));
        assertThat(q2.fits()).isTrue();
        // speed uses the ACTIVE parameters: 1008e9 ÷ (12.9e9 × 3.1593/8 + 536,870,912) ≈ 179.0 tok/s
        assertThat(q2.decodeTokensPerSecond()).isCloseTo(1008e9 / (12.9e9 * 3.1593 / 8 + 536_870_912.0), within(0.01));
    }

    @Test
    void llama4ScoutInInt4AndBf16OnOne80GbGpu() {
        // Llama 4 Scout: 109B total, 17B active; 48 layers, 8 KV heads, head_dim 128; chunked local attention of 8192
        // tokens on 3 of every 4 layers (36 of 48).
        ModelShape scout = new ModelShape("scout", 109, 17, false, 10485760, 48, 8, 128, 8192, 36, null, null, null, null, true);
        // int4 (AWQ, 4 + 20/128 = 4.15625 bpw; no vocabulary given, so no 16-bit embeddings counted apart):
        // 109e9 × 4.15625 / 8 = 56,628,906,250 B ≈ 52.7 GiB
        assertThat(FitCalculator.weightsBytes(scout, Quantization.AWQ)).isEqualTo(56_628_906_250L);
        // KV at 128K: 12 global layers × 2×8×128×131072×2 (= 536,870,912 each) = 6,442,450,944
        //           + 36 chunked layers × 2×8×128×8192×2 (= 33,554,432 each) = 1,207,959,552 → 7,650,410,496 B
        assertThat(FitCalculator.kvCacheBytes(scout, 131072, 1, KvQuant.FP16)).isEqualTo(7_650_410_496L);
        Hardware h100 = Hardware.custom(80, 3350.0, 1);
        assertThat(calc.estimate(scout, Quantization.AWQ, 131072, 1, KvQuant.FP16, h100, false, null).fits()).isTrue();
        // bf16: 109e9 × 2 = 218e9 B ≈ 203 GiB: far beyond one 80 GB GPU
        assertThat(calc.estimate(scout, Quantization.BF16, 8192, 1, KvQuant.FP16, h100, false, null).fits()).isFalse();
    }

    @Test
    void aSlidingWindowModelPastItsWindow() {
        // Mistral 7B v0.1: 32 layers, 8 KV heads, head_dim 128, sliding window 4096 on every layer.
        ModelShape m = new ModelShape("mistral-7b-v0.1", 7.24, 7.24, false, 32768, 32, 8, 128, 4096, 32, null, null, null, null, false);
        // Past the window the cache stops growing: 2 × 32 × 8 × 128 × 4096 × 2 = 536,870,912 B at 4K and at 32K
        assertThat(FitCalculator.kvCacheBytes(m, 4096, 1, KvQuant.FP16)).isEqualTo(536_870_912L);
        assertThat(FitCalculator.kvCacheBytes(m, 32768, 1, KvQuant.FP16)).isEqualTo(536_870_912L);
        // below the window it grows with the tokens: 2048 tokens → half
        assertThat(FitCalculator.kvCacheBytes(m, 2048, 1, KvQuant.FP16)).isEqualTo(268_435_456L);
    }

    /** A calculator that knows one engine, "tp": tensor parallel and nothing else recorded. */
    static FitCalculator tensorParallel() {
        dev.owl.catalog.RuntimeMemory rules = new dev.owl.catalog.RuntimeMemory("tensor", null, null, null, null, java.util.List.of(),
                java.util.List.of(), null, null, java.util.List.of(), java.util.List.of(), java.util.List.of());
        return new FitCalculator(null, Runtimes.of(java.util.List.of(new dev.owl.catalog.InferenceRuntime("tp", "TP", "engine",
                java.util.List.of(), java.util.List.of(), java.util.List.of(), java.util.List.of(), java.util.List.of(),
                java.util.List.of(), rules, "test"))));
    }

    @Test
    void deepSeekV3MlaCache() {
        // DeepSeek V3: 61 layers, MLA caches kv_lora_rank 512 + qk_rope_head_dim 64 = 576 values per token per layer.
        // 128K tokens in 16-bit: 61 × 576 × 131072 × 2 = 9,210,691,584 B ≈ 8.6 GiB
        ModelShape v3 = new ModelShape("deepseek-v3", 671, 37, false, 131072, 61, 128, 128, null, null, null, null, 512, 64, true);
        assertThat(FitCalculator.kvCacheBytes(v3, 131072, 1, KvQuant.FP16)).isEqualTo(9_210_691_584L);
        // the same cache without MLA (128 KV heads × 128 dims) would be 2×61×128×128×131072×2 = 523,986,010,112 B, 57× more
        ModelShape naive = new ModelShape("x", 671, 37, false, 131072, 61, 128, 128, null, null, null, null, null, null, true);
        assertThat(FitCalculator.kvCacheBytes(naive, 131072, 1, KvQuant.FP16)).isEqualTo(523_986_010_112L);
    }

    @Test
    void appleSiliconUsesThreeQuartersOfUnifiedMemory() {
        dev.owl.catalog.Accelerator m3 = new dev.owl.catalog.Accelerator("m3-max", "Apple M3 Max", "Apple", "apple", 128.0, 400.0,
                null, null, true, java.util.List.of(), java.util.List.of(), java.util.List.of(), java.util.List.of(), java.util.List.of(), "test");
        Hardware h = Hardware.of(m3, 1);
        assertThat(h.availableBytes()).isEqualTo((long) (128 * GIB * 0.75));
        FitEstimate e = calc.estimate(LLAMA_31_8B, Quantization.Q4_K_M, 4096, 1, KvQuant.FP16, h, false, null);
        assertThat(e.assumptions()).anyMatch(a -> a.contains("unified memory"));
    }

    @Test
    void offloadSpillsTheRestToSystemRamAndSlowsDecode() {
        ModelShape m = new ModelShape("mixtral", 46.7, 12.9, false, 32768, 32, 8, 128, null, null, null, null, null, null, true);
        FitEstimate e = calc.estimate(m, Quantization.Q8_0, 4096, 1, KvQuant.FP16, Hardware.custom(24, 1008.0, 1), true, 89.6e9);
        assertThat(e.fits()).isFalse();
        assertThat(e.offloadBytes()).isEqualTo(e.totalBytes() - e.availableBytes());
        FitEstimate onGpu = calc.estimate(m, Quantization.Q8_0, 4096, 1, KvQuant.FP16, Hardware.custom(64, 1008.0, 1), false, null);
        assertThat(e.decodeTokensPerSecond()).isLessThan(onGpu.decodeTokensPerSecond() / 3);
    }

    @Test
    void linearAttentionLayersKeepNoKvCache() {
        // a hybrid of 60 layers where 45 use linear attention: only 15 keep K and V.
        // 15 × 2 × 2 KV heads × 256 dims × 262144 tokens × 2 bytes = 8,053,063,680 B
        ModelShape hybrid = new ModelShape("hybrid", 397, 17, false, 262144, 60, 2, 256, null, null, 45, null, null, null, true);
        assertThat(FitCalculator.kvCacheBytes(hybrid, 262144, 1, KvQuant.FP16)).isEqualTo(8_053_063_680L);
    }

    @Test
    void crossAttentionLayersHoldNoTextCache() {
        // Llama 3.2 11B Vision: 40 decoder layers, 8 of them cross-attention to image states; 32 self-attention layers
        // cache text: 32 × 2 × 8 × 128 × 131072 × 2 = 17,179,869,184 B (as Llama 3.1 8B), not 40/32 of it
        ModelShape vision = new ModelShape("vision", 10.6, 10.6, true, 131072, 40, 8, 128, null, null, null, 8, null, null, false);
        assertThat(FitCalculator.kvCacheBytes(vision, 131072, 1, KvQuant.FP16)).isEqualTo(17_179_869_184L);
    }

    @Test
    void assumptionsPrintTokenCountsByTheContextRule() {
        // issue 18: 4096 is "4K" and 32768 "32K" in the notes as in the tables, not 4096 beside 32K
        ModelShape m = new ModelShape("mistral-7b-v0.1", 7.24, 7.24, false, 8192, 32, 8, 128, 4096, 32, null, null, null, null, false);
        FitEstimate e = calc.estimate(m, Quantization.BF16, 32768, 1, KvQuant.FP16, null, false, null);
        assertThat(e.assumptions()).contains("32 of 32 layers keep only the last 4K tokens (sliding window)",
                "context 32K exceeds the model's supported 8K tokens");
    }
}
