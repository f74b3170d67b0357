package dev.owl.recommend;

import dev.owl.fit.Quantization;
import java.util.Map;

/**
 * What a weight format costs in quality, from published measurements. The measure is llama.cpp's mean
 * KL divergence of each format's next-token distribution from the 16-bit model's (its Llama 3 8B
 * scoreboard, no importance matrix); a format's expected relative loss on a benchmark is
 * {@link #LOSS_PER_NAT} × that divergence. The factor is fitted (least squares through the origin) to
 * Aider's own quantization study, where Qwen2.5-Coder-32B-Instruct scored 71.05 (mean of four 16-bit
 * providers) at bf16, 66.9 at q4_K_M and 61.7 at q2_K on its code-editing benchmark: 13 % lost at q2_K's
 * divergence of 0.457, and within provider-to-provider noise at q4_K_M's 0.032.
 */
public record QuantPenalty(Quantization format, double kld, double loss, boolean analogue, String basis) {
    public static final double LOSS_PER_NAT = 0.30;
    public static final String KLD_SOURCE = "https://github.com/ggml-org/llama.cpp/blob/master/tools/perplexity/README.md";
    public static final String AIDER_SOURCE =
            "https://github.com/Aider-AI/aider/blob/5dc9490bb35f9729ef2c95d00a19ccd30c26339c/aider/website/_data/quant.yml";

    /** Mean KLD vs FP16 on Llama 3 8B, no imatrix (llama.cpp perplexity README, "LLaMA 3 8b Scoreboard"). */
    private static final Map<String, Double> KLD = Map.ofEntries(
            Map.entry("q8_0", 0.001391), Map.entry("q6_k", 0.005669), Map.entry("q5_k_m", 0.011093),
            Map.entry("q5_k_s", 0.017177), Map.entry("q5_0", 0.022964), Map.entry("q4_k_m", 0.032032),
            Map.entry("q4_1", 0.072530), Map.entry("q4_0", 0.073598), Map.entry("q3_k_m", 0.103797),
            Map.entry("q3_k_s", 0.236401), Map.entry("q2_k", 0.457258));
    /** Formats without their own row, measured as the row they are closest to (same bits, similar scheme). */
    private static final Map<String, String> ANALOGUE = Map.of(
            "fp8", "q8_0", "awq", "q4_k_m", "gptq", "q4_k_m", "mxfp4", "q4_k_m",
            "iq4_xs", "q4_k_m", "iq3_xxs", "q3_k_s", "iq2_xxs", "q2_k");

    /** The penalty of running {@code format}; none for 16-bit or for the format the vendor released the weights in. */
    public static QuantPenalty of(Quantization format, boolean nativeFormat) {
        String key = format.key();
        if (key.equals("bf16") || nativeFormat) {
            return new QuantPenalty(format, 0, 0, false, nativeFormat && !key.equals("bf16")
                    ? "the vendor's own release format: its published figures were measured on these weights" : "16-bit: the reference");
        }
        Double kld = KLD.get(key);
        boolean analogue = false;
        String basis = "llama.cpp Llama 3 8B scoreboard, " + key + ", no imatrix";
        if (kld == null && ANALOGUE.containsKey(key)) {
            kld = KLD.get(ANALOGUE.get(key));
            analogue = true;
            basis = "no row of its own; measured as " + ANALOGUE.get(key) + " (same bits per weight) on llama.cpp's Llama 3 8B scoreboard";
        }
        if (kld == null) {
            kld = KLD.get("q2_k");
            analogue = true;
            basis = "no published measurement; counted as q2_k, the worst measured format";
        }
        return new QuantPenalty(format, kld, LOSS_PER_NAT * kld, analogue, basis);
    }

    /** The share of a benchmark score the format keeps. */
    public double keep() {
        return 1 - loss;
    }
}
