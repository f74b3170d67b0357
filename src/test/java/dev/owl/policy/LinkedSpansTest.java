package dev.owl.policy;

import static dev.owl.policy.ReferenceScannerTest.found;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A README's supported-models list links each model's page and names it again in a code span. */
class LinkedSpansTest {
    @BeforeAll
    static void load() {
        ReferenceScannerTest.load();
    }

    @Test
    void aCodeSpanSpellingTheLinkedReposNameIsThatModel() {
        String readme = """
                ## Supported models
                - [Granite](https://huggingface.co/ibm-granite/granite-3.3-2b-instruct): `granite-3.3-2b-instruct` and its variants
                - [GptNeoX](https://huggingface.co/EleutherAI/pythia-14m): EleutherAI's `pythia-14m` and its variants
                - [T5](https://huggingface.co/google-t5/t5-small): Google's `T5` and its variants
                The result is an SFT model like [`zephyr-7b-sft-full`](https://huggingface.co/alignment-handbook/zephyr-7b-sft-full).
                """;
        assertThat(found("README.md", readme)).containsExactly("2 ibm-granite/granite-3.3-2b-instruct", "2 granite-3.3-2b-instruct",
                "3 EleutherAI/pythia-14m", "3 pythia-14m", "4 google-t5/t5-small", "5 alignment-handbook/zephyr-7b-sft-full");
    }

    @Test
    void aLinkTextRespellingTheLinkedCatalogModelIsOneReferenceButAnotherReposNameIsTwo() {
        String readme = """
                |[meta-llama/Meta-Llama-3.2-3B-Instruct](https://huggingface.co/meta-llama/Llama-3.2-3B-Instruct)|✅|Tuned for chat.|
                - [lmsys/fastchat-t5-3b-v1.0](https://huggingface.co/lmsys/fastchat-t5)
                """;
        assertThat(found("README.md", readme)).containsExactly("1 meta-llama/Llama-3.2-3B-Instruct", "2 lmsys/fastchat-t5",
                "2 lmsys/fastchat-t5-3b-v1.0");
    }
}
