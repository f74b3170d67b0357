package dev.owl.fit;

import dev.owl.units.Quantities;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The assumptions an estimate states, in the order {@link FitCalculator} meets them: the model's shape first, then the hardware's. */
final class FitAssumptions {
    private final List<String> lines = new ArrayList<>();

    /** What the memory figures take for granted about the model and the context. */
    FitAssumptions model(ModelShape m, int context, Long kvBytes) {
        if (m.mixtureOfExperts()) {
            lines.add("mixture of experts: all " + Quantities.plain(m.paramsTotalB()) + "B parameters stay in memory; "
                    + "speed is bounded by the " + Quantities.plain(m.paramsActiveB()) + "B active per token");
        }
        if (kvBytes == null) {
            lines.add("KV cache not counted: the architecture (layers, KV heads, head dim) is unknown");
        } else if (m.slidingWindow() != null && context > m.slidingWindow()) {
            lines.add(m.slidingWindowLayers() + " of " + m.layers() + " layers keep only the last "
                    + Quantities.tokens(m.slidingWindow()) + " tokens (sliding window)");
        }
        if (m.linearAttentionLayers() != null) {
            lines.add(m.linearAttentionLayers() + " of " + m.layers() + " layers use linear attention: a fixed-size "
                    + "state instead of a KV cache (not counted)");
        }
        if (m.crossAttentionLayers() != null) {
            lines.add(m.crossAttentionLayers() + " of " + m.layers() + " layers are cross-attention to image states: "
                    + "their cache depends on the images, not the text, and is not counted");
        }
        if (m.kvLoraRank() != null) {
            lines.add("multi-head latent attention: caches " + m.kvLoraRank() + " latent + "
                    + (m.qkRopeHeadDim() == null ? 0 : m.qkRopeHeadDim()) + " RoPE values per token per layer"
                    + (m.indexerHeadDim() == null ? "" : ", plus the sparse-attention indexer's " + m.indexerHeadDim()
                            + "-value fp8 key and fp32 scale"));
        }
        if (m.fullAttentionKvHeads() != null || m.fullAttentionHeadDim() != null) {
            lines.add("full-attention layers cache " + m.fullKvHeads() + " KV heads of dim " + m.fullHeadDim()
                    + "; the others " + m.kvHeads() + " of dim " + m.headDim());
        }
        if (m.maxContextTokens() != null && context > m.maxContextTokens()) {
            lines.add("context " + Quantities.tokens(context) + " exceeds the model's supported " + Quantities.tokens(m.maxContextTokens())
                    + " tokens");
        }
        lines.add("runtime allowance of 1 GiB per device (context, workspaces, activations)");
        return this;
    }

    /** What --gpu auto found, and a note the hardware carries (how much of its memory is usable), if any. */
    void hardware(Hardware hardware) {
        if (hardware.detected() != null) {
            lines.add(hardware.detected().line());
        }
        if (hardware.usableNote() != null) {
            lines.add(hardware.usableNote());
        }
    }

    void split(int devices, String runtime, boolean layerSplit) {
        lines.add(layerSplit
                ? "split across " + devices + " devices by layers (" + runtime + "): memory adds up, but one token "
                        + "passes the devices in turn, so a single stream decodes at one device's bandwidth"
                : "split across " + devices + " devices with tensor parallelism (" + runtime + "): each token reads "
                        + "all devices at once, so the bound scales with their bandwidth (less the all-reduce cost)");
    }

    void offload(long offloadedBytes) {
        lines.add("offload: " + Quantities.gib(offloadedBytes) + " in system RAM; decode is then bound by RAM bandwidth");
    }

    void decodeBound() {
        lines.add("decode bound: bandwidth ÷ (active weights + KV cache read per token), per sequence; real speed is lower");
    }

    void typical(SpeedCalibration.Factor f) {
        lines.add(String.format(Locale.ROOT, "~TOK/S is the typical speed: the decode bound × %.2f, the median "
                + "measured ÷ bound of %d published measurements for %s (catalog/measurements.yaml)", f.value(), f.measurements(),
                f.basis()));
    }

    /** The runtime the speed assumes, and what is not estimated. */
    void runtime(String runtime, boolean defaulted) {
        lines.add("runtime " + runtime + (defaulted
                ? " (default: llama.cpp for GGUF formats, mlx on Apple silicon, else vllm; --runtime to change)" : ""));
        lines.add("prefill speed is not estimated: the catalog has no compute (FLOPS) figures for accelerators");
    }

    List<String> lines() {
        return lines;
    }
}
