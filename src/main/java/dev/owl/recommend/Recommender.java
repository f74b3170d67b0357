package dev.owl.recommend;

import dev.owl.catalog.Catalog;
import dev.owl.catalog.InferenceRuntime;
import dev.owl.catalog.License;
import dev.owl.catalog.Model;
import dev.owl.units.Quantities;
import dev.owl.catalog.ModelStatus;
import dev.owl.fit.FitCalculator;
import dev.owl.fit.FitEstimate;
import dev.owl.fit.Hardware;
import dev.owl.fit.KvQuant;
import dev.owl.fit.ModelShape;
import dev.owl.fit.Quantization;
import dev.owl.policy.Finding;
import dev.owl.policy.Policy;
import dev.owl.policy.PolicyChecker;
import dev.owl.policy.Reference;
import dev.owl.policy.Severity;
import dev.owl.query.FamilyTiers;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * Ranks catalog models for a task under hard constraints. Each part of a score is in [0, 1]; the score is
 * 100 × their weighted mean over the parts that apply. The evidence part is the model's percentile on the
 * task's suites at the format it would run in (the quantization penalty applied), or a conservative
 * imputation from the {@link Prior} where it has no figure. The weights are owl's heuristics, documented
 * in the README, not catalog facts.
 */
public final class Recommender {
    /** Weights of the score parts; a part that does not apply to a query drops out of the mean. */
    public static final Map<String, Double> WEIGHTS = Map.of(
            "evidence", 0.60, "capabilities", 0.15, "speed", 0.10, "license", 0.15, "context", 0.15, "size", 0.25);
    /** Formats tried on given hardware, best quality first; the first that fits is chosen. */
    public static final List<Quantization> AUTO_QUANTS = List.of(Quantization.BF16, Quantization.Q8_0,
            Quantization.Q6_K, Quantization.Q5_K_M, Quantization.Q4_K_M, Quantization.Q3_K_M);
    /** A decode bound at or above this counts as fully fast. */
    public static final double FAST_TOKENS_PER_SECOND = 60;

    private final Catalog catalog;
    private final FitCalculator fit;

    private final BiFunction<Policy, LocalDate, PolicyChecker> newChecker;

    public Recommender(Catalog catalog) {
        this(catalog, (p, today) -> new PolicyChecker(catalog, p, today, false));
    }

    /** With the way a policy's checker is made, so a test can count them. */
    Recommender(Catalog catalog, BiFunction<Policy, LocalDate, PolicyChecker> checkers) {
        this.catalog = catalog;
        this.fit = FitCalculator.of(catalog); // calibrated as fit's is, so both show one speed
        this.newChecker = checkers;
    }

    /** Every candidate of the query, ranked: included ones first by score, then the excluded. */
    public List<Recommendation> rank(Requirements req, LocalDate today) {
        TaskEvidence evidence = evidence(req.task());
        // fitted once per ranking on the models whose cache fit counts; sizes the others' cache
        KvPrior kv = req.hardware() == null ? null : KvPrior.fit(catalog.models());
        // one checker per policy for the whole ranking: each builds a resolver index over every model
        List<PolicyChecker> checkers = req.policies().stream().map(p -> newChecker.apply(p, today)).toList();
        dev.owl.cost.CostCalculator costs = req.budget() == null ? null : new dev.owl.cost.CostCalculator(catalog, today);
        List<Recommendation> out = new ArrayList<>();
        for (Model m : catalog.models()) {
            if (!req.families().isEmpty() && req.families().stream().noneMatch(f -> f.equalsIgnoreCase(m.family()))) {
                continue;
            }
            out.add(evaluate(m, req, evidence, checkers, kv, costs));
        }
        out.sort(new Ranking());
        return out;
    }

    /**
     * Every model's general-chat score (evidence percentile or imputed prior, capabilities) at {@code contextTokens},
     * without hardware or license constraints: the quality {@code owl fit} ranks what fits by.
     */
    public Map<String, Double> chatScores(int contextTokens, LocalDate today) {
        Map<String, Double> scores = new HashMap<>();
        for (Recommendation r : rank(new Requirements(Task.CHAT, null, contextTokens, false, null, List.of(), false, List.of(),
                null, false, false), today)) {
            scores.put(r.model().id(), r.score());
        }
        return scores;
    }

    /** The task's evidence over this catalog: suites, percentiles and the fitted prior. */
    public TaskEvidence evidence(Task task) {
        return new TaskEvidence(task, catalog.models());
    }

    private Recommendation evaluate(Model m, Requirements req, TaskEvidence evidence, List<PolicyChecker> checkers, KvPrior kv,
            dev.owl.cost.CostCalculator costs) {
        List<String> exclusions = new ArrayList<>();
        List<String> reasons = new ArrayList<>();
        constraints(m, req, checkers, exclusions, reasons);
        ModelShape shape = ModelShape.of(m);
        // the cache fit cannot count (architecture unknown) is sized from the prior, so the model never fits on memory it may lack
        Long approxKv = kv == null || shape == null || shape.kvKnown() ? null : kv.bytes(shape.paramsTotalB(), req.contextTokens());
        Sizes sizes = new Sizes(shape, req.hardware() == null ? 0 : req.hardware().count() * req.hardware().memoryBytesEach(),
                q -> size(shape, q, req));
        FitEstimate estimate = fit(m, shape, req, approxKv, exclusions, sizes);
        Task task = req.task();
        Map<String, Double> parts = new LinkedHashMap<>();
        boolean runs = estimate != null && Recommendation.fits(estimate, approxKv);
        dev.owl.cost.Budget.Verdict budget = costs == null ? null : req.budget().judge(costs, m, runs ? estimate.quant() : null).addTo(reasons, exclusions);
        QuantPenalty penalty = runs ? QuantPenalty.of(estimate.quant(), isNative(m, estimate.quant())) : null;
        TaskEvidence.Estimate ev = task.evidence().isEmpty() ? null : evidence.estimate(m, penalty == null ? 1.0 : penalty.keep());
        if (!task.evidence().isEmpty()) {
            parts.put("evidence", ev == null ? null : ev.value());
            reasons.add(TaskEvidence.reason(task, ev));
        }
        if (!task.capabilities().isEmpty()) {
            long have = task.capabilities().stream().filter(m.capabilities()::contains).count();
            parts.put("capabilities", (double) have / task.capabilities().size());
            if (have > 0) {
                reasons.add("has " + String.join(", ", task.capabilities().stream().filter(m.capabilities()::contains).toList()));
            }
        }
        if (runs) {
            boolean kvUnknown = estimate.kvCacheBytes() == null && approxKv == null; // the total lacks the cache: an upper bound
            reasons.add(String.format(Locale.ROOT, "fits at %s with %s%.1f GiB free%s%s", estimate.quant().key(), kvUnknown ? "at most " : "",
                    (estimate.availableBytes() - Recommendation.needed(estimate, approxKv)) / Hardware.GIB,
                    penalty.loss() > 0 ? String.format(Locale.ROOT, " (−%.1f %% quality)", 100 * penalty.loss()) : "",
                    kvUnknown ? ", KV cache not counted (architecture unknown)" : approxKv != null
                            ? String.format(Locale.ROOT, ", counting a ~%.1f GiB KV cache estimated from its size (architecture unknown)",
                                    approxKv / Hardware.GIB) : ""));
            if (estimate.shownTokensPerSecond() != null) {
                // the typical speed fit shows (calibrated on measurements), not the bandwidth bound; an estimated cache is
                // read per token too, as fit counts a known one, so a model gains no speed from an architecture left out
                double read = estimate.weightsBytes() * shape.paramsActiveB() / shape.paramsTotalB();
                double tokS = estimate.shownTokensPerSecond() * (approxKv == null ? 1 : read / (read + approxKv));
                parts.put("speed", Math.min(1.0, tokS / FAST_TOKENS_PER_SECOND));
            }
        }
        preferences(m, req, parts, reasons);
        double confidence = ev == null ? (task.evidence().isEmpty() ? 1.0 : 0.0) : Math.max(0, 1 - ev.uncertainty());
        return new Recommendation(m, Math.round(score(parts) * 10) / 10.0, parts, confidence, estimate, reasons, exclusions, ev,
                penalty, budget != null && budget.api() ? RunChoice.api(budget) : runs ? RunChoice.of(m, estimate.quant(),
                        q -> Recommendation.needed(sizes.of(q), approxKv), q -> { Long a = sizes.of(q).availableBytes(); return a == null ? 0 : a; },
                        req.hardware() == null ? 1 : req.hardware().count())
                        : RunChoice.of(m, null, q -> 0, q -> 0), approxKv == null ? null : new Recommendation.KvApproximation(
                        approxKv, kv.formula(shape.paramsTotalB())), budget);
    }

    /** The hard constraints that do not need hardware: weights, input modality, context, license policies, EU residency. */
    private void constraints(Model m, Requirements req, List<PolicyChecker> checkers, List<String> exclusions, List<String> reasons) {
        Task task = req.task();
        if (m.status() == ModelStatus.ANNOUNCED) {
            exclusions.add("announced, no weights");
        } else if (m.status() == ModelStatus.API_ONLY && !req.apiOk()) {
            exclusions.add("API only, no weights (--api-ok to include)");
        }
        if (task.requiredInput() != null && !m.modalities().input().contains(task.requiredInput())) {
            exclusions.add("no " + task.requiredInput() + " input (" + task.key() + " needs it)");
        }
        if (task == Task.EDGE && req.hardware() == null && m.paramsTotalB() != null && m.paramsTotalB() >= 10) {
            // the size part is 0 from 10B on: without a device to size, such a model is not one for a small device at all
            exclusions.add(Quantities.plain(m.paramsTotalB()) + "B parameters: edge without a device keeps models under 10B (--vram or --gpu to size one)");
        }
        if (req.contextGiven()) {
            if (m.contextTokens() == null) {
                exclusions.add("context length unknown; " + Quantities.tokens(req.contextTokens()) + " required");
            } else if (m.contextTokens() < req.contextTokens()) {
                exclusions.add("context " + Quantities.tokens(m.contextTokens()) + " < " + Quantities.tokens(req.contextTokens()) + " required");
            }
        }
        for (PolicyChecker checker : checkers) {
            for (Finding f : checker.check(Reference.argument(m.id()))) {
                if (f.severity() == Severity.ERROR) {
                    exclusions.add(licenseName(m) + ": " + f.message());
                }
            }
        }
        if (req.requireEuResidency()) {
            if (m.hasWeights()) {
                reasons.add("open weights: self-hosting keeps data in your region");
            } else {
                List<String> eu = euProviders(m.family());
                if (eu.isEmpty()) {
                    exclusions.add("API only and no provider in the catalog states EU data residency for " + m.family());
                } else {
                    reasons.add("EU-region API: " + String.join(", ", eu));
                }
            }
        }
    }

    /** The fit on the query's hardware (null without hardware or weights); not fitting or too slow is an exclusion. */
    private FitEstimate fit(Model m, ModelShape shape, Requirements req, Long approxKv, List<String> exclusions, Sizes sizes) {
        if (req.hardware() == null || !m.hasWeights()) {
            return null;
        }
        if (shape == null) {
            exclusions.add("parameter count unknown: cannot size it");
            return null;
        }
        FitEstimate estimate = sizes.best(m, req, approxKv);
        if (!Recommendation.fits(estimate, approxKv)) {
            exclusions.add("needs " + Recommendation.gib(Recommendation.needed(estimate, approxKv)) + " GiB at " + estimate.quant().key()
                    + " + " + Quantities.tokens(req.contextTokens()) + " context"
                    + (approxKv == null ? "" : " (KV cache estimated from its size: architecture unknown)") + "; "
                    + Recommendation.gib(estimate.availableBytes()) + " GiB available");
        } else if (req.minTokensPerSecond() != null && (estimate.shownTokensPerSecond() == null
                || estimate.shownTokensPerSecond() < req.minTokensPerSecond())) {
            // the figure the ~TOK/S columns of fit and recommend show, so an excluded model is never shown faster than asked
            exclusions.add(estimate.shownTokensPerSecond() == null ? "decode speed unknown (no bandwidth)"
                    : String.format(Locale.ROOT, "~%.0f tok/s < %.0f required", estimate.shownTokensPerSecond(),
                            req.minTokensPerSecond()));
        }
        return estimate;
    }

    /** The parts that apply to some queries only: an open license, a long context, a small size. */
    private void preferences(Model m, Requirements req, Map<String, Double> parts, List<String> reasons) {
        Task task = req.task();
        if (req.preferOpenLicense()) {
            String cls = FamilyTiers.licenseClass(catalog.license(m.license()));
            parts.put("license", switch (cls) {
                case "permissive" -> 1.0;
                case "conditional" -> 0.6;
                case "non-commercial" -> 0.1;
                default -> 0.0;
            });
            reasons.add(cls + " license (" + m.license() + ")");
        }
        if ((task == Task.LONG_CONTEXT || task == Task.RAG) && m.contextTokens() != null) {
            parts.put("context", Math.min(1.0, m.contextTokens() / 262144.0));
            reasons.add(Quantities.tokens(m.contextTokens()) + " context");
        }
        if (task == Task.EDGE && m.paramsTotalB() != null) {
            parts.put("size", 1.0 - Math.min(1.0, m.paramsTotalB() / 10.0));
            reasons.add(Quantities.plain(m.paramsTotalB()) + "B parameters");
        }
    }

    /** 100 × the weighted mean of the parts; a part without evidence counts as the lowest, not as absent. */
    private static double score(Map<String, Double> parts) {
        double weighted = 0;
        double weights = 0;
        for (Map.Entry<String, Double> e : parts.entrySet()) {
            weights += WEIGHTS.get(e.getKey());
            if (e.getValue() != null) {
                weighted += WEIGHTS.get(e.getKey()) * e.getValue();
            }
        }
        return weights == 0 ? 0 : 100 * weighted / weights;
    }

    /** Whether {@code q} is the format the vendor released the weights in (their figures were measured on it). */
    private static boolean isNative(Model m, Quantization q) {
        return m.architecture() != null && q.key().equals(m.architecture().nativeFormat());
    }

    /** The estimate of one format on the query's hardware and context. */
    private FitEstimate size(ModelShape shape, Quantization q, Requirements req) {
        return fit.estimate(shape, q, req.contextTokens(), 1, KvQuant.FP16, req.hardware(), false, null, req.runtime());
    }

    private List<String> euProviders(String family) {
        List<String> out = new ArrayList<>();
        for (InferenceRuntime r : catalog.runtimes()) {
            if ("hosted".equals(r.kind()) && r.families().contains(family) && r.regions().stream().anyMatch(x -> x.equalsIgnoreCase("EU"))) {
                out.add(r.name());
            }
        }
        return out;
    }

    private String licenseName(Model m) {
        return catalog.license(m.license()).map(License::name).orElse(m.license());
    }

}
