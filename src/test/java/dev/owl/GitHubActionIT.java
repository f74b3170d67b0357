package dev.owl;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The composite action ({@code action.yml}): its shape (GitHub's metadata rules and hardening guide, checked
 * structurally because the action schema is not available offline in CI) and, after packaging, its check
 * step run for real the way the runner runs it: inputs in the environment, outputs to $GITHUB_OUTPUT.
 */
class GitHubActionIT {
    private static final Path ROOT = Path.of("").toAbsolutePath();

    @TempDir
    Path tmp;

    private static JsonNode action() throws IOException {
        return new ObjectMapper(new YAMLFactory()).readTree(ROOT.resolve("action.yml").toFile());
    }

    @Test
    void noExpressionIsPastedIntoAShellScriptAndEveryStepIsWellFormed() throws IOException {
        JsonNode action = action();
        assertThat(action.path("runs").path("using").asText()).isEqualTo("composite");
        for (String key : List.of("name", "description", "runs")) {
            assertThat(action.has(key)).as(key).isTrue();
        }
        action.path("inputs").properties().forEach(input -> {
            assertThat(input.getValue().path("description").isTextual()).as(input.getKey()).isTrue();
            assertThat(input.getValue().path("required").isBoolean()).as(input.getKey() + " required").isTrue();
        });
        for (JsonNode step : action.path("runs").path("steps")) {
            assertThat(step.has("uses") != step.has("run")).as("a step either uses an action or runs a script: %s", step).isTrue();
            if (step.has("run")) {
                assertThat(step.path("shell").asText()).as("composite run steps name their shell").isNotEmpty();
                assertThat(step.path("run").asText()).as("GitHub's hardening guide: no ${{ }} inside run:").doesNotContain("${{");
            }
        }
    }

    @Test
    void outputsComeFromTheCheckStepAndTheUploadNeedsItsSarif() throws IOException {
        JsonNode action = action();
        for (String output : List.of("verdict", "errors", "warnings", "notes", "sarif", "exit-code")) {
            assertThat(action.path("outputs").path(output).path("value").asText()).as(output)
                    .isEqualTo("${{ steps.check.outputs." + output + " }}");
            assertThat(action.path("outputs").path(output).path("description").asText()).isNotEmpty();
        }
        JsonNode upload = null;
        for (JsonNode step : action.path("runs").path("steps")) {
            if (step.path("uses").asText().startsWith("github/codeql-action/upload-sarif")) {
                upload = step;
            }
        }
        assertThat(upload).isNotNull();
        assertThat(upload.path("if").asText()).contains("steps.check.outputs.sarif != ''");
        assertThat(upload.path("with").path("sarif_file").asText()).isEqualTo("${{ steps.check.outputs.sarif }}");
        assertThat(Files.readString(ROOT.resolve("README.md"))).contains("security-events: write");
    }

    private record Run(int code, String out, String err, Map<String, String> outputs) {}

    private Run check(Path repo, String args) throws IOException, InterruptedException {
        Path outputs = tmp.resolve("github-output");
        Files.writeString(outputs, "");
        ProcessBuilder pb = new ProcessBuilder(ROOT.resolve("action/check.sh").toString()).directory(repo.toFile());
        pb.environment().put("OWL_JAR", ROOT.resolve("target/owl.jar").toString());
        pb.environment().put("OWL_ARGS", args);
        pb.environment().put("OWL_SARIF", "owl.sarif");
        pb.environment().put("GITHUB_OUTPUT", outputs.toString());
        pb.environment().put("RUNNER_TEMP", tmp.toString());
        pb.environment().put("OWL_CONFIG", "/dev/null");
        pb.environment().remove("OWL_CATALOG_PATH");
        Process p = pb.start();
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor(); // output is closed: the process is exiting
        Map<String, String> values = new LinkedHashMap<>();
        for (String line : Files.readAllLines(outputs)) {
            values.put(line.substring(0, line.indexOf('=')), line.substring(line.indexOf('=') + 1));
        }
        return new Run(p.exitValue(), out, err, values);
    }

    private Path repo(String policy) throws IOException {
        Path repo = Files.createDirectories(tmp.resolve("repo"));
        Files.writeString(repo.resolve("app.yaml"), "model: meta-llama/Llama-3.3-70B-Instruct\n");
        Files.writeString(repo.resolve("owl-policy.yaml"), policy);
        return repo;
    }

    @Test
    void violationsFailTheStepWithCountsAndASarifReport() throws Exception {
        Path repo = repo("licenses:\n  deny: [llama-3.3-community]\n");
        Run run = check(repo, "");
        assertThat(run.code()).as(run.err()).isEqualTo(1);
        assertThat(run.outputs()).containsEntry("verdict", "fail").containsEntry("errors", "1").containsEntry("warnings", "0")
                .containsEntry("notes", "0").containsEntry("sarif", "owl.sarif").containsEntry("exit-code", "1");
        assertThat(run.out()).contains("error[license-denied]");
        assertThat(new ObjectMapper().readTree(repo.resolve("owl.sarif").toFile()).path("runs").get(0).path("results")).hasSize(1);
    }

    @Test
    void aPassingCheckSaysPass() throws Exception {
        Run run = check(repo("licenses:\n  allow: [llama-3.3-community]\n"), "--strict");
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.outputs()).containsEntry("verdict", "pass").containsEntry("errors", "0").containsEntry("sarif", "owl.sarif");
    }

    @Test
    void anInvalidPolicyFailsWithItsOwnErrorAndUploadsTheSarifThatSaysSo() throws Exception {
        Path repo = repo("licenses:\n  denyy: [llama-3.3-community]\n");
        Run run = check(repo, "");
        assertThat(run.code()).isEqualTo(3);
        assertThat(run.outputs()).containsEntry("verdict", "error").containsEntry("exit-code", "3").containsEntry("sarif", "owl.sarif")
                .doesNotContainKey("errors");
        assertThat(run.err()).contains("unknown key 'denyy'");
        assertThat(run.out()).contains("::error title=owl license check failed (exit 3)::").contains("denyy");
        JsonNode invocation = new ObjectMapper().readTree(repo.resolve("owl.sarif").toFile()).path("runs").get(0)
                .path("invocations").get(0);
        assertThat(invocation.path("executionSuccessful").asBoolean(true)).isFalse();
        assertThat(invocation.path("toolExecutionNotifications").toString()).contains("denyy");
    }

    @Test
    void badArgumentsLeaveNoSarifToUploadNotEvenAnOldOne() throws Exception {
        Path repo = repo("licenses:\n  allow: [llama-3.3-community]\n");
        Files.writeString(repo.resolve("owl.sarif"), "{\"stale\": true}");
        Run run = check(repo, "--no-such-option");
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.outputs()).containsEntry("verdict", "error").containsEntry("exit-code", "2").doesNotContainKey("sarif");
        assertThat(repo.resolve("owl.sarif")).doesNotExist();
    }

    @Test
    void argsAreWordsNotShellCode() throws Exception {
        Path repo = repo("licenses:\n  allow: [llama-3.3-community]\n");
        Run run = check(repo, "$(touch pwned) ; touch pwned2");
        assertThat(repo.resolve("pwned")).doesNotExist();
        assertThat(repo.resolve("pwned2")).doesNotExist();
        assertThat(run.code()).isEqualTo(3); // owl was asked to scan paths named '$(touch', 'pwned)', ';', …
    }
}
