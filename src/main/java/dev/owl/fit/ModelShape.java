package dev.owl.fit;

import dev.owl.catalog.Architecture;
import dev.owl.catalog.Model;

/**
 * The numbers sizing needs, from a catalog model or from a Hugging Face config.json. Architecture
 * fields may be null when unknown; the estimate then says what it could not count.
 */
public record ModelShape(
        String id,
        double paramsTotalB,
        double paramsActiveB,
        boolean paramsApprox,
        Integer maxContextTokens,
        Integer layers,
        Integer kvHeads,
        Integer headDim,
        Integer slidingWindow,
        Integer slidingWindowLayers,
        Integer linearAttentionLayers,
        Integer crossAttentionLayers,
        Integer kvLoraRank,
        Integer qkRopeHeadDim,
        boolean mixtureOfExperts,
        Integer fullAttentionKvHeads,
        Integer fullAttentionHeadDim,
        Integer indexerHeadDim,
        Integer kvSharedLayers,
        Integer kvSharedSlidingLayers,
        String nativeFormat,
        Double embeddingParamsB,
        Double expertParamsB,
        boolean tied,
        Integer attentionHeads) {

    /** A shape whose full-attention layers look like the others and that has no sparse-attention indexer. */
    public ModelShape(String id, double paramsTotalB, double paramsActiveB, boolean paramsApprox, Integer maxContextTokens,
            Integer layers, Integer kvHeads, Integer headDim, Integer slidingWindow, Integer slidingWindowLayers,
            Integer linearAttentionLayers, Integer crossAttentionLayers, Integer kvLoraRank, Integer qkRopeHeadDim,
            boolean mixtureOfExperts) {
        this(id, paramsTotalB, paramsActiveB, paramsApprox, maxContextTokens, layers, kvHeads, headDim, slidingWindow,
                slidingWindowLayers, linearAttentionLayers, crossAttentionLayers, kvLoraRank, qkRopeHeadDim, mixtureOfExperts,
                null, null, null, null, null, null, false);
    }

    /** A shape in which no layer reuses another layer's KV cache. */
    public ModelShape(String id, double paramsTotalB, double paramsActiveB, boolean paramsApprox, Integer maxContextTokens,
            Integer layers, Integer kvHeads, Integer headDim, Integer slidingWindow, Integer slidingWindowLayers,
            Integer linearAttentionLayers, Integer crossAttentionLayers, Integer kvLoraRank, Integer qkRopeHeadDim,
            boolean mixtureOfExperts, Integer fullAttentionKvHeads, Integer fullAttentionHeadDim, Integer indexerHeadDim,
            String nativeFormat, Double embeddingParamsB, Double expertParamsB, boolean tied) {
        this(id, paramsTotalB, paramsActiveB, paramsApprox, maxContextTokens, layers, kvHeads, headDim, slidingWindow,
                slidingWindowLayers, linearAttentionLayers, crossAttentionLayers, kvLoraRank, qkRopeHeadDim, mixtureOfExperts,
                fullAttentionKvHeads, fullAttentionHeadDim, indexerHeadDim, null, null, nativeFormat, embeddingParamsB,
                expertParamsB, tied, null);
    }

    /** Null when the model's size is unknown. */
    public static ModelShape of(Model m) {
        if (m.paramsTotalB() == null) {
            return null;
        }
        Architecture a = m.architecture();
        Integer headDim = null;
        if (a != null) {
            headDim = a.headDim() != null ? a.headDim()
                    : a.hiddenSize() != null && a.attentionHeads() != null ? a.hiddenSize() / a.attentionHeads() : null;
        }
        return new ModelShape(m.id(), m.paramsTotalB(), m.effectiveActiveParamsB(),
                m.isApprox("params_total_b") || m.isApprox("params_active_b"), m.contextTokens(),
                a == null ? null : a.layers(), a == null ? null : a.kvHeads(), headDim,
                a == null ? null : a.slidingWindow(), a == null ? null : a.slidingWindowLayers(),
                a == null ? null : a.linearAttentionLayers(), a == null ? null : a.crossAttentionLayers(),
                a == null ? null : a.kvLoraRank(), a == null ? null : a.qkRopeHeadDim(),
                (a != null && a.isMixtureOfExperts()) || m.paramsActiveB() != null && m.paramsActiveB() < m.paramsTotalB(),
                a == null ? null : a.fullAttentionKvHeads(), a == null ? null : a.fullAttentionHeadDim(),
                a == null ? null : a.indexerHeadDim(), a == null ? null : a.kvSharedLayers(),
                a == null ? null : a.kvSharedSlidingLayers(), a == null ? null : a.nativeFormat(), embeddingParams(a),
                a == null ? null : a.expertParamsB(), a != null && Boolean.TRUE.equals(a.tiedEmbeddings()),
                a == null ? null : a.attentionHeads());
    }

    /**
     * The format this model is sized in when none is asked for: the one its weights ship in (gpt-oss: mxfp4,
     * DeepSeek-V3: fp8), else bf16. {@code fit} shows it first and {@code cost} and a budget price self-hosting in it.
     */
    public Quantization shippedFormat() {
        Quantization shipped = nativeFormat == null ? null : Quantization.parse(nativeFormat);
        return shipped == null ? Quantization.BF16 : shipped;
    }

    /** Input embeddings plus the output layer (once when they are tied), billions; null when the shape is unknown. */
    private static Double embeddingParams(Architecture a) {
        if (a == null || a.vocabSize() == null || a.hiddenSize() == null) {
            return null;
        }
        return (double) a.vocabSize() * a.hiddenSize() * (Boolean.TRUE.equals(a.tiedEmbeddings()) ? 1 : 2) / 1e9;
    }

    /** Whether the input embeddings double as the output layer (then embeddingParamsB counts one matrix). */
    public boolean tiedEmbeddings() {
        return embeddingParamsB != null && tied;
    }

    /** KV heads of the full-attention layers (Gemma 4 gives them their own). */
    public Integer fullKvHeads() {
        return fullAttentionKvHeads != null ? fullAttentionKvHeads : kvHeads;
    }

    /** Head dim of the full-attention layers (Gemma 4 gives them their own). */
    public Integer fullHeadDim() {
        return fullAttentionHeadDim != null ? fullAttentionHeadDim : headDim;
    }

    /**
     * Sliding-window layers among those that reuse an earlier layer's cache (Gemma 3n): 0 when no window applies,
     * for then every layer keeps the whole context and the shared ones are all counted as full-attention layers.
     */
    public int kvSharedWindowLayers(int windowLayers) {
        return windowLayers == 0 || kvSharedSlidingLayers == null ? 0 : Math.min(kvSharedSlidingLayers, windowLayers);
    }

    /** Full-attention layers among those that reuse an earlier layer's cache, given the layers that keep the window. */
    public int kvSharedFullLayers(int windowLayers) {
        return (kvSharedLayers == null ? 0 : kvSharedLayers) - kvSharedWindowLayers(windowLayers);
    }

    /** Whether the KV cache can be counted: multi-head latent, or layers × KV heads × head dim. */
    public boolean kvKnown() {
        return layers != null && (kvLoraRank != null || (kvHeads != null && headDim != null));
    }

    /**
     * A parameter count in billions as notes print it: to two decimals, as the catalog writes counts and tables show
     * them (a count read from a config.json or a safetensors index is exact to the parameter: 8.030261248 is 8.03).
     */
    public String billions(double b) {
        return dev.owl.units.Quantities.plain(Math.round(b * 100) / 100.0);
    }
}
