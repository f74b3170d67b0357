package dev.owl.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.owl.OwlRunner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The license gate in owl's own repository (issue 17's "sensible result in the repository root"): owl's catalog data
 * (model families, licenses, measurements, hosted offers) lists models with sources and is not judged as uses of
 * them.
 */
class OwnDataTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    @Test
    void everyCatalogDataFileIsSkippedAsData() throws IOException {
        JsonNode r = JSON.readTree(OwlRunner.bundled().run("license", "check", "catalog", "--format", "json").out());
        assertThat(r.get("skipped")).extracting(s -> s.get("file").asText().replace('\\', '/'))
                .contains("catalog/measurements.yaml", "catalog/deployments.yaml", "catalog/licenses/qwen.yaml",
                        "catalog/models/llama.yaml");
        assertThat(r.get("findings")).extracting(f -> f.get("file").asText()).noneMatch(f -> f.endsWith(".yaml"));
    }

    @Test
    void aBareNameInAModelKeyIsNotTakenForTheCatalogModelOfThatId() throws IOException {
        // ollama's client libraries write model: 'deepseek-r1' for Ollama's small distill, not the 671B model whose owl
        // id is deepseek-r1 (ollama/ollama's docs do): a bare name resolves only through Ollama tags the catalog lists
        Files.writeString(tmp.resolve("chat.js"), "const response = await ollama.chat({\n  model: 'deepseek-r1',\n});\n");
        JsonNode r = JSON.readTree(OwlRunner.bundled().run("license", "check", tmp.toString(), "--inventory", "--format", "json").out());
        assertThat(r.get("references")).extracting(x -> x.get("reference").asText() + "=" + x.get("model").asText())
                .containsExactly("deepseek-r1=null");
    }
}
