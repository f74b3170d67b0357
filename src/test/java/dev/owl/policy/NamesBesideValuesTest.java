package dev.owl.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static dev.owl.policy.ReferenceScannerTest.found;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Model ids written beside a value rather than as it (a comment after a mirror's path, a shell default, a descriptor's item, a
 * table cell), and names a file makes or calls datasets, on lines shaped like the ones test suites, compose files and
 * documentation write (written for these tests).
 */
class NamesBesideValuesTest {
    @BeforeAll
    static void load() {
        ReferenceScannerTest.load();
    }

    @Test
    void aHubIdAloneInTheCommentAfterASettingIsTheModelBehindIt() {
        assertThat(found("test_foo.py", """
                class TestFoo(ModelTest):
                    MODEL_PATH = "/mnt/weights/Foo-Coder-7B"  # "acme-ai/Foo-Coder-7B"
                    BASE = "/data/ckpt/foo-small" # acme-ai/Foo-Small
                    RETRIES = 3  # see acme/docs
                # acme-ai/Foo-Large-2
                """)).containsExactly("2 acme-ai/Foo-Coder-7B", "3 acme-ai/Foo-Small");
        assertThat(found("compose.yaml", """
                environment:
                  TTS_FUNCTION_ID: 0a1b2c3d-44 # acme/voice-tts-2
                """)).containsExactly("2 acme/voice-tts-2");
    }

    @Test
    void aShellDefaultForAModelVariableIsTheModel() {
        assertThat(found("docker-compose.yaml", """
                    environment:
                      APP_LLM_MODELNAME: ${APP_LLM_MODELNAME:-acme/chat-70b-instruct}
                      APP_EMBED_MODEL: ${APP_EMBED_MODEL:-"acme/embed-e5-v2"}
                      APP_SERVERURL: ${APP_SERVERURL:-acme/server-1}
                """)).containsExactly("2 acme/chat-70b-instruct", "3 acme/embed-e5-v2");
    }

    @Test
    void aCheckpointPathGivenAsAHubIdIsTheModelUnlessTheTreeHasIt() {
        assertThat(found("config.yaml", """
                bert_router:
                    checkpoint_path: acme/router_bert_v2
                local:
                    checkpoint_path: checkpoints/run-7
                """)).containsExactly("2 acme/router_bert_v2");
        assertThat(found("controller.py", """
                CONFIG = {"mf": {"checkpoint_path": "acme/mf_router_v1"}}
                """)).containsExactly("1 acme/mf_router_v1");
        assertThat(found("quant.json", """
                {
                    "algorithm": "awq",
                    "tokenizer_dir": "acme/Tok-9B-instruct",
                    "output_dir": "acme/Out-9B"
                }
                """)).containsExactly("3 acme/Tok-9B-instruct");
    }

    @Test
    void aDescriptorsModelItemIsAModelAndALabelThereIsNone() {
        assertThat(found("guide.md", """
                ```bash
                bench run --tokenizer kind=hf_auto,model=gpt2 --data prompts.jsonl
                bench run --backend kind=openai_http,target=http://localhost:8000,model=my-lora-1
                curl -F 'file=@a.wav' -F 'model=acme/speech-small-2' http://localhost:8000/v1/audio
                ```
                """)).containsExactly("2 gpt2", "4 acme/speech-small-2");
    }

    @Test
    void palmAndPerplexitysOnlineModelsAreClosedInATableOfArenaNames() {
        assertThat(found("ids.py", """
                MODEL_IDS = {
                    "llama-2-7b-chat": 0,
                    "palm-2": 1,
                    "pplx-7b-online": 2,
                    "vicuna-13b": 3,
                }
                """)).containsExactly("2 llama-2-7b-chat", "5 vicuna-13b");
    }

    @Test
    void whatACommandWritesWithDashOAndWhatAScriptNamesItsProductAreOutputs() {
        assertThat(found("export.md", """
                ```bash
                olive capture-onnx-graph -m acme/base-diffusion-1.0 -o onnx_out/unet_sketch
                olive generate-adapter -m onnx_out/unet_sketch -o adapters/sketch
                ```
                """)).containsExactly("2 acme/base-diffusion-1.0");
        assertThat(found("quantize.py", """
                model_path = "acme/Chat-8B-Instruct"
                quant_path = "chat-8b-instruct-awq"
                new_model_name = "Qwen3-Custom-SFT"
                model = load("chat-8b-instruct-awq")
                """)).containsExactly("1 acme/Chat-8B-Instruct");
        assertThat(found("infer.py", """
                quant_path = "acme/Chat-8B-Instruct-AWQ"
                """)).containsExactly("1 acme/Chat-8B-Instruct-AWQ");
    }

    @Test
    void aNameTheFileCallsADatasetIsNoModelOnAnyOfItsLines() {
        assertThat(found("finetune.md", """
                - [acme/Base-7B](https://huggingface.co/acme/Base-7B)
                - [acme/tiny-code-data](https://huggingface.co/acme/tiny-code-data)

                Fine-tune on [acme/tiny-code-data](https://huggingface.co/datasets/acme/tiny-code-data).

                ```bash
                tool finetune -m acme/Base-7B -d acme/tiny-code-data -o out/ft
                ```
                """)).containsExactly("1 acme/Base-7B", "7 acme/Base-7B");
    }

    @Test
    void aHubIdThatIsAWholeCellOfATableAboutModelsIsAModel() {
        assertThat(found("README.md", """
                | Model | Embedding | Framework |
                | ----- | --------- | --------- |
                | acme/chat-8b-instruct | acme/embed-e5-v5 | LangChain |
                | N/A | TP/DP | acme/tools |
                """)).containsExactly("3 acme/chat-8b-instruct", "3 acme/embed-e5-v5");
    }

    @Test
    void anAdapterLoadedOntoAModelByItsHubIdIsAReference() {
        assertThat(found("pipeline.py", """
                pipe.load_lora_weights("acme/sketch-style-lora", weight_name="lora.safetensors")
                unet.load_attn_procs("acme/B-LoRA-plush")
                model.load_adapter("acme/sql-adapter-7b", adapter_name="sql")
                """)).containsExactly("1 acme/sketch-style-lora", "2 acme/B-LoRA-plush", "3 acme/sql-adapter-7b");
    }

    @Test
    void aConfigFieldsDefaultTwoLinesBelowItsNameIsTheModel() {
        assertThat(found("configuration.py", """
                class EmbeddingConfig(ConfigWizard):
                    model_name: str = configfield(
                        "model_name",
                        default="acme/embed-large-v2",
                        help_txt="The embedding model.",
                    )
                    chunk_size: int = configfield(
                        "chunk_size",
                        default="acme/not-a-model-1",
                    )
                """)).containsExactly("4 acme/embed-large-v2");
    }

    @Test
    void aClientMadeForOneModelNamesIt() {
        assertThat(found("parser.py", """
                    chart = LLMClient("acme/chart-reader")
                    store = VectorClient("localhost")
                """)).containsExactly("1 acme/chart-reader");
    }

    @Test
    void anIdUnderAnOrganisationTheCatalogKnowsIsAModelWhereverItStands() {
        assertThat(found("chat.md", """
                > **You:** Quantize microsoft/Phi-9-mini-2k-instruct to int4 with GPTQ

                The optimizer lives in microsoft/Olive; the image is huggingface/optimum-nvidia:v0.1.0b9-py310.
                Backend validated with model openai/whisper-tiny
                """)).containsExactly("1 microsoft/Phi-9-mini-2k-instruct", "4 openai/whisper-tiny");
    }

    @Test
    void aVllmServeCommandBrokenBeforeItsModelNamesItOnAContinuedLine() {
        assertThat(found("serve.md", """
                ```bash
                vllm serve \\
                  --task transcription acme/speech-small-2 \\
                  --host 0.0.0.0 --port 8002
                vllm serve \\
                  acme/Geo-EO-2.0-300M \\
                  --trust-remote-code
                vllm serve --download-dir \\
                  /data/acme/x
                ```
                """)).containsExactly("3 acme/speech-small-2", "6 acme/Geo-EO-2.0-300M");
    }
}
