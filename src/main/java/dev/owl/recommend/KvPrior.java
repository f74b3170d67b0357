package dev.owl.recommend;

import dev.owl.catalog.Model;
import dev.owl.fit.FitCalculator;
import dev.owl.fit.KvQuant;
import dev.owl.fit.ModelShape;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * An approximate KV cache for a model whose architecture the catalog lacks, so that {@code recommend} never lets it
 * fit on memory it may not have. Fitted on the catalog models whose cache {@code fit} can count and whose every layer
 * caches every token (the layout that caches most): least squares of ln(KV bytes per token) on ln(total parameters),
 * counted one residual standard error high (the same caution the evidence prior takes, the other way round).
 * Without enough such models there is no prior and the cache stays uncounted.
 */
final class KvPrior {
    static final int MIN_MODELS = 3;

    private final double intercept;
    private final double slope;
    private final double sigma;
    private final int fittedOn;

    private KvPrior(double intercept, double slope, double sigma, int fittedOn) {
        this.intercept = intercept;
        this.slope = slope;
        this.sigma = sigma;
        this.fittedOn = fittedOn;
    }

    /** Null when fewer than {@link #MIN_MODELS} models have a countable cache. */
    static KvPrior fit(List<Model> models) {
        List<double[]> points = new ArrayList<>();
        for (Model m : models) {
            ModelShape shape = ModelShape.of(m);
            if (shape == null || !shape.kvKnown() || shape.paramsTotalB() <= 0 || !plain(shape)) {
                continue;
            }
            Long bytes = FitCalculator.kvCacheBytes(shape, 1, 1, KvQuant.FP16);
            if (bytes != null && bytes > 0) {
                points.add(new double[] {Math.log(shape.paramsTotalB()), Math.log(bytes)});
            }
        }
        int n = points.size();
        if (n < MIN_MODELS) {
            return null;
        }
        double mx = points.stream().mapToDouble(p -> p[0]).average().orElseThrow();
        double my = points.stream().mapToDouble(p -> p[1]).average().orElseThrow();
        double sxx = 0;
        double sxy = 0;
        for (double[] p : points) {
            sxx += (p[0] - mx) * (p[0] - mx);
            sxy += (p[0] - mx) * (p[1] - my);
        }
        double slope = sxx == 0 ? 0 : sxy / sxx;
        double intercept = my - slope * mx;
        double rss = 0;
        for (double[] p : points) {
            double r = p[1] - intercept - slope * p[0];
            rss += r * r;
        }
        return new KvPrior(intercept, slope, Math.sqrt(rss / Math.max(1, n - 2)), n);
    }

    /**
     * Whether every layer caches every token's keys and values (no sliding window, linear or cross attention, no latent
     * compression): the layout that caches the most, assumed for a model whose layout is unknown.
     */
    private static boolean plain(ModelShape s) {
        return s.slidingWindow() == null && s.linearAttentionLayers() == null && s.crossAttentionLayers() == null
                && s.kvLoraRank() == null;
    }

    /** The cache of {@code contextTokens} tokens at fp16 for a model of {@code paramsTotalB} billion parameters, counted high. */
    long bytes(double paramsTotalB, int contextTokens) {
        return Math.round(Math.exp(intercept + slope * Math.log(paramsTotalB) + sigma) * contextTokens);
    }

    /** How the figure was made, for {@code --explain}. */
    String formula(double paramsTotalB) {
        return String.format(Locale.ROOT, "KV bytes per token = exp(%.2f %+.2f·ln(total %.1fB) + %.2f) = %.0f KiB, fitted on %d catalog "
                + "models whose every layer caches every token, one residual standard error high", intercept, slope, paramsTotalB, sigma,
                Math.exp(intercept + slope * Math.log(paramsTotalB) + sigma) / 1024, fittedOn);
    }
}
