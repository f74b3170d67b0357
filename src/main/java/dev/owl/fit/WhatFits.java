package dev.owl.fit;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import dev.owl.catalog.Model;
import dev.owl.catalog.ModelStatus;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * "What runs on my hardware?": every released model of known size that takes the context and fits, best first
 * by a quality score the caller supplies (owl uses recommend's general-chat score), then by size.
 */
public final class WhatFits {
    /** The quantization and context used when none is given. */
    public static final Quantization DEFAULT_QUANT = Quantization.Q4_K_M;
    public static final int DEFAULT_CONTEXT = 8192;

    /** One model that fits: its fit row (the JSON keys), and for the table its size and quality. */
    public record Candidate(@JsonUnwrapped FitRow fit, @JsonIgnore double paramsTotalB, @JsonIgnore boolean paramsApprox,
            @JsonIgnore double quality) {}

    /** The models that fit, best first, with the summary and the assumptions every row shares. */
    public record Result(List<Candidate> rows, String summary, List<String> notes) {
        public Result {
            rows = List.copyOf(rows);
            notes = List.copyOf(notes);
        }
    }

    /** What to size each model in: a null quantization or context is the default. */
    public record Query(Quantization quant, Integer contextTokens) {
        public int context() {
            return contextTokens == null ? DEFAULT_CONTEXT : contextTokens;
        }

        Quantization format() {
            return quant == null ? DEFAULT_QUANT : quant;
        }
    }

    private final FitCalculator calculator;

    public WhatFits(FitCalculator calculator) {
        this.calculator = calculator;
    }

    /** The models of {@code models} that fit {@code setup}'s hardware in {@code query}, best first by {@code quality} of a model id. */
    public Result scan(List<Model> models, FitSetup setup, Query query, ToDoubleFunction<String> quality) {
        List<FitEstimate> fits = new ArrayList<>();
        List<Candidate> rows = new ArrayList<>();
        for (Model m : models) {
            ModelShape shape = ModelShape.of(m);
            if (m.status() != ModelStatus.RELEASED || shape == null
                    || (m.contextTokens() != null && m.contextTokens() < query.context())) {
                continue; // no weights, no size, or it cannot take this much context
            }
            for (Hardware hw : setup.hardware()) {
                FitEstimate e = setup.estimate(calculator, shape, query.format(), query.context(), hw);
                if (Boolean.TRUE.equals(e.fits())) {
                    fits.add(e);
                    rows.add(new Candidate(FitRow.of(e), m.paramsTotalB(), m.isApprox("params_total_b"), quality.applyAsDouble(m.id())));
                }
            }
        }
        rows.sort(new BestFirst());
        FitReport.Notes notes = FitReport.notes(fits, true);
        String summary = "Models that fit, best first by quality: the general-chat score of 'owl recommend' "
                + "(evidence percentile or imputed prior, capabilities; see README). Models whose context is shorter are left out; "
                + "'≥' marks a total without the KV cache (architecture unknown). "
                + (query.quant() == null ? "Quantization " + DEFAULT_QUANT.key() + " (default). " : "")
                + (query.contextTokens() == null ? "Context 8K (default). " : "")
                + (notes.omitted() ? "Each model's own assumptions (experts, sliding windows, unknown architecture): 'owl fit MODEL'." : "");
        return new Result(rows, summary.strip(), notes.notes());
    }

    /**
     * Higher quality first, then larger, then by model id. A class, not a {@code Comparator.comparingDouble(…)
     * .thenComparing(…)} chain: that makes lambda classes inside {@code java.util.Comparator}, which owl's class-data
     * archive cannot hold, on every run.
     */
    static final class BestFirst implements Comparator<Candidate> {
        @Override
        public int compare(Candidate a, Candidate b) {
            int c = Double.compare(-a.quality(), -b.quality());
            c = c != 0 ? c : Double.compare(-a.paramsTotalB(), -b.paramsTotalB());
            return c != 0 ? c : a.fit().model().compareTo(b.fit().model());
        }
    }
}
