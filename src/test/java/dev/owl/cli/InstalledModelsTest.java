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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code license check --installed}: Ollama's manifests and the Hugging Face cache, laid out in a temp dir as the tools do. */
class InstalledModelsTest {
    @TempDir
    Path tmp;

    private void manifest(Path models, String host, String namespace, String model, String tag) throws Exception {
        Path dir = Files.createDirectories(models.resolve("manifests").resolve(host).resolve(namespace).resolve(model));
        Files.writeString(dir.resolve(tag), "{\"schemaVersion\":2,\"layers\":[]}");
    }

    private Path stores() throws Exception {
        Path ollama = tmp.resolve("ollama-models");
        manifest(ollama, "registry.ollama.ai", "library", "llama3.1", "8b");
        manifest(ollama, "registry.ollama.ai", "library", "mystery-llm", "latest");
        manifest(ollama, "registry.ollama.ai", "someuser", "custom-chat", "v2");
        Path hub = Files.createDirectories(tmp.resolve("hf-home/hub"));
        Files.createDirectories(hub.resolve("models--Qwen--Qwen2.5-7B-Instruct/snapshots/abc"));
        Files.createDirectories(hub.resolve("models--meta-llama--Llama-3.1-8B-Instruct/refs"));
        Files.createDirectories(hub.resolve("datasets--trl-lib--Capybara"));
        Files.writeString(hub.resolve("version.txt"), "1");
        return ollama;
    }

    private OwlRunner owl(Path ollama) {
        return OwlRunner.bundled().env("HOME", tmp.resolve("home").toString()).env("OLLAMA_MODELS", ollama.toString())
                .env("HF_HOME", tmp.resolve("hf-home").toString());
    }

    @Test
    void installedModelsAreResolvedAndJudgedLikeReferences() throws Exception {
        Path policy = tmp.resolve("policy.yaml");
        Files.writeString(policy, "licenses:\n  allow: [apache-2.0]\n");
        Result r = owl(stores()).run("license", "check", "--installed", "--policy", policy.toString(), "--format", "json");
        assertThat(r.exitCode()).as(r.err()).isEqualTo(1); // Llama 3.1 is not Apache-2.0
        JsonNode report = new ObjectMapper().readTree(r.out());
        List<String> refs = new ArrayList<>();
        for (JsonNode ref : report.get("references")) {
            refs.add(ref.get("reference").asText() + " " + ref.get("kind").asText() + " " + ref.get("model").asText("-")
                    + " " + ref.get("context").asText());
            assertThat(ref.get("line").isNull()).as("an installed model has no line").isTrue();
        }
        assertThat(refs).containsExactly(
                "llama3.1:8b ollama llama-3.1-8b-instruct ollama-manifest",
                "mystery-llm:latest ollama - ollama-manifest",
                "someuser/custom-chat:v2 ollama - ollama-manifest",
                "Qwen/Qwen2.5-7B-Instruct hf qwen2.5-7b-instruct hf-cache",
                "meta-llama/Llama-3.1-8B-Instruct hf llama-3.1-8b-instruct hf-cache");
        assertThat(report.get("references").get(0).get("file").asText())
                .endsWith("manifests/registry.ollama.ai/library/llama3.1/8b".replace('/', java.io.File.separatorChar));
        assertThat(report.get("summary").get("files_scanned").asInt()).as("--installed alone scans no directory").isZero();
        assertThat(report.get("findings").findValuesAsText("rule")).contains("license-not-allowed", "unknown-model");
    }

    @Test
    void missingStoresAreEmptyNotErrorsAndTheTableShowsTheManifest() throws Exception {
        Result none = owl(tmp.resolve("nowhere")).env("HF_HOME", tmp.resolve("nothing").toString())
                .run("license", "check", "--installed");
        assertThat(none.exitCode()).as(none.err()).isZero();
        assertThat(none.out()).contains("0 references");
        // as owl list --installed says it: where owl looked, so a person can tell an empty machine from a wrong path
        assertThat(none.err()).contains("no installed models found").contains(tmp.resolve("nowhere").toString())
                .contains(tmp.resolve("nothing").resolve("hub").toString());
        assertThat(owl(tmp.resolve("nowhere")).env("HF_HOME", tmp.resolve("nothing").toString())
                .run("license", "check", "--installed", "--quiet").err()).doesNotContain("no installed models found");
        Result table = owl(stores()).run("license", "check", "--installed", "--inventory");
        assertThat(table.out()).contains("llama3.1:8b").contains("registry.ollama.ai").doesNotContain("Capybara");
    }

    @Test
    void listInstalledShowsTheCatalogModelsOnThisMachineAndNamesTheRest() throws Exception {
        Path ollama = stores();
        Result r = owl(ollama).run("list", "--installed", "--format", "json");
        assertThat(r.exitCode()).as(r.err()).isZero();
        List<String> ids = new ArrayList<>();
        new ObjectMapper().readTree(r.out()).forEach(m -> ids.add(m.get("id").asText()));
        assertThat(ids).containsExactlyInAnyOrder("llama-3.1-8b-instruct", "qwen2.5-7b-instruct");
        assertThat(r.err()).contains("2 installed models not in the catalog: mystery-llm:latest, someuser/custom-chat:v2");

        Result limited = owl(ollama).run("list", "--installed", "--family", "qwen", "--limit", "1", "--quiet", "--format", "json");
        assertThat(limited.exitCode()).as(limited.err()).isZero();
        assertThat(new ObjectMapper().readTree(limited.out()).findValuesAsText("id")).containsExactly("qwen2.5-7b-instruct");
        assertThat(limited.err()).as("--quiet keeps the note off stderr").isEmpty();

        Result none = owl(tmp.resolve("nowhere")).env("HF_HOME", tmp.resolve("nothing").toString()).run("list", "--installed", "--format", "json");
        assertThat(none.exitCode()).as(none.err()).isZero();
        assertThat(new ObjectMapper().readTree(none.out())).isEmpty();
        assertThat(none.err()).contains("no installed models found").contains(tmp.resolve("nowhere").toString());
        assertThat(none.err().lines()).as("one note says why the list is empty, not two").hasSize(1);
    }

    @Test
    void anUnreadableStoreIsNamedAndNotTakenForAnEmptyMachine() throws Exception {
        // root reads every folder whatever its mode, so this runs only where the mode can bite (CI users, developers)
        org.junit.jupiter.api.Assumptions.assumeFalse("root".equals(System.getProperty("user.name")), "root ignores folder modes");
        Path ollama = stores();
        Path host = ollama.resolve("manifests/registry.ollama.ai");
        java.nio.file.Files.setPosixFilePermissions(host, java.nio.file.attribute.PosixFilePermissions.fromString("---------"));
        try {
            Result r = owl(ollama).run("license", "check", "--installed", "--format", "json");
            assertThat(r.exitCode()).as(r.err()).isZero();
            JsonNode report = new ObjectMapper().readTree(r.out());
            assertThat(report.get("skipped").get(0).get("file").asText()).isEqualTo(host.toString());
            assertThat(report.get("skipped").get(0).get("reason").asText()).startsWith("unreadable");
            assertThat(report.get("findings").findValuesAsText("rule")).contains("file-not-scanned");
            assertThat(r.err()).doesNotContain("no installed models found");
            assertThat(owl(ollama).run("license", "check", "--installed", "--strict").exitCode()).isEqualTo(1);
            Result list = owl(ollama).run("list", "--installed");
            assertThat(list.err()).contains(host.toString()).contains("was not read").doesNotContain("no installed models found");
        } finally {
            java.nio.file.Files.setPosixFilePermissions(host, java.nio.file.attribute.PosixFilePermissions.fromString("rwx------"));
        }
    }
}
