package dev.owl.fit;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.List;

/**
 * One row of {@code owl fit}: its components, in order and in snake_case, are the JSON keys the README
 * documents (bytes as integers, speeds to a tenth, {@code assumptions} with the quantization's basis first;
 * {@code detected} is what {@code --gpu auto} found, else null).
 * {@code estimate} is the estimate the row reports, for the table's own rounding; it is not a key.
 */
public record FitRow(
        String model,
        String quant,
        double bitsPerWeight,
        int contextTokens,
        int batch,
        String kvQuant,
        long weightsBytes,
        Long kvCacheBytes,
        long overheadBytes,
        long totalBytes,
        String gpu,
        Integer gpuCount,
        Long availableBytes,
        Boolean fits,
        long offloadBytes,
        Double decodeTokensPerS,
        String runtime,
        Double typicalTokensPerS,
        Double prefillTokensPerS,
        String nativeFormat,
        Detected detected,
        List<String> assumptions,
        @JsonIgnore FitEstimate estimate) {
    public FitRow {
        assumptions = List.copyOf(assumptions);
    }

    public static FitRow of(FitEstimate e) {
        Hardware hw = e.hardware();
        return new FitRow(e.model(), e.quant().key(), e.quant().bitsPerWeight(), e.contextTokens(), e.batch(), e.kvQuant().key(),
                e.weightsBytes(), e.kvCacheBytes(), e.overheadBytes(), e.totalBytes(), hw == null ? null : hw.id(),
                hw == null ? null : hw.count(), e.availableBytes(), e.fits(), e.offloadBytes(), tenth(e.decodeTokensPerSecond()),
                e.runtime(), tenth(e.typicalTokensPerSecond()), e.prefillTokensPerSecond(), e.nativeFormat(), hw == null ? null : hw.detected(), e.allAssumptions(), e);
    }

    /** The speed the table shows: the typical speed where measurements calibrate it, else the decode bound; null without one. */
    public Double shownTokensPerSecond() {
        return estimate.shownTokensPerSecond();
    }

    private static Double tenth(Double v) {
        return v == null ? null : Math.round(v * 10) / 10.0;
    }
}
