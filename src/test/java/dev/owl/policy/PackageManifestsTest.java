package dev.owl.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A JavaScript package's manifest and lock files name npm packages and GitHub dependencies, not Hub models. */
class PackageManifestsTest {
    @TempDir
    Path tmp;

    @BeforeAll
    static void load() {
        ReferenceScannerTest.load();
    }

    @Test
    void manifestsAndLockFilesAreNotReadButTheCodeBesideThemIs() throws Exception {
        Files.writeString(tmp.resolve("package.json"), """
                {
                  "dependencies": {
                    "@huggingface/transformers": "3.5.0",
                    "deepscatter": "github:nomic-ai/deepscatter",
                    "outetts": "github:xenova/outetts"
                  }
                }
                """);
        Files.writeString(tmp.resolve("package-lock.json"), """
                {
                  "packages": {
                    "node_modules/outetts": { "resolved": "git+ssh://git@github.com/xenova/outetts.git#abc" }
                  }
                }
                """);
        Files.writeString(tmp.resolve("worker.js"), "const model_id = \"meta-llama/Llama-3.1-8B-Instruct\";\n");
        assertThat(ReferenceScannerTest.scanTree(tmp, tmp)).containsExactly("worker.js:1 meta-llama/Llama-3.1-8B-Instruct");
    }

    @Test
    void onlyThoseFileNamesCount() {
        assertThat(PackageManifests.is("package.json")).isTrue();
        assertThat(PackageManifests.is("yarn.lock")).isTrue();
        assertThat(PackageManifests.is("config.json")).isFalse();
        assertThat(PackageManifests.is("models.json")).isFalse();
    }
}
