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
    void aMarkdownTablesOtherColumnsAndUnsizedCellsAreNoModels() {
        String md = """
                | Model         | Technique                                        | Tokens/Second |
                | ------------- | -------------------------------------------------| --------------|
                | Llama-3.1-8B  | Base (bfloat16)                                  |  1.24         |
                |               | int8_dynamic_activation_intx_weight-4-256-false  |  16.03        |
                | Our-baseline  | int4-weight-only                                 |  20.1         |
                """;
        assertThat(found("inference.md", md)).containsExactly("3 Llama-3.1-8B");
    }

    @Test
    void oneNameOnEveryRowIsATrainingRunsSettingNotAListOfModels() {
        String md = """
                | Model         | Scaling                            | Peak Memory (GB)  | Median tokens/second
                | ------------- | ---------------------------------- | ------------------| --------------------
                | Llama3-8b     |  none (bfloat16)                   | 47.65             |  6150
                | Llama3-8b     |  tensorwise with float8 all-gather | 47.77             |  7689.5
                """;
        assertThat(found("training.md", md)).isEmpty();
    }

    @Test
    void aRestructuredTextSimpleTablesModelColumnNamesModels() {
        String rst = """
                .. code::

                  Model          Benchmark   Accuracy gain from QAT   Degradation recovered
                  -------------  ----------  -----------------------  ----------------------
                  Gemma3-4B-it   GPQA        +1.0%                    66.9%
                  Qwen3-4B       MMLU Pro    +2.0%                    36.0%

                The rows above (Qwen3-4B again) are prose now.
                """;
        assertThat(found("finetuning.rst", rst)).containsExactly("5 Gemma3-4B-it", "6 Qwen3-4B");
    }
}
