package dev.owl.recommend;

import dev.owl.catalog.Model;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Owl's prior for a model without figures, fitted on the models that have them for the same task: a
 * least-squares line (lightly ridge-regularized) through ln(active parameters), ln(total parameters) and
 * the release date in years, plus a per-family offset (the family's mean residual, shrunk toward zero by
 * {@link #FAMILY_SHRINK} pseudo-models). Its uncertainty is the residual standard error, never below
 * {@link #MIN_SIGMA}. Newer generations score higher only as far as the fitted models say so, and no further than the
 * newest of them: a later release date is held at the newest fitted model's (no extrapolation in time).
 */
public final class Prior {
    static final int MIN_MODELS = 6;
    static final double FAMILY_SHRINK = 2.0;
    static final double MIN_SIGMA = 0.10;
    private static final double RIDGE = 1e-3;
    private static final LocalDate EPOCH = LocalDate.of(2023, 1, 1);
    private static final int YEARS = 3; // the release-date feature's index

    /** An imputed value with its uncertainty and the parts it came from. */
    public record Estimate(double mean, double sigma, double familyOffset, int fittedOn, Supplier<String> explanation) {
        /** The fitted formula with this model's values in it; spelled out only when shown (String.format is slow cold). */
        public String formula() {
            return explanation.get();
        }
    }

    private final double[] beta;
    private final double[][] range; // per feature, the least and greatest value among the fitted models
    private final Map<String, Double> familyOffset;
    private final double sigma;
    private final int n;

    private Prior(double[] beta, double[][] range, Map<String, Double> familyOffset, double sigma, int n) {
        this.beta = beta;
        this.range = range;
        this.familyOffset = familyOffset;
        this.sigma = sigma;
        this.n = n;
    }

    /** Null when fewer than {@link #MIN_MODELS} models with figures have the parameters and date it needs. */
    static Prior fit(List<Map.Entry<Model, Double>> measured) {
        List<double[]> xs = new ArrayList<>();
        List<Double> ys = new ArrayList<>();
        List<String> families = new ArrayList<>();
        for (Map.Entry<Model, Double> e : measured) {
            double[] x = features(e.getKey());
            if (x != null) {
                xs.add(x);
                ys.add(e.getValue());
                families.add(e.getKey().family());
            }
        }
        int n = xs.size();
        if (n < MIN_MODELS) {
            return null;
        }
        int k = 4;
        double[][] a = new double[k][k + 1];
        for (int i = 0; i < n; i++) {
            double[] x = xs.get(i);
            for (int r = 0; r < k; r++) {
                for (int c = 0; c < k; c++) {
                    a[r][c] += x[r] * x[c];
                }
                a[r][k] += x[r] * ys.get(i);
            }
        }
        for (int r = 1; r < k; r++) {
            a[r][r] += RIDGE * n; // the intercept is not shrunk
        }
        double[] beta = solve(a);
        Map<String, double[]> byFamily = new HashMap<>();
        double ss = 0;
        for (int i = 0; i < n; i++) {
            double r = ys.get(i) - dot(beta, xs.get(i));
            ss += r * r;
            double[] acc = byFamily.computeIfAbsent(families.get(i), f -> new double[2]);
            acc[0] += r;
            acc[1] += 1;
        }
        Map<String, Double> offsets = new HashMap<>();
        byFamily.forEach((f, acc) -> offsets.put(f, acc[0] / (acc[1] + FAMILY_SHRINK)));
        double sigma = Math.max(MIN_SIGMA, Math.sqrt(ss / Math.max(1, n - k)));
        double[][] range = new double[k][];
        for (int j = 0; j < k; j++) {
            final int f = j;
            range[j] = new double[] {xs.stream().mapToDouble(x -> x[f]).min().orElse(0), xs.stream().mapToDouble(x -> x[f]).max().orElse(0)};
        }
        return new Prior(beta, range, offsets, sigma, n);
    }

    /** The prior's estimate for {@code m}, or null when its parameters or release date are unknown. */
    Estimate estimate(Model m) {
        double[] x = features(m);
        if (x == null) {
            return null;
        }
        // no extrapolation in time: a model released after every fitted one counts as of the newest, so a 2026 release is
        // not credited with the date trend's continuation past the last model that has figures (sizes follow the log-linear fit)
        double years = Math.max(range[YEARS][0], Math.min(range[YEARS][1], x[YEARS]));
        boolean outside = years != x[YEARS];
        x[YEARS] = years;
        double offset = familyOffset.getOrDefault(m.family(), 0.0);
        double mean = Math.max(0, Math.min(1, dot(beta, x) + offset));
        String family = m.family();
        Supplier<String> formula = () -> String.format(Locale.ROOT,
                "%.3f %+.3f·ln(active %.1fB) %+.3f·ln(total %.1fB) %+.3f·(years since 2023: %.2f) %+.3f (family %s) = %.3f%s",
                beta[0], beta[1], Math.exp(x[1]), beta[2], Math.exp(x[2]), beta[3], x[3], offset, family, mean,
                outside ? " (release date held at the newest fitted model's)" : "");
        return new Estimate(mean, sigma, offset, n, formula);
    }

    int fittedOn() {
        return n;
    }

    double sigma() {
        return sigma;
    }

    private static double[] features(Model m) {
        Double total = m.paramsTotalB();
        Double active = m.paramsActiveB() != null ? m.paramsActiveB() : total;
        if (total == null || active == null || total <= 0 || active <= 0 || m.releaseDate() == null) {
            return null;
        }
        double years = ChronoUnit.DAYS.between(EPOCH, m.releaseDate()) / 365.25;
        return new double[] {1, Math.log(active), Math.log(total), years};
    }

    private static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }

    /** Gaussian elimination with partial pivoting on an augmented k × (k+1) matrix. */
    private static double[] solve(double[][] a) {
        int k = a.length;
        for (int col = 0; col < k; col++) {
            int pivot = col;
            for (int r = col + 1; r < k; r++) {
                if (Math.abs(a[r][col]) > Math.abs(a[pivot][col])) {
                    pivot = r;
                }
            }
            double[] t = a[col];
            a[col] = a[pivot];
            a[pivot] = t;
            if (Math.abs(a[col][col]) < 1e-12) {
                continue;
            }
            for (int r = 0; r < k; r++) {
                if (r != col) {
                    double f = a[r][col] / a[col][col];
                    for (int c = col; c <= k; c++) {
                        a[r][c] -= f * a[col][c];
                    }
                }
            }
        }
        double[] x = new double[k];
        for (int i = 0; i < k; i++) {
            x[i] = Math.abs(a[i][i]) < 1e-12 ? 0 : a[i][k] / a[i][i];
        }
        return x;
    }
}
