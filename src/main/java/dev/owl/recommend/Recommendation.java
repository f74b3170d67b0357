package dev.owl.recommend;

import dev.owl.catalog.Model;
import dev.owl.fit.FitEstimate;
import java.util.List;
import java.util.Map;

/**
 * One model's outcome: its score broken into parts (null part = no evidence, shown as such), how
 * confident the evidence is, the fit on the hardware, the reasons (or exclusion reasons), the evidence
 * behind the evidence part (measured rows or an imputation; null when the task has none) and the
 * quantization penalty of the chosen format (null without hardware), and the command line that runs
 * it in that format (null when the catalog has no tag or repo for it).
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
        dev.owl.query.RunCommands.RunCommand run) {
    public Recommendation {
        parts = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(parts));
        reasons = List.copyOf(reasons);
        exclusions = List.copyOf(exclusions);
    }

    public boolean excluded() {
        return !exclusions.isEmpty();
    }
}
