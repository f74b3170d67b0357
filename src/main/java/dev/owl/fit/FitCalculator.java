package dev.owl.fit;

import dev.owl.input.UsageException;

/**
 * Memory = weights + KV cache + a named runtime allowance; decode speed is bounded by memory
 * bandwidth ÷ bytes read per token. The arithmetic is spelled out in the README.
 */
public final class FitCalculator {
    /** Per device: CUDA/Metal context, kernels' workspaces and activation buffers; a named allowance where the runtime documents none. */
    public static final long RUNTIME_ALLOWANCE_BYTES = 1L << 30;
    /** 1 EiB: no machine has it, and sums of sizes below it cannot overflow a {@code long}. */
    public static final long MAX_BYTES = 1L << 60;

    /** Weights: TOTAL parameters × bits per weight ÷ 8. Every expert of a mixture must be resident. */
    public static long weightsBytes(ModelShape m, Quantization q) {
        return checked(weightBits(m, q, m.paramsTotalB()) / 8.0, "the weights of " + m.id(), "check the parameter count");
    }

    /** {@code bytes} as a long, or {@link UsageException} when it is not finite or beyond {@link #MAX_BYTES}. */
    private static long checked(double bytes, String what, String hint) {
        if (!(bytes >= 0 && bytes <= MAX_BYTES)) {
            throw new UsageException(what + " would take more than 1 EiB (" + bytes + " bytes); owl does not size beyond that",
                    hint);
        }
        return Math.round(bytes);
    }

    /**
     * Bits of {@code params} billion parameters of {@code m} in format {@code q}: the embeddings and output layer
     * at the format's own width where it keeps them apart, MoE experts in MXFP4 where the checkpoint ships them so
     * (gpt-oss; llama.cpp's GGUFs keep them too), and everything else at the format's body width. For the active
     * parameters of a mixture (params below the total) only the routed experts shrink.
     */
    static double weightBits(ModelShape m, Quantization q, double params) {
        double total = params * 1e9;
        double embeddings = m.embeddingParamsB() == null ? 0 : m.embeddingParamsB() * 1e9 / 2; // half input, half output
        boolean tiedOrUnknown = m.embeddingParamsB() == null;
        double experts = m.expertParamsB() == null ? 0 : m.expertParamsB() * 1e9;
        if (params < m.paramsTotalB() && m.expertParamsB() != null) {
            experts = experts * (m.paramsActiveB() - (m.paramsTotalB() - m.expertParamsB())) / m.expertParamsB();
            experts = Math.max(0, experts);
        }
        double bits = 0;
        double rest = total;
        if (!tiedOrUnknown) {
            bits += embeddings * q.embeddingBits() + embeddings * q.outputBits();
            rest -= 2 * embeddings;
        }
        boolean mxfp4Experts = experts > 0 && "mxfp4".equals(m.nativeFormat())
                && (q == Quantization.MXFP4 || q.family() == Quantization.Family.GGUF);
        if (mxfp4Experts || (q == Quantization.MXFP4 && experts > 0)) {
            bits += experts * Quantization.MXFP4.bitsPerWeight();
            rest -= experts;
            bits += rest * (q == Quantization.MXFP4 ? 16.0 : q.bitsPerWeight());
        } else {
            bits += rest * q.bitsPerWeight();
        }
        return bits;
    }

    /**
     * KV cache bytes for {@code tokens} of context in each of {@code batch} sequences, or null when the
     * architecture is unknown. Standard attention stores a key and a value per KV head per layer;
     * sliding-window layers keep at most the window; multi-head latent attention stores one latent
     * vector plus the RoPE key part per layer.
     */
    public static Long kvCacheBytes(ModelShape m, long tokens, int batch, KvQuant kv) {
        return kvCacheBytes(m, tokens, batch, kv, new RuntimeRules(null, null));
    }

    /** The KV cache as {@code rules}' engine allocates it: its rounding, and the sliding windows it implements. */
    static Long kvCacheBytes(ModelShape m, long tokens, int batch, KvQuant kv, RuntimeRules rules) {
        if (!m.kvKnown()) {
            return null;
        }
        double elements;
        double indexerBytes = 0;
        long cached = rules.kvTokens(tokens);
        if (m.kvLoraRank() != null) {
            int rope = m.qkRopeHeadDim() == null ? 0 : m.qkRopeHeadDim();
            elements = (double) m.layers() * (m.kvLoraRank() + rope) * cached;
            if (m.indexerHeadDim() != null) {
                // DeepSeek sparse attention: each layer's indexer caches one fp8 key + one fp32 scale per token
                indexerBytes = (double) m.layers() * (m.indexerHeadDim() + INDEXER_SCALE_BYTES) * cached;
            }
        } else {
            int windowLayers = m.slidingWindow() == null || m.slidingWindowLayers() == null ? 0 : m.slidingWindowLayers();
            int linear = (m.linearAttentionLayers() == null ? 0 : m.linearAttentionLayers())
                    + (m.crossAttentionLayers() == null ? 0 : m.crossAttentionLayers());
            long windowTokens = m.slidingWindow() == null ? cached : rules.windowTokens(m, tokens);
            int fullLayers = m.layers() - windowLayers - linear;
            // layers that reuse an earlier layer's cache (Gemma 3n) store none of their own
            elements = 2.0 * m.kvHeads() * m.headDim() * (double) (windowLayers - m.kvSharedWindowLayers(windowLayers)) * windowTokens
                    + 2.0 * m.fullKvHeads() * m.fullHeadDim() * (double) Math.max(0, fullLayers - m.kvSharedFullLayers(windowLayers)) * cached;
        }
        return checked((elements * kv.bytesPerElement() + indexerBytes) * batch,
                "the KV cache of " + tokens + " tokens × " + batch + " sequences", "lower --context or --batch");
    }

    /**
     * Decode bound of one sequence: bandwidth ÷ (active weights + KV cache of {@code context} tokens), the bytes
     * read per generated token.
     */
    public static double decodeBound(ModelShape m, Quantization q, long context, KvQuant kv, double bandwidthBytesPerSecond) {
        Long kvBytes = kvCacheBytes(m, context, 1, kv);
        return bandwidthBytesPerSecond / (weightsReadPerToken(m, q) + (kvBytes == null ? 0 : kvBytes));
    }

    /**
     * Weight bytes read to generate one token: the active parameters, less the input embedding table, of which
     * a token reads one row (when the catalog knows its size and it is not tied to the output layer).
     */
    static double weightsReadPerToken(ModelShape m, Quantization q) {
        double bytes = weightBits(m, q, m.paramsActiveB()) / 8.0;
        if (m.embeddingParamsB() != null && !m.tiedEmbeddings()) {
            bytes -= m.embeddingParamsB() / 2 * 1e9 * q.embeddingBits() / 8.0;
        }
        return bytes;
    }

    /** The fp32 scale stored beside each indexer key (DeepSeek-V3.2's reference inference code). */
    static final int INDEXER_SCALE_BYTES = 4;

    private final SpeedCalibration calibration;
    private final Runtimes runtimes;

    /** A calculator that gives only the bandwidth bound, with no engine's memory rules (owl's generic assumptions). */
    public FitCalculator() {
        this(null, Runtimes.NONE);
    }

    /** A calculator that also gives the typical speed, without any engine's memory rules (use {@link #of} for fit's). */
    public FitCalculator(SpeedCalibration calibration) {
        this(calibration, Runtimes.NONE);
    }

    /** A calculator that also gives the typical speed, calibrated on published measurements, and applies {@code runtimes}' rules. */
    public FitCalculator(SpeedCalibration calibration, Runtimes runtimes) {
        this.calibration = calibration;
        this.runtimes = runtimes;
    }

    /** The calculator {@code fit} and {@code recommend} share: the catalog's measurements and engine rules. */
    public static FitCalculator of(dev.owl.catalog.Catalog catalog) {
        return new FitCalculator(SpeedCalibration.of(catalog), Runtimes.of(catalog));
    }

    /**
     * The runtime assumed when none is named: llama.cpp for GGUF formats, MLX for other formats on Apple
     * silicon, vLLM for 16-bit, FP8, AWQ, GPTQ and MXFP4 checkpoints.
     */
    public static String defaultRuntime(Quantization q, Hardware hardware) {
        if (q.family() == Quantization.Family.GGUF) {
            return "llama.cpp";
        }
        return hardware != null && "apple".equals(hardware.kind()) ? "mlx" : "vllm";
    }

    /** One estimate under the default runtime for the format and hardware. */
    public FitEstimate estimate(ModelShape m, Quantization q, int context, int batch, KvQuant kv, Hardware hardware,
            boolean offload, Double cpuBandwidthBytesPerSecond) {
        return estimate(m, q, context, batch, kv, hardware, offload, cpuBandwidthBytesPerSecond, null);
    }

    /** One estimate; {@code hardware} may be null (memory only). {@code cpuBandwidth} prices offload. */
    public FitEstimate estimate(ModelShape m, Quantization q, int context, int batch, KvQuant kv, Hardware hardware,
            boolean offload, Double cpuBandwidthBytesPerSecond, String runtimeOrNull) {
        String runtime = runtimeOrNull != null ? runtimeOrNull : defaultRuntime(q, hardware);
        RuntimeRules rules = new RuntimeRules(runtime, runtimes.rules(runtime));
        long weights = weightsBytes(m, q);
        Long kvBytes = kvCacheBytes(m, context, batch, kv, rules);
        int devices = hardware == null ? 1 : hardware.count(); // at most 4096 (the --gpu-count bound)
        long overhead = rules.overheadPerDevice() * devices;
        long total = weights + (kvBytes == null ? 0 : kvBytes) + overhead; // each term ≤ MAX_BYTES: no overflow
        FitAssumptions assumptions = new FitAssumptions().model(m, context, kvBytes, rules);
        Long available = null;
        Boolean fits = null;
        long offloaded = 0;
        Double tokensPerSecond = null;
        if (hardware != null) {
            available = rules.available(hardware);
            // tensor parallelism shards the attention heads evenly: vLLM refuses a size that does not divide them
            boolean uneven = rules.tensorParallel() && !splitsHeads(m.attentionHeads(), devices);
            fits = total <= available && !uneven;
            assumptions.hardware(hardware, rules);
            if (uneven) {
                assumptions.unevenSplit(m.attentionHeads(), devices, rules);
            }
            if (devices > 1) {
                assumptions.split(devices, rules);
            }
            if (!fits && offload && !uneven) {
                offloaded = total - available;
                assumptions.offload(offloaded);
            }
            Double bandwidth = hardware.bandwidthBytesPerSecondEach() == null ? null
                    : hardware.bandwidthBytesPerSecondEach() * (rules.tensorParallel() ? devices : 1);
            if (bandwidth != null && (fits || offload) && !uneven) {
                double bytesPerToken = weightsReadPerToken(m, q) + (kvBytes == null ? 0 : kvBytes);
                double seconds = offloaded == 0 ? bytesPerToken / bandwidth
                        : offloadedSeconds(bytesPerToken, bandwidth, (double) offloaded / (total - overhead), cpuBandwidthBytesPerSecond);
                tokensPerSecond = Double.isNaN(seconds) ? null : 1.0 / seconds;
                assumptions.decodeBound();
            }
        }
        Double typical = null;
        if (tokensPerSecond != null && calibration != null && offloaded == 0) {
            SpeedCalibration.Factor f = calibration.factor(runtime, q.family(), SpeedCalibration.hardwareClass(hardware),
                    m.mixtureOfExperts());
            typical = tokensPerSecond * f.value();
            assumptions.typical(f);
        }
        if (hardware != null) {
            assumptions.runtime(runtime, runtimeOrNull == null);
        }
        return new FitEstimate(m.id(), q, context, batch, kv, weights, kvBytes, overhead, total, hardware, available, fits,
                offloaded, tokensPerSecond, m.nativeFormat(), hardware == null ? null : runtime, typical, null, assumptions.lines());
    }

    /**
     * Seconds per token when {@code share} of the weights and cache sit in system RAM: that part is read at the CPU's
     * bandwidth; NaN when that bandwidth is unknown.
     */
    private static double offloadedSeconds(double bytesPerToken, double bandwidth, double share, Double cpuBandwidthBytesPerSecond) {
        if (cpuBandwidthBytesPerSecond == null) {
            return Double.NaN;
        }
        return bytesPerToken * (1 - share) / bandwidth + bytesPerToken * share / cpuBandwidthBytesPerSecond;
    }

    /**
     * Whether tensor parallelism can give each of {@code devices} the same number of attention heads, as vLLM requires of a
     * tensor-parallel size (unknown heads: assumed so). One rule for fit, cost and recommend's run line.
     */
    public static boolean splitsHeads(Integer heads, int devices) {
        return devices <= 1 || heads == null || heads % devices == 0;
    }

    /** Why {@code runtime} refuses that split, in the words fit's assumption, cost's error and recommend's note share. */
    public static String unevenSplit(String runtime, int heads, int devices) {
        return runtime + " cannot split the " + heads + " attention heads evenly over " + devices + " devices";
    }
}
