package dev.owl.fit;

import dev.owl.catalog.Accelerator;
import dev.owl.catalog.Catalog;
import dev.owl.catalog.Measurement;
import dev.owl.catalog.Model;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * How much of the bandwidth bound real runtimes reach: an efficiency factor per runtime × format family ×
 * hardware class × architecture (dense or mixture of experts), the geometric mean of measured ÷ bound over the catalog's
 * published measurements ({@code measurements.yaml}). A mixture of experts gets its own factor because it reaches
 * less of the bound on fast cards (many small expert matmuls and the routing cost time the bandwidth term does not
 * count). Where a group has no measurement the factor falls back step by step ({@link #factor}) and says so.
 */
public final class SpeedCalibration {
    /** One measurement with owl's bound for it and the group it calibrates. */
    public record Point(Measurement measurement, double boundTokensPerS, String runtime, Quantization.Family family,
            String hardwareClass, boolean mixture) {
        public double ratio() {
            return measurement.decodeTokensPerS() / boundTokensPerS;
        }
    }

    /** A fitted factor, how many measurements it rests on, and at which level of the fallback it was found. */
    public record Factor(double value, int measurements, String basis) {}

    private static final Set<String> HBM_PREFIXES = Set.of("a100", "h100", "h200", "b200", "mi300", "mi325");

    private final List<Point> points;

    private SpeedCalibration(List<Point> points) {
        this.points = List.copyOf(points);
    }

    /** The factors fitted to every measurement of {@code catalog} whose model, format and hardware it knows. */
    public static SpeedCalibration of(Catalog catalog) {
        return new SpeedCalibration(points(catalog));
    }

    /** Every usable measurement with its bound; measurements naming unknown models or hardware are skipped. */
    public static List<Point> points(Catalog catalog) {
        List<Point> out = new ArrayList<>();
        for (Measurement m : catalog.measurements()) {
            Optional<Model> model = catalog.model(m.model());
            Optional<Accelerator> acc = catalog.accelerator(m.hardware());
            Quantization q = m.quant() == null ? null : Quantization.parse(m.quant());
            ModelShape shape = model.map(ModelShape::of).orElse(null);
            if (shape == null || acc.isEmpty() || q == null || acc.get().bandwidthGbS() == null) {
                continue;
            }
            Hardware h = Hardware.of(acc.get(), 1);
            double bound = FitCalculator.decodeBound(shape, q, m.contextTokens() == null ? 0 : m.contextTokens(), KvQuant.FP16,
                    h.bandwidthBytesPerSecondEach());
            out.add(new Point(m, bound, m.runtime(), q.family(), hardwareClass(h), shape.mixtureOfExperts()));
        }
        return out;
    }

    /** A restricted calibration (leave-one-out): the same fit over the points {@code keep} accepts. */
    public SpeedCalibration without(Predicate<Point> drop) {
        return new SpeedCalibration(points.stream().filter(drop.negate()).toList());
    }

    public List<Point> points() {
        return points;
    }

    /**
     * The hardware class a factor is fitted per: Apple silicon (Ultra chips apart), other unified-memory machines (DGX Spark,
     * Strix Halo), HBM data-center cards, or GDDR cards, each per vendor.
     */
    public static String hardwareClass(Hardware h) {
        String vendor = h.vendor() == null ? "any" : h.vendor().toLowerCase(java.util.Locale.ROOT);
        if ("apple".equals(h.kind())) {
            // an Ultra is two dies joined by UltraFusion: llama.cpp reaches a smaller share of its bandwidth
            return h.id().contains("-ultra") ? "apple-ultra" : "apple";
        }
        if ("cpu".equals(h.kind())) {
            return "cpu";
        }
        if (h.usableShare() < 1.0) {
            return vendor + "-unified";
        }
        for (String p : HBM_PREFIXES) {
            if (h.id().startsWith(p)) {
                return vendor + "-hbm";
            }
        }
        return vendor + "-gddr";
    }

    /**
     * The factor for one runtime, format family, hardware class and architecture, with its fallback basis: the same
     * architecture on the same hardware class first (any format), then either architecture there, then the same
     * architecture under the runtime on any hardware, the runtime alone, the architecture under any runtime, and
     * last every measurement.
     */
    public Factor factor(String runtime, Quantization.Family family, String hardwareClass, boolean mixture) {
        String arch = architecture(mixture);
        Predicate<Point> sameRuntime = p -> p.runtime().equals(runtime);
        Predicate<Point> sameClass = sameRuntime.and(p -> p.hardwareClass().equals(hardwareClass));
        Predicate<Point> sameArch = p -> p.mixture() == mixture;
        List<Predicate<Point>> levels = List.of(
                sameClass.and(sameArch).and(p -> p.family() == family),
                sameClass.and(sameArch),
                sameClass.and(p -> p.family() == family),
                sameClass,
                sameRuntime.and(sameArch),
                sameRuntime,
                sameArch,
                p -> true);
        String[] basis = {runtime + ", " + family.key() + ", " + hardwareClass + ", " + arch,
            runtime + " on " + hardwareClass + ", " + arch + " (any format)",
            runtime + ", " + family.key() + ", " + hardwareClass + " (any architecture: no " + arch + " measured there)",
            runtime + " on " + hardwareClass + " (any format or architecture: no " + arch + " measured there)",
            runtime + ", " + arch + " (any hardware)",
            runtime + " (any hardware or architecture)",
            arch + " under every runtime (none measured for " + runtime + ")",
            "every measurement (none for " + runtime + ")"};
        for (int i = 0; i < levels.size(); i++) {
            List<Point> group = select(levels.get(i));
            if (!group.isEmpty()) {
                return new Factor(geometricMean(group.stream().map(Point::ratio).toList()), group.size(), basis[i]);
            }
        }
        return new Factor(1.0, 0, "no measurements: the bound itself");
    }

    private static String architecture(boolean mixture) {
        return mixture ? "mixtures of experts" : "dense models";
    }

    private List<Point> select(Predicate<Point> p) {
        return points.stream().filter(p).toList();
    }

    /** The predicted decode rate of a point from this calibration. */
    public double predict(Point p) {
        return p.boundTokensPerS() * factor(p.runtime(), p.family(), p.hardwareClass(), p.mixture()).value();
    }

    /** |predicted ÷ measured − 1| per point, fitted on all points (in-sample). */
    public List<Double> errors() {
        return points.stream().map(p -> Math.abs(predict(p) / p.measurement().decodeTokensPerS() - 1)).toList();
    }

    /** |predicted ÷ measured − 1| per point, each predicted by a fit without it (leave-one-out). */
    public List<Double> leaveOneOutErrors() {
        List<Double> out = new ArrayList<>();
        for (Point p : points) {
            SpeedCalibration rest = without(x -> x == p);
            out.add(Math.abs(rest.predict(p) / p.measurement().decodeTokensPerS() - 1));
        }
        return out;
    }

    /**
     * The mean of the logarithms, exponentiated: the factor that minimises the squared log error of its group. Unlike a
     * median it does not jump between the two halves of a group whose measurements split in two clusters (DGX Spark's
     * dense models: 0.80 for Qwen2.5-7B, 0.61-0.64 for Gemma 3 4B), so leaving one measurement out moves it little.
     */
    static double geometricMean(List<Double> values) {
        return Math.exp(values.stream().mapToDouble(Math::log).average().orElse(0));
    }

    public static double median(List<Double> values) {
        if (values.isEmpty()) {
            return Double.NaN;
        }
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    /** Factors by group, for the record (bench/RESULTS.md). */
    public Map<String, Factor> groups() {
        Map<String, Factor> out = new HashMap<>();
        for (Point p : points) {
            out.putIfAbsent(p.runtime() + " | " + p.family().key() + " | " + p.hardwareClass() + " | " + architecture(p.mixture()),
                    factor(p.runtime(), p.family(), p.hardwareClass(), p.mixture()));
        }
        return out;
    }
}
