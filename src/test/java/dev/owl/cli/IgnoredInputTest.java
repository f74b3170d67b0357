package dev.owl.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.owl.OwlRunner;
import dev.owl.OwlRunner.Result;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a user typed is never dropped without a word: an option a mode does not take, and a report that another
 * report of the same run would replace or run into, are usage errors (exit 2) before any work is done.
 */
class IgnoredInputTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String FIX = "src/test/resources/license-fixture/";

    @TempDir
    Path tmp;

    private static Result check(String... args) {
        List<String> all = new ArrayList<>(List.of("--catalog", FIX + "catalog", "license", "check", "--model", "mixtral"));
        all.addAll(List.of(args));
        return OwlRunner.fixture().run(all.toArray(String[]::new));
    }

    private static void refused(Result r, String... said) {
        assertThat(r.exitCode()).as(r.err()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).startsWith("error: ").contains(said).doesNotContain("\tat ");
    }

    @Test
    void listGpusRefusesAModelAndSizingOptionsItWouldIgnore() throws Exception {
        refused(OwlRunner.fixture().run("fit", "--list-gpus", "llama-3.1-8b-instruct"),
                "error: --list-gpus does not take MODEL; it would be ignored", "help: leave out MODEL (--list-gpus goes with --gpu, --wide only)");
        refused(OwlRunner.fixture().run("fit", "--list-gpus", "--vram", "24"), "--list-gpus does not take --vram");
        refused(OwlRunner.fixture().run("fit", "--list-gpus", "--gpu", "rtx-4090", "--quant", "q4_k_m"), "--list-gpus does not take --quant");

        Result typed = OwlRunner.fixture().run("--format", "json", "fit", "--list-gpus", "--gpu", "rtx-4090");
        assertThat(typed.exitCode()).as(typed.err()).isZero();
        JsonNode gpus = JSON.readTree(typed.out());
        assertThat(gpus).hasSize(1);
        assertThat(gpus.get(0).get("id").asText()).isEqualTo("rtx-4090");
    }

    @Test
    void listGpusOnANarrowTerminalPointsAtWideAndWideKeepsEveryColumn() {
        Result narrow = OwlRunner.fixture().terminal(60).run("fit", "--list-gpus");
        assertThat(narrow.exitCode()).as(narrow.err()).isZero();
        assertThat(narrow.out().replaceAll("\\s+", " ")).contains("left out to fit 60 columns: --wide shows them.");

        Result wide = OwlRunner.fixture().terminal(60).run("fit", "--list-gpus", "--wide");
        assertThat(wide.exitCode()).as(wide.err()).isZero();
        assertThat(wide.out().lines().findFirst().orElseThrow()).contains("KIND", "MEMORY", "BANDWIDTH", "BF16", "FP8");
        assertThat(wide.out()).doesNotContain("left out");
    }

    @Test
    void listTasksRefusesTheQueryOptionsItWouldIgnore() {
        refused(OwlRunner.fixture().run("recommend", "--list-tasks", "--task", "code"), "--list-tasks does not take --task",
                "help: leave out --task");
        refused(OwlRunner.fixture().run("recommend", "--list-tasks", "--gpu", "rtx-4090"), "--list-tasks does not take --gpu");
        Result json = OwlRunner.fixture().run("--format", "json", "recommend", "--list-tasks");
        assertThat(json.exitCode()).as(json.err()).isZero();
    }

    @Test
    void initWritesOnlyToPolicyAndExplainTakesNoScanOptions() throws Exception {
        Path elsewhere = tmp.resolve("policy.yaml");
        refused(check("--init", "-o", elsewhere.toString()), "--init does not take");
        assertThat(elsewhere).doesNotExist();

        Result init = OwlRunner.fixture().run("license", "check", "--init", "--policy", elsewhere.toString());
        assertThat(init.exitCode()).as(init.err()).isZero();
        assertThat(elsewhere).isRegularFile();

        refused(OwlRunner.fixture().run("license", "check", "--explain", "mau-threshold", "src"), "--explain does not take PATH");
        refused(OwlRunner.fixture().run("license", "check", "--explain", "mau-threshold", "--strict"), "--explain does not take --strict");
    }

    @Test
    void twoReportsToOneFileAreRefusedBeforeEitherIsWritten() throws Exception {
        Path report = tmp.resolve("report.json");
        refused(check("--format", "json", "-o", report.toString(), "--report", "sarif=" + report),
                report + " is given two reports; one would replace the other", "help: write each report to its own file");
        refused(check("--report", "sarif=" + report, "--report", "junit=" + tmp.resolve(".").resolve("report.json")),
                "is given two reports");
        assertThat(report).doesNotExist();
    }

    @Test
    void oneFormatAskedForTwiceIsRefusedNotHalfWritten() {
        Path a = tmp.resolve("a.json");
        Path b = tmp.resolve("b.json");
        refused(check("--report", "json=" + a, "--report", "json=" + b), "--report json is given twice; only the last would be written");
        assertThat(a).doesNotExist();
        assertThat(b).doesNotExist();
    }

    @Test
    void stdoutTakesOneDocumentSoJqCanReadIt() throws Exception {
        refused(check("--format", "json", "--report", "sarif=-"), "stdout is given two reports; one would run into the other");
        refused(check("--format", "sarif", "--report", "sarif=-"), "stdout is given two reports");
        refused(check("-o", "-", "--report", "yaml=-"), "stdout is given two reports");

        Path findings = tmp.resolve("findings.json");
        Result r = check("--format", "json", "-o", findings.toString(), "--report", "sarif=-");
        assertThat(r.exitCode()).as(r.err()).isIn(0, 1);
        assertThat(JSON.readTree(r.out()).get("version").asText()).isEqualTo("2.1.0");
        assertThat(JSON.readTree(findings.toFile()).get("verdict").asText()).isIn("pass", "fail");
    }

    @Test
    void anEmptyNameGetsNoGuessesAtShortNames() {
        Result r = OwlRunner.fixture().run("fit", "--gpu", "");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("unknown GPU ''").doesNotContain("did you mean");
    }

    /** The range an error gives is one the option takes: '2G' was named as the limit and refused as not a token count. */
    @Test
    void aContextOutOfRangeNamesALimitTheOptionAccepts() {
        Result r = OwlRunner.fixture().run("fit", "llama-3.1-8b-instruct", "--gpu", "rtx-4090", "--context", "999999999999");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("is out of range (1 to 2047M tokens)");
        Result limit = OwlRunner.fixture().run("fit", "llama-3.1-8b-instruct", "--gpu", "rtx-4090", "--context", "2047M", "--quant", "q4_k_m");
        assertThat(limit.exitCode()).as(limit.err()).isZero();
    }

    /** The what-fits list answers for one quantization and one context: a second would be dropped without a word. */
    @Test
    void fitWithoutAModelRefusesASecondQuantOrContextAndAModelGetsEachOnce() throws Exception {
        refused(OwlRunner.fixture().run("fit", "--gpu", "rtx-4090", "--quant", "q4_k_m,q8_0"),
                "error: without a model, fit takes one --quant; the others would be ignored");
        refused(OwlRunner.fixture().run("fit", "--gpu", "rtx-4090", "--context", "4K", "--context", "32K"),
                "error: without a model, fit takes one --context; the others would be ignored");
        assertThat(OwlRunner.fixture().run("fit", "--gpu", "rtx-4090", "--quant", "q4_k_m,Q4_K_M", "--context", "4K,4096")
                .exitCode()).as("the same value twice is one value").isZero();

        Result rows = OwlRunner.fixture().run("fit", "llama-3.1-8b-instruct", "--gpu", "rtx-4090", "--quant", "q4_k_m,Q4_K_M,q4_k_m",
                "--context", "4K,4096", "--format", "json");
        assertThat(rows.exitCode()).as(rows.err()).isZero();
        assertThat(JSON.readTree(rows.out())).as("one row, not one per repetition").hasSize(1);
    }
}
