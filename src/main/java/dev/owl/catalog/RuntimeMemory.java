package dev.owl.catalog;

import java.util.List;

/**
 * How an inference engine uses accelerator memory, as its own docs or source code state it: how it splits a model
 * across GPUs, the share of each device it takes, its per-device overhead, how it rounds the KV cache, and which
 * attention layouts it implements. A null or empty field is not documented (or not read); {@code fit} then says
 * what it assumed instead.
 */
public record RuntimeMemory(
        String multiGpu,
        Double memoryFraction,
        Double overheadGibPerDevice,
        Integer kvBlockTokens,
        Integer slidingWindowMarginTokens,
        List<String> slidingWindow,
        List<String> fullKv,
        Boolean mla,
        Boolean linearAttention,
        List<String> approxFields,
        List<String> notes,
        List<Source> sources) {
    /** {@code multi_gpu}: one token passes the devices in turn. */
    public static final String LAYERS = "layers";
    /** {@code multi_gpu}: every device works on every token. */
    public static final String TENSOR = "tensor";

    public RuntimeMemory {
        slidingWindow = List.copyOf(slidingWindow);
        fullKv = List.copyOf(fullKv);
        approxFields = List.copyOf(approxFields);
        notes = List.copyOf(notes);
        sources = List.copyOf(sources);
    }

    /** Whether {@code modelId} matches one of {@code patterns}: exact ids, or a prefix ending in {@code *}. */
    public static boolean matches(List<String> patterns, String modelId) {
        for (String p : patterns) {
            if (p.endsWith("*") ? modelId.startsWith(p.substring(0, p.length() - 1)) : p.equals(modelId)) {
                return true;
            }
        }
        return false;
    }
}
