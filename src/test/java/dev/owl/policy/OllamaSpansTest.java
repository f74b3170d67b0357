package dev.owl.policy;

import static dev.owl.policy.ReferenceScannerTest.found;
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

    @Test
    void aSizeTaggedNameInACodeSpanIsAnOllamaTagOnAnyLine() {
        String md = """
                - **Task Model (Local)**: a small local model like `qwen3.5:2b` or `qwen3.5:0.8b`.
                - Cloud models: `kimi-k2:1t-cloud`, `deepseek-v3.1:671b-cloud`.
                - Not tags: `python:3.11`, `redis:7`, `localhost:8080`, `model:latest`.
                """;
        assertThat(found("essentials.mdx", md)).containsExactly("1 qwen3.5:2b", "1 qwen3.5:0.8b", "2 kimi-k2:1t-cloud", "2 deepseek-v3.1:671b-cloud");
    }
}
