package dev.owl.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code id} of a model list's entry names a model by its Hub id, though the catalog knows neither org nor name. */
class ModelListIdsTest {
    @TempDir
    Path tree;

    @BeforeAll
    static void load() {
        ReferenceScannerTest.load();
    }

    private List<String> scan(String rel, String text) throws IOException {
        Files.writeString(tree.resolve(rel), text);
        return ReferenceScannerTest.scanTree(tree, tree);
    }

    @Test
    void anIdBesideAModelEntrysKeysIsAModel() throws IOException {
        assertThat(scan("values.yaml", """
                envVars:
                  MODELS: >
                    [
                      { "id": "router", "supportsTools": true },
                      { "id": "quillworks/Lantern-9B-Chat", "description": "A small chat model.", "supportsReasoning": true },
                      { "id": "quillworks/Lantern-70B", "parameters": { "max_tokens": 4096 } },
                      { "id": "quillworks/lantern", "description": "The house model." }
                    ]
                """)).containsExactly("values.yaml:5 quillworks/Lantern-9B-Chat", "values.yaml:6 quillworks/Lantern-70B", "values.yaml:7 quillworks/lantern");
    }

    @Test
    void anIdInAYamlListUnderAModelKeyIsAModel() throws IOException {
        assertThat(scan("config.yaml", """
                models:
                  - id: quillworks/Lantern-9B-Chat
                  - id: quillworks/Lantern-70B
                """)).containsExactly("config.yaml:2 quillworks/Lantern-9B-Chat", "config.yaml:3 quillworks/Lantern-70B");
    }

    @Test
    void anIdOfAnythingElseIsNot() throws IOException {
        assertThat(scan("data.json", """
                [
                  { "id": "quillworks/issue-tracker", "title": "A repository", "stars": 12 },
                  { "id": "quillworks/lantern", "owner": "quillworks" }
                ]
                """)).isEmpty();
    }
}
