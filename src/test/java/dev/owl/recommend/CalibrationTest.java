package dev.owl.recommend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Mean-sigma equating of one suite's percentiles onto the reference suite's, through the models both cover. */
class CalibrationTest {
    @Test
    void theSharedModelsGetTheReferencesMeanAndSpread() {
        // a leaderboard of older models puts them at 0.1..0.9; the reference puts the same models at 0.05..0.45
        double[] x = {0.1, 0.3, 0.5, 0.7, 0.9};
        double[] y = {0.05, 0.15, 0.25, 0.35, 0.45};
        Calibration c = Calibration.fit(x, y, 5, 0.98);
        assertThat(c.slope()).isCloseTo(0.5, within(1e-9));
        assertThat(c.apply(0.9)).isCloseTo(0.45, within(1e-9));
        assertThat(c.apply(0.5)).isCloseTo(0.25, within(1e-9));
        assertThat(c.identity()).isFalse();
    }

    @Test
    void noisePairsDoNotPullTheTopTowardTheMiddleAsARegressionWould() {
        double[] x = {0.1, 0.3, 0.5, 0.7, 0.9};
        double[] y = {0.3, 0.1, 0.5, 0.9, 0.7}; // correlated, not perfectly
        Calibration c = Calibration.fit(x, y, 5, 0.98);
        // equal spreads: the slope is 1, where least squares would give the correlation, 0.8
        assertThat(c.slope()).isCloseTo(1.0, within(1e-9));
    }

    @Test
    void tooFewSharedModelsOrNoPositiveRelationKeepTheSuitesOwnPercentiles() {
        assertThat(Calibration.fit(new double[] {0.1, 0.5, 0.9, 0.7}, new double[] {0.2, 0.4, 0.6, 0.5}, 4, 0.98).identity()).isTrue();
        Calibration opposite = Calibration.fit(new double[] {0.1, 0.3, 0.5, 0.7, 0.9}, new double[] {0.9, 0.7, 0.5, 0.3, 0.1}, 5, 0.98);
        assertThat(opposite.identity()).isTrue();
        assertThat(opposite.apply(0.8)).isEqualTo(0.8);
    }

    @Test
    void aCarriedPercentileNeverPassesTheReferencesTopPlaceNorFallsBelowZero() {
        Calibration c = Calibration.fit(new double[] {0.1, 0.2, 0.3, 0.4, 0.5}, new double[] {0.5, 0.6, 0.7, 0.8, 0.9}, 5, 0.95);
        assertThat(c.apply(1.0)).isEqualTo(0.95);
        Calibration down = Calibration.fit(new double[] {0.5, 0.6, 0.7, 0.8, 0.9}, new double[] {0.1, 0.2, 0.3, 0.4, 0.5}, 5, 0.95);
        assertThat(down.apply(0.0)).isZero();
    }
}
