package dev.owl.policy;

import static dev.owl.policy.ReferenceScannerTest.foundResolved;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A code span of a name Ollama's library serves, on a line about Ollama, names that model. */
class OllamaSpansTest {
    @BeforeAll
    static void load() {
        ReferenceScannerTest.load();
    }

    @Test
    void anOllamaNameInACodeSpanBesideTheWordOllama() {
        String py = """
                \"\"\"
                This profile configures the CLI to run `llama3` using Ollama, with the `ollama` provider.
                Use the `codestral` chat_template with Ollama.
                \"\"\"
                The `mistral` model is fast.
                To run `gpt-oss` locally, use Ollama; providers: `openai`, `ollama`, `mistral`.
                """;
        assertThat(foundResolved("profiles/local.py", py)).containsExactly("2 llama3 -> llama-3-8b-instruct");
    }
}
