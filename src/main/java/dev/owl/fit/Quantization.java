package dev.owl.fit;

import java.util.List;
import java.util.Locale;

/**
 * Weight formats and their effective bits per weight, each figure with its source. llama.cpp's
 * k-quant mixes were measured on one model (Llama 3.1 8B); other models land close but not exactly
 * on the same figure, so those are estimates.
 */
public enum Quantization {
    BF16("bf16", 16.0, false, "16-bit floats by definition (fp16 is the same size)"),
    FP8("fp8", 8.0, false, "8-bit floats by definition; per-tensor scales are negligible"),
    Q8_0("q8_0", 8.5, false, "llama.cpp block of 32 int8 weights + one fp16 scale = 8.5 bits; measured 8.5008 on Llama 3.1 8B"),
    Q6_K("q6_k", 6.5633, true, Basis.LLAMA_CPP_TABLE),
    Q5_K_M("q5_k_m", 5.7036, true, Basis.LLAMA_CPP_TABLE),
    Q4_K_M("q4_k_m", 4.8944, true, Basis.LLAMA_CPP_TABLE),
    Q3_K_M("q3_k_m", 3.91, true, "llama.cpp quantize README (earlier revision), measured on Llama 2 7B"),
    Q2_K("q2_k", 3.1593, true, Basis.LLAMA_CPP_TABLE),
    AWQ("awq", 4.25, true, "4-bit weights + fp16 scale and zero point per group of 128 (AWQ/GPTQ default): 4 + 32/128"),
    GPTQ("gptq", 4.25, true, "4-bit weights + fp16 scale and zero point per group of 128 (AWQ/GPTQ default): 4 + 32/128"),
    MXFP4("mxfp4", 4.25, false, "OCP microscaling FP4: 32 four-bit values share one 8-bit scale: 4 + 8/32");

    /** Where the k-quant figures come from. */
    public static final String LLAMA_CPP_SOURCE = "https://github.com/ggml-org/llama.cpp/blob/master/tools/quantize/README.md";

    private static final class Basis {
        static final String LLAMA_CPP_TABLE = "llama.cpp quantize README, bits/weight measured on Llama 3.1 8B";
    }

    /** The formats `fit` shows when none is asked for. */
    public static final List<Quantization> COMMON = List.of(BF16, FP8, Q8_0, Q6_K, Q5_K_M, Q4_K_M, Q3_K_M, Q2_K, AWQ);

    private final String key;
    private final double bitsPerWeight;
    private final boolean approx;
    private final String basis;

    Quantization(String key, double bitsPerWeight, boolean approx, String basis) {
        this.key = key;
        this.bitsPerWeight = bitsPerWeight;
        this.approx = approx;
        this.basis = basis;
    }

    public String key() {
        return key;
    }

    public double bitsPerWeight() {
        return bitsPerWeight;
    }

    public boolean approx() {
        return approx;
    }

    public String basis() {
        return basis;
    }

    /** By name, any case; {@code fp16}, {@code f16} and {@code int4} are accepted too. Null if unknown. */
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
