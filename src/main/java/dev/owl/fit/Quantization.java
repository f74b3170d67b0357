package dev.owl.fit;

import java.util.List;
import java.util.Locale;

/**
 * Weight formats and their bits per weight, each figure with its source. llama.cpp's k-quant and i-quant
 * mixes were measured over a whole model (Llama 3.1 8B, embeddings and output layer included); other
 * models land close but not exactly on the same figure, so those are estimates. Formats that keep the
 * embeddings and the output layer at 16 bits (AWQ, GPTQ, FP8 checkpoints, MXFP4 checkpoints) say so, and
 * llama.cpp's legacy types store the output layer as q6_K.
 */
public enum Quantization {
    BF16("bf16", Family.SIXTEEN_BIT, 16.0, null, null, false, "16-bit floats by definition (fp16 is the same size)"),
    FP8("fp8", Family.FP8, 8.0, 16.0, 16.0, false,
            "8-bit floats; block scales (one fp32 per 128×128) add 0.002 bits; embeddings and output layer stay bf16 "
                    + "as in DeepSeek-V3's FP8 checkpoint"),
    Q8_0("q8_0", Family.GGUF, 8.5, null, null, false,
            "llama.cpp block of 32 int8 weights + one fp16 scale = 8.5 bits; measured 8.5008 on Llama 3.1 8B"),
    Q6_K("q6_k", Family.GGUF, 6.5633, null, null, true, Basis.LLAMA_CPP_TABLE),
    Q5_K_M("q5_k_m", Family.GGUF, 5.7036, null, null, true, Basis.LLAMA_CPP_TABLE),
    Q5_K_S("q5_k_s", Family.GGUF, 5.5704, null, null, true, Basis.LLAMA_CPP_TABLE),
    Q5_0("q5_0", Family.GGUF, 5.5, 6.5625, null, false, Basis.LEGACY),
    Q4_1("q4_1", Family.GGUF, 5.0, 6.5625, null, false, Basis.LEGACY),
    Q4_K_M("q4_k_m", Family.GGUF, 4.8944, null, null, true, Basis.LLAMA_CPP_TABLE),
    Q4_0("q4_0", Family.GGUF, 4.5, 6.5625, null, false, Basis.LEGACY),
    IQ4_XS("iq4_xs", Family.GGUF, 4.4597, null, null, true, Basis.LLAMA_CPP_TABLE),
    Q3_K_M("q3_k_m", Family.GGUF, 3.91, null, null, true, "llama.cpp quantize README (earlier revision), measured on Llama 2 7B"),
    Q3_K_S("q3_k_s", Family.GGUF, 3.6429, null, null, true, Basis.LLAMA_CPP_TABLE),
    IQ3_XXS("iq3_xxs", Family.GGUF, 3.2548, null, null, true, Basis.LLAMA_CPP_TABLE),
    Q2_K("q2_k", Family.GGUF, 3.1593, null, null, true, Basis.LLAMA_CPP_TABLE),
    IQ2_XXS("iq2_xxs", Family.GGUF, 2.3824, null, null, true, Basis.LLAMA_CPP_TABLE),
    AWQ("awq", Family.AWQ, 4.15625, 16.0, 16.0, true,
            "AutoAWQ GEMM: 4-bit weights + an fp16 scale and a 4-bit zero point per group of 128 = 4 + 20/128 bits; "
                    + "embeddings and output layer stay 16-bit"),
    GPTQ("gptq", Family.GPTQ, 4.15625, 16.0, 16.0, true,
            "GPTQ 4-bit, group 128: 4-bit weights + an fp16 scale and a 4-bit zero point per group = 4 + 20/128 bits "
                    + "(the act-order index adds under 0.01); embeddings and output layer stay 16-bit"),
    MXFP4("mxfp4", Family.MXFP4, 4.25, 16.0, 16.0, false,
            "OCP microscaling FP4: 32 four-bit values share one 8-bit scale = 4 + 8/32 bits, applied to the MoE "
                    + "experts (all linear layers of a dense model); attention, embeddings and output stay bf16 as in "
                    + "gpt-oss's checkpoint");

    /** Where the k-quant figures come from. */
    public static final String LLAMA_CPP_SOURCE = "https://github.com/ggml-org/llama.cpp/blob/master/tools/quantize/README.md";

    /** How a format is stored and which runtimes load it. */
    public enum Family {
        SIXTEEN_BIT("16-bit"), FP8("fp8"), GGUF("gguf"), AWQ("awq"), GPTQ("gptq"), MXFP4("mxfp4");

        private final String key;

        Family(String key) {
            this.key = key;
        }

        public String key() {
            return key;
        }
    }

    private static final class Basis {
        static final String LLAMA_CPP_TABLE = "llama.cpp quantize README, bits/weight measured on Llama 3.1 8B";
        static final String LEGACY = "ggml block of 32 weights (q4_0: 16 B + fp16 scale = 4.5 bits; q4_1: + fp16 min = 5; "
                + "q5_0: + 4 B of fifth bits = 5.5); llama.cpp stores the output layer as q6_K (6.5625 bits)";
    }

    /** The formats `fit` shows when none is asked for (after the model's native format). */
    public static final List<Quantization> COMMON = List.of(BF16, FP8, Q8_0, Q6_K, Q5_K_M, Q4_K_M, Q3_K_M, Q2_K, AWQ);

    private final String key;
    private final Family family;
    private final double bitsPerWeight;
    private final Double outputBits;
    private final Double embeddingBits;
    private final boolean approx;
    private final String basis;

    Quantization(String key, Family family, double bitsPerWeight, Double outputBits, Double embeddingBits, boolean approx,
            String basis) {
        this.key = key;
        this.family = family;
        this.bitsPerWeight = bitsPerWeight;
        this.outputBits = outputBits;
        this.embeddingBits = embeddingBits;
        this.approx = approx;
        this.basis = basis;
    }

    public String key() {
        return key;
    }

    public Family family() {
        return family;
    }

    /** Bits per weight of the transformer layers (for the measured mixes: the whole model's average). */
    public double bitsPerWeight() {
        return bitsPerWeight;
    }

    /** Bits per weight of the output layer (lm_head); the body's when the format does not treat it apart. */
    public double outputBits() {
        return outputBits == null ? bitsPerWeight : outputBits;
    }

    /** Bits per weight of the input embeddings; the body's when the format does not treat them apart. */
    public double embeddingBits() {
        return embeddingBits == null ? bitsPerWeight : embeddingBits;
    }

    public boolean approx() {
        return approx;
    }

    public String basis() {
        return basis;
    }

    /** By name, any case; {@code fp16}, {@code f16} and {@code int4} are accepted too. Null if unknown. */
    /** Every format's key, in declaration order: what {@code --quant} accepts. */
    public static List<String> keys() {
        return java.util.Arrays.stream(values()).map(Quantization::key).toList();
    }

    public static Quantization parse(String name) {
        String n = name.strip().toLowerCase(Locale.ROOT);
        switch (n) {
            case "fp16", "f16", "float16", "bfloat16" -> {
                return BF16;
            }
            case "int4" -> {
                return AWQ;
            }
            case "int8" -> {
                return Q8_0;
            }
            default -> {
                for (Quantization q : values()) {
                    if (q.key.equals(n)) {
                        return q;
                    }
                }
                return null;
            }
        }
    }
}
