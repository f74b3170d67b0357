package dev.owl.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.owl.OwlRunner;
import dev.owl.OwlRunner.Result;
import org.junit.jupiter.api.Test;

/** Issue 18's --quiet (only the result) and --verbose (what it rests on, on stderr). */
class QuietVerboseTest {
    private static final String[] COST = {"cost", "ministral-3-8b-instruct-2512", "--tokens-per-day", "20M", "--gpu", "l4"};

    private static String[] with(String[] args, String... more) {
        return java.util.stream.Stream.concat(java.util.Arrays.stream(args), java.util.Arrays.stream(more)).toArray(String[]::new);
    }

    @Test
    void quietLeavesOutTheAssumptionsButNotTheResult() {
        Result normal = OwlRunner.bundled().run(COST);
        Result quiet = OwlRunner.bundled().run(with(COST, "--quiet"));
        assertThat(normal.out()).contains("All figures are estimates.").contains("a month is 30.4375 days").contains("break-even: ");
        assertThat(quiet.exitCode()).isZero();
        assertThat(quiet.out()).doesNotContain("All figures are estimates").doesNotContain("a month is 30.4375 days")
                .contains("mistral-la-plateforme").contains("self_host").contains("BREAK-EVEN TOKENS/DAY");
        assertThat(quiet.out()).isEqualTo(normal.out().substring(0, normal.out().indexOf("\nEstimated monthly cost")));
    }

    @Test
    void quietAndVerboseLeaveMachineFormatsAlone() {
        for (String format : new String[] {"json", "yaml", "csv"}) {
            String normal = OwlRunner.bundled().run(with(COST, "--format", format)).out();
            assertThat(OwlRunner.bundled().run(with(COST, "--format", format, "-q")).out()).isEqualTo(normal);
            assertThat(OwlRunner.bundled().run(with(COST, "--format", format, "-v")).out()).isEqualTo(normal);
        }
    }

    @Test
    void quietLeavesOutTheProseUnderATable() {
        String[] fit = {"fit", "llama-3.1-8b-instruct", "--gpu", "rtx-4090", "--quant", "q4_k_m"};
        Result normal = OwlRunner.bundled().run(fit);
        Result quiet = OwlRunner.bundled().run(with(fit, "-q"));
        assertThat(normal.out()).contains("  - ");
        assertThat(quiet.exitCode()).isZero();
        assertThat(quiet.out()).doesNotContain("  - ").contains("q4_k_m");
        assertThat(normal.out()).startsWith(quiet.out().strip());
    }

    @Test
    void quietCatalogValidateSaysNothingWhenValidAndEverythingWhenNot() {
        Result valid = OwlRunner.fixture().run("catalog", "validate", "--quiet");
        assertThat(valid.exitCode()).isZero();
        assertThat(valid.out()).isEmpty();
        assertThat(valid.err()).isEmpty();
        Result broken = OwlRunner.fixture().run("catalog", "validate", "examples/broken-catalog", "-q");
        assertThat(broken.exitCode()).isEqualTo(1);
        assertThat(broken.out()).isEqualTo(OwlRunner.fixture().run("catalog", "validate", "examples/broken-catalog").out());
    }

    @Test
    void verboseSaysOnStderrWhereTheAnswerComesFrom() {
        Result normal = OwlRunner.fixture().run("list");
        Result verbose = OwlRunner.fixture().run("--verbose", "list");
        assertThat(verbose.exitCode()).isZero();
        assertThat(verbose.out()).isEqualTo(normal.out());
        assertThat(normal.err()).isEmpty();
        assertThat(verbose.err().lines()).containsExactly(
                "owl: config file: none ($OWL_CONFIG=/dev/null)",
                "owl: catalog: 5 models, 3 licenses, 2 accelerators, 7 runtimes from catalog (built-in)");
        assertThat(OwlRunner.fixture().run("catalog", "validate", "-v").err())
                .contains("owl: catalog: 5 models, 3 licenses, 2 accelerators, 7 runtimes from catalog (built-in)");
    }

    @Test
    void quietAndVerboseTogetherAreAUsageError() {
        Result r = OwlRunner.fixture().run("list", "-q", "-v");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).contains("--quiet and --verbose exclude each other");
    }

    @Test
    void quietRecommendPrintsOnlyTheRanking() {
        String[] rec = {"recommend", "--task", "code", "--gpu", "rtx-4090"};
        Result normal = OwlRunner.bundled().run(rec);
        Result quiet = OwlRunner.bundled().run(with(rec, "-q"));
        assertThat(normal.out()).contains("Excluded (");
        assertThat(quiet.exitCode()).isZero();
        assertThat(quiet.out()).doesNotContain("Excluded").doesNotContain("closest misses").doesNotContain("Run #1")
                .doesNotEndWith("\n\n").contains("MODEL");
        assertThat(quiet.out().lines()).noneMatch(String::isBlank);
    }

    @Test
    void quietFitEndsWithTheTable() {
        for (String[] fit : new String[][] {{"fit", "llama-3.1-8b-instruct", "--gpu", "rtx-4090"},
                {"fit", "--gpu", "rtx-4090", "--quant", "q4_k_m"}, {"fit", "llama-3.1-8b-instruct", "--gpu", "rtx-4090,l4"}}) {
            Result quiet = OwlRunner.bundled().run(with(fit, "-q"));
            assertThat(quiet.exitCode()).isZero();
            Result narrow = OwlRunner.bundled().terminal(80).env("PAGER", "cat").run(with(fit, "-q", "--color", "never"));
            assertThat(narrow.out()).as("80 columns: " + String.join(" ", fit)).doesNotEndWith("\n\n");
            assertThat(narrow.out().lines()).as("80 columns: " + String.join(" ", fit)).noneMatch(String::isBlank);
            assertThat(quiet.out()).as(String.join(" ", fit)).endsWith("\n").doesNotEndWith("\n\n");
            assertThat(quiet.out().lines()).as(String.join(" ", fit)).noneMatch(String::isBlank);
        }
    }

    @Test
    void quietLicenseCheckPrintsOnlyTheVerdictLine() {
        String[] check = {"license", "check", "examples/app", "--policy", "examples/app/owl-policy.yaml"};
        Result normal = OwlRunner.bundled().run(check);
        Result quiet = OwlRunner.bundled().run(with(check, "--quiet"));
        assertThat(quiet.exitCode()).isEqualTo(1).isEqualTo(normal.exitCode());
        String verdict = normal.out().lines().filter(l -> l.startsWith("verdict: ")).findFirst().orElseThrow();
        assertThat(quiet.out()).isEqualTo(verdict + "\n");
        Result inventory = OwlRunner.bundled().run(with(check, "--inventory", "-q"));
        assertThat(inventory.out()).isEqualTo(verdict + "\n");
        for (String format : new String[] {"json", "csv", "sarif"}) {
            assertThat(OwlRunner.bundled().run(with(check, "--format", format, "-q")).out())
                    .isEqualTo(OwlRunner.bundled().run(with(check, "--format", format)).out());
        }
    }
}
