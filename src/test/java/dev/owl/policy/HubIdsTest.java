package dev.owl.policy;

import static dev.owl.policy.ReferenceScannerTest.found;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Hub ids written the ways docs write them: a legacy id's page URL, a loader call inside an escaped string, a saved copy's folder,
 * a config's pointer to code kept in another repo.
 */
class HubIdsTest {
    @BeforeAll
    static void load() {
        ReferenceScannerTest.load();
    }

    @Test
    void aLegacyIdsPageUrlNamesTheModel() {
        String md = """
                In this example we use the [t5-small](https://huggingface.co/t5-small) model. Refer to the
                [model card](https://huggingface.co/gpt2/resolve/main/README.md); see https://huggingface.co/openai for the org.
                """;
        assertThat(found("notes.md", md)).containsExactly("1 t5-small", "2 gpt2");
        assertThat(found("images.md", "Most recent [Mistral models](https://huggingface.co/mistralai/models) take images.\n")).isEmpty();
        assertThat(found("rerank.feature", "    And a model url https://huggingface.co/ggml-org/models/resolve/main/jina-reranker-v1-tiny-en/ggml-model-f16.gguf\n"))
                .containsExactly("1 ggml-org/models");
    }

    @Test
    void aLoaderCallInsideAnEscapedStringNamesTheModel() {
        String mdx = """
                <button onclick={() => {
                    navigator.clipboard.writeText('OVModelForCausalLM.from_pretrained(\\'TinyLlama/TinyLlama-1.1B-Chat-v1.0\\', quantization_config=OVWeightQuantizationConfig(bits=4, dataset=\\'wikitext2\\')).save_pretrained(\\'save_dir\\')');
                }}>
                """;
        assertThat(found("optimization.mdx", mdx)).containsExactly("2 TinyLlama/TinyLlama-1.1B-Chat-v1.0");
    }

    @Test
    void theFolderAFileSavesToIsNoRepeatOfAnUploadedCopysName() {
        String py = """
                model = OVModelForQuestionAnswering.from_pretrained("distilbert-base-uncased-distilled-squad", export=True)
                model.save_pretrained("distilbert-base-uncased-distilled-squad-ov-fp32")
                model = OVModelForQuestionAnswering.from_pretrained("distilbert-base-uncased-distilled-squad-ov-fp32")
                hub = OVModelForQuestionAnswering.from_pretrained("helenai/distilbert-base-uncased-distilled-squad-ov-fp32")
                """;
        assertThat(found("inference.py", py)).containsExactly("1 distilbert-base-uncased-distilled-squad",
                "4 helenai/distilbert-base-uncased-distilled-squad-ov-fp32");
    }

    @Test
    void anOldDocsPageOnTheHubIsNoModel() {
        String md = "You can find more information in the [summary of the models](https://huggingface.co/transformers/model_summary.html).\n";
        assertThat(found("README.md", md)).isEmpty();
    }

    @Test
    void aPieceLookedForInsideAModelsNameIsNoModel() {
        String py = """
                def test_text_generation(model_name: str):
                    is_starcoder_first_gen_model = "starcoder" in model_name.lower() and "starcoder2" not in model_name.lower()
                    if "llama-2-7b-hf" in model_name.lower():
                        command += ["--bucket_size 128"]
                    model_name = "meta-llama/Llama-2-7b-hf"
                """;
        assertThat(found("test_text_generation_example.py", py)).containsExactly("5 meta-llama/Llama-2-7b-hf");
    }

    @Test
    void aDefaultLookedForInAListOfModelsNamesAModel() {
        String py = """
                @dataclass
                class ConfigProblemBase(DefaultConfigProblemBase):
                    llm_backbone: str = (
                        "t5-small"
                        if "t5-small" in default_cfg.default_sequence_to_sequence_models
                        else default_cfg.default_sequence_to_sequence_models[0]
                    )
                    if "llama-2-7b-hf" in model_name.lower():
                        pass
                """;
        // and, once the file names it so, the default it gives on the line before
        assertThat(found("text_sequence_to_sequence_modeling_config.py", py)).containsExactly("5 t5-small", "4 t5-small");
    }

    @Test
    void aReStructuredTextInlineLiteralIsACodeSpan() {
        String rst = """
                For webgpu, when compiling larger models like ``Llama-2-7B``, you may want to add ``--prefill-chunk-size 1024``.
                We reuse the ``model_lib`` for ``Mistral-7B``; see ``docs/config.json``.
                """;
        assertThat(found("compile_models.rst", rst)).containsExactly("1 Llama-2-7B", "2 Mistral-7B");
    }

    @Test
    void modelScopesModelPagesAndOllamaPullsNameModels() {
        String md = """
                Run [Qwen2-1.5B-Instruct](https://www.modelscope.cn/models/qwen/Qwen2-1.5B-Instruct/summary) with IPEX-LLM.
                > modelscope.cn/unsloth/DeepSeek-R1-Distill-Qwen-7B-GGUF:Q4_K_M    f482d5af6aec    4.7 GB
                See https://modelscope.cn/docs/intro and the [dataset](https://modelscope.cn/datasets/modelscope/chinese-poetry).
                """;
        assertThat(found("ollama_quickstart.md", md)).containsExactly("1 qwen/Qwen2-1.5B-Instruct", "2 unsloth/DeepSeek-R1-Distill-Qwen-7B-GGUF");
    }

    @Test
    void aLinksTextNamingAFolderInsideTheLinkedRepoIsNoSecondModel() {
        String md = """
                - [DeepSeek-V3-0324-GGUF/Q4_K_M](https://huggingface.co/unsloth/DeepSeek-V3-0324-GGUF/tree/main/Q4_K_M)
                - [lmsys/fastchat-t5-3b-v1.0](https://huggingface.co/lmsys/fastchat-t5)
                """;
        assertThat(found("llamacpp_quickstart.md", md)).containsExactly("1 unsloth/DeepSeek-V3-0324-GGUF", "2 lmsys/fastchat-t5",
                "2 lmsys/fastchat-t5-3b-v1.0");
    }

    @Test
    void aCapitalisedOllamaTagInProseIsTalkAboutAModelNotItsTag() {
        String md = """
                *See the demo of privateGPT running Mistral:7B on Intel Arc A770 below.*
                For instance, to pull the `mistral:7b` model, you can use the following command:
                """;
        assertThat(found("privateGPT_quickstart.md", md)).containsExactly("2 mistral:7b");
    }

    @Test
    void anAutoMapPointerToAnotherReposCodeNamesThatRepoWithoutTheModuleAndClass() {
        String py = """
                        auto_map={
                            "AutoConfig": "deepseek-ai/deepseek-moe-16b-base--configuration_deepseek.DeepseekConfig",
                            "AutoModel": "deepseek-ai/deepseek-moe-16b-base--modeling_deepseek.DeepseekModel",
                        },
                """;
        assertThat(found("deepseek.py", py)).containsExactly("2 deepseek-ai/deepseek-moe-16b-base", "3 deepseek-ai/deepseek-moe-16b-base");
    }
}
