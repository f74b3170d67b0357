package dev.owl.recommend;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Which suites reach a task's reference scale, directly, through a bridge of carried suites, or not at all. */
class ReferenceScaleTest {
    private static final double N = Double.NaN;
    private static final Suite REF = Suite.common("Ref", "ref", "reference");
    private static final Suite WIDE = Suite.common("Wide", "wide", "shares many models with the reference");
    private static final Suite NARROW = Suite.common("Narrow", "narrow", "shares 4 with the reference, more with Wide");
    private static final Suite LONE = Suite.common("Lone", "lone", "shares 2 models with anything");
    private static final Suite VENDOR = Suite.vendor("Card");
    private static final List<Suite> SUITES = List.of(REF, WIDE, NARROW, LONE, VENDOR);

    private static Map<Suite, double[]> sorted() {
        Map<Suite, double[]> m = new LinkedHashMap<>();
        SUITES.forEach(s -> m.put(s, new double[] {1, 2, 3, 4, 5, 6, 7, 8}));
        return m;
    }

    // rows: models; columns: REF, WIDE, NARROW, LONE, VENDOR (own percentiles, NaN = no figure)
    private static final double[][] RAW = {
        {0.1, 0.2, 0.1, N, 0.3},
        {0.3, 0.3, 0.3, N, N},
        {0.5, 0.5, 0.6, N, N},
        {0.7, 0.8, 0.7, N, 0.5},
        {0.9, 0.9, N, 0.2, N},
        {N, 0.6, 0.5, N, N},
        {N, 0.4, 0.2, N, N},
        {N, N, N, 0.8, 0.9},
    };

    @Test
    void aSuiteSharingTooFewWithTheReferenceIsCarriedThroughTheSuitesAlreadyOnItsScale() {
        ReferenceScale s = ReferenceScale.fit(SUITES, RAW, sorted());
        assertThat(s.reference()).isEqualTo(REF);
        assertThat(s.calibration(WIDE).identity()).isFalse(); // 5 shared with the reference
        assertThat(s.calibration(NARROW).overlap()).isEqualTo(6); // 4 with the reference, 2 more through Wide
        assertThat(s.weight(REF)).isEqualTo(Suite.COMMON_TRUST);
        assertThat(s.weight(NARROW)).isEqualTo(Suite.COMMON_TRUST);
    }

    @Test
    void aCommonSuiteThatCannotBeCarriedCountsAsAVendorFigureDoes() {
        ReferenceScale s = ReferenceScale.fit(SUITES, RAW, sorted());
        assertThat(s.calibration(LONE).identity()).isTrue();
        assertThat(s.weight(LONE)).isEqualTo(Suite.VENDOR_TRUST);
        assertThat(s.weight(VENDOR)).isEqualTo(Suite.VENDOR_TRUST);
        assertThat(s.calibration(VENDOR).identity()).isTrue();
    }

    @Test
    void withoutACommonProtocolFigureThereIsNoReferenceAndEverySuiteKeepsItsWeight() {
        double[][] vendorOnly = {{N, N, N, N, 0.4}, {N, N, N, N, 0.6}};
        Map<Suite, double[]> sorted = new LinkedHashMap<>();
        sorted.put(VENDOR, new double[] {1, 2});
        ReferenceScale s = ReferenceScale.fit(SUITES, vendorOnly, sorted);
        assertThat(s.reference()).isNull();
        assertThat(s.weight(VENDOR)).isEqualTo(Suite.VENDOR_TRUST);
    }
}
