package dev.owl.recommend;

import dev.owl.catalog.Model;
import dev.owl.fit.FitCalculator;
import dev.owl.fit.FitEstimate;
import dev.owl.fit.ModelShape;
import dev.owl.fit.Quantization;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * One model's fit estimates on the query's hardware, each format sized once: choosing the format and choosing the run
 * line ask for the same formats, and over a large catalog the estimates are most of the ranking's work.
 */
final class Sizes {
    private final Map<Quantization, FitEstimate> sized = new EnumMap<>(Quantization.class);
    private final Function<Quantization, FitEstimate> size;
    private final ModelShape shape;
    private final double memoryBytes;

    /** {@code memoryBytes}: all the devices' memory, which no runtime's share exceeds. */
    Sizes(ModelShape shape, double memoryBytes, Function<Quantization, FitEstimate> size) {
        this.shape = shape;
        this.memoryBytes = memoryBytes;
        this.size = size;
    }

    FitEstimate of(Quantization q) {
        return sized.computeIfAbsent(q, size);
    }

    /** The best-quality format that fits; if none fits, the estimate of the smallest tried. */
    FitEstimate best(Model m, Requirements req, Long approxKv) {
        List<Quantization> tries = req.quant() != null ? List.of(req.quant()) : Recommender.AUTO_QUANTS;
        Quantization released = m.architecture() == null || m.architecture().nativeFormat() == null ? null
                : Quantization.parse(m.architecture().nativeFormat());
        if (req.quant() == null && released != null && !tries.contains(released)) {
            // the vendor's release format loses nothing against its own figures: try it right after 16-bit
            tries = new ArrayList<>(tries);
            tries.add(1, released);
        }
        FitEstimate last = null;
        for (int i = 0; i < tries.size(); i++) {
            Quantization q = tries.get(i);
            if (i < tries.size() - 1 && FitCalculator.weightsBytes(shape, q) > memoryBytes) {
                continue; // its weights alone exceed the memory: it cannot fit, and only the last tried is reported
            }
            last = of(q);
            if (Recommendation.fits(last, approxKv)) {
                return last;
            }
        }
        return last;
    }
}
