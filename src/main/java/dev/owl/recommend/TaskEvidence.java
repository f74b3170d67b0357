package dev.owl.recommend;

import dev.owl.catalog.Benchmark;
import dev.owl.catalog.Model;
import dev.owl.units.Quantities;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A task's evidence over the whole catalog, built once per ranking. Figures from different suites are put
 * on one scale by their percentile among the catalog models the suite covers (a piecewise-linear empirical
 * distribution, so a quantization penalty moves a model smoothly); a model's measured evidence is the
 * trust-weighted mean of its percentiles. Models without a figure get one from a {@link Prior} fitted on
 * the models that have figures.
 */
public final class TaskEvidence {
    /**
     * One figure a model has for the task and where it stands: {@code own} among the suite's covered models, {@code percentile}
     * on the scale of {@code scaleOf} (the task's reference suite) when the suite was carried onto it, else the same;
     * {@code weight} is the trust it counts with: its suite's, or the vendor weight for a common-protocol suite that is not on
     * the reference scale (its percentile is among another population of models).
     */
    public record Row(Suite suite, Benchmark figure, int covered, double percentile, double own, Suite scaleOf, double weight) {
        /** Whether the percentile is on the task's reference scale: the reference suite's own, or carried onto it. */
        public boolean onScale() {
            return weight == Suite.COMMON_TRUST;
        }
    }

    /** A model's evidence: measured (rows present) or imputed, with its uncertainty (one standard error, 0..1 scale). */
    public record Estimate(double value, double uncertainty, boolean imputed, List<Row> rows, Prior.Estimate prior) {}

    /** The uncertainty of one common-protocol figure's percentile; n figures of total trust W have 0.1 / √W. */
    static final double MEASURED_SIGMA = 0.1;
    /** The uncertainty of a model's vendor-reported figures alone, however many: one figure of trust {@link Suite#VENDOR_TRUST}. */
    static final double VENDOR_ONLY_SIGMA = MEASURED_SIGMA / Math.sqrt(Suite.VENDOR_TRUST);

    private final Task task;
    private final Map<Suite, double[]> sorted = new LinkedHashMap<>();
    private final ReferenceScale scale;
    private final Map<String, List<Row>> rowsByModel = new HashMap<>();
    private final Prior prior;

    TaskEvidence(Task task, List<Model> models) {
        this.task = task;
        List<Suite> suites = task.evidence();
        Map<String, List<Integer>> byName = new HashMap<>(); // a benchmark name, lower case → the task's suites of that name
        for (int i = 0; i < suites.size(); i++) {
            byName.computeIfAbsent(suites.get(i).benchmark().toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(i);
        }
        List<List<Double>> scores = new ArrayList<>();
        suites.forEach(s -> scores.add(new ArrayList<>()));
        List<Model> covered = new ArrayList<>();
        List<Benchmark[]> figures = new ArrayList<>(); // per covered model, its figure for each suite (or null)
        for (Model m : models) {
            Benchmark[] found = null;
            for (Benchmark b : m.benchmarks()) {
                for (int i : byName.getOrDefault(b.name().toLowerCase(Locale.ROOT), List.of())) {
                    if (matches(suites.get(i), b) && (found == null || found[i] == null)) { // one per suite: the first listed
                        found = found == null ? new Benchmark[suites.size()] : found;
                        found[i] = b;
                        scores.get(i).add(merit(suites.get(i), b));
                    }
                }
            }
            if (found != null) {
                supersede(suites, found);
                covered.add(m);
                figures.add(found);
            }
        }
        for (int i = 0; i < suites.size(); i++) {
            if (!scores.get(i).isEmpty()) {
                sorted.put(suites.get(i), scores.get(i).stream().mapToDouble(Double::doubleValue).sorted().toArray());
            }
        }
        double[][] raw = new double[covered.size()][suites.size()]; // NaN where the model has no figure
        for (int k = 0; k < covered.size(); k++) {
            for (int i = 0; i < suites.size(); i++) {
                Benchmark b = figures.get(k)[i];
                raw[k][i] = b == null ? Double.NaN : percentile(sorted.get(suites.get(i)), merit(suites.get(i), b));
            }
        }
        this.scale = ReferenceScale.fit(suites, raw, sorted);
        // a list, not a map keyed by Model: a record's hash walks every field, and this runs over the whole catalog
        List<Map.Entry<Model, Double>> measured = new ArrayList<>();
        for (int k = 0; k < covered.size(); k++) {
            List<Row> rows = new ArrayList<>();
            for (int i = 0; i < suites.size(); i++) {
                Benchmark b = figures.get(k)[i];
                if (b != null) {
                    Calibration c = calibration(suites.get(i));
                    rows.add(new Row(suites.get(i), b, sorted.get(suites.get(i)).length, c.apply(raw[k][i]), raw[k][i],
                            c.identity() ? null : scale.reference(), scale.weight(suites.get(i))));
                }
            }
            rowsByModel.put(covered.get(k).id(), List.copyOf(rows));
            measured.add(Map.entry(covered.get(k), weightedMean(rows, 1.0)));
        }
        this.prior = Prior.fit(measured);
    }

    /**
     * A vendor-reported figure of a benchmark for which the model also has a common-protocol figure is not counted: the
     * common protocol measured the same thing the same way for every model, and the vendor's own setting does not compare.
     */
    private static void supersede(List<Suite> suites, Benchmark[] found) {
        for (int i = 0; i < found.length; i++) {
            if (found[i] == null || suites.get(i).commonProtocol()) {
                continue;
            }
            for (int j = 0; j < found.length; j++) {
                if (found[j] != null && suites.get(j).commonProtocol() && suites.get(j).benchmark().equalsIgnoreCase(suites.get(i).benchmark())) {
                    found[i] = null;
                    break;
                }
            }
        }
    }

    private Calibration calibration(Suite s) {
        return scale.calibration(s);
    }

    /** The figure with larger meaning better: a lower-is-better suite's figures are negated before they are placed. */
    private static double merit(Suite s, Benchmark b) {
        return s.lowerIsBetter() ? -b.score() : b.score();
    }

    private static boolean matches(Suite s, Benchmark b) {
        if (!b.name().equalsIgnoreCase(s.benchmark())) {
            return false;
        }
        return s.commonProtocol() ? s.protocol().equals(b.protocol()) : b.protocol() == null;
    }

    Prior prior() {
        return prior;
    }

    /** Covered models per suite, in the task's order of trust. */
    Map<Suite, Integer> coverage() {
        Map<Suite, Integer> out = new LinkedHashMap<>();
        for (Suite s : task.evidence()) {
            out.put(s, sorted.containsKey(s) ? sorted.get(s).length : 0);
        }
        return out;
    }

    /**
     * The model's evidence when it keeps {@code keep} of its benchmark scores (1 at 16 bits): measured figures
     * are scaled and placed again among the suite's unquantized scores; an imputed value is scaled as a whole.
     * Null when the task has no evidence at all, or nothing to impute from.
     */
    Estimate estimate(Model m, double keep) {
        List<Row> rows = rowsByModel.get(m.id());
        if (rows != null) {
            boolean comparable = rows.stream().anyMatch(Row::onScale);
            if (!comparable) {
                // one vendor's cards pick their own settings and the figures they print, so several do not average out: they
                // count one vendor-only standard error low, as an imputed value counts its own
                return new Estimate(Math.max(0, weightedMean(rows, keep) - VENDOR_ONLY_SIGMA), VENDOR_ONLY_SIGMA, false, rows, null);
            }
            double weights = rows.stream().mapToDouble(Row::weight).sum();
            return new Estimate(weightedMean(rows, keep), MEASURED_SIGMA / Math.sqrt(weights), false, rows, null);
        }
        if (prior == null) {
            return null;
        }
        Prior.Estimate p = prior.estimate(m);
        if (p == null) {
            return null;
        }
        // Conservative: one standard error below the prior's estimate, so an imputed model overtakes a measured
        // one only where the prior says it is better by more than its own uncertainty.
        double value = Math.max(0, Math.min(1, p.mean() - p.sigma())) * keep;
        return new Estimate(value, p.sigma(), true, List.of(), p);
    }

    private double weightedMean(List<Row> rows, double keep) {
        double sum = 0;
        double weights = 0;
        for (Row r : rows) {
            double pct = keep == 1.0 ? r.percentile()
                    : r.suite().ratingScale() ? r.percentile() * keep
                    : calibration(r.suite()).apply(percentile(sorted.get(r.suite()), r.figure().score() * keep));
            sum += r.weight() * pct;
            weights += r.weight();
        }
        return sum / weights;
    }

    /**
     * Where {@code x} stands among {@code sorted}: the i-th smallest of n sits at (i − 0.5) / n, linear in
     * between, scaled toward 0 below the smallest and capped at the largest's place above it.
     */
    static double percentile(double[] sorted, double x) {
        int n = sorted.length;
        if (n == 0) {
            return 0.5;
        }
        if (x <= sorted[0]) {
            return sorted[0] <= 0 ? 0.5 / n : Math.max(0, x) / sorted[0] * (0.5 / n);
        }
        if (x >= sorted[n - 1]) {
            return (n - 0.5) / n;
        }
        int i = Arrays.binarySearch(sorted, x);
        if (i >= 0) {
            int last = i;
            while (last + 1 < n && sorted[last + 1] == x) {
                last++;
            }
            int first = i;
            while (first > 0 && sorted[first - 1] == x) {
                first--;
            }
            return ((first + last) / 2.0 + 0.5) / n; // ties share the middle of their places
        }
        int hi = -i - 1;
        int lo = hi - 1;
        double t = (x - sorted[lo]) / (sorted[hi] - sorted[lo]);
        return ((lo + 0.5) + t) / n;
    }

    /** What the evidence part rests on, in a few words. */
    static String reason(Task task, TaskEvidence.Estimate ev) {
        if (ev == null) {
            return "no " + task.evidence().get(0).benchmark() + " or other comparable figure, and too little to impute from";
        }
        if (ev.imputed()) {
            return "no figure for this task: imputed " + Math.round(100 * ev.prior().mean()) + " ± " + Math.round(100 * ev.prior().sigma())
                    + " percentile from the prior";
        }
        TaskEvidence.Row best = ev.rows().get(0);
        return best.suite().benchmark() + " " + Quantities.plain(best.figure().score())
                + (best.figure().vendorReported() ? " (vendor-reported)" : " (" + best.suite().protocol() + ")")
                + ", p" + Math.round(100 * best.percentile()) + (best.scaleOf() == null ? " of " + best.covered()
                        : " on " + best.scaleOf().benchmark() + "'s scale"); // once per model: no Formatter
    }
}
