package dev.owl.recommend;

import dev.owl.catalog.Model;
import dev.owl.fit.FitEstimate;
import dev.owl.fit.Hardware;
import java.util.List;
import java.util.Map;

/**
 * One model's outcome: its score broken into parts (null part = no evidence, shown as such), how
 * confident the evidence is, the fit on the hardware, the reasons (or exclusion reasons), the evidence
 * behind the evidence part (measured rows or an imputation; null when the task has none) and the
 * quantization penalty of the chosen format (null without hardware), the command line that runs it in
 * that format or the nearest that fits ({@link RunChoice}: null when the model has no tag or repo; only a note when
 * none of its commands fits), and the KV cache owl approximated for a model whose architecture it lacks (null when
 * fit counts the cache, or without hardware), and the budget's verdict (null without {@code --budget-usd-month}): when
 * a hosted offer met it, {@code run} is that offer's API.
 */
public record Recommendation(
        Model model,
        double score,
        Map<String, Double> parts,
        double confidence,
        FitEstimate fit,
        List<String> reasons,
        List<String> exclusions,
        TaskEvidence.Estimate evidence,
        QuantPenalty penalty,
        dev.owl.query.RunCommands.RunCommand run,
        KvApproximation kvApproximation,
        dev.owl.cost.Budget.Verdict budget) {
    public Recommendation {
        parts = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(parts));
        reasons = List.copyOf(reasons);
        exclusions = List.copyOf(exclusions);
    }

    public boolean excluded() {
        return !exclusions.isEmpty();
    }

    /** A KV cache sized from the model's parameter count ({@code how}), because its architecture is unknown. */
    public record KvApproximation(long bytes, String how) {}

    /** Whether the chosen format fits the hardware, the approximated cache counted; null without a fit. */
    public Boolean fitsHardware() {
        return fit == null ? null : Boolean.TRUE.equals(fit.fits()) && neededBytes() <= fit.availableBytes();
    }

    /** The memory the fit decision used: fit's total plus the approximated cache; null without a fit. */
    public Long neededBytes() {
        return fit == null ? null : needed(fit, kvApproximation == null ? null : kvApproximation.bytes());
    }

    /** Memory the estimate needs, with the approximated cache where fit could not count one. */
    static long needed(FitEstimate e, Long approxKv) {
        return e.totalBytes() + (approxKv == null ? 0 : approxKv);
    }

    static boolean fits(FitEstimate e, Long approxKv) {
        return e.availableBytes() != null && Boolean.TRUE.equals(e.fits()) && needed(e, approxKv) <= e.availableBytes();
    }

    /** Bytes in GiB to one decimal, as {@code %.1f} prints it (half up), without a Formatter: it runs once per model. */
    static String gib(double bytes) {
        return dev.owl.units.Quantities.fixed(bytes / Hardware.GIB, 1); // bytes are never negative: the same digits as BigDecimal's
    }
}
