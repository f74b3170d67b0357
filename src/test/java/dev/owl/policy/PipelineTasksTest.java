package dev.owl.policy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A pipeline call opened at a line's end takes its task on the next line and the model on the one after. */
class PipelineTasksTest {
    @BeforeAll
    static void load() {
        ReferenceScannerTest.load();
    }

    @Test
    void theModelAfterAPipelinesTaskLineIsRead() {
        assertThat(ReferenceScannerTest.found("index.ts", """
                const extractor = await pipeline(
                  "feature-extraction",
                  "Xenova/all-MiniLM-L6-v2",
                );
                """)).containsExactly("3 Xenova/all-MiniLM-L6-v2");
        assertThat(ReferenceScannerTest.found("background.js", """
                this.instance ??= pipeline(
                  "text-classification",
                  "Xenova/distilbert-base-uncased-finetuned-sst-2-english",
                  { progress_callback },
                );
                """)).containsExactly("3 Xenova/distilbert-base-uncased-finetuned-sst-2-english");
    }

    @Test
    void aStringAfterTheModelIsNotReadAsOne() {
        assertThat(ReferenceScannerTest.found("app.py", """
                pipe = pipeline(
                    "text-generation",
                    "Qwen/Qwen2.5-0.5B-Instruct",
                )
                label = "summarization"
                """)).containsExactly("3 Qwen/Qwen2.5-0.5B-Instruct");
    }
}
