package dev.owl.fit;

import java.util.List;

/**
 * How {@code owl fit} sizes models: the hardware described (none: memory only), concurrent sequences, the KV
 * cache format, whether spilling to system RAM is allowed (priced at {@code cpuBandwidthBytesPerSecond}), and the
 * runtime (null: the default for each format and hardware).
 */
public record FitSetup(List<Hardware> hardware, int batch, KvQuant kvQuant, boolean offload, Double cpuBandwidthBytesPerSecond,
        String runtime) {
    public FitSetup {
        hardware = List.copyOf(hardware);
    }

    /** One estimate per hardware, or a memory-only one without hardware. */
    List<FitEstimate> estimates(FitCalculator calculator, ModelShape shape, Quantization q, int context) {
        if (hardware.isEmpty()) {
            return List.of(estimate(calculator, shape, q, context, null));
        }
        return hardware.stream().map(hw -> estimate(calculator, shape, q, context, hw)).toList();
    }

    FitEstimate estimate(FitCalculator calculator, ModelShape shape, Quantization q, int context, Hardware hw) {
        return calculator.estimate(shape, q, context, batch, kvQuant, hw, offload, cpuBandwidthBytesPerSecond, runtime);
    }
}
