package dev.owl.catalog;

/**
 * One published single-stream speed measurement: a model in a format on an accelerator under a runtime,
 * with the tokens already in the cache, the decode rate at batch 1 and, when the same run gives it, the
 * prefill rate. {@code fit} calibrates its typical speed against these.
 */
public record Measurement(
        String model,
        String quant,
        String hardware,
        String runtime,
        String backend,
        Integer contextTokens,
        Double decodeTokensPerS,
        Double prefillTokensPerS,
        String note,
        Source source,
        String origin) {}
