package dev.owl.fit;

import java.util.List;

/**
 * The memory a model needs in one configuration and, given hardware, whether it fits and how fast it
 * can at most decode. Every figure is an estimate; {@code assumptions} says what it rests on.
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
        List<String> assumptions) {
    public FitEstimate {
        assumptions = List.copyOf(assumptions);
    }
}
