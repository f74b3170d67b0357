package dev.owl.policy;

import static dev.owl.policy.ReferenceScannerTest.found;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A name a file uses as a model, found again in the same file: in documentation's fenced code, in a code comment. */
class SameFileNamesTest {
    @BeforeAll
    static void load() {
        ReferenceScannerTest.load();
    }

    @Test
    void aRepoNameInACommentOfADocsCodeBlockIsTheModelTheBlockDownloads() {
        String md = """
                Download Kimi-K2.5 first; the Kimi-K2.5 weights are large.

                ```bash
                # Download Kimi-K2.5 (RAW-INT4 for both CPU and GPU)
                huggingface-cli download moonshotai/Kimi-K2.5 \\
                  --local-dir /path/to/Kimi-K2.5
                ```

                # Kimi-K2.5 serving
                """;
        // prose and a heading (outside the block) name no model; a folder named after it is no reference either
        assertThat(found("Kimi-K2.5.md", md)).containsExactlyInAnyOrder("4 Kimi-K2.5", "5 moonshotai/Kimi-K2.5");
    }

    @Test
    void aFencedBlocksPrintedNameCountsWhereAnotherCommandsArgumentDoesNot() {
        String md = """
                Pull `smollm:135m` first.

                ```
                $ ramalama list
                smollm:135m
                Model: smollm:135m
                $ llama-server --alias smollm:135m --port 8080
                ```
                """;
        assertThat(found("list.md", md)).containsExactlyInAnyOrder("1 smollm:135m", "5 smollm:135m", "6 smollm:135m");
    }

    @Test
    void aVariableNamedLikeTheModelIsNoRepeatOfIt() {
        String py = """
                gpt2 = models.Transformers("gpt2", temperature=0.8)
                gpt2 += "The url of Google is http:" + gen(max_tokens=5)
                out = gpt2.generate(prompt)
                lm = gpt2 + "this is a test" + gen("test", max_tokens=10)
                x = 1  # fall back to the gpt2 mapping
                """;
        assertThat(found("healing.py", py)).containsExactlyInAnyOrder("1 gpt2", "5 gpt2");
    }
}
