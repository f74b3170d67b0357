package dev.owl.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.owl.Golden;
import dev.owl.OwlRunner;
import dev.owl.OwlRunner.Result;
import dev.owl.render.TextWidth;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 18: on an 80-column terminal fit and recommend keep their answer columns (fit: AVAILABLE, FITS, ~TOK/S;
 * recommend: WHY), leave out lower-priority ones with a line that names them, and --wide keeps every column.
 */
class NarrowTerminalTest {
    private static Result run(int columns, String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.add("--no-pager");
        Result r = OwlRunner.fixture().terminal(columns).env("NO_COLOR", "1").run(all.toArray(String[]::new));
        assertThat(r.exitCode()).as(r.err()).isZero();
        return r;
    }

    private static String header(Result r) {
        return r.out().lines().findFirst().orElseThrow();
    }

    private static void fitsIn(Result r, int columns) {
        assertThat(r.out().lines()).allSatisfy(l -> assertThat(TextWidth.of(l)).as(l).isLessThanOrEqualTo(columns));
    }

    @Test
    void fitKeepsItsAnswerColumnsAndNamesTheOnesItLeavesOut() {
        Result r = run(80, "fit", "mixtral-8x7b-instruct-v0.1", "--gpu", "rtx-4090");
        Golden.assertMatches("fit-mixtral-rtx-4090.80.table", r.out());
        fitsIn(r, 80);
        assertThat(header(r)).contains("TOTAL", "AVAILABLE", "FITS", "~TOK/S").doesNotContain("KV CACHE", "OVERHEAD");
        assertThat(r.out()).contains("\nKV CACHE, OVERHEAD left out to fit 80 columns: --wide shows them.\n");
        Result narrow = run(60, "fit", "mixtral-8x7b-instruct-v0.1", "--gpu", "rtx-4090");
        fitsIn(narrow, 60);
        assertThat(header(narrow)).contains("AVAILABLE", "FITS", "~TOK/S");
    }

    @Test
    void whatFitsKeepsFreeSpeedAndQualityAndTheHardwareWhenSeveralAreCompared() {
        Result r = run(80, "fit", "--gpu", "rtx-4090", "--context", "32K");
        Golden.assertMatches("fit-what-fits-rtx-4090.80.table", r.out());
        fitsIn(r, 80);
        assertThat(header(r)).contains("MODEL", "TOTAL", "FREE", "~TOK/S", "QUALITY");
        Result two = run(80, "fit", "--gpu", "rtx-4090,h100-sxm", "--context", "32K");
        fitsIn(two, 80);
        assertThat(header(two)).contains("HARDWARE", "FREE", "~TOK/S", "QUALITY");
        assertThat(two.out()).contains("rtx-4090", "h100-sxm");
    }

    @Test
    void recommendKeepsWhy() {
        Result r = run(80, "recommend", "--task", "code", "--gpu", "rtx-4090");
        Golden.assertMatches("recommend-code-rtx-4090.80.table", r.out());
        fitsIn(r, 80);
        assertThat(header(r)).contains("RANK", "MODEL", "SCORE", "WHY");
        Result narrow = run(60, "recommend", "--task", "code", "--gpu", "rtx-4090");
        fitsIn(narrow, 60);
        assertThat(header(narrow)).contains("MODEL", "WHY");
        assertThat(narrow.out().replaceAll("\\s+", " ")).contains("left out to fit 60 columns: --wide shows them.");
    }

    @Test
    void wideKeepsEveryColumnAndNothingIsSaidLeftOut() {
        Result fit = run(80, "fit", "mixtral-8x7b-instruct-v0.1", "--gpu", "rtx-4090", "--wide"); // 101 columns: lines run over
        assertThat(header(fit).split("\\s{2,}")).containsExactly("QUANT", "BITS/W", "CONTEXT", "WEIGHTS", "KV CACHE", "OVERHEAD",
                "TOTAL", "HARDWARE", "AVAILABLE", "FITS", "~TOK/S");
        assertThat(fit.out()).doesNotContain("left out to fit");
        Result rec = run(80, "recommend", "--task", "code", "--gpu", "rtx-4090", "--wide");
        assertThat(header(rec).split("\\s{2,}")).containsExactly("RANK", "MODEL", "LICENSE", "FITS", "~TOK/S", "SCORE", "WHY");
        fitsIn(rec, 80); // WHY wraps instead
        assertThat(rec.out()).doesNotContain("left out to fit");
        // piped output is never fitted, so nothing is left out there either
        assertThat(OwlRunner.fixture().run("fit", "mixtral-8x7b-instruct-v0.1", "--gpu", "rtx-4090").out()).contains("KV CACHE")
                .doesNotContain("left out to fit");
    }
}
