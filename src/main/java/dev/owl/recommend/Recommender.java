package dev.owl.recommend;

import dev.owl.catalog.Benchmark;
import dev.owl.catalog.Catalog;
import dev.owl.catalog.InferenceRuntime;
import dev.owl.catalog.License;
import dev.owl.catalog.Model;
import dev.owl.catalog.Quantities;
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
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * Ranks catalog models for a task under hard constraints. Each part of a score is in [0, 1]; the
 * score is their weighted mean over the parts that apply, scaled by the evidence confidence. The
 * weights and factors below are owl's heuristics, documented in the README, not catalog facts.
 */
public final class Recommender {
    /** Weights of the score parts; a part that does not apply to a query drops out of the mean. */
    public static final Map<String, Double> WEIGHTS = Map.of(
            "evidence", 0.45, "capabilities", 0.15, "fit", 0.15, "speed", 0.10, "recency", 0.10,
            "license", 0.15, "context", 0.15, "size", 0.25);
    /** Formats tried on given hardware, best quality first; the first that fits is chosen. */
    public static final List<Quantization> AUTO_QUANTS = List.of(Quantization.BF16, Quantization.Q8_0,
            Quantization.Q6_K, Quantization.Q5_K_M, Quantization.Q4_K_M, Quantization.Q3_K_M);
    /** How much of a model's quality a format keeps, as owl ranks it (a heuristic, not a measurement). */
    public static final Map<Quantization, Double> QUANT_QUALITY = Map.ofEntries(
            Map.entry(Quantization.BF16, 1.0), Map.entry(Quantization.FP8, 0.98), Map.entry(Quantization.Q8_0, 0.98),
            Map.entry(Quantization.Q6_K, 0.95), Map.entry(Quantization.Q5_K_M, 0.92), Map.entry(Quantization.Q4_K_M, 0.88),
            Map.entry(Quantization.AWQ, 0.88), Map.entry(Quantization.GPTQ, 0.87), Map.entry(Quantization.MXFP4, 0.9),
            Map.entry(Quantization.Q3_K_M, 0.8), Map.entry(Quantization.Q2_K, 0.6));
    /** A decode bound at or above this counts as fully fast. */
    public static final double FAST_TOKENS_PER_SECOND = 60;
    /** Models this old or older get no recency credit. */
    public static final int RECENCY_DAYS = 3 * 365;

    private final Catalog catalog;
    private final FitCalculator fit = new FitCalculator();

    private final BiFunction<Policy, LocalDate, PolicyChecker> newChecker;

    public Recommender(Catalog catalog) {
        this(catalog, (p, today) -> new PolicyChecker(catalog, p, today, false));
    }

    /** With the way a policy's checker is made, so a test can count them. */
    Recommender(Catalog catalog, BiFunction<Policy, LocalDate, PolicyChecker> checkers) {
        this.catalog = catalog;
        this.newChecker = checkers;
    }

    /** Every candidate of the query, ranked: included ones first by score, then the excluded. */
    public List<Recommendation> rank(Requirements req, LocalDate today) {
        Map<String, Map<String, Double>> evidence = normalizedEvidence(req.task());
        // one checker per policy for the whole ranking: each builds a resolver index over every model
        List<PolicyChecker> checkers = req.policies().stream().map(p -> newChecker.apply(p, today)).toList();
        List<Recommendation> out = new ArrayList<>();
        for (Model m : catalog.models()) {
            if (!req.families().isEmpty() && req.families().stream().noneMatch(f -> f.equalsIgnoreCase(m.family()))) {
                continue;
            }
            out.add(evaluate(m, req, today, evidence.getOrDefault(m.id(), Map.of()), checkers));
        }
        out.sort(Comparator.comparing(Recommendation::excluded)
                .thenComparing(r -> r.exclusions().size())
                .thenComparing(Comparator.comparingDouble(Recommendation::score).reversed())
                .thenComparing(r -> r.model().id()));
        return out;
    }

    private Recommendation evaluate(Model m, Requirements req, LocalDate today, Map<String, Double> evidence,
            List<PolicyChecker> checkers) {
        List<String> exclusions = new ArrayList<>();
        List<String> reasons = new ArrayList<>();
        Task task = req.task();
        if (m.status() == ModelStatus.ANNOUNCED) {
            exclusions.add("announced, no weights");
        } else if (m.status() == ModelStatus.API_ONLY && !req.apiOk()) {
            exclusions.add("API only, no weights (--api-ok to include)");
        }
        if (task.requiredInput() != null && !m.modalities().input().contains(task.requiredInput())) {
            exclusions.add("no " + task.requiredInput() + " input (" + task.key() + " needs it)");
        }
        if (req.contextGiven()) {
            if (m.contextTokens() == null) {
                exclusions.add("context length unknown; " + Quantities.tokens(req.contextTokens()) + " required");
            } else if (m.contextTokens() < req.contextTokens()) {
                exclusions.add("context " + Quantities.tokens(m.contextTokens()) + " < " + Quantities.tokens(req.contextTokens()) + " required");
            }
        }
        for (PolicyChecker checker : checkers) {
            List<Finding> findings = checker.check(Reference.argument(m.id()));
            for (Finding f : findings) {
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
        FitEstimate estimate = null;
        ModelShape shape = ModelShape.of(m);
        if (req.hardware() != null && m.hasWeights()) {
            if (shape == null) {
                exclusions.add("parameter count unknown: cannot size it");
            } else {
                estimate = chooseFit(shape, req);
                if (!Boolean.TRUE.equals(estimate.fits())) {
                    exclusions.add(String.format(Locale.ROOT, "needs %.1f GiB at %s + %s context; %.1f GiB available",
                            estimate.totalBytes() / Hardware.GIB, estimate.quant().key(), Quantities.tokens(req.contextTokens()),
                            estimate.availableBytes() / Hardware.GIB));
                } else if (req.minTokensPerSecond() != null && (estimate.decodeTokensPerSecond() == null
                        || estimate.decodeTokensPerSecond() < req.minTokensPerSecond())) {
                    exclusions.add(estimate.decodeTokensPerSecond() == null ? "decode speed unknown (no bandwidth)"
                            : String.format(Locale.ROOT, "~%.0f tok/s < %.0f required", estimate.decodeTokensPerSecond(),
                                    req.minTokensPerSecond()));
                }
            }
        }

        Map<String, Double> parts = new LinkedHashMap<>();
        double coverage = 1.0;
        if (!task.evidence().isEmpty()) {
            coverage = (double) evidence.size() / task.evidence().size();
            double mean = evidence.values().stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
            parts.put("evidence", Double.isNaN(mean) ? null : mean);
            if (!evidence.isEmpty()) {
                String best = evidence.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse("");
                m.benchmarks().stream().filter(b -> b.name().equals(best)).findFirst().ifPresent(b ->
                        reasons.add(b.name() + " " + Quantities.plain(b.score()) + " (" + b.setting() + ")"));
            } else {
                reasons.add("no comparable " + String.join("/", task.evidence()) + " score in the catalog");
            }
        }
        if (!task.capabilities().isEmpty()) {
            long have = task.capabilities().stream().filter(m.capabilities()::contains).count();
            parts.put("capabilities", (double) have / task.capabilities().size());
            if (have > 0) {
                reasons.add("has " + String.join(", ", task.capabilities().stream().filter(m.capabilities()::contains).toList()));
            }
        }
        if (estimate != null && Boolean.TRUE.equals(estimate.fits())) {
            parts.put("fit", QUANT_QUALITY.getOrDefault(estimate.quant(), 0.8));
            reasons.add(String.format(Locale.ROOT, "fits at %s with %.1f GiB free", estimate.quant().key(),
                    (estimate.availableBytes() - estimate.totalBytes()) / Hardware.GIB));
            if (estimate.decodeTokensPerSecond() != null) {
                parts.put("speed", Math.min(1.0, estimate.decodeTokensPerSecond() / FAST_TOKENS_PER_SECOND));
            }
        }
        if (m.releaseDate() != null) {
            long days = ChronoUnit.DAYS.between(m.releaseDate(), today);
            parts.put("recency", Math.max(0.0, 1.0 - (double) Math.max(0, days) / RECENCY_DAYS));
        }
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
        double weighted = 0;
        double weights = 0;
        for (Map.Entry<String, Double> e : parts.entrySet()) {
            if (e.getValue() != null) {
                weighted += WEIGHTS.get(e.getKey()) * e.getValue();
                weights += WEIGHTS.get(e.getKey());
            }
        }
        double confidence = task.evidence().isEmpty() ? 1.0 : 0.6 + 0.4 * coverage;
        double score = weights == 0 ? 0 : 100 * confidence * weighted / weights;
        return new Recommendation(m, Math.round(score * 10) / 10.0, parts, confidence, estimate, reasons, exclusions);
    }

    /** The best-quality format that fits; if none fits, the estimate of the smallest tried. */
    private FitEstimate chooseFit(ModelShape shape, Requirements req) {
        List<Quantization> tries = req.quant() != null ? List.of(req.quant()) : AUTO_QUANTS;
        FitEstimate last = null;
        for (Quantization q : tries) {
            last = fit.estimate(shape, q, req.contextTokens(), 1, KvQuant.FP16, req.hardware(), false, null);
            if (Boolean.TRUE.equals(last.fits())) {
                return last;
            }
        }
        return last;
    }

    /**
     * Per benchmark of the task: the setting most catalog models report it in, and each model's score in
     * that setting divided by the best one. Scores in other settings are not comparable and not used, and
     * a setting reported by a single model is no comparison, so it is not used either.
     */
    private Map<String, Map<String, Double>> normalizedEvidence(Task task) {
        Map<String, Map<String, Double>> out = new HashMap<>();
        for (String name : task.evidence()) {
            Map<String, List<Object[]>> bySetting = new LinkedHashMap<>();
            for (Model m : catalog.models()) {
                for (Benchmark b : m.benchmarks()) {
                    if (b.name().equalsIgnoreCase(name)) {
                        bySetting.computeIfAbsent(b.setting(), k -> new ArrayList<>()).add(new Object[] {m.id(), b.score()});
                    }
                }
            }
            Optional<Map.Entry<String, List<Object[]>>> common = bySetting.entrySet().stream()
                    .max(Comparator.<Map.Entry<String, List<Object[]>>>comparingInt(e -> e.getValue().size())
                            .thenComparing(Map.Entry::getKey, Comparator.reverseOrder()));
            if (common.isEmpty() || common.get().getValue().size() < 2) {
                continue; // one model alone in a setting is no comparison
            }
            double best = common.get().getValue().stream().mapToDouble(o -> (Double) o[1]).max().orElse(1);
            for (Object[] o : common.get().getValue()) {
                out.computeIfAbsent((String) o[0], k -> new LinkedHashMap<>()).put(name, best <= 0 ? 0 : (Double) o[1] / best);
            }
        }
        return out;
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
