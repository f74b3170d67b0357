package dev.owl.catalog;

/** The architecture facts that sizing needs, as a model's {@code config.json} states them. */
public record Architecture(
        String attention,
        Integer layers,
        Integer hiddenSize,
        Integer attentionHeads,
        Integer kvHeads,
        Integer headDim,
        Integer vocabSize,
        Integer expertsTotal,
        Integer expertsActive,
        Integer slidingWindow,
        Integer slidingWindowLayers,
        Integer linearAttentionLayers,
        Integer crossAttentionLayers,
        Integer kvLoraRank,
        Integer qkRopeHeadDim,
        Integer fullAttentionKvHeads,
        Integer fullAttentionHeadDim,
        Integer indexerHeadDim,
        Integer kvSharedLayers,
        Integer kvSharedSlidingLayers,
        String nativeFormat,
        Boolean tiedEmbeddings,
        Double expertParamsB,
        String note,
        Source source) {

    public boolean isMixtureOfExperts() {
        return expertsTotal != null && expertsTotal > 1;
    }
}
