package dev.owl.fit;

import dev.owl.units.Quantities;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The assumptions an estimate states, in the order {@link FitCalculator} meets them: the model's shape first, then the hardware's. */
final class FitAssumptions {
    private final List<String> lines = new ArrayList<>();

    /** What the memory figures take for granted about the model and the context. */
    FitAssumptions model(ModelShape m, int context, Long kvBytes, RuntimeRules rules) {
        if (m.mixtureOfExperts()) {
            lines.add("mixture of experts: all " + m.billions(m.paramsTotalB()) + "B parameters stay in memory; "
                    + "speed is bounded by the " + m.billions(m.paramsActiveB()) + "B active per token");
        }
        if (kvBytes == null) {
            lines.add("KV cache not counted: the architecture (layers, KV heads, head dim) is unknown");
        } else if (rules.ignoresWindow(m)) {
            lines.add(rules.name() + " does not implement " + m.id() + "'s sliding window of " + Quantities.tokens(m.slidingWindow())
                    + " tokens: it caches every token on every layer (" + rules.cite(m.id().split("-")[0], "sliding") + ")");
        } else if (m.slidingWindow() != null && context > m.slidingWindow()) {
            long kept = rules.windowTokens(m, context);
            lines.add(m.slidingWindowLayers() + " of " + m.layers() + " layers keep only the last "
                    + Quantities.tokens(m.slidingWindow()) + " tokens (sliding window)" + (kept == m.slidingWindow() ? ""
                            : "; " + rules.name() + " sizes that cache at " + kept + " tokens (window + batch margin, rounded)")
                    + (rules.keepsWindow(m) ? " (" + rules.cite("sliding", "swa", "window") + ")" : rules.memory() == null ? ""
                            : "; whether " + rules.name() + " implements this window is not recorded, so it is assumed"));
        }
        engine(m, context, kvBytes, rules);
        if (m.linearAttentionLayers() != null) {
            lines.add(m.linearAttentionLayers() + " of " + m.layers() + " layers use linear attention: a fixed-size "
                    + "state instead of a KV cache (not counted)");
        }
        if (m.kvSharedLayers() != null && kvBytes != null) {
            lines.add("the last " + m.kvSharedLayers() + " of " + m.layers() + " layers reuse the KV cache of earlier layers "
                    + "and store none of their own");
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
        if (rules.memory() != null && rules.memory().overheadGibPerDevice() != null) {
            lines.add(rules.name() + " needs about " + Quantities.gib(rules.overheadPerDevice()) + " per device beyond weights and "
                    + "KV cache (" + rules.cite("overhead") + ")");
        } else {
            lines.add("runtime allowance of 1 GiB per device (context, workspaces, activations)");
        }
        return this;
    }

    /** What the engine's recorded rules change in the cache: its allocation steps, and layouts it does not implement. */
    private void engine(ModelShape m, int context, Long kvBytes, RuntimeRules rules) {
        if (kvBytes != null && rules.kvTokens(context) != context) {
            lines.add(rules.name() + " allocates the KV cache in steps of " + rules.memory().kvBlockTokens() + " tokens: "
                    + rules.kvTokens(context) + " cached for " + context + " (" + rules.cite("pad", "block", "step") + ")");
        }
        if (m.kvLoraRank() != null && rules.memory() != null && Boolean.FALSE.equals(rules.memory().mla())) {
            lines.add(rules.name() + " does not cache multi-head latent attention's compressed latent: its real cache is "
                    + "larger than shown (" + rules.cite("mla", "latent") + ")");
        }
        if (m.linearAttentionLayers() != null && rules.memory() != null && Boolean.FALSE.equals(rules.memory().linearAttention())) {
            lines.add(rules.name() + " does not implement linear attention: it cannot run " + m.id() + " (" + rules.cite("linear") + ")");
        }
    }

    /**
     * What --gpu auto found, a note the hardware carries (how much of its memory is usable), if any, and the share the
     * runtime takes of it.
     */
    void hardware(Hardware hardware, RuntimeRules rules) {
        if (hardware.detected() != null) {
            lines.add(hardware.detected().line());
        }
        if (hardware.usableNote() != null) {
            lines.add(hardware.usableNote());
        }
        if (rules.memory() != null && rules.memory().memoryFraction() != null) {
            lines.add(String.format(Locale.ROOT, "%s takes %s of each device's memory up front by default, for weights, "
                    + "activations and its KV cache pool: AVAILABLE is that share (%s)", rules.name(),
                    Quantities.plain(rules.memory().memoryFraction() * 100) + "%", rules.cite("utilization", "fraction")));
        }
    }

    /** Tensor parallelism gives each device the same number of attention heads: {@code heads} must divide by the devices. */
    void unevenSplit(int heads, int devices, RuntimeRules rules) {
        lines.add(FitCalculator.unevenSplit(rules.name(), heads, devices) + " (tensor "
                + "parallelism shards them; vLLM refuses a tensor-parallel size that does not divide them): use a device "
                + "count that divides " + heads);
    }

    void split(int devices, RuntimeRules rules) {
        String runtime = rules.name();
        if (rules.memory() == null || rules.memory().multiGpu() == null) {
            lines.add("split across " + devices + " devices: how " + runtime + " splits a model is not recorded, so a single "
                    + "stream is assumed to decode at one device's bandwidth");
            return;
        }
        lines.add(rules.tensorParallel()
                ? "split across " + devices + " devices with tensor parallelism (" + runtime + "): each token reads "
                        + "all devices at once, so the bound scales with their bandwidth (less the all-reduce cost) (" + rules.cite("split", "shard", "tp", "parallel") + ")"
                : "split across " + devices + " devices by layers (" + runtime + "): memory adds up, but one token "
                        + "passes the devices in turn, so a single stream decodes at one device's bandwidth (" + rules.cite("split", "gpus") + ")");
    }

    void offload(long offloadedBytes) {
        lines.add("offload: " + Quantities.gib(offloadedBytes) + " in system RAM; decode is then bound by RAM bandwidth");
    }

    void decodeBound() {
        lines.add("decode bound: bandwidth ÷ (active weights + KV cache read per token), per sequence; real speed is lower");
    }

    /** How the typical-speed line starts: a what-fits table keeps one per factor its rows use. */
    static final String TYPICAL = "~TOK/S is the typical speed: ";

    void typical(SpeedCalibration.Factor f) {
        if (f.measurements() == 0) {
            lines.add(TYPICAL + "the decode bound itself: no published measurement calibrates it (catalog/measurements.yaml)");
            return;
        }
        lines.add(TYPICAL + "the decode bound × " + Quantities.fixed(f.value(), 2) + ", the geometric mean of measured ÷ bound over "
                + Quantities.count(f.measurements(), "published measurement") + " for " + f.basis() + " (catalog/measurements.yaml)");
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
