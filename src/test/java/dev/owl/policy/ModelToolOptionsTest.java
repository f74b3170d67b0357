package dev.owl.policy;

import static dev.owl.policy.ReferenceScannerTest.found;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A model tool's options: a repository it downloads, a destination it uploads to, a family key that names no model. */
class ModelToolOptionsTest {
    @BeforeAll
    static void load() {
        ReferenceScannerTest.load();
    }

    @Test
    void aModelToolsRepositoryOptionNamesTheModelAndItsDestinationIsAnOutput() {
        String md = """
                ilab model download --repository acme-eval/acme-judge-8x7b-v2.0 --hf-token <token>
                gh release download --repo acme/tools-7b
                ilab model upload --model granite-7b-lab --destination acme/granite-7b-lab --release main
                """;
        assertThat(found("README.md", md)).containsExactly("1 acme-eval/acme-judge-8x7b-v2.0", "3 granite-7b-lab");
    }

    @Test
    void aFamilyOrArchitectureKeyNamesNoModel() {
        String py = """
                class Defaults:
                    MODEL_FAMILY = "granite"
                    model_arch = "granite-3.1"
                    MODEL_NAME = "granite-3.1-8b-instruct"
                """;
        assertThat(found("defaults.py", py)).containsExactly("4 granite-3.1-8b-instruct");
    }
}
