package dev.owl.policy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** An id whose model is whole and only its quantized build is templated counts, written whole, as the original model. */
class VariantTemplatesTest {
    @BeforeAll
    static void load() {
        ReferenceScannerTest.load();
    }

    @Test
    void aTemplatedVariantNamesTheWholeModel() {
        assertThat(ReferenceScannerTest.foundResolved("gemma.rst", """
                - **Model ID:** mlx-community/gemma-3-4b-it-{quantization}
                - **Model Hubs**: `Hugging Face <https://huggingface.co/mlx-community/gemma-3-4b-it-{quantization}>`__
                """)).containsExactly("1 mlx-community/gemma-3-4b-it-{quantization} -> gemma-3-4b-it",
                "2 mlx-community/gemma-3-4b-it-{quantization} -> gemma-3-4b-it");
    }

    @Test
    void aTemplatedModelIsStillATemplatePiece() {
        assertThat(ReferenceScannerTest.found("run.py", """
                repo = f"deepseek-ai/{model_name}"
                """)).isEmpty();
    }
}
