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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --strict} with a policy's path excludes and ignore entries: unknowns become errors, reviewed ones do not. */
class StrictPolicyTest {
    @TempDir
    Path tmp;
    Path repo;

    @BeforeEach
    void repository() throws Exception {
        repo = Files.createDirectories(tmp.resolve("repo"));
        Files.writeString(repo.resolve("app.py"), "m = AutoModelForCausalLM.from_pretrained(\"acme/internal-7b\")\n");
        Files.createDirectories(repo.resolve("tests"));
        Files.writeString(repo.resolve("tests/test_load.py"), "m = AutoModel.from_pretrained(\"zeta/tiny-random-llm\")\n");
        Files.createDirectories(repo.resolve("docs"));
        Files.writeString(repo.resolve("docs/guide.md"), "python serve.py --model other/unknown-3b\n");
    }

    private Result check(String policy, String... args) throws Exception {
        Path file = tmp.resolve("policy.yaml");
        Files.writeString(file, policy);
        List<String> all = new ArrayList<>(List.of("license", "check", repo.toString(), "--policy", file.toString(), "--strict",
                "--format", "json"));
        all.addAll(List.of(args));
        return OwlRunner.fixture().run(all.toArray(String[]::new));
    }

    private static List<String> findings(Result r) throws Exception {
        List<String> out = new ArrayList<>();
        for (JsonNode f : new ObjectMapper().readTree(r.out()).get("findings")) {
            out.add(f.get("severity").asText() + ":" + f.get("rule").asText() + ":" + f.get("reference").asText());
        }
        return out;
    }

    @Test
    void withoutScopesEveryUnknownIsAnErrorUnderStrict() throws Exception {
        Result r = check("licenses:\n  allow: [apache-2.0]\n");
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(findings(r)).containsExactlyInAnyOrder("error:unknown-model:acme/internal-7b",
                "error:unknown-model:zeta/tiny-random-llm", "error:unknown-model:other/unknown-3b");
    }

    @Test
    void pathExcludesAndAnIgnoreEntryMakeStrictPassAndTheInventoryKeepsTheReason() throws Exception {
        Result r = check("""
                paths:
                  exclude: ["tests/**", "docs/**"]
                ignore:
                  - reference: "acme/internal-*"
                    reason: "our own fine-tunes"
                    expires: 2099-01-01
                """);
        assertThat(r.exitCode()).as(r.err()).isZero();
        JsonNode report = new ObjectMapper().readTree(r.out());
        assertThat(report.get("findings")).isEmpty();
        assertThat(report.get("references")).hasSize(1);
        assertThat(report.get("references").get(0).get("note").asText()).isEqualTo("ignored by the policy (line 4): our own fine-tunes");
    }

    @Test
    void anExpiredIgnoreEntryNoLongerAppliesAndSaysSo() throws Exception {
        Result r = check("""
                paths:
                  exclude: ["tests/**", "docs/**"]
                ignore:
                  - reference: acme/internal-7b
                    reason: "our own fine-tune"
                    expires: 2020-01-01
                """);
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(findings(r)).containsExactly("error:exception-expired:acme/internal-7b", "error:unknown-model:acme/internal-7b");
        // the inventory does not claim the reference is still ignored
        JsonNode ref = new ObjectMapper().readTree(r.out()).get("references").get(0);
        assertThat(ref.get("note").asText()).isEqualTo("the ignore entry (policy line 4) expired on 2020-01-01: our own fine-tune");
    }

    @Test
    void anIgnoreEntryForACatalogModelIsAPolicyError() throws Exception {
        Result r = check("""
                ignore:
                  - reference: meta-llama/Llama-3.1-8B-Instruct
                    reason: "we know"
                  - reference: "acme/[x"
                """);
        assertThat(r.exitCode()).isEqualTo(3);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).contains(":2:", "is a catalog model (llama-3.1-8b-instruct)", "use an exception")
                .contains("invalid pattern 'acme/[x'", "reason");
    }
}
