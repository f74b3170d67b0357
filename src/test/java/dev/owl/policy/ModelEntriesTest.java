package dev.owl.policy;

import static dev.owl.policy.ReferenceScannerTest.found;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Entries that describe one model each: the key or position that holds the model is read though the catalog lacks the
 * model; the entry's label is not read though it spells a known name.
 */
class ModelEntriesTest {
    @BeforeAll
    static void load() {
        ReferenceScannerTest.load();
    }

    @Test
    void anEvaluationConfigsModelDictNamesItsPathNotItsAbbr() {
        String py = """
                from opencompass.models import HuggingFaceBaseModel

                models = [
                    dict(
                        type=HuggingFaceBaseModel,
                        abbr='llama-2-13b-hf',
                        path='meta-llama/Llama-2-13b-hf',
                        max_out_len=1024,
                    ),
                    dict(
                        type=HuggingFaceBaseModel,
                        abbr='deepseek-v2-hf',
                        path='deepseek-ai/DeepSeek-V2',
                        run_cfg=dict(num_gpus=8),
                    )
                ]
                """;
        assertThat(found("hf_models.py", py)).containsExactly("7 meta-llama/Llama-2-13b-hf", "13 deepseek-ai/DeepSeek-V2");
    }

    @Test
    void aPathOutsideAModelEntryIsNoModel() {
        String py = """
                datasets = [
                    dict(
                        type=GSM8KDataset,
                        abbr='gsm8k',
                        path='opencompass/gsm8k-v2',
                    )
                ]
                """;
        assertThat(found("gsm8k_gen.py", py)).isEmpty();
    }

    @Test
    void anAppsModelIdBesideItsModelUrlIsALabel() {
        String json = """
                {
                    "device": "android",
                    "model_list": [
                        {
                            "model": "HF://mlc-ai/Phi-3.5-mini-instruct-q4f16_0-MLC",
                            "estimated_vram_bytes": 4250586449,
                            "model_id": "Phi-3.5-mini-instruct-q4f16_0-MLC"
                        },
                        {
                            "model": "HF://mlc-ai/Llama-3.2-3B-Instruct-q4f16_0-MLC",
                            "model_id": "Llama-3.2-3B-Instruct-q4f16_0-MLC"
                        }
                    ]
                }
                """;
        assertThat(found("mlc-package-config.json", json))
                .containsExactly("5 mlc-ai/Phi-3.5-mini-instruct-q4f16_0-MLC", "10 mlc-ai/Llama-3.2-3B-Instruct-q4f16_0-MLC");
    }

    @Test
    void anAppsModelIdIsALabelAlsoWhenItsUrlIsWrappedToTheNextLine() {
        String ts = """
                  model_list: [
                    {
                      model:
                        "https://huggingface.co/mlc-ai/Hermes-2-Theta-Llama-3-8B-q4f16_1-MLC",
                      model_id: "Hermes-2-Theta-Llama-3-8B-q4f16_1-MLC",
                      model_lib:
                        modelLibURLPrefix + modelVersion + "/Llama-3-8B-Instruct-q4f16_1-ctx4k_cs1k-webgpu.wasm",
                    },
                  ],
                """;
        assertThat(found("config.ts", ts)).containsExactly("4 mlc-ai/Hermes-2-Theta-Llama-3-8B-q4f16_1-MLC");
    }

    @Test
    void aTestsParameterTuplesUnderAModelishNameNameModels() {
        String py = """
                if OH_DEVICE_CONTEXT not in ["gaudi1"]:
                    MODELS_TO_TEST = {
                        "bf16_1x": [
                            ("bigscience/bloomz-7b1", 1, False, False, False),
                            ("gpt2-xl", 1, False, False, False),
                            pytest.param("bigcode/starcoder", 256, True, True, False, marks=pytest.mark.x2),
                            # ("CohereForAI/c4ai-command-r-v01", 1, False, False, False),
                        ],
                    }
                CASES = [
                    ("hello world", 1),
                ]
                """;
        assertThat(found("test_text_generation_example.py", py)).containsExactly("4 bigscience/bloomz-7b1", "5 gpt2-xl",
                "6 bigcode/starcoder", "7 CohereForAI/c4ai-command-r-v01");
    }

    @Test
    void aBuildsDistFolderIsAnOutputNotAModel() {
        String rst = """
                .. code:: shell

                    mlc_llm convert_weight ./dist/models/Llama-2-7b-chat-hf/ --quantization q4f16_1 -o dist/Llama-2-7b-chat-hf-q4f16_1-MLC
                    mlc_llm gen_config ./dist/models/Llama-2-7b-chat-hf/ -o dist/Llama-2-7b-chat-hf-q4f16_1-MLC/
                """;
        assertThat(found("compile_models.rst", rst)).isEmpty();
    }

    @Test
    void mlcAisCompiledCopiesAreReuploadsOfTheirBase() {
        String rst = """
                .. code:: shell

                    mlc_llm chat HF://mlc-ai/Llama-3-8B-Instruct-q4f16_1-MLC
                """;
        List<Reference> refs = ReferenceScannerTest.scan("cli.rst", rst);
        assertThat(refs).extracting(Reference::text).containsExactly("mlc-ai/Llama-3-8B-Instruct-q4f16_1-MLC");
        ReferenceResolver.Resolution r = ReferenceScannerTest.resolver.resolve(refs.get(0));
        assertThat(r.model().id()).isEqualTo("llama-3-8b-instruct");
        assertThat(r.how()).isEqualTo(ReferenceResolver.How.RE_UPLOAD);
        assertThat(r.note()).isEqualTo("re-upload of meta-llama/Meta-Llama-3-8B-Instruct");
    }

    @Test
    void aLegacyHubIdAfterAModelFlagIsAModel() {
        String md = """
                ```bash
                python run_clm.py \\
                    --model_name_or_path gpt2 \\
                    --config_name gpt2-xl \\
                    --tokenizer_name roberta-base \\
                    --assistant_model distilgpt2 \\
                    --output_dir /tmp/test-clm
                ```
                Run it with `--model_name_or_path bert-large-uncased-whole-word-masking` too, but `--model bert` names no model.
                """;
        assertThat(found("README.md", md)).containsExactly("3 gpt2", "4 gpt2-xl", "5 roberta-base", "6 distilgpt2",
                "9 bert-large-uncased-whole-word-masking");
    }

    @Test
    void aYamlCommandListsModelFlagTakesTheNextItem() {
        String yaml = """
                command:
                  - python
                  - /workspace/optimum-habana/examples/text-classification/run_glue.py
                  - --model_name_or_path
                  - bert-large-uncased-whole-word-masking
                  - --task_name
                  - mrpc
                """;
        assertThat(found("single-card-glue-values.yaml", yaml)).containsExactly("5 bert-large-uncased-whole-word-masking");
    }

    @Test
    void aDataclassFieldForAModelNamesItsDefault() {
        String py = """
                @dataclass
                class ScriptArguments:
                    pretrained_model: str = field(
                        default="CompVis/stable-diffusion-v1-4", metadata={"help": "the pretrained model to use"}
                    )
                    pretrained_revision: str = field(default="main", metadata={"help": "the pretrained model revision to use"})
                    hf_hub_model_id: str = field(default="acme/ddpo-finetuned", metadata={"help": "repo to save model weights to"})
                    hf_hub_aesthetic_model_id: str = field(
                        default="trl-lib/ddpo-aesthetic-predictor",
                    )
                    dataset_name: str = field(default="acme/prompts")
                """;
        assertThat(found("ddpo.py", py)).containsExactly("4 CompVis/stable-diffusion-v1-4", "9 trl-lib/ddpo-aesthetic-predictor");
    }

    @Test
    void aTuplesLabelBeforeItsModelIsNoModel() {
        String py = """
                settings = [
                    ('llama-2-7b-vllm', 'meta-llama/Llama-2-7b-hf', 1),
                    ('llama-3.1-405b-fp8-instruct-vllm', 'meta-llama/Meta-Llama-3.1-405B-Instruct-FP8', 8),
                ]
                """;
        assertThat(found("vllm_llama_series.py", py)).containsExactly("2 meta-llama/Llama-2-7b-hf",
                "3 meta-llama/Meta-Llama-3.1-405B-Instruct-FP8");
    }
}
