package dev.owl.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.owl.OwlRunner;
import dev.owl.OwlRunner.Result;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 13: a hosted provider's API name (catalog/deployments.yaml) is a reference of kind api to its catalog model,
 * matched exactly (Azure's DeepSeek-R1 is the 671B model; Ollama's deepseek-r1 is not), and judged as hosted use: the
 * provider's terms bind, so the weights license's rules give a note, not a failure.
 */
class HostedApiTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    @Test
    void providerApiNamesAreApiReferencesJudgedAsHostedUse() throws IOException {
        Files.writeString(tmp.resolve("app.py"), """
                client.chat.complete(model="codestral-2501", messages=m)
                resp = bedrock.invoke_model(modelId="mistral.mistral-large-2407-v1:0")
                azure = {"model": "DeepSeek-R1"}
                local = {"model": "deepseek-r1"}
                """);
        Files.writeString(tmp.resolve("owl-policy.yaml"), "licenses:\n  allow: [apache-2.0]\n");
        Result r = OwlRunner.bundled().run("license", "check", tmp.toString(), "--policy", tmp.resolve("owl-policy.yaml").toString(),
                "--inventory", "--format", "json");
        assertThat(r.exitCode()).as(r.out() + r.err()).isZero();
        JsonNode refs = JSON.readTree(r.out()).get("references");
        assertThat(refs).extracting(x -> x.get("reference").asText() + " " + x.get("kind").asText() + " " + x.get("model").asText())
                .containsExactly("codestral-2501 api codestral-2501", "mistral.mistral-large-2407-v1:0 api mistral-large-instruct-2407",
                        "DeepSeek-R1 api deepseek-r1", "deepseek-r1 ollama null");
        JsonNode findings = JSON.readTree(r.out()).get("findings");
        assertThat(findings).filteredOn(f -> f.get("rule").asText().equals("hosted-use")).hasSize(3)
                .allMatch(f -> f.get("severity").asText().equals("note"));
        assertThat(findings).noneMatch(f -> f.get("rule").asText().equals("license-not-allowed"));
    }
}
