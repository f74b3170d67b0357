package dev.owl.fit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.owl.catalog.CatalogLoader;
import dev.owl.catalog.CatalogLocation;
import dev.owl.catalog.Catalog;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * owl's weight sizes against published file and checkpoint sizes, each within ±3%. Every figure names where it
 * was published; a GiB there is 2^30 bytes.
 */
class PublishedSizeTest {
    private static final double GIB = 1024.0 * 1024 * 1024;
    private static final Catalog CATALOG = new CatalogLoader().load(List.of(new CatalogLocation("catalog", Path.of("catalog"), true)));

    /** One published size: model shape, format, GiB, and where the size was published. */
    record Check(ModelShape model, Quantization quant, double publishedGib, String source) {}

    /** Llama 2 7B, config.json: 32 layers, hidden 4096, vocabulary 32,000, untied embeddings; 6.74B parameters. */
    private static final ModelShape LLAMA_2_7B = new ModelShape("llama-2-7b", 6.74, 6.74, false, 4096, 32, 32, 128, null, null,
            null, null, null, null, false, null, null, null, "fp16", 2 * 32_000 * 4096 / 1e9, null, false);

    private static final String LLAMA_BENCH_APPLE = "https://github.com/ggml-org/llama.cpp/discussions/4167 (llama-bench header: llama 7B)";
    private static final String QUANTIZE_README = Quantization.LLAMA_CPP_SOURCE + " (Llama 3.1 8B table, size column)";
    private static final String SPARK_BENCH = "https://github.com/ggml-org/llama.cpp/blob/master/benches/dgx-spark.md (llama-bench size column)";
    /**
     * The model card's checkpoint sizes (12.8 and 60.8 GiB), read through copies of its Table 1, match the
     * safetensors shards listed on Hugging Face as of 2026-12-02: gpt-oss-20b 4.79 + 4.80 + 4.17 GB = 13.76 GB
     * = 12.8 GiB; gpt-oss-120b: a mirror listing the same shards (4.63 / 4.12 GB, ...) totals 65.3 GB = 60.8 GiB, and
     * the repo's original/ checkpoint 65.2 GB = 60.7 GiB (the official main tree also holds original/ and metal/).
     */
    private static final String GPT_OSS_CARD = "https://arxiv.org/abs/2508.10925 (gpt-oss model card, Table 1: checkpoint size;"
            + " matches https://huggingface.co/openai/gpt-oss-20b/tree/main and https://huggingface.co/openai/gpt-oss-120b/tree/main)";

    static List<Check> checks() {
        ModelShape llama31 = ModelShape.of(CATALOG.model("llama-3.1-8b-instruct").orElseThrow());
        ModelShape oss20 = ModelShape.of(CATALOG.model("gpt-oss-20b").orElseThrow());
        ModelShape oss120 = ModelShape.of(CATALOG.model("gpt-oss-120b").orElseThrow());
        return List.of(
                new Check(LLAMA_2_7B, Quantization.Q4_0, 3.56, LLAMA_BENCH_APPLE),
                new Check(LLAMA_2_7B, Quantization.Q8_0, 6.67, LLAMA_BENCH_APPLE),
                new Check(LLAMA_2_7B, Quantization.BF16, 12.55, LLAMA_BENCH_APPLE),
                new Check(llama31, Quantization.Q4_K_M, 4.58, QUANTIZE_README),
                new Check(llama31, Quantization.Q5_K_S, 5.21, QUANTIZE_README),
                new Check(llama31, Quantization.Q3_K_S, 3.41, QUANTIZE_README),
                new Check(llama31, Quantization.IQ4_XS, 4.17, QUANTIZE_README),
                new Check(llama31, Quantization.IQ3_XXS, 3.04, QUANTIZE_README),
                new Check(llama31, Quantization.IQ2_XXS, 2.23, QUANTIZE_README),
                new Check(llama31, Quantization.BF16, 14.96, QUANTIZE_README),
                new Check(oss20, Quantization.MXFP4, 12.8, GPT_OSS_CARD),
                new Check(oss20, Quantization.Q8_0, 11.27, SPARK_BENCH + " (ggml-org/gpt-oss-20b-GGUF)"),
                new Check(oss120, Quantization.Q8_0, 59.02, SPARK_BENCH + " (ggml-org/gpt-oss-120b-GGUF)"),
                new Check(ModelShape.of(CATALOG.model("qwen3-30b-a3b").orElseThrow()), Quantization.Q8_0, 30.25,
                        SPARK_BENCH + " (Qwen3-Coder-30B-A3B Q8_0, same shape)"),
                new Check(ModelShape.of(CATALOG.model("qwen2.5-7b-instruct").orElseThrow()), Quantization.Q8_0, 7.54,
                        SPARK_BENCH + " (Qwen2.5-Coder-7B Q8_0, same shape)"),
                new Check(oss120, Quantization.MXFP4, 60.8, GPT_OSS_CARD));
    }

    @Test
    void everyPublishedSizeIsMetWithinThreePercent() {
        for (Check c : checks()) {
            double owl = FitCalculator.weightsBytes(c.model(), c.quant()) / GIB;
            assertThat(owl / c.publishedGib() - 1).as("%s %s: owl %.2f GiB vs %.2f GiB published at %s", c.model().id(),
                    c.quant().key(), owl, c.publishedGib(), c.source()).isBetween(-0.03, 0.03);
        }
    }

    @Test
    void gptOssDefaultsToItsShippedFormatAndKeepsExpertsInMxfp4InAGguf() {
        ModelShape oss20 = ModelShape.of(CATALOG.model("gpt-oss-20b").orElseThrow());
        assertThat(dev.owl.fit.Quantization.parse(oss20.nativeFormat())).isEqualTo(Quantization.MXFP4);
        // a q8_0 GGUF keeps the 19.1B expert weights at 4.25 bits, so it is smaller than 21B × 8.5 bits
        assertThat(FitCalculator.weightsBytes(oss20, Quantization.Q8_0)).isLessThan((long) (21e9 * 8.5 / 8 * 0.6));
    }
}
