package dev.owl.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.owl.OwlRunner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A user catalog's reference-rules.yaml: checked like any catalog file, and what license check then reads names by. */
class ReferenceRulesCatalogTest {
    @TempDir
    Path tmp;

    private Path repo() throws IOException {
        Path repo = Files.createDirectories(tmp.resolve("repo"));
        // a copy named exactly as the original, by an organisation no built-in rule knows
        Files.writeString(repo.resolve("app.py"), "tok = AutoTokenizer.from_pretrained(\"acmequant/Mistral-7B-Instruct-v0.3\")\n");
        return repo;
    }

    private Path catalog(String rules) throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("cat"));
        Files.writeString(dir.resolve("reference-rules.yaml"), rules);
        return dir;
    }

    private static final String ACMEQUANT = """
            reuploaders:
              - {org: acmequant, source: {url: "https://huggingface.co/acmequant", as_of: 2026-11-20}}
            """;

    /** Each reference as "text resolution model". */
    private static List<String> references(OwlRunner.Result r) throws IOException {
        List<String> out = new ArrayList<>();
        for (JsonNode n : new ObjectMapper().readTree(r.out()).get("references")) {
            out.add(n.get("reference").asText() + " " + n.get("resolution").asText() + " " + n.get("model").asText(null));
        }
        return out;
    }

    @Test
    void aReUploaderAddedByAUserCatalogResolvesItsCopies() throws IOException {
        Path repo = repo();
        OwlRunner.Result before = OwlRunner.fixture().run("license", "check", repo.toString(), "--format", "json");
        assertThat(references(before)).containsExactly("acmequant/Mistral-7B-Instruct-v0.3 unknown null");

        OwlRunner.Result after = OwlRunner.fixture().run("--catalog", catalog(ACMEQUANT).toString(),
                "license", "check", repo.toString(), "--format", "json");
        assertThat(after.exitCode()).as(after.err()).isZero();
        assertThat(references(after)).containsExactly("acmequant/Mistral-7B-Instruct-v0.3 re-upload mistral-7b-instruct-v0.3");
    }

    @Test
    void aCompiledUserCatalogCarriesItsRules() throws IOException {
        Path compiled = tmp.resolve("rules.owlc");
        OwlRunner.Result c = OwlRunner.fixture().run("catalog", "compile", catalog(ACMEQUANT).toString(), "-o", compiled.toString());
        assertThat(c.exitCode()).as(c.err()).isZero();
        assertThat(c.err()).contains("0 runtimes, 1 reference rule (");
        OwlRunner.Result r = OwlRunner.fixture().run("--catalog", compiled.toString(), "license", "check", repo().toString(), "--format", "json");
        assertThat(references(r)).containsExactly("acmequant/Mistral-7B-Instruct-v0.3 re-upload mistral-7b-instruct-v0.3");
    }

    @Test
    void aBrokenRulesFileIsADataErrorWithItsLine() throws IOException {
        Path bad = catalog("reuploaders:\n  - {org: acmequant}\n");
        OwlRunner.Result check = OwlRunner.fixture().run("--catalog", bad.toString(), "license", "check", repo().toString());
        assertThat(check.exitCode()).isEqualTo(3);
        assertThat(check.out()).isEmpty();
        assertThat(check.err()).contains("cat/reference-rules.yaml:2:5: error: missing required key 'source' in a re-uploader");

        OwlRunner.Result validate = OwlRunner.fixture().run("catalog", "validate", bad.toString());
        assertThat(validate.exitCode()).isEqualTo(1);
        assertThat(validate.out()).contains("cat/reference-rules.yaml:2:5: error: missing required key 'source' in a re-uploader");
    }
}
