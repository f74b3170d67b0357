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
}
