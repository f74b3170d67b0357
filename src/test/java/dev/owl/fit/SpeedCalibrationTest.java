package dev.owl.fit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.owl.catalog.Catalog;
import dev.owl.catalog.CatalogLoader;
import dev.owl.catalog.CatalogLocation;
import dev.owl.catalog.Measurement;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The typical-speed factors fitted to the catalog's published measurements, and how well they predict them. */
class SpeedCalibrationTest {
    private static final Catalog CATALOG = new CatalogLoader().load(List.of(new CatalogLocation("catalog", Path.of("catalog"), true)));

    @Test
    void theCatalogHoldsAtLeastFortySourcedMeasurementsAcrossVendorsAndMixturesOfExperts() {
        List<Measurement> all = CATALOG.measurements();
        assertThat(all).hasSizeGreaterThanOrEqualTo(40);
        assertThat(all).allSatisfy(m -> {
            assertThat(m.source().url()).startsWith("https://");
            assertThat(m.source().asOf()).isNotNull();
            assertThat(CATALOG.model(m.model())).as(m.model()).isPresent();
            assertThat(CATALOG.accelerator(m.hardware())).as(m.hardware()).isPresent();
            assertThat(Quantization.parse(m.quant())).as(m.quant()).isNotNull();
        });
        // every measurement is usable: its model, format and hardware are known to owl
        assertThat(SpeedCalibration.points(CATALOG)).hasSize(all.size());
        Set<String> classes = SpeedCalibration.points(CATALOG).stream().map(SpeedCalibration.Point::hardwareClass)
                .collect(Collectors.toSet());
        assertThat(classes).contains("nvidia-gddr", "nvidia-hbm", "apple", "amd-gddr");
        assertThat(all).anyMatch(m -> CATALOG.model(m.model()).orElseThrow().architecture().isMixtureOfExperts());
    }

    @Test
    void theFittedFactorsPredictTheMeasurementsWithinFifteenPercentMedian() {
        SpeedCalibration c = SpeedCalibration.of(CATALOG);
        double median = SpeedCalibration.median(c.errors());
        assertThat(median).as("median |error| over %d measurements", c.points().size()).isLessThanOrEqualTo(0.15);
        // every factor is an efficiency: real runtimes reach part of the bound, never more than it
        assertThat(c.groups().values()).allSatisfy(f -> assertThat(f.value()).isBetween(0.05, 1.0));
    }

    @Test
    void theBoundAloneOverstatesRealSpeed() {
        // without calibration (factor 1) owl's figure is the bound: most measurements fall well below it
        List<Double> boundErrors = SpeedCalibration.points(CATALOG).stream()
                .map(p -> Math.abs(p.boundTokensPerS() / p.measurement().decodeTokensPerS() - 1)).toList();
        assertThat(SpeedCalibration.median(boundErrors)).isGreaterThan(0.15);
    }

    @Test
    void mixturesOfExpertsReachLessOfTheBoundThanDenseModelsOnTheSameCards() {
        SpeedCalibration c = SpeedCalibration.of(CATALOG);
        for (String hardwareClass : List.of("nvidia-gddr", "apple-ultra")) {
            SpeedCalibration.Factor dense = c.factor("llama.cpp", Quantization.Family.GGUF, hardwareClass, false);
            SpeedCalibration.Factor moe = c.factor("llama.cpp", Quantization.Family.GGUF, hardwareClass, true);
            assertThat(moe.basis()).as(hardwareClass).endsWith("mixtures of experts");
            assertThat(dense.basis()).as(hardwareClass).endsWith("dense models");
            assertThat(moe.value()).as(hardwareClass).isLessThan(dense.value() * 0.8);
        }
    }

    @Test
    void aClassWithoutMixtureMeasurementsFallsBackToItsDenseFactorAndSaysSo() {
        SpeedCalibration c = SpeedCalibration.of(CATALOG);
        SpeedCalibration.Factor hbm = c.factor("llama.cpp", Quantization.Family.GGUF, "nvidia-hbm", true);
        assertThat(hbm.basis()).contains("any architecture: no mixtures of experts measured there");
        assertThat(hbm.value()).isEqualTo(c.factor("llama.cpp", Quantization.Family.GGUF, "nvidia-hbm", false).value());
        // no vLLM measurement: a mixture takes the median of mixtures under every runtime
        assertThat(c.factor("vllm", Quantization.Family.AWQ, "nvidia-gddr", true).basis())
                .isEqualTo("mixtures of experts under every runtime (none measured for vllm)");
    }

    @Test
    void gemma4MixtureOfExpertsIsPredictedWithinAFifthWhenEachMeasurementIsLeftOut() {
        // issue 14's case: one factor for every model put Gemma 4 26B-A4B at 1.4-1.6x its measured speed on an RTX 3090
        SpeedCalibration c = SpeedCalibration.of(CATALOG);
        List<SpeedCalibration.Point> gemma = c.points().stream()
                .filter(p -> p.measurement().model().equals("gemma-4-26b-a4b-it")).toList();
        assertThat(gemma).hasSizeGreaterThanOrEqualTo(2);
        for (SpeedCalibration.Point p : gemma) {
            double predicted = c.without(x -> x == p).predict(p);
            assertThat(Math.abs(predicted / p.measurement().decodeTokensPerS() - 1)).as("leave-one-out, %s", p.measurement())
                    .isLessThan(0.2);
        }
    }
}
