package dev.owl.policy;

import static dev.owl.policy.ReferenceScannerTest.found;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** An embedder doc's code span names an open line's model by its runtime name, without a size. */
class OpenLineSpansTest {
    @BeforeAll
    static void load() {
        ReferenceScannerTest.load();
    }

    @Test
    void aCodeSpanOfAnOpenLinesNameOnALineAboutModelsNamesIt() {
        String doc = """
                Swap `nomic-embed-text` for another local embedding model, such as `mxbai-embed-large`.
                | `model` | The Ollama model to pull | `snowflake-arctic-embed:latest` |
                The `granite` models are listed below, and `nomic-embed-text` is fast.
                Run `make-docs` to build the site.
                Give the server the clip model and the `llava-1-5` chat_format.
                """;
        assertThat(found("docs/embedders/ollama.mdx", doc)).containsExactly("1 nomic-embed-text", "1 mxbai-embed-large",
                "2 snowflake-arctic-embed:latest", "3 nomic-embed-text");
    }
}
