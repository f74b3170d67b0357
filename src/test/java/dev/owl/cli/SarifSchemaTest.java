package dev.owl.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.owl.OwlRunner;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The SARIF report validates against the OASIS SARIF 2.1.0 JSON schema. */
class SarifSchemaTest {
    private static final String FIX = "src/test/resources/license-fixture/";

    @TempDir
    Path tmp;

    private static JsonSchema schema() throws Exception {
        try (InputStream in = SarifSchemaTest.class.getResourceAsStream("/schema/sarif-schema-2.1.0.json")) {
            assertThat(in).as("SARIF schema on the test class path").isNotNull();
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(in);
        }
    }

    private static JsonNode sarif(String... args) throws Exception {
        List<String> all = new ArrayList<>(List.of("--catalog", FIX + "catalog", "license", "check", "--format", "sarif"));
        all.addAll(List.of(args));
        return new ObjectMapper().readTree(OwlRunner.fixture().run(all.toArray(String[]::new)).out());
    }

    @Test
    void locationsAreRelativeToTheSourceRootAndEveryRuleHasMarkdownHelp() throws Exception {
        JsonNode run = sarif(FIX + "repo", "--policy", FIX + "policies/apache-only.yaml").get("runs").get(0);
        for (JsonNode result : run.get("results")) {
            JsonNode artifact = result.get("locations").get(0).get("physicalLocation").get("artifactLocation");
            assertThat(artifact.get("uriBaseId").asText()).isEqualTo("%SRCROOT%");
            assertThat(artifact.get("uri").asText()).startsWith("src/test/resources/license-fixture/repo/").doesNotStartWith("/");
            assertThat(result.get("partialFingerprints").get("owlReference/v1").asText()).hasSize(64);
        }
        for (JsonNode rule : run.get("tool").get("driver").get("rules")) {
            assertThat(rule.get("help").get("markdown").asText()).contains("owl license check --explain " + rule.get("id").asText());
            assertThat(rule.has("helpUri")).as("no address known, none invented").isFalse();
        }
    }

    @Test
    void aPolicysHelpUriIsEveryRulesLinkAndMustBeAbsolute() throws Exception {
        Path policy = Files.writeString(tmp.resolve("owl-policy.yaml"),
                "licenses:\n  allow: [apache-2.0]\nsarif:\n  help_uri: https://docs.example.com/owl/README.md#the-license-gate\n");
        JsonNode log = sarif(FIX + "repo", "--policy", policy.toString());
        JsonNode rules = log.get("runs").get(0).get("tool").get("driver").get("rules");
        assertThat(rules.size()).isGreaterThan(5);
        for (JsonNode rule : rules) {
            assertThat(rule.get("helpUri").asText()).isEqualTo("https://docs.example.com/owl/README.md#the-license-gate");
            assertThat(rule.get("help").get("markdown").asText())
                    .contains("[The license gate](https://docs.example.com/owl/README.md#the-license-gate)");
        }
        JsonSchema schema = schema();
        assertThat(schema.validate(log)).isEmpty();
        // the schema makes helpUri an absolute URI ("format": "uri"), which is why owl never writes a relative one
        ((com.fasterxml.jackson.databind.node.ObjectNode) rules.get(0)).put("helpUri", "README.md#the-license-gate");
        assertThat(schema.validate(log)).isNotEmpty();

        Files.writeString(policy, "sarif:\n  help_uri: README.md#the-license-gate\n");
        OwlRunner.Result r = OwlRunner.fixture().run("--catalog", FIX + "catalog", "license", "check", FIX + "repo",
                "--policy", policy.toString(), "--format", "sarif");
        assertThat(r.exitCode()).isEqualTo(3);
        assertThat(r.err()).contains("owl-policy.yaml:2:13: error: help_uri must be an absolute http(s) address, found 'README.md#the-license-gate'");
    }

    @Test
    void fingerprintsSurviveLinesMovingAndTellTwoMentionsApart() throws Exception {
        Path app = tmp.resolve("app.py");
        String body = "a = AutoModel.from_pretrained(\"acme/one-7b\")\nb = AutoModel.from_pretrained(\"acme/one-7b\")\n";
        Files.writeString(app, body);
        JsonNode before = sarif(tmp.toString()).get("runs").get(0).get("results");
        Files.writeString(app, "import os\n\n" + body);
        JsonNode after = sarif(tmp.toString()).get("runs").get(0).get("results");
        assertThat(before).hasSize(2);
        assertThat(after).hasSize(2);
        for (int i = 0; i < 2; i++) {
            assertThat(after.get(i).get("locations").get(0).get("physicalLocation").get("region").get("startLine").asInt())
                    .isEqualTo(before.get(i).get("locations").get(0).get("physicalLocation").get("region").get("startLine").asInt() + 2);
            assertThat(after.get(i).get("partialFingerprints")).isEqualTo(before.get(i).get("partialFingerprints"));
        }
        assertThat(before.get(0).get("partialFingerprints")).isNotEqualTo(before.get(1).get("partialFingerprints"));
        // outside the working directory there is no source root to be relative to: an absolute file URI
        JsonNode artifact = before.get(0).get("locations").get(0).get("physicalLocation").get("artifactLocation");
        assertThat(artifact.get("uri").asText()).startsWith("file:/");
        assertThat(artifact.has("uriBaseId")).isFalse();
    }

    @Test
    void aBrokenPolicyStillWritesASarifFileWithTheErrorAsAToolNotification() throws Exception {
        Path policy = tmp.resolve("owl-policy.yaml");
        Files.writeString(policy, "licenses:\n  alow: [mit]\n");
        Path report = tmp.resolve("owl.sarif");
        OwlRunner.Result r = OwlRunner.fixture().run("--catalog", FIX + "catalog", "license", "check", FIX + "repo",
                "--policy", policy.toString(), "--format", "sarif", "-o", report.toString());
        assertThat(r.exitCode()).isEqualTo(3);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).contains("alow");
        JsonNode log = new ObjectMapper().readTree(report.toFile());
        assertThat(schema().validate(log)).isEmpty();
        JsonNode invocation = log.get("runs").get(0).get("invocations").get(0);
        assertThat(invocation.get("executionSuccessful").asBoolean()).isFalse();
        JsonNode note = invocation.get("toolExecutionNotifications").get(0);
        assertThat(note.get("level").asText()).isEqualTo("error");
        assertThat(note.get("message").get("text").asText()).contains("alow");
        assertThat(note.get("locations").get(0).get("physicalLocation").get("region").get("startLine").asInt()).isEqualTo(2);
        assertThat(log.get("runs").get(0).get("results")).isEmpty();
    }

    @Test
    void aBrokenPolicyWritesTheFailureLogToStdoutWhenSarifGoesThere() throws Exception {
        // a CI step runs `owl license check --format sarif > owl.sarif`, then uploads owl.sarif: an empty file would hide the error
        Path policy = Files.writeString(tmp.resolve("owl-policy.yaml"), "licenses:\n  alow: [mit]\n");
        OwlRunner.Result r = OwlRunner.fixture().run("--catalog", FIX + "catalog", "license", "check", FIX + "repo",
                "--policy", policy.toString(), "--format", "sarif");
        assertThat(r.exitCode()).isEqualTo(3);
        assertThat(r.err()).contains("alow");
        JsonNode log = new ObjectMapper().readTree(r.out());
        assertThat(schema().validate(log)).isEmpty();
        JsonNode invocation = log.get("runs").get(0).get("invocations").get(0);
        assertThat(invocation.get("executionSuccessful").asBoolean()).isFalse();
        assertThat(invocation.get("toolExecutionNotifications").get(0).get("message").get("text").asText()).contains("alow");
        // --report sarif=- is stdout too (the findings go to a file: stdout takes one document); another format on stdout stays empty
        OwlRunner.Result report = OwlRunner.fixture().run("--catalog", FIX + "catalog", "license", "check", FIX + "repo",
                "--policy", policy.toString(), "-o", tmp.resolve("findings.txt").toString(), "--report", "sarif=-");
        assertThat(report.exitCode()).isEqualTo(3);
        assertThat(new ObjectMapper().readTree(report.out()).get("runs").get(0).get("invocations").get(0)
                .get("toolExecutionNotifications")).hasSize(1);
        OwlRunner.Result json = OwlRunner.fixture().run("--catalog", FIX + "catalog", "license", "check", FIX + "repo",
                "--policy", policy.toString(), "--format", "json");
        assertThat(json.exitCode()).isEqualTo(3);
        assertThat(json.out()).isEmpty();
    }

    @Test
    void sarifReportIsValidSarif210() throws Exception {
        JsonSchema schema = schema();
        String out = OwlRunner.fixture().run("--catalog", "src/test/resources/license-fixture/catalog", "license", "check",
                "src/test/resources/license-fixture/repo", "--policy", "src/test/resources/license-fixture/policies/apache-only.yaml",
                "--model", "acme/unknown", "--format", "sarif").out();
        JsonNode log = new ObjectMapper().readTree(out);
        assertThat(log.get("runs").get(0).get("results").size()).isGreaterThan(5);
        Set<ValidationMessage> errors = schema.validate(log);
        assertThat(errors).isEmpty();
        // and a broken log is caught, so the check above can fail
        ((com.fasterxml.jackson.databind.node.ObjectNode) log.get("runs").get(0).get("results").get(0)).put("level", "fatal");
        assertThat(schema.validate(log)).isNotEmpty();
    }
}
