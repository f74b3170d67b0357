package dev.owl.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.owl.OwlRunner;
import dev.owl.OwlRunner.Result;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A catalog, policy or config error shows the offending line with a caret under the column, then help. */
class DiagnosticSourceTest {
    @TempDir
    Path tmp;

    @Test
    void catalogErrorsShowTheLineAndACaret() {
        Result r = OwlRunner.fixture().run("catalog", "validate", "examples/broken-catalog");

        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.out()).contains("acme.yaml:12:14: error: model 'acme-support-bot-7b' names license 'apache2'"
                + ", which is not in the catalog\n 12 |     license: apache2\n    |              ^\n  help: did you mean 'apache-2.0'?");
    }

    @Test
    void validateJsonCarriesTheLineText() throws Exception {
        JsonNode errors = new ObjectMapper().readTree(OwlRunner.fixture()
                .run("catalog", "validate", "examples/broken-catalog", "--format", "json").out()).get("errors");

        assertThat(errors).hasSize(3);
        assertThat(errors.get(1).get("line").asInt()).isEqualTo(12);
        assertThat(errors.get(1).get("line_text").asText()).isEqualTo("    license: apache2");
        assertThat(errors.get(2).get("line_text").asText()).isEqualTo("    context_token: 32768");
    }

    @Test
    void configErrorsShowTheLineAndACaret() throws Exception {
        Path config = tmp.resolve("config.yaml");
        Files.writeString(config, "format: xml\n");

        Result r = OwlRunner.fixture().env("OWL_CONFIG", config.toString()).run("list");

        assertThat(r.exitCode()).isEqualTo(3);
        assertThat(r.err()).contains("config.yaml:1:9: error: 'format' must be one of")
                .contains("\n 1 | format: xml\n   |         ^\n  help: ");
    }

    @Test
    void policyErrorsShowTheLineAndACaret() throws Exception {
        Path policy = tmp.resolve("policy.yaml");
        Files.writeString(policy, "allow:\n  - licence: apache-2.0\n");

        Result r = OwlRunner.fixture().run("license", "check", "--policy", policy.toString(), tmp.toString());

        assertThat(r.exitCode()).as(r.err()).isEqualTo(3);
        assertThat(r.err()).containsPattern("policy.yaml:\\d+:\\d+: error: ").contains(" | ").contains("^\n  help: ");
    }
}
