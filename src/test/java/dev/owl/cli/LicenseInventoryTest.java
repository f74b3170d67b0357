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

/** The inventory lists every reference, passing or not, with how it resolved; skipped files say why. */
class LicenseInventoryTest {
    @TempDir
    Path tmp;

    private Path repo() throws IOException {
        Files.writeString(tmp.resolve("app.py"), """
                a = AutoModelForCausalLM.from_pretrained("unsloth/Llama-3.2-3B-Instruct")
                b = pipeline("text-generation", model="acme/unknown-7b")
                """);
        Files.writeString(tmp.resolve("run.sh"), "ollama run qwen3\n");
        Files.write(tmp.resolve("weights.bin"), new byte[] {1, 0, 2, 0});
        Files.write(tmp.resolve("latin1.txt"), new byte[] {'c', 'a', 'f', (byte) 0xE9});
        return tmp;
    }

    @Test
    void jsonListsEveryReferenceWithKindModelLicenseAndResolution() throws IOException {
        OwlRunner.Result r = OwlRunner.bundled().run("license", "check", repo().toString(), "--format", "json");
        JsonNode report = new ObjectMapper().readTree(r.out());
        List<String> refs = new ArrayList<>();
        for (JsonNode n : report.get("references")) {
            refs.add(Path.of(n.get("file").asText()).getFileName() + ":" + n.get("line").asInt() + " " + n.get("reference").asText()
                    + " " + n.get("kind").asText() + " " + n.get("model").asText(null) + " " + n.get("license").asText(null)
                    + " " + n.get("resolution").asText() + " " + n.get("context").asText());
        }
        assertThat(refs).containsExactly(
                "app.py:1 unsloth/Llama-3.2-3B-Instruct hf llama-3.2-3b-instruct llama-3.2-community re-upload call",
                "app.py:2 acme/unknown-7b hf null null unknown key",
                "run.sh:1 qwen3 ollama qwen3-8b apache-2.0 ollama-default ollama-cli");
        assertThat(report.get("references").get(0).get("note").asText()).isEqualTo("re-upload of meta-llama/Llama-3.2-3B-Instruct");
        List<String> skipped = new ArrayList<>();
        report.get("skipped").forEach(s -> skipped.add(Path.of(s.get("file").asText()).getFileName() + ": " + s.get("reason").asText()));
        assertThat(skipped).containsExactlyInAnyOrder("weights.bin: binary", "latin1.txt: not UTF-8 text");
        assertThat(report.get("summary").get("files_skipped").asInt()).isEqualTo(2);
        assertThat(r.exitCode()).as("a skip does not change the exit code").isZero();
    }

    @Test
    void inventoryTableAndSummaryLineNameTheSkips() throws IOException {
        OwlRunner.Result r = OwlRunner.bundled().terminal(300).env("NO_COLOR", "1").run("license", "check", repo().toString(), "--inventory");
        assertThat(r.out()).contains("LOCATION").contains("RESOLUTION")
                .contains("unsloth/Llama-3.2-3B-Instruct").contains("re-upload: re-upload of meta-llama/Llama-3.2-3B-Instruct")
                .contains("ollama-default: untagged: Ollama pulls qwen3:latest, which the catalog records as qwen3:8b, qwen3-8b")
                .contains("3 references in 2 files scanned, 2 skipped (1 binary, 1 not UTF-8 text)");
    }

    /** On an 80-column terminal long paths (a repository's examples/notebooks/…) give way, not the model and its license. */
    @Test
    void aNarrowTerminalKeepsTheReferenceModelAndLicenseBesideALongLocation() throws IOException {
        Path deep = Files.createDirectories(tmp.resolve("examples/notebooks/fine-tuning/with-a-long-directory-name"));
        Files.writeString(deep.resolve("train_llama.py"), "m = AutoModel.from_pretrained(\"meta-llama/Llama-3.1-8B-Instruct\")\n");
        OwlRunner.Result r = OwlRunner.bundled().terminal(80).env("NO_COLOR", "1").run("license", "check", tmp.toString(), "--inventory");
        List<String> lines = r.out().lines().toList();
        assertThat(lines.get(0)).as(r.out()).contains("LOCATION", "REFERENCE", "MODEL", "LICENSE");
        // the cells wrap at their hyphens: llama-3.1- / 8b-instruct, llama-3.1- / community
        assertThat(lines.get(1)).as(r.out()).contains("meta-llama/", "llama-3.1-");
        assertThat(lines.get(2)).as(r.out()).contains("8b-instruct", "community");
        assertThat(lines.stream().filter(l -> !l.startsWith("verdict:") && !l.contains("left out to fit"))).allMatch(l -> l.length() <= 80);
    }

    /** The summary line counts each skip reason whole: the mark's own colon does not cut it. */
    @Test
    void aFileMarkedToBeIgnoredIsCountedUnderTheWholeMark() throws IOException {
        Files.writeString(tmp.resolve("names.txt"), "# owl: ignore-file\nmeta-llama/Llama-3.1-8B-Instruct\n");
        OwlRunner.Result r = OwlRunner.bundled().run("license", "check", tmp.toString());
        assertThat(r.out()).contains("0 references in 0 files scanned, 1 skipped (1 marked 'owl: ignore-file')");
    }

    @Test
    void gitignoredFilesAreScannedWithNoIgnore() throws IOException {
        Files.createDirectories(tmp.resolve("build"));
        Files.writeString(tmp.resolve(".gitignore"), "build/\n");
        Files.writeString(tmp.resolve("build/gen.py"), "m = AutoModel.from_pretrained(\"acme/built-7b\")\n");
        assertThat(OwlRunner.bundled().run("license", "check", tmp.toString()).out()).contains("0 references");
        assertThat(OwlRunner.bundled().run("license", "check", tmp.toString(), "--no-ignore").out()).contains("1 reference");
    }
}
