package dev.owl.recommend;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A task's reference suite (its most trusted common-protocol suite with figures) and how each other common-protocol
 * suite's percentiles are carried onto that suite's scale; suites that cannot be carried count with the vendor weight.
 */
final class ReferenceScale {
    private final Map<Suite, Calibration> calibrations = new HashMap<>();
    private Suite reference; // the suite the others' percentiles are carried onto, or null

    private ReferenceScale() {}

    /**
     * Fits the task's scale from {@code raw}, each covered model's own percentile per suite (NaN where it has no figure),
     * and {@code sorted}, each suite's figures in order.
     */
    static ReferenceScale fit(List<Suite> suites, double[][] raw, Map<Suite, double[]> sorted) {
        ReferenceScale s = new ReferenceScale();
        s.calibrate(suites, raw, sorted);
        s.bridge(suites, raw, sorted);
        return s;
    }

    /** The reference suite, or null when the task has no common-protocol figure. */
    Suite reference() {
        return reference;
    }

    Calibration calibration(Suite s) {
        return calibrations.getOrDefault(s, Calibration.IDENTITY);
    }

    /**
     * Fits each common-protocol suite's {@link Calibration} onto the reference suite: the task's most trusted
     * common-protocol suite that has figures. Vendor-reported figures keep their own percentiles (a vendor-only model
     * is counted low instead), and so does every suite of a task without a common-protocol one.
     */
    private void calibrate(List<Suite> suites, double[][] raw, Map<Suite, double[]> sorted) {
        int ref = -1;
        for (int i = 0; i < suites.size() && ref < 0; i++) {
            if (suites.get(i).commonProtocol() && sorted.containsKey(suites.get(i))) {
                ref = i;
            }
        }
        if (ref < 0) {
            return;
        }
        reference = suites.get(ref);
        int top = sorted.get(suites.get(ref)).length;
        for (int i = ref + 1; i < suites.size(); i++) {
            if (!suites.get(i).commonProtocol() || !sorted.containsKey(suites.get(i))) {
                continue;
            }
            double[] x = new double[raw.length];
            double[] y = new double[raw.length];
            int n = 0;
            for (double[] r : raw) {
                if (!Double.isNaN(r[i]) && !Double.isNaN(r[ref])) {
                    x[n] = r[i];
                    y[n++] = r[ref];
                }
            }
            calibrations.put(suites.get(i), Calibration.fit(x, y, n, (top - 0.5) / top));
        }
    }

    /**
     * A second pass for the common-protocol suites that share too few models with the reference: each is carried onto the
     * reference scale through the models it shares with the reference and the suites already carried onto it (chained
     * equating), a model's place there being the mean of its percentiles on that scale. Suites that still share too few keep
     * their own percentiles and count with the vendor weight.
     */
    private void bridge(List<Suite> suites, double[][] raw, Map<Suite, double[]> sorted) {
        if (reference == null) {
            return;
        }
        boolean[] on = new boolean[suites.size()];
        for (int i = 0; i < suites.size(); i++) {
            on[i] = suites.get(i).equals(reference) || !calibration(suites.get(i)).identity();
        }
        int top = sorted.get(reference).length;
        for (int i = 0; i < suites.size(); i++) {
            Suite s = suites.get(i);
            if (on[i] || !s.commonProtocol() || !sorted.containsKey(s)) {
                continue;
            }
            double[] x = new double[raw.length];
            double[] y = new double[raw.length];
            int n = 0;
            for (double[] r : raw) {
                if (Double.isNaN(r[i])) {
                    continue;
                }
                double sum = 0;
                int count = 0;
                for (int j = 0; j < suites.size(); j++) {
                    if (on[j] && !Double.isNaN(r[j])) {
                        sum += calibration(suites.get(j)).apply(r[j]);
                        count++;
                    }
                }
                if (count > 0) {
                    x[n] = r[i];
                    y[n++] = sum / count;
                }
            }
            Calibration c = Calibration.fit(x, y, n, (top - 0.5) / top);
            if (!c.identity()) {
                calibrations.put(s, c);
                on[i] = true;
            }
        }
    }

    /**
     * The trust a suite's figures count with: a common-protocol suite's full weight when its percentiles are on the reference
     * scale, else the vendor weight, since a percentile among another leaderboard's population compares no better than a
     * vendor's own figure.
     */
    double weight(Suite s) {
        boolean onScale = !s.commonProtocol() || s.equals(reference) || !calibration(s).identity();
        return onScale ? s.trust() : Suite.VENDOR_TRUST;
    }
}
