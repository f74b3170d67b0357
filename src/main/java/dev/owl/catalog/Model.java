package dev.owl.catalog;

import java.time.LocalDate;
import java.util.List;

/** One model of the catalog, with every fact owl knows about it and where each came from. */
public record Model(
        String id,
        String name,
        List<String> aliases,
        String family,
        String vendor,
        String generation,
        ModelStatus status,
        Weights weights,
        LocalDate releaseDate,
        List<String> hfRepos,
        List<String> ollamaTags,
        String license,
        Double paramsTotalB,
        Double paramsActiveB,
        Integer contextTokens,
        Integer contextNativeTokens,
        Modalities modalities,
        List<String> capabilities,
        List<String> languages,
        List<String> approxFields,
        Architecture architecture,
        List<Benchmark> benchmarks,
        List<String> notes,
        List<Source> sources,
        String origin) {

    /**
     * By id alone: equal models have equal ids, so this agrees with the record's equals, and it spares each
     * run that keys a map by model the hash of every nested fact and the method-handle chain a record's
     * generated hashCode builds on first use (JDK 17's class-data archive cannot hold it).
     */
    @java.lang.Override
    public int hashCode() {
        return id.hashCode();
    }

    public Model {
        aliases = List.copyOf(aliases);
        hfRepos = List.copyOf(hfRepos);
        ollamaTags = List.copyOf(ollamaTags);
        capabilities = List.copyOf(capabilities);
        languages = List.copyOf(languages);
        if (paramsActiveB == null && paramsTotalB != null && approxFields.contains("params_total_b")
                && !approxFields.contains("params_active_b")) {
            // a dense model's active count is its total, so it is an estimate exactly when the total is
            approxFields = java.util.stream.Stream.concat(approxFields.stream(), java.util.stream.Stream.of("params_active_b")).toList();
        }
        approxFields = List.copyOf(approxFields);
        benchmarks = List.copyOf(benchmarks);
        notes = List.copyOf(notes);
        sources = List.copyOf(sources);
    }

    /** Parameters used per token: the active count of a mixture of experts, else the total. */
    public Double effectiveActiveParamsB() {
        return paramsActiveB != null ? paramsActiveB : paramsTotalB;
    }

    public boolean isApprox(String field) {
        return approxFields.contains(field);
    }

    public boolean hasWeights() {
        return weights != Weights.NONE;
    }
}
