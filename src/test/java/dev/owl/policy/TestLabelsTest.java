package dev.owl.policy;

import static dev.owl.policy.ReferenceScannerTest.found;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Labels a test suite gives its cases after the models they load: the ids the cases load are the references. */
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
}
