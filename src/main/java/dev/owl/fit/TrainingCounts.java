package dev.owl.fit;

import dev.owl.catalog.Architecture;

/**
 * The counts training memory rests on: parameters (total and active), the embedding and output matrices, layers,
 * hidden size, vocabulary and experts per layer; null where the catalog does not say. {@code approx}: the adapter
 * count's formula is not exact for this layout (an MoE's shared experts, multi-head latent or linear attention,
 * cross-attention layers, approximate parameter counts, or unknown embeddings).
 */
record TrainingCounts(double params, double active, Double embeddings, Integer layers, Integer hidden, Integer vocab,
        int experts, boolean tied, boolean approx) {

    static TrainingCounts of(ModelShape shape, Architecture a) {
        Integer layers = a != null && a.layers() != null ? a.layers() : shape.layers();
        boolean moe = a != null && a.isMixtureOfExperts();
        boolean unusual = a != null && (a.kvLoraRank() != null || positive(a.linearAttentionLayers())
                || positive(a.crossAttentionLayers()));
        Double embeddings = shape.embeddingParamsB() == null ? null : shape.embeddingParamsB() * 1e9;
        return new TrainingCounts(shape.paramsTotalB() * 1e9, shape.paramsActiveB() * 1e9, embeddings, layers,
                a == null ? null : a.hiddenSize(), a == null ? null : a.vocabSize(), moe ? a.expertsTotal() : 1,
                shape.tiedEmbeddings(), shape.paramsApprox() || moe || unusual || embeddings == null);
    }

    private static boolean positive(Integer n) {
        return n != null && n > 0;
    }

    double embeddingsOrZero() {
        return embeddings == null ? 0 : embeddings;
    }

    /** Linear projections LoRA targets: per layer q, k, v, o and each MLP's (every expert's) gate, up and down. */
    long matrices() {
        return layers == null ? 0 : (long) layers * (4 + 3L * experts);
    }

    /**
     * Adapter parameters: rank × (in + out) per projection (LoRA, arXiv 2106.09685: A is rank × in, B is out × rank).
     * Every targeted projection has the hidden size on one side, so the other sides sum to the non-embedding
     * parameters ÷ hidden: rank × (projections × hidden + non-embedding parameters ÷ hidden). Null when unknown.
     */
    Double adapters(int rank) {
        if (hidden == null || layers == null) {
            return null;
        }
        return rank * ((double) matrices() * hidden + (params - embeddingsOrZero()) / hidden);
    }

    /** Adafactor's factored second moment over every weight matrix: rows + columns each, embeddings included. */
    Double fullFactored() {
        if (hidden == null || layers == null) {
            return null;
        }
        double embeddingSides = embeddings == null || vocab == null ? 0 : (tied ? 1 : 2) * ((double) vocab + hidden);
        return (double) matrices() * hidden + (params - embeddingsOrZero()) / hidden + embeddingSides;
    }

    /** Adafactor over the adapters: A (in × rank) and B (rank × out) give in + out + 2 × rank per projection. */
    Double adapterFactored(int rank) {
        Double adapters = adapters(rank);
        return adapters == null ? null : adapters / rank + 2.0 * rank * matrices();
    }
}
