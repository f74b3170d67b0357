package dev.owl.policy;

import static dev.owl.policy.ReferenceScannerTest.found;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A served model name and a container's or endpoint's name are labels a deployment gives, not the model it loads. */
class ServedKeysTest {
    @BeforeAll
    static void load() {
        ReferenceScannerTest.load();
    }

    @Test
    void servedNamesAndContainerNamesAreLabels() {
        String py = """
                MODEL_URI = "hf://meta-llama/Meta-Llama-3.1-8B-Instruct"
                NIM_SERVED_MODEL_NAME = "meta/llama-3.1-8b-instruct"
                container_name = "llama-3.1-8B-Instruct"
                endpoint_name = "Llama-3.1-8B-Instruct"
                payload = {"model": "meta/llama-3.1-8b-instruct"}
                """;
        String sh = """
                export NIM_SERVED_MODEL_NAME=meta/llama-3.1-8b-instruct
                export NIM_MODEL_NAME=meta/llama-3.1-8b-instruct
                """;
        assertThat(found("deploy.py", py)).containsExactlyInAnyOrder("1 meta-llama/Meta-Llama-3.1-8B-Instruct", "5 meta/llama-3.1-8b-instruct");
        assertThat(found("deploy.sh", sh)).containsExactly("2 meta/llama-3.1-8b-instruct");
    }
}
