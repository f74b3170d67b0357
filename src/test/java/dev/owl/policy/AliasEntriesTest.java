package dev.owl.policy;

import static dev.owl.policy.ReferenceScannerTest.found;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A runtime's alias table maps short names to model URIs: the short name is a name the file defines, the URI the model. */
class AliasEntriesTest {
    @TempDir
    Path tree;
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

    /**
     * The runtime reads its alias table before any registry: a name the tree's table maps to a model URI is that model (qwen3:4b,
     * which Ollama's library no longer serves as the catalog's Qwen3-4B); a table's printed copy in a doc defines nothing, and a
     * URI names its own registry past any alias.
     */
    @Test
    void anAliasTheTreesTableDefinesResolvesToItsTarget() throws IOException {
        Files.writeString(tree.resolve("shortnames.conf"), """
                [shortnames]
                  "qwen3:4b" = "hf://bartowski/Qwen_Qwen3-4B-GGUF"
                  "phi4" = "hf://microsoft/phi-4-gguf"
                  "deepseek-r1" = "hf://bartowski/DeepSeek-R1-GGUF"
                """);
        Files.writeString(tree.resolve("README.md"), """
                ```
                $ ramalama sandbox goose qwen3:4b
                $ ramalama run phi4
                ```
                ```json
                "Names": {
                    "llama3": "hf://acme/not-a-model",
                    "deepseek": "ollama://deepseek-r1"
                }
                ```
                ```
                $ ramalama run llama3
                ```
                """);
        List<Reference> refs = new ReferenceScanner(ReferenceScannerTest.resolver, List.of()).scan(List.of(tree));
        List<String> readme = refs.stream().filter(r -> r.file().endsWith("README.md")).map(r -> {
            ReferenceResolver.Resolution res = ReferenceScannerTest.resolver.resolve(r);
            return r.line() + " " + r.text() + " -> " + (res.model() == null ? "-" : res.model().id());
        }).toList();
        // ollama://deepseek-r1 is Ollama's name (which the catalog records no latest for), not the tree's alias of DeepSeek-R1
        assertThat(readme).containsExactly("2 qwen3:4b -> qwen3-4b", "3 phi4 -> phi-4", "7 acme/not-a-model -> -", "8 deepseek-r1 -> -",
                "12 llama3 -> llama-3-8b-instruct");
    }
}
