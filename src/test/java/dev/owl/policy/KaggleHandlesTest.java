package dev.owl.policy;

import static dev.owl.policy.ReferenceScannerTest.foundResolved;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Kaggle Models' handles and KerasHub's preset names name the model a notebook downloads. */
class KaggleHandlesTest {
    @BeforeAll
    static void load() {
        ReferenceScannerTest.load();
    }

    @Test
    void aKaggleHandleAndAKerasPresetNameTheModel() {
        String py = """
                import kagglehub, keras_hub
                path = kagglehub.model_download(f"google/codegemma/flax/{VARIANT}")
                weights = kagglehub.model_download("keras/gemma2/keras/gemma2_instruct_9b_en/2")
                lm = keras_hub.models.GemmaCausalLM.from_preset("gemma3_instruct_4b")
                lm = keras_hub.models.GemmaCausalLM.from_preset("code_gemma_2b_en")
                lm = keras_hub.models.GemmaCausalLM.from_preset("./my_model")
                tokenizer = keras_hub.models.GemmaTokenizer.from_preset("kaggle://keras/gemma3/keras/gemma3_1b/3")
                # Downloading from https://www.kaggle.com/api/v1/models/google/recurrentgemma/flax/2b-it/1/download...
                # /root/.cache/kagglehub/models/google/codegemma/flax/2b-pt/3
                """;
        assertThat(foundResolved("notebook.py", py)).containsExactly("2 google/codegemma/flax/{VARIANT} -> -",
                "3 keras/gemma2/keras/gemma2_instruct_9b_en -> -", "4 gemma3_instruct_4b -> -",
                "5 code_gemma_2b_en -> -", "7 keras/gemma3/keras/gemma3_1b -> -",
                "8 google/recurrentgemma/flax/2b-it -> -");
    }

    @Test
    void aHandleAloneInACodeSpanNamesTheModelAnOrgNameRepoPathDoesNot() {
        String md = """
                | Size | Variant          | Name                             |
                | ---- | ---------------- | -------------------------------- |
                | 4B   | Pre-trained (PT) | `google/gemma-3/flax/gemma3-4b`  |
                | 27B  | Instruction (IT) | `google/gemma-2/flax/gemma2-27b-it/2` |
                See `google/gemma/tree/main` and `gemma/gm/ckpts/flax` for the code.
                """;
        assertThat(foundResolved("checkpoints.md", md)).containsExactly("3 google/gemma-3/flax/gemma3-4b -> -",
                "4 google/gemma-2/flax/gemma2-27b-it -> -");
    }

    @Test
    void googlesQatBuildsResolveToTheirOriginals() {
        String go = """
                var models = map[string]string{
                    "gemma-3-4b-it-qat": "gemma3:4b-it-qat",
                }
                trainer = Trainer(output_dir="qwen3-8b-qat-multilingual-reasoner")
                """;
        assertThat(foundResolved("converter.go", go)).containsExactlyInAnyOrder("2 gemma-3-4b-it-qat -> gemma-3-4b-it", "2 gemma3:4b-it-qat -> gemma-3-4b-it");
    }
}
