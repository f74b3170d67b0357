package dev.owl.fit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.owl.catalog.Catalog;
import dev.owl.catalog.CatalogLoader;
import dev.owl.catalog.CatalogLocation;
import dev.owl.catalog.Model;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The KV layouts issue 14 found wrong in the catalog, each against a figure worked out by hand from the
 * primary source named in the catalog entry. Each assertion fails on the figure the catalog gave before.
 */
class CatalogKvLayoutTest {
    private static Catalog catalog;

    @BeforeAll
    static void load() {
        catalog = new CatalogLoader().load(List.of(new CatalogLocation("catalog", Path.of("catalog"), true)));
    }

    private static ModelShape shape(String id) {
        return ModelShape.of(catalog.model(id).orElseThrow());
    }

    private static long kv(String id, long tokens) {
        return FitCalculator.kvCacheBytes(shape(id), tokens, 1, KvQuant.FP16);
    }

    @Test
    void qwen35_397bCachesOnlyItsFifteenFullAttentionLayers() {
        // config.json full_attention_interval 4 over 60 layers: 15 full layers × 2 × 2 KV heads × 256 × 2 bytes
        // = 30,720 B per token; at 262,144 tokens 8,053,063,680 B (the old all-60-layer figure was 4×: +300%)
        assertThat(kv("qwen3.5-397b-a17b", 262_144)).isEqualTo(15L * 2 * 2 * 256 * 2 * 262_144);
    }

    @Test
    void ministral8bInterleavesOneFullLayerWithThreeSlidingOnes() {
        // params.json: 9 full layers keep 131,072 tokens, 27 layers keep 32,768; 2 × 8 × 128 × 2 = 4,096 B per layer-token
        long expected = 4096L * (9 * 131_072L + 27 * 32_768L);
        assertThat(kv("ministral-8b-instruct-2410", 131_072)).isEqualTo(expected);
        // the old layout (all 36 sliding) gave 4,096 × 36 × 32,768: 43% less
        assertThat((double) (4096L * 36 * 32_768) / expected).isBetween(0.56, 0.58);
    }

    @Test
    void deepseekV32CountsTheSparseAttentionIndexerAndHasAContext() {
        // MLA latent (512 + 64) × 2 bytes = 1,152 B plus the indexer's 128 fp8 + 4-byte scale = 132 B, per layer-token
        assertThat(kv("deepseek-v3.2", 131_072)).isEqualTo(61L * (1152 + 132) * 131_072);
        // V3 has no indexer: 10% less per token
        assertThat(kv("deepseek-v3", 131_072)).isEqualTo(61L * 1152 * 131_072);
        Model v32 = catalog.model("deepseek-v3.2").orElseThrow();
        assertThat(v32.contextTokens()).isEqualTo(131_072);
    }

    @Test
    void gemma4FullAttentionLayersUseTheirOwnHeads() {
        // 50 sliding layers: 2 × 16 × 256 × 2 B × 1,024 tokens; 10 full layers: 2 × 4 × 512 × 2 B × 131,072 tokens
        long sliding = 50L * 2 * 16 * 256 * 2 * 1024;
        long full = 10L * 2 * 4 * 512 * 2 * 131_072;
        assertThat(kv("gemma-4-31b-it", 131_072)).isEqualTo(sliding + full);
    }

    @Test
    void qwen35MidSizeMoeModelsCacheOnlyTheirFullAttentionLayers() {
        // config.json: full_attention_interval 4, 2 KV heads of dim 256 (2 × 2 × 256 × 2 B = 2,048 B per layer-token);
        // 35B-A3B has 10 full layers of 40, 122B-A10B 12 of 48. Before, both had no KV heads and fit sized weights only.
        assertThat(kv("qwen3.5-35b-a3b", 262_144)).isEqualTo(10L * 2048 * 262_144);
        assertThat(kv("qwen3.5-122b-a10b", 262_144)).isEqualTo(12L * 2048 * 262_144);
    }

    @Test
    void gemma4MoeKeepsMostLayersInItsWindow() {
        // 26B-A4B: 25 sliding layers of 8 KV heads × 256 over 1,024 tokens, 5 full layers of 2 KV heads × 512
        long sliding = 25L * 2 * 8 * 256 * 2 * 1024;
        long full = 5L * 2 * 2 * 512 * 2 * 131_072;
        assertThat(kv("gemma-4-26b-a4b-it", 131_072)).isEqualTo(sliding + full);
    }

    @Test
    void gemma3nCountsOnlyTheLayersThatStoreTheirOwnCache() {
        // config.json: 35 layers in the pattern 4 sliding (512 tokens) + 1 full, 2 KV heads × 256 (2,048 B per layer-token);
        // num_kv_shared_layers 15 = the last 15 layers (12 sliding, 3 full) reuse earlier caches, so 16 sliding and 4 full
        // layers store KV: 2,048 × (16 × 512 + 4 × 32,768) = 285,212,672 B at 32K. Counting all 35 gave 499,122,176 (+75%).
        assertThat(kv("gemma-3n-e4b-it", 32_768)).isEqualTo(2048L * (16 * 512 + 4 * 32_768L)).isEqualTo(285_212_672L);
        // below the window every layer that stores a cache holds all tokens: 20 layers × 2,048 B × 256 tokens
        assertThat(kv("gemma-3n-e4b-it", 256)).isEqualTo(20L * 2048 * 256);
    }

    @Test
    void aGemma3nConfigFindsTheSharedLayersInLayerTypes(@TempDir Path dir) throws IOException {
        String types = String.join(",", java.util.Collections.nCopies(7,
                "\"sliding_attention\",\"sliding_attention\",\"sliding_attention\",\"sliding_attention\",\"full_attention\""));
        Files.writeString(dir.resolve("config.json"), """
                {"text_config": {"num_hidden_layers": 35, "hidden_size": 2048, "num_attention_heads": 8,
                 "num_key_value_heads": 2, "head_dim": 256, "sliding_window": 512, "num_kv_shared_layers": 15,
                 "vocab_size": 262400, "layer_types": [%s]}}
                """.formatted(types));
        ModelShape s = HfConfig.read(dir);
        assertThat(s.kvSharedLayers()).isEqualTo(15);
        assertThat(s.kvSharedSlidingLayers()).isEqualTo(12);
        assertThat(FitCalculator.kvCacheBytes(s, 32_768, 1, KvQuant.FP16)).isEqualTo(kv("gemma-3n-e4b-it", 32_768));
    }

    @Test
    void mistralSmall32HasTheKvLayoutOfItsTextConfig() {
        // text_config: 40 layers × 2 × 8 KV heads × 128 × 2 B = 163,840 B per token, no sliding window;
        // before, the entry had no architecture and fit sized the weights only (KV 0)
        assertThat(kv("mistral-small-3.2-24b-instruct-2506", 131_072)).isEqualTo(40L * 2 * 8 * 128 * 2 * 131_072);
    }

    @Test
    void mistralModelsThatHadNoArchitectureNowHaveTheirDecoderKv() {
        // 2 × 8 KV heads × 128 × 2 B = 4,096 B per layer-token for each; before, fit counted no KV for any of them
        assertThat(kv("voxtral-small-24b-2507", 32_768)).isEqualTo(40L * 4096 * 32_768);
        assertThat(kv("ministral-3-8b-instruct-2512", 32_768)).isEqualTo(34L * 4096 * 32_768);
        assertThat(kv("ministral-3-3b-instruct-2512", 32_768)).isEqualTo(26L * 4096 * 32_768);
        assertThat(kv("pixtral-large-instruct-2411", 32_768)).isEqualTo(88L * 4096 * 32_768);
    }

    @Test
    void ministral3_8bCountsItsVisionEncoderAndPhi4MiniHasItsReleaseDay() {
        // card: 8.4B language model + 0.4B vision encoder
        assertThat(catalog.model("ministral-3-8b-instruct-2512").orElseThrow().paramsTotalB()).isEqualTo(8.8);
        assertThat(catalog.model("phi-4-mini-instruct").orElseThrow().releaseDate()).isEqualTo(LocalDate.of(2025, 2, 26));
    }

    @Test
    void aConfigWithOnlyFullAttentionIntervalDerivesTheLinearLayers(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("config.json"), """
                {"text_config": {"num_hidden_layers": 60, "hidden_size": 4096, "num_attention_heads": 32,
                 "num_key_value_heads": 2, "head_dim": 256, "full_attention_interval": 4, "vocab_size": 248320}}
                """);
        ModelShape s = HfConfig.read(dir);
        assertThat(s.linearAttentionLayers()).isEqualTo(45);
        assertThat(FitCalculator.kvCacheBytes(s, 262_144, 1, KvQuant.FP16)).isEqualTo(kv("qwen3.5-397b-a17b", 262_144));
    }

    @Test
    void aConfigWithLayerTypesDerivesTheSameLayout(@TempDir Path dir) throws IOException {
        String types = String.join(",", java.util.Collections.nCopies(15,
                "\"linear_attention\",\"linear_attention\",\"linear_attention\",\"full_attention\""));
        Files.writeString(dir.resolve("config.json"), """
                {"num_hidden_layers": 60, "hidden_size": 4096, "num_attention_heads": 32,
                 "num_key_value_heads": 2, "head_dim": 256, "layer_types": [%s]}
                """.formatted(types));
        assertThat(HfConfig.read(dir).linearAttentionLayers()).isEqualTo(45);
    }

    @Test
    void aGemma4ConfigGivesItsFullLayersTheirOwnHeads(@TempDir Path dir) throws IOException {
        String types = String.join(",", java.util.Collections.nCopies(10,
                "\"sliding_attention\",\"sliding_attention\",\"sliding_attention\",\"sliding_attention\",\"sliding_attention\",\"full_attention\""));
        Files.writeString(dir.resolve("config.json"), """
                {"text_config": {"num_hidden_layers": 60, "hidden_size": 5376, "num_attention_heads": 32,
                 "num_key_value_heads": 16, "head_dim": 256, "num_global_key_value_heads": 4, "global_head_dim": 512,
                 "sliding_window": 1024, "layer_types": [%s]}}
                """.formatted(types));
        assertThat(FitCalculator.kvCacheBytes(HfConfig.read(dir), 131_072, 1, KvQuant.FP16))
                .isEqualTo(kv("gemma-4-31b-it", 131_072));
    }
}
