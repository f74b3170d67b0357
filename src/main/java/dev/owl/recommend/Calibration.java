package dev.owl.recommend;

/**
 * Carries one common-protocol suite's percentiles onto the scale of the task's reference suite (its most trusted
 * common-protocol suite) through the models both cover (mean-sigma equating). A
 * percentile is relative to the models a leaderboard happened to run, and those differ: the Open LLM Leaderboard ran
 * only models up to early 2025, so its top stands where the text arena puts those models, well below its own top.
 * Suites sharing fewer than {@link #MIN_OVERLAP} models with the reference keep their own percentiles.
 */
record Calibration(double intercept, double slope, int overlap, double ceiling) {
    static final int MIN_OVERLAP = 5;
    static final Calibration IDENTITY = new Calibration(0, 1, 0, 1);

    /** The percentile on the reference suite's scale: never below 0, nor above the reference's own top place. */
    double apply(double percentile) {
        return Math.max(0, Math.min(ceiling, intercept + slope * percentile));
    }

    boolean identity() {
        return overlap == 0;
    }

    /**
     * Mean-sigma equating of (x, y) pairs, a suite's percentiles and the reference suite's for the same models: the line
     * that gives the shared models the same mean and spread on both scales. Not a regression of y on x, which would
     * pull every figure toward the middle by the noise between the two suites. Without a positive correlation the
     * suites do not measure the same thing on these models, and the percentiles stay as they are.
     */
    static Calibration fit(double[] x, double[] y, int n, double ceiling) {
        if (n < MIN_OVERLAP) {
            return IDENTITY;
        }
        double mx = 0;
        double my = 0;
        for (int i = 0; i < n; i++) {
            mx += x[i];
            my += y[i];
        }
        mx /= n;
        my /= n;
        double sxy = 0;
        double sxx = 0;
        double syy = 0;
        for (int i = 0; i < n; i++) {
            sxy += (x[i] - mx) * (y[i] - my);
            sxx += (x[i] - mx) * (x[i] - mx);
            syy += (y[i] - my) * (y[i] - my);
        }
        if (sxy <= 0 || sxx == 0) {
            return IDENTITY;
        }
        double slope = Math.sqrt(syy / sxx);
        return new Calibration(my - slope * mx, slope, n, ceiling);
    }
}
