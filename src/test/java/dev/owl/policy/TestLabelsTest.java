package dev.owl.policy;

import static dev.owl.policy.ReferenceScannerTest.found;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Names code gives things after models without naming one: a test suite's case labels, a model class in a type hint, a dataset
 * registry's entries.
 */
class TestLabelsTest {
    @BeforeAll
    static void load() {
        ReferenceScannerTest.load();
    }

    @Test
    void pytestIdsAreLabelsOfCasesNotModels() {
        String py = """
                @pytest.mark.parametrize("params",
                    [
                        DecodeTestParams(
                            model_id="google/gemma-7b",
                            sequence_length=128,
                        ),
                        DecodeTestParams(model_id="mistralai/Mistral-7B-v0.3", sequence_length=128),
                    ],
                    ids=["gemma-7b", "Mistral-7B-v0.3"],
                )
                @pytest.mark.parametrize("do_sample", [False, True], ids=["greedy", "sample"])
                CASES = [pytest.param("Qwen/Qwen2.5-0.5B", id="qwen2.5-0.5b")]
                ids = ["Qwen/Qwen2.5-7B-Instruct"]
                """;
        assertThat(found("test_decode.py", py)).containsExactly("4 google/gemma-7b", "7 mistralai/Mistral-7B-v0.3", "12 Qwen/Qwen2.5-0.5B",
                "13 Qwen/Qwen2.5-7B-Instruct");
    }

    @Test
    void aModelClassInATypeHintIsCode() {
        String py = """
                class GPTQModel(LlamaModel):
                    quantized_path: str
                    model: LlamaForCausalLM | None = None
                    tokenizer: LlamaTokenizer | None = None
                    model: str = "meta-llama/Llama-2-7b-hf"
                def llg_tokenizer(tekkenizer: Tekkenizer) -> MistralLLGTokenizer:
                    tokenizer: MistralLLGTokenizer = MistralLLGTokenizer(tekkenizer)
                """;
        assertThat(found("modeling.py", py)).containsExactly("5 meta-llama/Llama-2-7b-hf");
    }

    @Test
    void aDatasetRegistrysHubUrlsAreDatasets() {
        String json = """
                {
                  "open_thoughts2": {
                    "hf_hub_url": "open-thoughts/OpenThoughts2-1M",
                    "formatting": "sharegpt"
                  },
                  "alpaca_zh": {
                    "ms_hub_url": "llamafactory/alpaca_zh-7B",
                    "formatting": "alpaca"
                  }
                }
                """;
        assertThat(found("dataset_info.json", json)).isEmpty();
    }

    @Test
    void aCloudModelResourcesNameIsNoModel() {
        String py = """
                environment = {
                    "SM_ON_MODEL": "meta-llama/Llama-3.3-70B-Instruct",
                }
                model = Model.create(
                    model_name="llama-3-3-70b-neuronx-model",
                    primary_container=container,
                )
                """;
        assertThat(found("deploy-llama-3-3-70b.py", py)).containsExactly("2 meta-llama/Llama-3.3-70B-Instruct");
    }
}
