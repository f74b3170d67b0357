package dev.owl.policy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A weights file written as its Hub repo and the file in it names that repo; a local folder's file does not. */
class RepoFilePathsTest {
    @BeforeAll
    static void load() {
        ReferenceScannerTest.load();
    }

    @Test
    void aRepoAndItsGgufFileNameTheRepo() {
        assertThat(ReferenceScannerTest.foundResolved("app.py", """
                llm_path = "bartowski/Llama-3.2-3B-Instruct-GGUF/Llama-3.2-3B-Instruct-Q4_K_M.gguf@4096"
                local = "./models/llama/ggml-model-q4_0.gguf"
                """)).containsExactly("1 bartowski/Llama-3.2-3B-Instruct-GGUF -> llama-3.2-3b-instruct");
    }
}
