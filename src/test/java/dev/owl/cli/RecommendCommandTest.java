package dev.owl.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.owl.OwlRunner;
import dev.owl.OwlRunner.Result;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Recommendation questions on the frozen test catalog, plus the license-check overlay. */
class RecommendCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String OVERLAY = "src/test/resources/license-fixture/catalog";

    private static JsonNode recommend(String... args) throws Exception {
        List<String> all = new ArrayList<>(List.of("--catalog", OVERLAY, "recommend", "--format", "json", "--top", "20"));
        all.addAll(List.of(args));
        Result r = OwlRunner.fixture().run(all.toArray(String[]::new));
        assertThat(r.exitCode()).as(r.err()).isZero();
        return JSON.readTree(r.out());
    }

    private static List<String> ids(JsonNode report) {
        List<String> out = new ArrayList<>();
        report.get("recommendations").forEach(n -> out.add(n.get("model").asText()));
        return out;
    }

    private static String excludedBecause(JsonNode report, String model) {
        for (JsonNode e : report.get("excluded")) {
            if (e.get("model").asText().equals(model)) {
                return e.get("reasons").toString();
            }
        }
        return null;
    }

    @Test
    void codingOnOneRtx4090WithApacheOrMitOnly() throws Exception {
        JsonNode r = recommend("--task", "code", "--gpu", "rtx-4090", "--license-allow", "apache-2.0,mit");
        assertThat(ids(r)).isNotEmpty().doesNotContain("llama-3.1-8b-instruct", "mistral-large-instruct-2407");
        for (JsonNode rec : r.get("recommendations")) {
            assertThat(rec.get("license").asText()).isIn("apache-2.0", "mit");
            assertThat(rec.get("fits").asBoolean()).isTrue();
            assertThat(rec.get("total_bytes").asLong()).isLessThanOrEqualTo(24L << 30);
        }
        assertThat(excludedBecause(r, "llama-3.1-8b-instruct")).contains("not in the allow list (apache-2.0, mit)");
        // Mistral Large 2 (123B) is excluded twice over: the license and the memory
        assertThat(excludedBecause(r, "mistral-large-instruct-2407")).contains("not in the allow list").contains("GiB available");
        assertThat(r.get("query").get("gpu").asText()).isEqualTo("rtx-4090");
    }

    /** Without hardware nothing can fit or run at a speed: the table and csv leave FITS and ~TOK/S out instead of empty. */
    @Test
    void theFitColumnsAppearOnlyWhenTheQueryNamesHardware() {
        Result none = OwlRunner.fixture().terminal(200).env("NO_COLOR", "1").run("recommend", "--task", "code", "--no-pager");
        assertThat(none.exitCode()).isZero();
        assertThat(none.out().lines().findFirst().orElseThrow()).startsWith("RANK").doesNotContain("FITS", "~TOK/S").contains("SCORE");
        Result csv = OwlRunner.fixture().run("recommend", "--task", "code", "--format", "csv");
        assertThat(csv.out().lines().findFirst().orElseThrow()).isEqualTo("RANK,MODEL,LICENSE,SCORE,WHY,APPROX");
        for (String hw : List.of("--gpu rtx-4090", "--vram 24 --bandwidth 1008")) {
            Result r = OwlRunner.fixture().terminal(200).env("NO_COLOR", "1").run(("recommend --task code --no-pager " + hw).split(" "));
            assertThat(r.out().lines().findFirst().orElseThrow()).as(hw).contains("FITS", "~TOK/S");
        }
    }

    /**
     * --vram alone has no bandwidth, so no speed: ~TOK/S is left out (not shown empty), the summary says why, and
     * --min-tok-s is refused rather than excluding every model as "speed unknown".
     */
    @Test
    void vramWithoutBandwidthShowsNoSpeedColumnAndSaysWhy() {
        Result r = OwlRunner.fixture().terminal(200).env("NO_COLOR", "1").run("recommend", "--task", "code", "--vram", "24", "--no-pager");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out().lines().findFirst().orElseThrow()).contains("FITS").doesNotContain("~TOK/S");
        assertThat(r.out()).contains("no speed estimate without the memory bandwidth (--bandwidth GB_PER_S)");
        Result csv = OwlRunner.fixture().run("recommend", "--task", "code", "--vram", "24", "--format", "csv");
        assertThat(csv.out().lines().findFirst().orElseThrow()).isEqualTo("RANK,MODEL,LICENSE,FITS,SCORE,WHY,APPROX");
        Result min = OwlRunner.fixture().run("recommend", "--task", "code", "--vram", "24", "--min-tok-s", "30");
        assertThat(min.exitCode()).isEqualTo(2);
        assertThat(min.out()).isEmpty();
        assertThat(min.err()).contains("--min-tok-s needs the hardware's memory bandwidth").contains("--bandwidth GB_PER_S");
    }

    @Test
    void aLongContextNeedExcludesShortContextModelsWithTheNumbers() throws Exception {
        JsonNode r = recommend("--task", "chat", "--context", "128K");
        assertThat(ids(r)).contains("llama-3.1-8b-instruct", "qwen2.5-7b-instruct").doesNotContain("mixtral-8x7b-instruct-v0.1");
        assertThat(excludedBecause(r, "mixtral-8x7b-instruct-v0.1")).contains("context 32K < 128K required");
        assertThat(excludedBecause(r, "llama-3-8b-instruct")).contains("context 8K < 128K required");
    }

    @Test
    void anEuCompanyWith2mUsersWantingAVisionModel() throws Exception {
        JsonNode r = recommend("--task", "vision", "--eu", "--mau", "2000000", "--commercial");
        assertThat(ids(r)).isEmpty();
        assertThat(excludedBecause(r, "llama-3.2-11b-vision-instruct")).contains("withholds rights").contains("European Union");
        assertThat(excludedBecause(r, "llama-3.1-8b-instruct")).contains("no image input");
        JsonNode notEu = recommend("--task", "vision", "--mau", "2000000", "--commercial");
        assertThat(ids(notEu)).containsExactly("llama-3.2-11b-vision-instruct");
    }

    @Test
    void anEdgeDeviceWith8Gb() throws Exception {
        JsonNode r = recommend("--task", "edge", "--vram", "8");
        assertThat(ids(r)).isNotEmpty();
        for (JsonNode rec : r.get("recommendations")) {
            assertThat(rec.get("total_bytes").asLong()).isLessThanOrEqualTo(8L << 30);
            assertThat(rec.get("score_parts").has("size")).isTrue();
        }
        assertThat(excludedBecause(r, "mixtral-8x7b-instruct-v0.1")).contains("needs").contains("8.0 GiB available");
        // the smallest model gets the largest size part
        assertThat(r.get("recommendations").get(0).get("score_parts").get("size").asDouble())
                .isGreaterThanOrEqualTo(r.get("recommendations").get(r.get("recommendations").size() - 1).get("score_parts").get("size").asDouble());
    }

    @Test
    void researchLicensesAreExcludedForCommercialUseWithTheLicenseNamed() throws Exception {
        JsonNode r = recommend("--task", "chat", "--commercial");
        assertThat(ids(r)).doesNotContain("mistral-large-instruct-2407");
        assertThat(excludedBecause(r, "mistral-large-instruct-2407")).contains("Mistral AI Research License")
                .contains("does not grant commercial use");
    }

    @Test
    void aPolicyFileExcludesWhatLicenseCheckWouldReject() throws Exception {
        String policy = "src/test/resources/license-fixture/policies/outputs.yaml";
        JsonNode r = recommend("--task", "chat", "--policy", policy);
        assertThat(ids(r)).doesNotContain("llama-3-8b-instruct").contains("llama-3.1-8b-instruct");
        assertThat(excludedBecause(r, "llama-3-8b-instruct")).contains("outputs");
        Result check = OwlRunner.fixture().run("--catalog", OVERLAY, "license", "check", "--policy", policy, "--model", "llama-3-8b-instruct");
        assertThat(check.exitCode()).isEqualTo(1);
    }

    @Test
    void scoresShowTheirPartsAndMissingEvidenceLowersConfidence() throws Exception {
        JsonNode r = recommend("--task", "chat");
        for (JsonNode rec : r.get("recommendations")) {
            assertThat(rec.get("score_parts").has("evidence")).isTrue();
            if (rec.get("score_parts").get("evidence").isNull()) {
                assertThat(rec.get("confidence").asDouble()).isLessThan(1.0);
            }
        }
    }

    private static List<String> keys(JsonNode node) {
        List<String> keys = new ArrayList<>();
        node.fieldNames().forEachRemaining(keys::add);
        return keys;
    }

    @Test
    void theJsonReportHasTheDocumentedKeysFieldByField() throws Exception {
        JsonNode r = recommend("--task", "code", "--gpu", "rtx-4090", "--context", "16K", "--need", "permissive,commercial");
        assertThat(keys(r)).containsExactly("schema_version", "query", "recommendations", "excluded");
        JsonNode q = r.get("query");
        assertThat(keys(q)).containsExactly("task", "gpu", "gpu_count", "available_bytes", "context_tokens", "quant", "license_allow",
                "license_deny", "require", "mau", "eu", "policy", "families", "api_ok", "min_tok_s", "runtime", "detected", "budget");
        assertThat(q.get("budget").isNull()).isTrue(); // no --budget-usd-month (RecommendBudgetTest has one)
        assertThat(q.get("task").asText()).isEqualTo("code");
        assertThat(q.get("gpu_count").asInt()).isEqualTo(1);
        assertThat(q.get("available_bytes").asLong()).isEqualTo(24L << 30);
        assertThat(q.get("context_tokens").asInt()).isEqualTo(16384);
        assertThat(q.get("require")).extracting(JsonNode::asText).containsExactly("commercial_use", "osi_approved");
        assertThat(q.get("eu").asBoolean()).isFalse();
        assertThat(q.get("policy").isNull()).isTrue();
        JsonNode first = r.get("recommendations").get(0);
        assertThat(keys(first)).containsExactly("rank", "model", "score", "score_parts", "confidence", "fits", "quant", "total_bytes",
                "decode_tokens_per_s", "typical_tokens_per_s", "runtime", "license", "evidence", "quant_penalty", "run", "budget", "reasons", "excluded_because");
        assertThat(first.get("rank").asInt()).isEqualTo(1);
        assertThat(first.get("score").isNumber()).isTrue();
        assertThat(first.get("score_parts").has("license")).isTrue();
        assertThat(first.get("fits").asBoolean()).isTrue();
        assertThat(first.get("total_bytes").isIntegralNumber()).isTrue();
        assertThat(first.get("excluded_because")).isEmpty();
        assertThat(keys(first.get("quant_penalty"))).containsExactly("format", "kl_divergence", "relative_loss", "analogue", "basis",
                "source");
        assertThat(first.get("quant_penalty").get("format").asText()).isEqualTo(first.get("quant").asText());
        assertThat(keys(first.get("run"))).containsExactly("runtime", "step", "command", "note");
        JsonNode evidence = recommend("--task", "code", "--gpu", "rtx-4090").get("recommendations").get(0).get("evidence");
        assertThat(keys(evidence)).containsExactly("value", "uncertainty", "imputed", "rows", "imputation");
        assertThat(evidence.get("imputed").asBoolean()).isFalse();
        assertThat(evidence.get("imputation").isNull()).isTrue();
        JsonNode row = evidence.get("rows").get(0);
        assertThat(keys(row)).containsExactly("benchmark", "protocol", "vendor_reported", "score", "setting", "percentile",
                "covered_models", "scale_of", "weight", "source", "as_of");
        assertThat(row.get("benchmark").asText()).isEqualTo("HumanEval");
        assertThat(row.get("score").asDouble()).isEqualTo(72.6);
        assertThat(row.get("vendor_reported").asBoolean()).isTrue();
        assertThat(row.get("as_of").asText()).matches("\\d{4}-\\d{2}-\\d{2}");
        JsonNode excluded = r.get("excluded").get(0);
        assertThat(keys(excluded)).containsExactly("model", "reasons");
        assertThat(excluded.get("reasons").size()).isPositive();
    }

    @Test
    void theTableMatchesItsGoldenFileAndCsvCellsAreNumbers() {
        Result table = OwlRunner.fixture().run("recommend", "--task", "code", "--gpu", "rtx-4090");
        dev.owl.Golden.assertMatches("recommend-code-rtx-4090.table", table.out());
        Result csv = OwlRunner.fixture().run("recommend", "--task", "code", "--gpu", "rtx-4090", "--format", "csv");
        dev.owl.Golden.assertMatches("recommend-code-rtx-4090.csv", csv.out());
        assertThat(csv.out().lines().findFirst().orElseThrow()).isEqualTo("RANK,MODEL,LICENSE,FITS,~TOK/S,SCORE,WHY,APPROX");
        String[] first = csv.out().lines().skip(1).findFirst().orElseThrow().split(",");
        assertThat(first[0]).isEqualTo("1");
        assertThat(Double.parseDouble(first[4])).isPositive();
        assertThat(Double.parseDouble(first[5])).isPositive();
    }

    @Test
    void needsArePresetsOfFlags() throws Exception {
        JsonNode apache = recommend("--need", "apache,fine-tuning-ecosystem");
        assertThat(apache.get("query").get("task").asText()).isEqualTo("fine-tuning");
        assertThat(apache.get("query").get("license_allow")).extracting(JsonNode::asText).containsExactly("apache-2.0");
        assertThat(apache.get("recommendations")).allSatisfy(n -> assertThat(n.get("license").asText()).isEqualTo("apache-2.0"));
        JsonNode eu = recommend("--need", "EU-Data-Residency", "--api-ok");
        assertThat(eu.get("recommendations").get(0).get("reasons").toString()).contains("open weights: self-hosting keeps data in your region");
        Result typo = OwlRunner.fixture().run("recommend", "--need", "permisive");
        assertThat(typo.exitCode()).isEqualTo(2);
        assertThat(typo.err()).contains("did you mean: permissive");
    }

    @Test
    void quietPrintsOnlyTheRanking() {
        Result normal = OwlRunner.fixture().run("recommend", "--task", "code", "--gpu", "rtx-4090");
        Result quiet = OwlRunner.fixture().run("recommend", "--task", "code", "--gpu", "rtx-4090", "--quiet");
        assertThat(normal.out()).contains("Run #1:", "Excluded (1):", "Task code on rtx-4090");
        assertThat(quiet.out()).doesNotContain("Run #1:", "Excluded", "Task code").startsWith("RANK");
        assertThat(normal.out()).startsWith(quiet.out());
        assertThat(OwlRunner.fixture().run("compare", "mixtral", "llama-3.1-8b", "-q").out()).doesNotContain("≠ scores measured");
        assertThat(OwlRunner.fixture().run("recommend", "--list-tasks", "-q").out()).doesNotContain("Scale:");
    }

    @Test
    void explainAndListTasks() {
        Result explain = OwlRunner.fixture().run("recommend", "--task", "code", "--gpu", "rtx-4090", "--explain", "mixtral");
        assertThat(explain.exitCode()).isZero();
        assertThat(explain.out()).contains("mixtral-8x7b-instruct-v0.1: rank").contains("Score parts").contains("(weight 0.6)")
                .contains("Quantization penalty");
        // the factor behind ~TOK/S is named (the fixture catalog has no measurements, so the bound itself)
        assertThat(explain.out()).contains("typical speed").contains("no published measurement calibrates it");
        Result excluded = OwlRunner.fixture().run("recommend", "--task", "vision", "--explain", "mixtral");
        assertThat(excluded.out()).contains(": excluded").contains("no image input");
        Result tasks = OwlRunner.fixture().run("recommend", "--list-tasks");
        assertThat(tasks.out()).contains("agentic-code").contains("SWE-bench Verified");
    }

    @Test
    void usageErrors() {
        for (String[] args : List.of(new String[] {"recommend", "--task", "cod"}, new String[] {"recommend", "--gpu", "rtx-9999"},
                new String[] {"recommend", "--license-allow", "apache"}, new String[] {"recommend", "--need", "cheap"},
                new String[] {"recommend", "--min-tok-s", "20"}, new String[] {"recommend", "--vram", "-1"},
                new String[] {"recommend", "--self-host", "--api-ok"}, new String[] {"recommend", "--family", "lama"},
                new String[] {"recommend", "--quant", "q9"}, new String[] {"recommend", "--top", "0"})) {
            Result r = OwlRunner.fixture().run(args);
            assertThat(r.exitCode()).as(String.join(" ", args) + " " + r.err()).isEqualTo(2);
            assertThat(r.out()).isEmpty();
        }
        assertThat(OwlRunner.fixture().run("recommend", "--task", "cod").err()).contains("did you mean: code");
    }

    /** Issues 14/15: recommend's ~TOK/S is the figure fit shows for the same model, format, context and GPU. */
    @Test
    void recommendShowsTheSpeedFitShowsForTheSameSetup() throws Exception {
        String[] query = {"recommend", "--task", "chat", "--gpu", "rtx-4090", "--context", "8K", "--top", "5"};
        JsonNode report = JSON.readTree(OwlRunner.bundled().run(Stream.concat(Stream.of("--format", "json"), Stream.of(query))
                .toArray(String[]::new)).out());
        List<String> table = OwlRunner.bundled().run(Stream.concat(Stream.of(query), Stream.of("--wide")).toArray(String[]::new))
                .out().lines().toList();
        int checked = 0;
        boolean calibrated = false;
        for (JsonNode rec : report.get("recommendations")) {
            String model = rec.get("model").asText();
            String quant = rec.get("quant").asText();
            Result fit = OwlRunner.bundled().run("--format", "json", "fit", model, "--gpu", "rtx-4090", "--quant", quant, "--context", "8K");
            assertThat(fit.exitCode()).as(fit.err()).isZero();
            JsonNode row = JSON.readTree(fit.out()).get(0);
            JsonNode typical = row.get("typical_tokens_per_s");
            double shown = typical.isNull() ? row.get("decode_tokens_per_s").asDouble() : typical.asDouble();
            calibrated |= !typical.isNull() && typical.asDouble() < row.get("decode_tokens_per_s").asDouble();
            assertThat(rec.get("typical_tokens_per_s")).as(model).isEqualTo(typical);
            assertThat(rec.get("decode_tokens_per_s").asDouble()).as(model).isEqualTo(row.get("decode_tokens_per_s").asDouble());
            String fitRow = OwlRunner.bundled().run("fit", model, "--gpu", "rtx-4090", "--quant", quant, "--context", "8K").out()
                    .lines().filter(l -> l.startsWith(quant + " ")).findFirst().orElseThrow();
            String fitCell = fitRow.substring(fitRow.lastIndexOf(' ') + 1); // ~TOK/S is fit's last column
            // the table rounds the unrounded speed, JSON keeps a tenth: x.5 in JSON may show as x or x+1
            assertThat(Double.parseDouble(fitCell)).as(model).isCloseTo(shown, within(0.5));
            assertThat(table).as(model).anyMatch(l -> l.contains(" " + model + " ") && l.contains(" " + fitCell + " "));
            checked++;
        }
        assertThat(checked).isPositive();
        assertThat(calibrated).as("at least one pick where typical differs from the bound").isTrue();
    }

    @Test
    void minTokSCountsTheTypicalSpeed() throws Exception {
        String[] base = {"--format", "json", "recommend", "--task", "chat", "--gpu", "rtx-4090", "--top", "50"};
        JsonNode all = JSON.readTree(OwlRunner.bundled().run(base).out());
        JsonNode pick = all.get("recommendations").get(0);
        double typical = pick.get("typical_tokens_per_s").asDouble();
        double bound = pick.get("decode_tokens_per_s").asDouble();
        assertThat(typical).isLessThan(bound);
        // between the typical speed and the bound: excluded now, as fit's ~TOK/S is below the minimum
        String min = Long.toString(Math.round(Math.floor((typical + bound) / 2)));
        JsonNode r = JSON.readTree(OwlRunner.bundled().run(Stream.concat(Stream.of(base), Stream.of("--min-tok-s", min))
                .toArray(String[]::new)).out());
        assertThat(ids(r)).doesNotContain(pick.get("model").asText());
        assertThat(excludedBecause(r, pick.get("model").asText())).contains("tok/s < " + min + " required");
    }

    @Test
    void aMissingPolicyFileIsADataErrorSaidOnce() {
        Result r = OwlRunner.fixture().run("recommend", "--task", "chat", "--policy", "missing.yaml");
        assertThat(r.exitCode()).isEqualTo(3);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).contains("missing.yaml").contains("policy file not found")
                .contains("owl license check --init --policy missing.yaml").doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(r.err().split("policy file not found", -1)).hasSize(2);
    }

    /** A vendor benchmark only one catalog model reports is "of 1 covered model", not "1 covered models". */
    @Test
    void aSuiteCoveringOneModelIsSingular() {
        Result r = OwlRunner.bundled().run("recommend", "--task", "vision", "--gpu", "h100-sxm", "--explain", "pixtral-12b-2409");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("of 1 covered model;").doesNotContainPattern("\\b1 covered models").contains("of 10 covered models;");
    }

    /** The excluded models shown under the table are the ones that would rank highest, not the nearest to fitting: said so. */
    @Test
    void theExcludedModelsShownAreCalledWhatTheyAre() {
        Result r = OwlRunner.bundled().run("recommend", "--task", "code", "--vram", "1");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains(", the 5 that would rank highest (--all-excluded lists all):").doesNotContain("closest");
        Result all = OwlRunner.bundled().run("recommend", "--task", "code", "--vram", "1", "--all-excluded");
        assertThat(all.out()).containsPattern("Excluded \\(\\d+\\):\n");
    }

    /** Markdown keeps the footer a terminal shows (how to run #1, why the nearest models were left out, the query) as a list. */
    @Test
    void markdownKeepsTheFooterAsAList() {
        Result r = OwlRunner.bundled().run("recommend", "--task", "code", "--gpu", "rtx-4090", "--format", "markdown");
        assertThat(r.exitCode()).as(r.err()).isZero();
        List<String> lines = r.out().lines().toList();
        assertThat(lines.get(0)).startsWith("| RANK | MODEL |");
        List<String> after = lines.stream().dropWhile(l -> l.startsWith("|")).toList();
        assertThat(after.get(0)).isEmpty();
        assertThat(after.get(1)).startsWith("Task code on rtx-4090");
        assertThat(after).anyMatch(l -> l.startsWith("- Run #1: "));
        assertThat(after.stream().filter(l -> l.startsWith("- excluded: "))).hasSize(5);
        assertThat(after).anyMatch(l -> l.matches("- \\d+ more excluded \\(--all-excluded lists all\\)"));
        Result all = OwlRunner.bundled().run("recommend", "--task", "code", "--gpu", "rtx-4090", "--format", "markdown", "--all-excluded");
        assertThat(all.out()).doesNotContain("more excluded");
        assertThat(all.out().lines().filter(l -> l.startsWith("- excluded: ")).count()).isGreaterThan(5);
    }
}
