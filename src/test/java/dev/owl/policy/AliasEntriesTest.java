package dev.owl.policy;

import static dev.owl.policy.ReferenceScannerTest.found;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A runtime's alias table maps short names to model URIs: the short name is a name the file defines, the URI the model. */
class AliasEntriesTest {
    @BeforeAll
    static void load() {
        ReferenceScannerTest.load();
    }

    @Test
    void aShortNameMappedToAModelUriIsAnAliasAndTheUriTheModel() {
        String conf = """
                [shortnames]
                  "gemma3:4b" = "hf://ggml-org/gemma-3-4b-it-GGUF"
                  "mistral" = "huggingface://TheBloke/Mistral-7B-Instruct-v0.2-GGUF/mistral-7b-instruct-v0.2.Q4_K_M.gguf"
                  "qwen2.5:7b" = "hf://bartowski/Qwen2.5-7B-Instruct-GGUF"
                  "acme/granite:8b" = "ollama://granite3.1-dense:8b"
                """;
        assertThat(found("shortnames.conf", conf)).containsExactly("2 ggml-org/gemma-3-4b-it-GGUF",
                "3 TheBloke/Mistral-7B-Instruct-v0.2-GGUF", "4 bartowski/Qwen2.5-7B-Instruct-GGUF", "5 granite3.1-dense:8b");
    }

    @Test
    void theSameTablePrintedAsJsonNamesOnlyItsUris() {
        String md = """
                ```
                    "Shortnames": {
                        "Names": {
                            "gemma3": "hf://bartowski/google_gemma-3-4b-it-GGUF/google_gemma-3-4b-it-IQ2_M.gguf",
                            "llama3": "ollama://llama3",
                            "tiny": "ollama://tinyllama"
                        }
                    }
                ```
                """;
        assertThat(found("info.md", md)).containsExactly("4 bartowski/google_gemma-3-4b-it-GGUF", "5 llama3", "6 tinyllama");
    }

    @Test
    void aListingsShortnameIsTheAliasOfTheModelBesideIt() {
        String md = """
                ```json
                [
                  {
                    "shortname": "gemma3:12b",
                    "name": "hf://ggml-org/gemma-3-12b-it-GGUF",
                    "size": 8150000000
                  }
                ]
                ```
                """;
        assertThat(found("list.md", md)).containsExactly("5 ggml-org/gemma-3-12b-it-GGUF");
    }
}
