package dev.owl.recommend;

import com.fasterxml.jackson.annotation.JsonIgnore;
import dev.owl.cost.Budget;
import dev.owl.fit.FitEstimate;
import dev.owl.fit.Hardware;
import dev.owl.policy.Policy;
import dev.owl.query.ModelSummary;
import dev.owl.units.Quantities;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What {@code owl recommend} reports: the query, the top recommendations and every excluded model with its
 * reasons. Components, in order and in snake_case, are the JSON keys the README documents; {@code summary}
 * (one sentence on the query, for people) is not a key.
 */
public record RecommendReport(Query query, List<Row> recommendations, List<Exclusion> excluded, @JsonIgnore String summary) {
    public RecommendReport {
        recommendations = List.copyOf(recommendations);
        excluded = List.copyOf(excluded);
    }

    /** The query as it was understood: hardware, context, license flags and policy. */
    public record Query(String task, String gpu, Integer gpuCount, Long availableBytes, int contextTokens, String quant,
            List<String> licenseAllow, List<String> licenseDeny, List<String> require, Long mau, boolean eu, String policy,
            List<String> families, boolean apiOk, Double minTokS, String runtime, dev.owl.fit.Detected detected, Budget budget) {
        static Query of(Requirements r) {
            Hardware hw = r.hardware();
            Policy flags = r.policies().get(0);
            return new Query(r.task().key(), hw == null ? null : hw.id(), hw == null ? null : hw.count(),
                    hw == null ? null : hw.availableBytes(), r.contextTokens(), r.quant() == null ? null : r.quant().key(),
                    flags.allow(), flags.deny(), flags.require(), flags.usage().monthlyActiveUsers(),
                    Boolean.TRUE.equals(flags.usage().euEntity()), r.policies().size() > 1 ? r.policies().get(1).origin() : null,
                    r.families(), r.apiOk(), r.minTokensPerSecond(), r.runtime(), hw == null ? null : hw.detected(), r.budget());
        }
    }

    /**
     * One model's outcome: {@code rank} is null for an excluded model ({@code --explain}); {@code recommendation}
     * is the outcome the row reports, for the table's own rounding, and not a key.
     */
    public record Row(Integer rank, String model, double score, Map<String, Double> scoreParts, double confidence, Boolean fits,
            String quant, Long totalBytes, Double decodeTokensPerS, Double typicalTokensPerS, String runtime, String license, Evidence evidence, Penalty quantPenalty,
            ModelSummary.Run run, Budget.Verdict budget, List<String> reasons, List<String> excludedBecause,
            @JsonIgnore Recommendation recommendation) {
        /** {@code rank} 0 or less: not ranked. */
        public static Row of(Recommendation r, int rank) {
            FitEstimate fit = r.fit();
            return new Row(rank > 0 ? rank : null, r.model().id(), round(r.score(), 10), parts(r.parts()), round(r.confidence(), 100),
                    fit == null ? null : r.fitsHardware(), fit == null ? null : fit.quant().key(), r.neededBytes(),
                    fit == null || fit.decodeTokensPerSecond() == null ? null : round(fit.decodeTokensPerSecond(), 10),
                    fit == null || fit.typicalTokensPerSecond() == null ? null : round(fit.typicalTokensPerSecond(), 10),
                    fit == null ? null : fit.runtime(), r.model().license(), Evidence.of(r.evidence()), r.penalty() == null ? null : Penalty.of(r.penalty()),
                    r.run() == null ? null : ModelSummary.Run.of(r.run()), r.budget(), r.reasons(), r.exclusions(), r);
        }

        /** Whether the evidence behind the score is imputed, not measured. */
        public boolean imputed() {
            return recommendation.evidence() != null && recommendation.evidence().imputed();
        }
    }

    /** The evidence part: measured rows, or an imputation from the prior. */
    public record Evidence(double value, double uncertainty, boolean imputed, List<EvidenceRow> rows, Imputation imputation) {
        static Evidence of(TaskEvidence.Estimate e) {
            if (e == null) {
                return null;
            }
            Prior.Estimate p = e.prior();
            return new Evidence(round(e.value(), 1000), round(e.uncertainty(), 1000), e.imputed(),
                    e.rows().stream().map(EvidenceRow::of).toList(), p == null ? null
                            : new Imputation(round(p.mean(), 1000), round(p.sigma(), 1000), round(p.familyOffset(), 1000), p.fittedOn(),
                                    p.formula()));
        }
    }

    /** One benchmark figure behind the evidence and where it stands among the models its suite covers. */
    public record EvidenceRow(String benchmark, String protocol, boolean vendorReported, double score, String setting,
            double percentile, int coveredModels, String scaleOf, double weight, String source, LocalDate asOf) {
        static EvidenceRow of(TaskEvidence.Row row) {
            return new EvidenceRow(row.figure().name(), row.figure().protocol(), row.figure().vendorReported(), row.figure().score(),
                    row.figure().setting(), round(row.percentile(), 1000), row.covered(),
                    row.scaleOf() == null ? null : row.scaleOf().benchmark(), row.weight(), row.figure().source().url(),
                    row.figure().source().asOf());
        }
    }

    /** How an imputed value was made. */
    public record Imputation(double mean, double sigma, double familyOffset, int fittedOnModels, String formula) {}

    /** What the chosen weight format costs in quality. */
    public record Penalty(String format, double klDivergence, double relativeLoss, boolean analogue, String basis, String source) {
        static Penalty of(QuantPenalty q) {
            return new Penalty(q.format().key(), q.kld(), round(q.loss(), 10000), q.analogue(), q.basis(),
                    q.kld() == 0 ? null : QuantPenalty.KLD_SOURCE);
        }
    }

    /** An excluded model and why. */
    public record Exclusion(String model, List<String> reasons) {}

    /** The report on a ranking ({@link Recommender#rank}): the first {@code top} included models, and every excluded one. */
    public static RecommendReport of(Requirements req, List<Recommendation> ranked, int top) {
        List<Row> rows = new ArrayList<>();
        List<Exclusion> excluded = new ArrayList<>();
        for (Recommendation r : ranked) {
            if (r.excluded()) {
                excluded.add(new Exclusion(r.model().id(), r.exclusions()));
            } else if (rows.size() < top) {
                rows.add(Row.of(r, rows.size() + 1));
            }
        }
        Hardware hw = req.hardware();
        String summary = "Task " + req.task().key() + (hw == null ? "" : " on " + hw.id() + (hw.count() > 1 ? " ×" + hw.count() : ""))
                + ", context " + Quantities.tokens(req.contextTokens()) + (req.contextGiven() ? "" : " (default)")
                + (hw == null ? "" : ", runtime " + (req.runtime() != null ? req.runtime() : "by format (--runtime to change)"))
                + (req.budget() == null ? "" : ", budget " + Quantities.usd(req.budget().usdPerMonth()) + "/month at "
                        + Quantities.count(req.budget().tokensPerDay()) + " tokens/day on " + (req.budget().hosted() ? "hosted APIs" : "")
                        + (req.budget().hosted() && req.budget().gpu() != null ? " or " : "")
                        + (req.budget().gpu() == null ? "" : "rented " + req.budget().gpu()))
                + (hw != null && hw.bandwidthBytesPerSecondEach() == null ? ", no speed estimate without the memory bandwidth "
                        + "(--bandwidth GB_PER_S)" : "")
                + ". '?' marks a score whose evidence is imputed, not measured. 'owl recommend … --explain MODEL' shows the parts."
                + (hw == null || hw.detected() == null ? "" : " Hardware " + hw.detected().line() + ".");
        return new RecommendReport(Query.of(req), rows, excluded, summary);
    }

    /**
     * The score's parts to 3 decimals, as the evidence value: each is a computed share in [0, 1], and a machine reader
     * should see 0.3, not the float arithmetic's 0.30000000000000004. Null (no evidence) stays null.
     */
    private static Map<String, Double> parts(Map<String, Double> parts) {
        Map<String, Double> out = new java.util.LinkedHashMap<>();
        parts.forEach((k, v) -> out.put(k, v == null ? null : round(v, 1000)));
        return java.util.Collections.unmodifiableMap(out);
    }

    private static double round(double v, double scale) {
        return Math.round(v * scale) / scale;
    }
}
