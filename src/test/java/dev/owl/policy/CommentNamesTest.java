package dev.owl.policy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A catalog model's exact name in a config's or script's header comment is a reference; a later remark, a display name or a Markdown heading is not. */
class CommentNamesTest {
    @BeforeAll
    static void load() {
        ReferenceScannerTest.load();
    }

    @Test
    void aConfigsHeaderCommentNamesItsModelExactly() {
        assertThat(ReferenceScannerTest.foundResolved("infer.yaml", """
                # Inference config for gpt-oss-120b.
                #
                # Gemma 3 27B Instruct is a display name.
                engine: VLLM
                """)).containsExactly("1 gpt-oss-120b -> gpt-oss-120b");
    }

    @Test
    void aCommentBelowTheFirstLineOfCodeIsARemark() {
        assertThat(ReferenceScannerTest.found("test_rope.py", """
                import numpy as np

                # GPT-OSS-20B has a top-level rope_theta, unlike Phi-4
                THETA = 150000.0
                """)).isEmpty();
    }

    @Test
    void aMarkdownHeadingIsProseNotAComment() {
        assertThat(ReferenceScannerTest.found("README.md", """
                # Fine-tune gpt-oss-120b

                Some text.
                """)).isEmpty();
    }
}
