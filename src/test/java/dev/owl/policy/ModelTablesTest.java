package dev.owl.policy;

import static dev.owl.policy.ReferenceScannerTest.foundResolved;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Dicts keyed by model names (an agent framework's Ollama capability table, its Llama API pointer table): every key names
 * a model when most keys read as model names, open or closed; a dict of other keys stays out.
 */
class ModelTablesTest {
    @BeforeAll
    static void load() {
        ReferenceScannerTest.load();
    }

    @Test
    void theKeysOfACapabilityTableKeyedByOllamaNamesAreModels() {
        String py = """
                _MODEL_INFO: Dict[str, ModelInfo] = {
                    "all-minilm": {
                        "vision": False,
                        "function_calling": False,
                        "family": ModelFamily.UNKNOWN,
                    },
                    "codegemma": {
                        "vision": False,
                    },
                    # chat models
                    "llama3.1": {
                        "vision": False,
                    },
                    "mistral": {
                        "vision": False,
                    },
                    "qwen2.5-coder": {
                        "vision": False,
                    },
                }

                _MODEL_TOKEN_LIMITS: Dict[str, int] = {
                    "dolphin-llama3:8b-256k": 256000,
                    "llama3.2": 131072,
                    "qwen2.5vl:7b": 128000,
                    "qwen3:30b": 40960,
                    "zephyr": 32768,
                }
                """;
        assertThat(foundResolved("_model_info.py", py)).containsExactly("2 all-minilm -> -", "7 codegemma -> -",
                "11 llama3.1 -> llama-3.1-8b-instruct", "14 mistral -> mistral-7b-instruct-v0.3", "17 qwen2.5-coder -> -",
                "23 dolphin-llama3:8b-256k -> -", "24 llama3.2 -> llama-3.2-3b-instruct", "25 qwen2.5vl:7b -> -", "26 qwen3:30b -> -",
                "27 zephyr -> -");
    }

    @Test
    void aPointerTableNamesItsOpenKeysAndValuesNotItsClosedOnes() {
        String py = """
                _MODEL_POINTERS = {
                    # OpenAI models
                    "o3": "o3-2025-04-16",
                    "gpt-4o": "gpt-4o-2024-08-06",
                    "claude-3-5-haiku": "claude-3-5-haiku-20241022",
                    # Llama models
                    "llama-3.3-8b": "Llama-3.3-8B-Instruct",
                    "llama-4-scout": "Llama-4-Scout-17B-16E-Instruct-FP8",
                }
                """;
        assertThat(foundResolved("_model_info.py", py)).containsExactly("7 llama-3.3-8b -> -", "7 Llama-3.3-8B-Instruct -> -",
                "8 llama-4-scout -> -", "8 Llama-4-Scout-17B-16E-Instruct-FP8 -> llama-4-scout-17b-16e-instruct");
    }

    @Test
    void dictsOfOtherKeysAreNotModelTables() {
        // a package manifest, a settings dict with one model name among its keys, and a table too short to tell
        assertThat(foundResolved("package.json", """
                {
                  "dependencies": {
                    "llama-index": "^0.10.0",
                    "ollama": "^0.5.0",
                    "openai": "^4.0.0",
                    "zod": "^3.22.0"
                  }
                }
                """)).isEmpty();
        assertThat(foundResolved("settings.py", """
                DEFAULTS = {
                    "temperature": 0.7,
                    "mistral": True,
                    "top_p": 0.9,
                    "seed": 42,
                }
                ALIASES = {"llama3": 1,
                    "phi": 2,
                }
                """)).isEmpty();
    }

    @Test
    void aBenchmarksShapesPerModelSizeAreKeyedByLabelsNotModels() {
        String py = """
                MODELS = {
                    "Llama7B": [(4096, 3 * 4096), (4096, 4096), (4096, 2 * 10752), (10752, 4096)],
                    "Llama13B": [(5120, 3 * 5120), (5120, 5120), (5120, 2 * 13568), (13568, 5120)],
                    "Llama65B": [(8192, 3 * 8192), (8192, 8192), (8192, 2 * 21760), (21760, 8192)],
                    "Falcon180B": [(14848, 14848 * 5 + 1024), (14848 * 5, 14848)],
                }
                """;
        assertThat(foundResolved("benchmark_w4a16.py", py)).isEmpty();
    }

    @Test
    void dictsKeyedByFamiliesAreArchitectureOrPromptFormatTablesNotModelTables() {
        // an inference library's class per architecture and a chat example's prompt format per family: no key names one model
        assertThat(foundResolved("auto.py", """
                _SUPPORTED_MODEL_CLASS = {
                    "llama": LlamaForCausalLM,
                    "mistral": LlamaForCausalLM,
                    "mixtral": LlamaForCausalLM,
                    "gemma": GemmaForCausalLM,
                    "qwen3_moe": Qwen3MoeForCausalLM,
                    "qwen2_5_vl": Qwen2_5_VLForConditionalGeneration,
                }
                prompt_formats = {
                    "raw": PromptFormat_raw,
                    "llama": PromptFormat_llama,
                    "llama3": PromptFormat_llama3,
                    "codellama": PromptFormat_codellama,
                    "chatml": PromptFormat_chatml,
                    "phi3": PromptFormat_phi3,
                }
                """)).isEmpty();
        // one key with a version or a size makes it a table of models again
        assertThat(foundResolved("caps.py", """
                CONTEXT = {
                    "llama3.1": 131072,
                    "mistral": 32768,
                    "gemma": 8192,
                }
                """)).containsExactly("2 llama3.1 -> llama-3.1-8b-instruct", "3 mistral -> mistral-7b-instruct-v0.3", "4 gemma -> -");
    }

    @Test
    void aRegistryKeyedByArchitectureClassesNamesNoModel() {
        String py = """
                __MODEL_DTENSOR_WEIGHT_LOADER_REGISTRY__ = {
                    'GPT2LMHeadModel': gpt2_dtensor_weight_loader,
                    'LlamaForCausalLM': llama_dtensor_weight_loader,
                    'LLaMAForCausalLM': llama_dtensor_weight_loader,
                    'InternLMForCausalLM': llama_dtensor_weight_loader,
                    'MistralForCausalLM': llama_dtensor_weight_loader,  # mistral is the same as llama in vLLM
                    'AquilaModel': llama_dtensor_weight_loader,
                    'Phi3ForCausalLM': llama_dtensor_weight_loader,
                    'Qwen2ForCausalLM': qwen2_dtensor_weight_loader
                }
                """;
        assertThat(foundResolved("dtensor_weight_loaders.py", py)).isEmpty();
    }
}
