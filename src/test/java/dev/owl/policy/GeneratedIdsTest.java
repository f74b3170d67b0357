package dev.owl.policy;

import static dev.owl.policy.ReferenceScannerTest.found;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Ids a run prints (a task's UUID, a chat completion's {@code chatcmpl-…}) are records' keys, not models. */
class GeneratedIdsTest {
    @BeforeAll
    static void load() {
        ReferenceScannerTest.load();
    }

    @Test
    void aPrintedUuidIsNoModelButThePrintedModelIs() {
        String page = """
                ```
                tasks=(Task(id='a3c1e2f4-7b6d-5e8f-9a0b-1c2d3e4f5a6b', name='node_a'),)
                ChatCompletion(id='chatcmpl-0f1e2d3c-4b5a-6978-8a9b-0c1d2e3f4a5b', model='meta-llama/Llama-3.2-3B-Instruct')
                ```
                Ask for `id: 'a3c1e2f4-7b6d-5e8f-9a0b-1c2d3e4f5a6b'` to resume.
                """;
        assertThat(found("docs/persistence.md", page)).containsExactly("3 meta-llama/Llama-3.2-3B-Instruct");
    }
}
