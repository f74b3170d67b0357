package dev.owl.policy;

import static dev.owl.policy.ReferenceScannerTest.found;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A table about models names them in its "Model" column, as bare names; Modelers links name org/name ids like the Hub's. */
class ModelColumnsTest {
    @BeforeAll
    static void load() {
        ReferenceScannerTest.load();
    }

    @Test
    void aMarkdownTablesModelColumnAndItsModelersLinksNameModels() {
        String md = """
                **BF16 Versions:**

                | Model | Hardware Requirement | Download |
                |-------|---------------------|----------|
                | Qwen3-8B | 1 Atlas A2 inference products (64GB × 8) | [Download](https://modelers.cn/models/Modelers_Park/Qwen3-8B) |
                | Qwen3-32B-W8A8 | 1 Atlas A3 inference products (64GB × 16) | [Download](https://www.modelscope.cn/models/vllm-ascend/Qwen3-32B-W8A8) |

                | Benchmark | Result | Notes |
                |-----------|--------|-------|
                | mmlu-5shot | 71.2 | Qwen3-8B-style prompt |
                """;
        assertThat(found("Qwen3-Dense.md", md)).containsExactly("5 Modelers_Park/Qwen3-8B", "5 Qwen3-8B",
                "6 vllm-ascend/Qwen3-32B-W8A8", "6 Qwen3-32B-W8A8");
    }

    @Test
    void aResultsTablesModelColumnLabelsItsRowsWithoutNamingModels() {
        String md = """
                | Model                         | AIME 2024 (LightEval) | AIME 2024 (Reported) |
                |:------------------------------|:---------------------:|:--------------------:|
                | DeepSeek-R1-Distill-Qwen-1.5B |           30.7        |             28.9     |
                | DeepSeek-R1-Distill-Qwen-7B   |           50.8        |             55.5     |
                """;
        assertThat(found("README.md", md)).isEmpty();
    }

    @Test
    void onlyTheModelColumnOfALinkingRowIsTaken() {
        String md = """
                | Model | Notes | Download |
                |-------|-------|----------|
                | Qwen3-8B | Qwen3-4B runs too | [Download](https://modelscope.cn/models/Qwen/Qwen3-8B) |
                | Our-baseline | int4 | [Download](https://modelscope.cn/models/acme/baseline) |
                """;
        assertThat(found("models.md", md)).containsExactly("3 Qwen/Qwen3-8B", "3 Qwen3-8B", "4 acme/baseline");
    }

    @Test
    void aColumnOfDisplayNamesTitlesItsRowsEvenWhereOneSpellsAnId() {
        String md = """
                | Model                   | Size     | Weights |
                | ---                     | ---      | ---     |
                | LLaMA 3.2 1B Instruct   | 1.11 GB  | [See HF repo](https://huggingface.co/Mozilla/Llama-3.2-1B-Instruct-llamafile) |
                | Gemma 3 4B Instruct     | 3.50 GB  | [See HF repo](https://huggingface.co/Mozilla/gemma-3-4b-it-llamafile) |
                | Mixtral-8x7B-Instruct   | 30.03 GB | [See HF repo](https://huggingface.co/Mozilla/Mixtral-8x7B-Instruct-v0.1-llamafile) |
                """;
        assertThat(found("README.md", md)).containsExactly("3 Mozilla/Llama-3.2-1B-Instruct-llamafile", "4 Mozilla/gemma-3-4b-it-llamafile",
                "5 Mozilla/Mixtral-8x7B-Instruct-v0.1-llamafile");
    }

    @Test
    void oneNameOnEveryRowIsATrainingRunsSettingNotAListOfModels() {
        String md = """
                | Model         | Scaling                            | Peak Memory (GB)  | Median tokens/second
                | ------------- | ---------------------------------- | ------------------| --------------------
                | Llama3-8b     |  none (bfloat16)                   | 47.65             |  6150
                | Llama3-8b     |  tensorwise with float8 all-gather | [weights](https://huggingface.co/meta-llama/Meta-Llama-3-8B) |
                """;
        assertThat(found("training.md", md)).containsExactly("4 meta-llama/Meta-Llama-3-8B");
    }
}
