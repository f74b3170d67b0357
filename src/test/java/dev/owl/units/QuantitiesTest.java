package dev.owl.units;

import static org.assertj.core.api.Assertions.assertThat;

import dev.owl.OwlRunner;
import org.junit.jupiter.api.Test;

class QuantitiesTest {
    @Test
    void powersOfTwoUseBinarySuffixes() {
        assertThat(Quantities.tokens(131072)).isEqualTo("128K");
        assertThat(Quantities.tokens(1048576)).isEqualTo("1M");
        assertThat(Quantities.tokens(10485760)).isEqualTo("10M");
        assertThat(Quantities.tokens(202752)).isEqualTo("198K");
        assertThat(Quantities.tokens(1572864)).isEqualTo("1.5M");
    }

    @Test
    void otherCountsShowAtMostTwoDecimalsInTheLargerUnit() {
        assertThat(Quantities.tokens(1010000)).isEqualTo("0.96M");
        assertThat(Quantities.tokens(1000000)).isEqualTo("0.95M");
        assertThat(Quantities.tokens(4000)).isEqualTo("3.91K");
        assertThat(Quantities.tokens(999999)).isEqualTo("976.56K");
        assertThat(Quantities.tokens(1000)).isEqualTo("1000");
        assertThat(Quantities.tokens(512)).isEqualTo("512");
    }

    @Test
    void aMillionTokenContextPrintsInMBesideBinaryContexts() {
        var r = OwlRunner.bundled().run("list", "--family", "qwen");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).doesNotContain("1010k").contains("0.96M").contains("256K");
        var show = OwlRunner.bundled().run("show", "qwen3.5-397b-a17b");
        assertThat(show.out()).contains("0.96M tokens (1,010,000)");
        var json = OwlRunner.bundled().run("--format", "json", "show", "qwen3.5-397b-a17b");
        assertThat(json.out()).contains("\"context_tokens\" : 1010000");
    }

    @Test
    void compareSpellsTheSlidingWindowByTheSameRule() {
        var r = OwlRunner.bundled().run("compare", "gemma-4-31b-it", "llama-3.1-8b-instruct");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("1K on 50/60 layers").doesNotContain("1024 on");
    }

    @Test
    void fixedDecimalsSpellAsStringFormatDoes() {
        // ties in decimal that are not ties in binary (0.15, 2.675), tiny and huge values, negatives and -0.0
        double[] values = {0, -0.0, 0.5, 1.5, 2.5, 0.05, 0.15, 0.25, 0.35, 1.005, 2.675, 9.995, 99.95, 0.045, 1e-7, 123456789.987654,
            1e15, 3.4e20, -0.4, -2.5, -1e-9, 45.25, 80.0 / 3, Math.PI, Double.MIN_VALUE, 1.0 / 1024};
        java.util.Random random = new java.util.Random(16);
        java.util.List<Double> all = new java.util.ArrayList<>();
        for (double v : values) {
            all.add(v);
        }
        for (int i = 0; i < 20000; i++) {
            all.add(random.nextInt(100000) / 1000.0); // three decimals in decimal: ties for one and two decimals
            all.add(random.nextDouble() * Math.pow(10, random.nextInt(12) - 4) * (random.nextBoolean() ? 1 : -1));
        }
        all.add(Double.NaN);
        all.add(Double.POSITIVE_INFINITY);
        all.add(Double.NEGATIVE_INFINITY);
        for (double v : all) {
            for (int decimals = 0; decimals <= 3; decimals++) {
                assertThat(Quantities.fixed(v, decimals)).as("%s to %d decimals", v, decimals)
                        .isEqualTo(String.format(java.util.Locale.ROOT, "%." + decimals + "f", v));
            }
        }
        assertThat(Quantities.gib(48_535_150_592L)).isEqualTo("45.2 GiB");
    }

    @Test
    void aCountOfOneIsSingular() {
        assertThat(Quantities.count(1, "model")).isEqualTo("1 model");
        assertThat(Quantities.count(0, "license")).isEqualTo("0 licenses");
        assertThat(Quantities.count(2, "reference rule")).isEqualTo("2 reference rules");
        assertThat(Quantities.count(1234, "model")).isEqualTo("1,234 models");
        assertThat(Quantities.count(1, "built-in entry", "built-in entries")).isEqualTo("1 built-in entry");
        assertThat(Quantities.count(3, "built-in entry", "built-in entries")).isEqualTo("3 built-in entries");
    }

    @Test
    void countsGroupThousandsAsStringFormatDoes() {
        long[] values = {0, 7, -7, 999, 1000, -1000, 12345, 999_999, 1_000_000, 700_000_000, -123_456_789, Long.MAX_VALUE, Long.MIN_VALUE};
        java.util.Random random = new java.util.Random(16);
        java.util.List<Long> all = new java.util.ArrayList<>();
        for (long v : values) {
            all.add(v);
        }
        for (int i = 0; i < 5000; i++) {
            all.add(random.nextLong() >> random.nextInt(64));
        }
        for (long v : all) {
            assertThat(Quantities.count(v)).as("%d", v).isEqualTo(String.format(java.util.Locale.ROOT, "%,d", v));
        }
    }

    /** The digits BigDecimal spelled before Quantities stopped using it (start-up on JDK 24+): compared over many values. */
    @Test
    void plainDecimalsAndTokenCountsSpellAsBigDecimalDid() {
        double[] values = {0, -0.0, 0.5, 1.0, 10.0, 100.0, 1e7, 1.5e7, 1e-3, 9.99e-4, 1e-7, 123456789.987654, 1e15, 3.4e20, -0.4, -2.5,
            -1e-9, 45.25, 80.0 / 3, Math.PI, Double.MIN_VALUE, Double.MAX_VALUE, 1.0 / 1024, 0.1 + 0.2, 8.03};
        java.util.Random random = new java.util.Random(16);
        java.util.List<Double> all = new java.util.ArrayList<>();
        for (double v : values) {
            all.add(v);
        }
        for (int i = 0; i < 20000; i++) {
            all.add(random.nextInt(100000) / 1000.0);
            all.add(random.nextDouble() * Math.pow(10, random.nextInt(40) - 20) * (random.nextBoolean() ? 1 : -1));
            all.add((double) (random.nextInt(2000) * 1000L));
        }
        for (double v : all) {
            assertThat(Quantities.plain(v)).as("%s", v)
                    .isEqualTo(new java.math.BigDecimal(Double.toString(v)).stripTrailingZeros().toPlainString());
            if (Double.compare(v, 0.0) >= 0) { // Recommendation.gib: bytes are never negative (nor -0.0)
                assertThat(Quantities.fixed(v, 1)).as("%s", v)
                        .isEqualTo(java.math.BigDecimal.valueOf(v).setScale(1, java.math.RoundingMode.HALF_UP).toPlainString());
            }
        }
        java.util.List<Integer> counts = new java.util.ArrayList<>(java.util.List.of(1024, 1025, 1536, 999_999, 1_000_000, 1_048_576,
                -2048, -1_000_000, Integer.MAX_VALUE, Integer.MIN_VALUE + 1, 1023 * 1024 + 5, 5 * 1024 + 512 + 5));
        for (int i = 0; i < 20000; i++) {
            counts.add(random.nextInt() >> random.nextInt(31));
        }
        for (int t : counts) {
            java.math.BigDecimal unit = java.math.BigDecimal.valueOf(Math.abs(t) < 1_000_000 ? 1024 : 1024 * 1024);
            String expected = Math.abs(t) < 1024 ? Integer.toString(t)
                    : java.math.BigDecimal.valueOf(t).divide(unit, 2, java.math.RoundingMode.HALF_EVEN).stripTrailingZeros().toPlainString()
                            + (Math.abs(t) < 1_000_000 ? "K" : "M");
            assertThat(Quantities.tokens(t)).as("%d", t).isEqualTo(expected);
        }
    }
}
