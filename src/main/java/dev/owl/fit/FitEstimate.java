package dev.owl.fit;

import java.util.List;

/**
 * The memory a model needs in one configuration and, given hardware, whether it fits and how fast it
 * can at most decode. Every figure is an estimate; {@link #allAssumptions} says what it rests on.
 */
public record FitEstimate(
        String model,
        Quantization quant,
        int contextTokens,
        int batch,
        KvQuant kvQuant,
        long weightsBytes,
        Long kvCacheBytes,
        long overheadBytes,
        long totalBytes,
        Hardware hardware,
        Long availableBytes,
        Boolean fits,
        long offloadBytes,
        Double decodeTokensPerSecond,
        String nativeFormat,
        String runtime,
        Double typicalTokensPerSecond,
        Double prefillTokensPerSecond,
        List<String> assumptions) {
    public FitEstimate {
        assumptions = List.copyOf(assumptions);
    }

    /** The speed people are shown (fit's and recommend's ~TOK/S): the typical speed where measurements calibrate it, else the decode bound; null without one. */
    public Double shownTokensPerSecond() {
        return typicalTokensPerSecond != null ? typicalTokensPerSecond : decodeTokensPerSecond;
    }

    /** Which published measurements the typical speed is calibrated on (the factor and its group), or null without a speed. */
    public String typicalSpeedBasis() {
        return assumptions.stream().filter(a -> a.startsWith(FitAssumptions.TYPICAL))
                .map(a -> a.substring(FitAssumptions.TYPICAL.length())).findFirst().orElse(null);
    }

    /** Where the bits per weight of an estimated quantization come from, or null for an exact one (bf16, fp8). */
    public String quantBasis() {
        return quant.approx() ? quant.key() + " at " + quant.bitsPerWeight() + " bits/weight: " + quant.basis() : null;
    }

    /** The basis of the quantization first, then the rest of the assumptions. */
    public List<String> allAssumptions() {
        return quantBasis() == null ? assumptions
                : java.util.stream.Stream.concat(java.util.stream.Stream.of(quantBasis()), assumptions.stream()).toList();
    }
}
