package dev.owl.policy;

import static dev.owl.policy.ReferenceScannerTest.found;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Fine-tuning and evaluation tools' command lines: a recipe's config is no model, a command's positional org/name after a
 * verb (download, chat, finetune, …) is one, and so is a checkpoint or tokenizer folder option given a Hub id.
 */
class RecipeCommandsTest {
    @BeforeAll
    static void load() {
        ReferenceScannerTest.load();
    }

    @Test
    void aConfigOptionsValueIsARecipeConfigNotAModel() {
        String yaml = """
                # Launch on two devices:
                #   acme-tune run lora_finetune --config qwen2_5/14B_lora_single_device
                #   acme-tune run full_finetune -c llama3_1/8B_full epochs=1
                #   python train.py config=mistral/7B_qlora
                # weights: acme-tune download Qwen/Qwen2.5-14B-Instruct
                """;
        assertThat(found("14B_lora.yaml", yaml)).containsExactly("5 Qwen/Qwen2.5-14B-Instruct");
    }

    @Test
    void aCommandsPositionalOrgNameAfterAModelVerbIsAModel() {
        String md = """
                ```bash
                acmegpt download acme-labs/chat-3b
                acmegpt finetune_lora acme-labs/chat-3b\\
                acmegpt finetune adapter_v2 acme-labs/Base-1b \\
                acmegpt evaluate acme-labs/chat-3b/ --batch_size 4
                acmegpt evaluate lora_run/final \\
                docker run acme-labs/server-7b
                ```
                """;
        assertThat(found("guide.md", md)).containsExactly("2 acme-labs/chat-3b", "3 acme-labs/chat-3b", "4 acme-labs/Base-1b",
                "5 acme-labs/chat-3b");
    }

    @Test
    void aCheckpointOrTokenizerFolderOptionGivenAHubIdNamesIt() {
        String md = """
                acmegpt pretrain tiny \\
                   --initial_checkpoint_dir acme-labs/base-160m \\
                   --tokenizer_dir acme-labs/tok-160m \\
                   --checkpoint_dir checkpoints/acme-labs/base-160m
                model = Trainer(checkpoint_dir="acme-labs/base-410m")
                """;
        assertThat(found("pretrain.md", md)).containsExactly("2 acme-labs/base-160m", "3 acme-labs/tok-160m", "5 acme-labs/base-410m");
    }

    @Test
    void anEvaluationRoutesHubIdAndAQuotedArgumentStringsModelName() {
        String md = """
                acme-eval eval "hf-inference-providers/acme-labs/chat-3b" mmlu
                    hf-inference-providers/acme-labs/chat-3b:some-provider \\
                acme-eval eval vllm/acme-labs/Chat-7B-Instruct mmlu
                acme-eval accelerate "model_name=acme-labs/chat-3b,dtype=bfloat16" "mmlu|0"
                see vllm/model_executor/layers for the kernels
                """;
        assertThat(found("eval.md", md)).containsExactly("1 acme-labs/chat-3b", "2 acme-labs/chat-3b", "3 acme-labs/Chat-7B-Instruct",
                "4 acme-labs/chat-3b");
    }

    @Test
    void litellmsOpenAiCompatibleRouteToAHubIdNamesTheHubRepoAHostedRouteStaysWhole() {
        String yaml = """
                model:
                  model_name: "openai/acme-labs/Chat-7B-Instruct"
                  judge_model: groq/acme-labs/Chat-7B-Instruct
                """;
        assertThat(found("litellm.yaml", yaml)).containsExactly("2 acme-labs/Chat-7B-Instruct", "3 groq/acme-labs/Chat-7B-Instruct");
    }

    @Test
    void aConfigFactorysNameIsAnArchitectureNotWeights() {
        String py = """
                class Tuner:
                    def __init__(self):
                        self.model = Net.from_name(
                            name="Llama-3.1-8B",
                            lora_r=16,
                        )
                        self.other = Net.from_name("Llama-3.1-8B")
                        self.tok = load("Llama-3.1-8B")
                """;
        assertThat(found("tune.py", py)).containsExactly("8 Llama-3.1-8B");
    }

    @Test
    void aDocstringsExampleIdForAModelArgumentIsAModel() {
        String py = """
                    Args:
                        model (str): the model's Hub id or folder (e.g. "acme-labs/translate-v2-large")
                        data (str): rows to translate (e.g. "acme-labs/sentences")
                """;
        assertThat(found("translate.py", py)).containsExactly("2 acme-labs/translate-v2-large");
    }

    @Test
    void aPlainBlockOfLoneIdsIsAToolsPrintedListOfModels() {
        String md = """
                This prints the models it can fetch:

                ```
                ...
                acme-labs/chat-3b
                ...
                acme-labs/Coder-7B
                ```

                ```
                see docs/guide for acme-labs/other-2b
                acme-labs/notes-1b
                ```
                """;
        assertThat(found("tour.md", md)).containsExactly("5 acme-labs/chat-3b", "7 acme-labs/Coder-7B");
    }

    @Test
    void aScriptsVerbTakesANameTheCatalogKnowsOrSizesLikeItsOwn() {
        String md = """
                ```bash
                python3 torchchat.py download llama3.1
                python3 torchchat.py generate llama3.1 --prompt "Hello"
                python torchchat.py export Qwen2.5-7B --output-dso-path model.so
                python3 torchchat.py download stories15M
                python3 torchchat.py generate my_model --prompt "Hi"
                python3 train.py run lora_finetune
                OMP_NUM_THREADS=6 python3 torchchat.py generate llama3.1 --device cpu
                CONFIG_FILE=example.yaml acme_vllm serve acme-labs/chat-7b-16k --port 8000
                python3 torchchat.py server llama3.2-11B
                litgpt pretrain Gemma-2b
                ```
                You can write a few lines with `transformers` to chat with Qwen2.5-7B, and use `1` to export the SM80/Ampere layout.
                """;
        // a name neither known nor sized like a catalog model (stories15M, my_model, a recipe) is left to the lists of names; pretrain
        // names an architecture; a sentence after a closing backtick runs no command
        assertThat(found("README.md", md)).containsExactly("2 llama3.1", "3 llama3.1", "4 Qwen2.5-7B", "8 llama3.1",
                "9 acme-labs/chat-7b-16k", "10 llama3.2-11B");
    }
}
