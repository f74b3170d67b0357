package dev.owl.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.owl.Golden;
import dev.owl.OwlRunner;
import dev.owl.OwlRunner.Result;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class LicenseCheckCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String FIX = "src/test/resources/license-fixture/";
    private static final String REPO = FIX + "repo";

    @TempDir
    Path tmp;

    private static Result check(String... args) {
        List<String> all = new ArrayList<>(List.of("--catalog", FIX + "catalog", "license", "check"));
        all.addAll(List.of(args));
        return OwlRunner.fixture().run(all.toArray(String[]::new));
    }

    private static JsonNode json(Result r) throws IOException {
        return JSON.readTree(r.out());
    }

    private static List<String> rules(JsonNode report, String model) {
        List<String> out = new ArrayList<>();
        for (JsonNode f : report.get("findings")) {
            if (model.equals(f.get("model").asText(null))) {
                out.add(f.get("severity").asText() + ":" + f.get("rule").asText());
            }
        }
        return out;
    }

    @ParameterizedTest
    @ValueSource(strings = {"table", "json", "markdown", "sarif", "junit"})
    void everyReportFormatMatchesItsGoldenFile(String format) {
        Result r = check(REPO, "--policy", FIX + "policies/apache-only.yaml", "--format", format);
        assertThat(r.exitCode()).as("a violation is never exit 0, whatever the format").isEqualTo(1);
        Golden.assertMatches("license-check." + format, r.out());
    }

    @Test
    void scanningFindsEveryKindOfReferenceWithFileLineAndColumn() throws IOException {
        JsonNode report = json(check(REPO, "--policy", FIX + "policies/apache-only.yaml", "--format", "json"));
        List<String> where = new ArrayList<>();
        for (JsonNode f : report.get("findings")) {
            where.add(f.get("file").asText().replace(REPO + "/", "") + ":" + f.get("line").asInt() + ":" + f.get("column").asInt()
                    + " " + f.get("reference").asText());
        }
        assertThat(where).contains(
                "app.py:3:46 meta-llama/Meta-Llama-3-8B-Instruct",               // from_pretrained(...)
                "config/serve.yaml:3:10 meta-llama/Llama-3.2-11B-Vision-Instruct", // YAML value
                "scripts/pull.sh:2:13 llama3.1:8b",                               // ollama pull
                "scripts/pull.sh:3:12 mystery-model:7b",                          // unknown: a warning
                "Dockerfile:2:35 mistralai/Mistral-Large-Instruct-2407",          // --model in a Dockerfile
                "Modelfile:1:6 llama3.1:8b",                                      // Modelfile FROM
                "finetune/README.md:3:13 meta-llama/Llama-3.1-8B-Instruct");      // model card base_model
        assertThat(where).noneMatch(w -> w.startsWith("vendor/"))                 // policy scan.exclude
                .noneMatch(w -> w.startsWith("build/"))                           // .gitignore
                .noneMatch(w -> w.startsWith("weights.bin"));                     // binary
        assertThat(report.get("verdict").asText()).isEqualTo("fail");
        assertThat(report.get("summary").get("references").asInt()).isEqualTo(8);
        assertThat(report.get("summary").get("errors").asInt()).isEqualTo(7);
    }

    @Test
    void anAllowedModelPasses() throws IOException {
        Result r = check("--model", "mistralai/Mixtral-8x7B-Instruct-v0.1", "--policy", FIX + "policies/apache-only.yaml",
                "--format", "json");
        assertThat(r.exitCode()).isZero();
        JsonNode report = json(r);
        assertThat(report.get("verdict").asText()).isEqualTo("pass");
        assertThat(report.get("findings")).isEmpty();
    }

    @Test
    void aResearchModelFailsAnApacheMitPolicy() throws IOException {
        Result r = check("--model", "mistralai/Mistral-Large-Instruct-2407", "--policy", FIX + "policies/apache-only.yaml",
                "--format", "json");
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(rules(json(r), "mistral-large-instruct-2407"))
                .containsExactlyInAnyOrder("error:license-not-allowed", "warning:non-commercial");
        JsonNode f = json(r).get("findings").get(0);
        assertThat(f.get("file").isNull()).isTrue();
        assertThat(f.get("line").isNull()).isTrue();
    }

    @Test
    void llama3OutputsTrainingFailsWhile31Passes() throws IOException {
        Result r = check("--model", "llama-3-8b-instruct", "--model", "llama-3.1-8b-instruct", "--policy",
                FIX + "policies/outputs.yaml", "--format", "json");
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(rules(json(r), "llama-3-8b-instruct")).containsExactly("error:outputs-training");
        assertThat(rules(json(r), "llama-3.1-8b-instruct")).isEmpty();
    }

    @Test
    void aVisionLlamaFailsForAnEuEntityButATextOneDoesNot() throws IOException {
        Result r = check("--model", "meta-llama/Llama-3.2-11B-Vision-Instruct", "--model", "llama-3.1-8b-instruct",
                "--policy", FIX + "policies/eu.yaml", "--format", "json");
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(rules(json(r), "llama-3.2-11b-vision-instruct")).containsExactly("error:regional-restriction");
        assertThat(rules(json(r), "llama-3.1-8b-instruct")).isEmpty();
    }

    @Test
    void eightHundredMillionUsersFailEveryLlamaLicense() throws IOException {
        Result r = check("--model", "llama-3-8b-instruct", "--model", "llama-3.1-8b-instruct", "--model",
                "llama-3.2-11b-vision-instruct", "--model", "mixtral", "--policy", FIX + "policies/mau.yaml", "--format", "json");
        JsonNode report = json(r);
        for (String llama : List.of("llama-3-8b-instruct", "llama-3.1-8b-instruct", "llama-3.2-11b-vision-instruct")) {
            assertThat(rules(report, llama)).as(llama).containsExactly("error:mau-threshold");
        }
        assertThat(rules(report, "mixtral-8x7b-instruct-v0.1")).isEmpty();
        assertThat(report.get("findings").get(0).get("message").asText()).contains("800,000,000").contains("700,000,000");
    }

    @Test
    void anExpiredExceptionFailsAndSaysSoWhileAValidOneWaives() throws IOException {
        Result r = check("--model", "meta-llama/Meta-Llama-3-8B-Instruct", "--model", "llama-3.2-11b-vision-instruct",
                "--policy", FIX + "policies/exceptions.yaml", "--format", "json");
        assertThat(r.exitCode()).isEqualTo(1);
        JsonNode report = json(r);
        assertThat(rules(report, "llama-3-8b-instruct")).containsExactly("error:exception-expired", "error:license-not-allowed");
        assertThat(report.get("findings").get(0).get("message").asText()).contains("expired on 2026-01-31");
        assertThat(rules(report, "llama-3.2-11b-vision-instruct")).containsExactly("note:license-not-allowed");
        // the same policy a year earlier: both exceptions apply, so the check passes
        Result before = OwlRunner.fixture().today("2025-11-22").run("--catalog", FIX + "catalog", "license", "check", "--model",
                "meta-llama/Meta-Llama-3-8B-Instruct", "--policy", FIX + "policies/exceptions.yaml");
        assertThat(before.exitCode()).isZero();
    }

    @Test
    void aFineTuneCardInheritsItsBaseLicenseAndAMislabelIsReported() throws IOException {
        Result r = check(REPO + "/finetune", "--policy", FIX + "policies/mau.yaml", "--format", "json");
        assertThat(rules(json(r), "llama-3.1-8b-instruct")).containsExactlyInAnyOrder("error:license-mislabel", "error:mau-threshold");
        JsonNode mislabel = json(r).get("findings").get(0);
        assertThat(mislabel.get("license").asText()).isEqualTo("llama-3.1-community");
        assertThat(mislabel.get("help").asText()).contains("license: llama3.1");
    }

    @Test
    void unknownReferencesWarnByDefaultAndFailWithStrict() {
        assertThat(check("--model", "acme/unknown-7b").exitCode()).isZero();
        assertThat(check("--model", "acme/unknown-7b").out()).contains("warning[unknown-model]");
        assertThat(check("--model", "acme/unknown-7b", "--strict").exitCode()).isEqualTo(1);
    }

    @Test
    void anInvalidPolicyExits3WithLineAndColumn() {
        Result r = check("--model", "mixtral", "--policy", FIX + "policies/invalid.yaml");
        assertThat(r.exitCode()).isEqualTo(3);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).contains(FIX + "policies/invalid.yaml:3:3: error: unknown key 'requre' in licenses")
                .contains("did you mean 'require'?")
                .contains(FIX + "policies/invalid.yaml:5:25: error: 'monthly_active_users' must be a whole number");
        assertThat(check("--model", "mixtral", "--policy", tmp.resolve("none.yaml").toString()).exitCode()).isEqualTo(3);
    }

    @Test
    void referencesFromStdinAndReportsWrittenToFiles() throws Exception {
        Path sarif = Files.createDirectories(tmp.resolve("out")).resolve("owl.sarif"); // a missing directory is refused
        Path junit = tmp.resolve("owl.xml");
        Result r = OwlRunner.fixture().stdin("# models we serve\nmeta-llama/Meta-Llama-3-8B-Instruct\n\nmixtral\n")
                .run("--catalog", FIX + "catalog", "license", "check", "--models-from", "-", "--policy",
                        FIX + "policies/apache-only.yaml", "--report", "sarif=" + sarif, "--report", "junit=" + junit);
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.out()).contains("<stdin>:2:1");
        JsonNode log = JSON.readTree(Files.readString(sarif));
        assertThat(log.get("version").asText()).isEqualTo("2.1.0");
        JsonNode result = log.get("runs").get(0).get("results").get(0);
        assertThat(result.get("ruleId").asText()).isEqualTo("license-not-allowed");
        assertThat(result.get("level").asText()).isEqualTo("error");
        assertThat(result.get("locations").get(0).get("physicalLocation").get("region").get("startLine").asInt()).isEqualTo(2);
        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(junit.toFile());
        Element suite = (Element) doc.getElementsByTagName("testsuite").item(0);
        assertThat(suite.getAttribute("tests")).isEqualTo("2");
        assertThat(suite.getAttribute("failures")).isEqualTo("1");
        NodeList failures = doc.getElementsByTagName("failure");
        assertThat(failures.getLength()).isEqualTo(1);
        assertThat(((Element) failures.item(0)).getAttribute("type")).isEqualTo("license-not-allowed");
        try (var files = Files.list(tmp.resolve("out"))) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("owl.sarif"); // no temp file left
        }
    }

    @Test
    void outputFileGetsTheReportAndStderrTheVerdict() throws IOException {
        Path out = tmp.resolve("report.json");
        Result r = check("--model", "mixtral", "--format", "json", "-o", out.toString());
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).contains("verdict: pass");
        assertThat(JSON.readTree(Files.readString(out)).get("verdict").asText()).isEqualTo("pass");
    }

    @Test
    void initWritesAStarterPolicyThatValidatesAndNeverOverwrites() throws IOException {
        Path policy = tmp.resolve("owl-policy.yaml");
        assertThat(check("--init", "--policy", policy.toString()).exitCode()).isZero();
        assertThat(Files.readString(policy)).contains("allow: [apache-2.0, mit]");
        Result again = check("--init", "--policy", policy.toString());
        assertThat(again.exitCode()).isEqualTo(2);
        assertThat(again.err()).contains("already exists");
        assertThat(check("--model", "mixtral", "--policy", policy.toString()).exitCode()).isZero();
        assertThat(check("--model", "llama-3.1-8b", "--policy", policy.toString()).exitCode()).isEqualTo(1);
    }

    @Test
    void explainPrintsARuleAndAnUnknownRuleIsAUsageError() {
        Result r = check("--explain", "mau-threshold");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).startsWith("mau-threshold: ");
        Result bad = check("--explain", "mau-treshold");
        assertThat(bad.exitCode()).isEqualTo(2);
        assertThat(bad.err()).contains("did you mean: mau-threshold?");
    }

    @Test
    void badArgumentsAreUsageErrors() {
        assertThat(check("--model", "mixtral", "--report", "pdf=x.pdf").exitCode()).isEqualTo(2);
        assertThat(check("--model", "mixtral", "--report", "table=x.txt").exitCode()).isEqualTo(2);
        assertThat(check(tmp.resolve("missing").toString()).exitCode()).isEqualTo(3);
        assertThat(OwlRunner.fixture().run("list", "--format", "sarif").exitCode()).isEqualTo(2);
    }
}
