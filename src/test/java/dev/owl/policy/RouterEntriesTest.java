package dev.owl.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A router's model registry entry that names a backend defines its bare name: the file's decisions then use a label, not a model. */
class RouterEntriesTest {
    @TempDir
    Path tree;

    @BeforeAll
    static void load() {
        ReferenceScannerTest.load();
    }

    @Test
    void aRoutedEntrysNameIsALabelBeforeAndAfterItsDefinition() throws IOException {
        Path p = Files.writeString(tree.resolve("values.yaml"), """
                providers:
                  defaults:
                    default_model: mistral-7b
                  models:
                    - name: mistral-7b
                      external_model_ids:
                        mock-llm: mistral-7b
                      backend_refs:
                        - name: mock-llm
                          endpoint: mock-llm:8000
                    - name: TinyLlama/TinyLlama-1.1B-Chat-v1.0
                      endpoint: vllm:8000
                routing:
                  decisions:
                    - name: math
                      modelRefs:
                        - model: mistral-7b
                        - model: TinyLlama/TinyLlama-1.1B-Chat-v1.0
                """);
        assertThat(ReferenceScannerTest.scanTree(tree, p)).containsExactly(
                "values.yaml:11 TinyLlama/TinyLlama-1.1B-Chat-v1.0", "values.yaml:18 TinyLlama/TinyLlama-1.1B-Chat-v1.0");
    }

    @Test
    void anEntryThatRoutesNowhereLeavesItsModelKeysAlone() throws IOException {
        Path p = Files.writeString(tree.resolve("config.yaml"), """
                models:
                  - name: mistral-7b
                    context: 8192
                default:
                  model: mistral-7b
                """);
        assertThat(ReferenceScannerTest.scanTree(tree, p)).containsExactly("config.yaml:5 mistral-7b");
    }
}
