package dev.owl.policy;

import static dev.owl.policy.ReferenceScannerTest.found;
import static dev.owl.policy.ReferenceScannerTest.judged;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A runtime's transport URIs: a quantization picked by tag is part of the name; a model packed as an image on a registry host is an image. */
class ModelTransportsTest {
    @BeforeAll
    static void load() {
        ReferenceScannerTest.load();
    }

    @Test
    void modelUrisKeepAQuantTagAndImagesOnARegistryHostAreNoModels() {
        String md = """
                ```
                $ ramalama pull hf://ggml-org/gemma-3-4b-it-GGUF:Q8_0
                $ ramalama convert ollama://tinyllama:latest oci://quay.io/acme/tiny:latest
                $ ramalama serve --generate kube oci://quay.io/acme/tiny:latest
                $ local-ai run oci://localai/phi-2:latest
                ```
                """;
        assertThat(found("transports.md", md)).containsExactly("2 ggml-org/gemma-3-4b-it-GGUF:Q8_0", "3 tinyllama:latest",
                "5 localai/phi-2:latest");
        assertThat(judged("transports.md", md).get(0)).isEqualTo("ggml-org/gemma-3-4b-it-GGUF:Q8_0 -> gemma-3-4b-it (hf)");
    }

    @Test
    void nodeLlamaCppHfUrisNameTheRepoWithOrWithoutAFile() {
        String md = """
                ```shell
                npx --no node-llama-cpp chat --model hf:unsloth/Qwen3-8B-GGUF:Q4_K_M
                npx --no node-llama-cpp pull --dir ./models hf:mradermacher/Meta-Llama-3.1-8B-Instruct-GGUF/Meta-Llama-3.1-8B-Instruct.Q4_K_M.gguf
                ```
                Set `modelUri` to `hf:<user>/<model>:<quant>`; the `hf:` prefix stands for Hugging Face.
                """;
        assertThat(found("uris.md", md)).containsExactly("2 unsloth/Qwen3-8B-GGUF:Q4_K_M", "3 mradermacher/Meta-Llama-3.1-8B-Instruct-GGUF");
        assertThat(judged("uris.md", md).get(1)).isEqualTo("mradermacher/Meta-Llama-3.1-8B-Instruct-GGUF -> llama-3.1-8b-instruct (hf)");
    }
}
