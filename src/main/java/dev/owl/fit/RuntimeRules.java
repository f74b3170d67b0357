package dev.owl.fit;

import dev.owl.catalog.RuntimeMemory;
import dev.owl.catalog.Source;

/**
 * One runtime's memory rules as {@link FitCalculator} applies them; {@code memory} is null when the catalog records
 * none for it, and then each rule falls back to owl's generic assumption (and the estimate says so).
 */
record RuntimeRules(String name, RuntimeMemory memory) {
    /** Tokens the KV cache holds for {@code tokens} of context: rounded up to the engine's block or padding. */
    long kvTokens(long tokens) {
        Integer block = memory == null ? null : memory.kvBlockTokens();
        return block == null ? tokens : ceil(tokens, block);
    }

    /**
     * Tokens a sliding-window layer keeps: the window (plus the engine's batch margin, llama.cpp's ubatch), at most the
     * context, rounded like the rest of the cache; the full context when the engine does not implement this model's
     * window.
     */
    long windowTokens(ModelShape m, long tokens) {
        if (ignoresWindow(m)) {
            return kvTokens(tokens);
        }
        long margin = memory == null || memory.slidingWindowMarginTokens() == null ? 0 : memory.slidingWindowMarginTokens();
        return kvTokens(Math.min(kvTokens(tokens), m.slidingWindow() + margin));
    }

    /** Whether the engine is recorded as not implementing {@code m}'s sliding window (it caches every token). */
    boolean ignoresWindow(ModelShape m) {
        return m.slidingWindow() != null && memory != null && RuntimeMemory.matches(memory.fullKv(), m.id());
    }

    /** Whether the engine is recorded as implementing {@code m}'s sliding window. */
    boolean keepsWindow(ModelShape m) {
        return m.slidingWindow() != null && memory != null && RuntimeMemory.matches(memory.slidingWindow(), m.id());
    }

    /** Bytes per device outside weights and KV cache: the engine's documented figure, else owl's 1 GiB allowance. */
    long overheadPerDevice() {
        Double gib = memory == null ? null : memory.overheadGibPerDevice();
        return gib == null ? FitCalculator.RUNTIME_ALLOWANCE_BYTES : Math.round(gib * Hardware.GIB);
    }

    /** The memory the engine may use: the share of each device it takes (vLLM, SGLang), else all the usable memory. */
    long available(Hardware hardware) {
        Double fraction = memory == null ? null : memory.memoryFraction();
        return fraction == null ? hardware.availableBytes() : (long) (hardware.availableBytes() * fraction);
    }

    /** Whether every device works on every token (tensor parallel), so a single stream reads them all at once. */
    boolean tensorParallel() {
        return memory != null && RuntimeMemory.TENSOR.equals(memory.multiGpu());
    }

    /** Where the rules come from, for the assumptions: the first source of the engine's memory block. */
    String cite() {
        Source s = memory == null || memory.sources().isEmpty() ? null : memory.sources().get(0);
        return s == null ? "catalog/runtimes.yaml" : "catalog/runtimes.yaml, from " + s.url();
    }

    private static long ceil(long tokens, int block) {
        return (tokens + block - 1) / block * block;
    }
}
