package dev.owl.policy;

import static dev.owl.policy.ReferenceScannerTest.found;
import static dev.owl.policy.ReferenceScannerTest.foundResolved;
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
    void aResultsTablesModelColumnNamesTheCheckpointsItMeasuredButNotItsDisplayLabelsOrHeader() {
        String md = """
                | Model                         | AIME 2024 (LightEval) | AIME 2024 (Reported) |
                |:------------------------------|:---------------------:|:--------------------:|
                | DeepSeek-R1-Distill-Qwen-1.5B |           30.7        |             28.9     |
                | DeepSeek-R1-Distill-Qwen-7B   |           50.8        |             55.5     |
                | **LLaMA-2-7B**                |           12.1        |             N/A      |

                | VILA-1.5-3B | Model        | VQA-v2 |
                | ----------- | ------------ | ------ |
                | FP16        | Llama 3 8B   | 80.4   |
                | AWQ-INT4    | QwQ          | 80.0   |
                """;
        assertThat(found("README.md", md)).containsExactly("3 DeepSeek-R1-Distill-Qwen-1.5B", "4 DeepSeek-R1-Distill-Qwen-7B", "5 LLaMA-2-7B");
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

    @Test
    void aBaseModelColumnBesideHubIdsNamesTheRowsModelAndAnIdGluedToALabelIsNoRepo() {
        String md = """
                | Base Model          | Type   | Model ID                            |
                | ------------------- | ------ | ----------------------------------- |
                | Phi-4               | Prompt | microsoft/phi-4                     |
                | Phi-4-mini-instruct | FC     | microsoft/Phi-4-mini-instruct-FC    |
                | Bielik-11B-v2.3     | Prompt | speakleash/Bielik-11B-v2.3          |
                | Qwen3-8B            | Prompt | Qwen/Qwen3-8B-Instruct              |
                | Command A           | FC     | command-a-03-2025-FC                |
                """;
        assertThat(foundResolved("SUPPORTED_MODELS.md", md)).containsExactly("3 Phi-4 -> phi-4", "3 microsoft/phi-4 -> phi-4",
                "4 Phi-4-mini-instruct -> phi-4-mini-instruct", "5 Bielik-11B-v2.3 -> -", "5 speakleash/Bielik-11B-v2.3 -> -",
                "6 Qwen3-8B -> qwen3-8b", "6 Qwen/Qwen3-8B-Instruct -> -");
    }

    @Test
    void aNameWithoutASizeInARowThatLinksOtherReposIsTheFamilysLabel() {
        String md = """
                | Model       | Model link |
                |:--|:--|
                | DeepSeek-R1 | [deepseek-ai/DeepSeek-R1-Distill-Qwen-1.5B](https://huggingface.co/deepseek-ai/DeepSeek-R1-Distill-Qwen-1.5B) |
                | Qwen 2.5    | [Qwen/Qwen2.5-3B-Instruct](https://huggingface.co/Qwen/Qwen2.5-3B-Instruct) |

                | model            | llm-awq | turbomind |
                | ---------------- | ------- | --------- |
                | Llama-2-7B-chat  | 112.9   | 206.4     |
                | Llama-2-13B-chat | N/A     | 115.8     |
                """;
        assertThat(found("quickstart.md", md)).containsExactly("3 deepseek-ai/DeepSeek-R1-Distill-Qwen-1.5B", "4 Qwen/Qwen2.5-3B-Instruct",
                "8 Llama-2-7B-chat", "9 Llama-2-13B-chat");
    }

    @Test
    void aModelColumnWithoutHubIdsNamesItsModelsButNotLabelsClosedNamesOrUnknownListItems() {
        String md = """
                | Model Name                  | FP16  | Q8_0 |
                |:----------------------------|:-----:|:----:|
                | AquilaChat2-7B              |   √   |   √  |
                | Mistral-7B-Instruct-v0.2    |   √   |   x  |
                | Llama 3 8B                  |   √   |   √  |
                | gpt-4o-2024-08-06           |   x   |   x  |
                | N/A                         |   x   |   x  |

                | Model Provider   | Model Type(s) |
                | :--------------  | :------------ |
                | **OpenAI**       | gpt-4o, gpt-4o-mini<br/>o3-mini |
                | **Mistral AI**   | open-mistral-7b, pixtral-12b-2409<br/>mistral-medium-2508, acme-turbo-2 |
                """;
        assertThat(found("CANN.md", md)).containsExactly("3 AquilaChat2-7B", "4 Mistral-7B-Instruct-v0.2",
                "12 open-mistral-7b", "12 pixtral-12b-2409");
    }

    @Test
    void aDecoratedHeaderAndMarkedUpCellsStillMakeAModelColumn() {
        String md = """
                | ✅**Supported Models** | ❌**Deprecated Models**    |
                | ---------------------- | -------------------------- |
                | Qwen2.5-72B            | ~~Mixtral-8x22B~~          |
                | Qwen2-57B              |                            |

                | Model(sorted by name) | kt-method | Precision |
                |-------|-----------|------------|
                | **Qwen3-235B-A22B** | `FP8`, `BF16` | FP8, BF16 |
                | **GLM-4.7** | `FP8` | FP8 |

                | ✅**Supported Formats** | ❌**Deprecated Formats** |
                | ----------------------- | ------------------------ |
                | IQ1_S                   | ~~IQ2_XXS~~              |
                | Q4_K_M                  |                          |
                """;
        // an unsized name the catalog lacks (GLM-4.7) stays a family's, bold or not; a format column holds no models
        assertThat(found("install.md", md)).containsExactly("3 Qwen2.5-72B", "3 Mixtral-8x22B", "4 Qwen2-57B", "8 Qwen3-235B-A22B");
    }

    @Test
    void aChineseDocsModelHeaderSaysTheSame() {
        String md = """
                | 模型            | 量化方案                | 显存占用 | 耗时                  |
                |---------------| ----------------------- | -------- | --------------------- |
                | Qwen3-8B      | W2A16 / W4A16 / W8A16   | 14G      | 60秒 × 可选方案数量   |
                | Llama-3.3-70B | W2A16 / W4A16 / W8A16   | 32G      | 420秒 × 可选方案数量  |
                """;
        assertThat(foundResolved("step_by_step_CN.md", md)).containsExactly("3 Qwen3-8B -> qwen3-8b", "4 Llama-3.3-70B -> llama-3.3-70b-instruct");
    }

    @Test
    void aModelCellIsThatModelWhenItsRowLinksTheRepoOfTheSameNameEvenIfTheCatalogLacksIt() {
        String md = """
                |            **Model**            | **#Total Params** |                         **Download**                         |
                | :-----------------------------: | :---------------: | :----------------------------------------------------------: |
                |   DeepSeek-Coder-V2-Lite-Base   |        16B        | [🤗 HuggingFace](https://huggingface.co/deepseek-ai/DeepSeek-Coder-V2-Lite-Base) |
                |   Acme-Chat-Pro                 |        16B        | [🤗 HuggingFace](https://huggingface.co/acme/Acme-Chat-Pro-Preview) |
                """;
        assertThat(found("README.md", md)).containsExactly("3 deepseek-ai/DeepSeek-Coder-V2-Lite-Base", "3 DeepSeek-Coder-V2-Lite-Base",
                "4 acme/Acme-Chat-Pro-Preview");
        // the cell names the Hub repo its row links, as the link does: kind hf, not an Ollama tag
        assertThat(ReferenceScannerTest.scan("README.md", md)).filteredOn(r -> r.text().equals("DeepSeek-Coder-V2-Lite-Base"))
                .singleElement().satisfies(r -> assertThat(r.kind()).isEqualTo(Reference.Kind.HF_REPO));
    }

    @Test
    void aResultsTableCommentedOutInHtmlStillNamesItsModels() {
        String md = """
                <!-- | Model       | FP16 latency (ms) | INT4 latency (ms) | Speedup |
                | ----------- |:-----------------:|:-----------------:|:-------:|
                | LLaMA-2-7B  | 16.17             | 6.02*             | 2.68x   |
                | Falcon-7B   | 29.91             | 8.02              | 3.73x   | -->
                """;
        assertThat(found("README.md", md)).containsExactly("3 LLaMA-2-7B", "4 Falcon-7B");
    }

    @Test
    void aRemarkInParenthesesAfterACellsNameIsNotPartOfIt() {
        String md = """
                | **Model** | **#Total Params** | **Download** |
                | :------------: | :------------: | :------------: |
                | DeepSeek-V2-Lite | 16B | [🤗 HuggingFace](https://huggingface.co/deepseek-ai/DeepSeek-V2-Lite)   |
                | DeepSeek-V2-Lite-Chat (SFT)   | 16B | [🤗 HuggingFace](https://huggingface.co/deepseek-ai/DeepSeek-V2-Lite-Chat)   |

                | 模型 | 开源/闭源 | 总分 |
                | :-----: | :----: | :---: |
                | Qwen1.5-72B-Chat (通义千问) | 开源 | 7.19 |
                | Yi-34B-Chat (零一万物) | 开源 | 6.12 |
                """;
        assertThat(found("README.md", md)).containsExactly("3 deepseek-ai/DeepSeek-V2-Lite", "3 DeepSeek-V2-Lite",
                "4 deepseek-ai/DeepSeek-V2-Lite-Chat", "4 DeepSeek-V2-Lite-Chat", "8 Qwen1.5-72B-Chat", "9 Yi-34B-Chat");
    }
}
