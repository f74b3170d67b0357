package dev.owl.policy;

import static dev.owl.policy.ReferenceScannerTest.found;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Container images in a serving guide (a Dockerfile's FROM, an image tag in prose, a compose file's image:) are no models. */
class ImageNamesTest {
    @BeforeAll
    static void load() {
        ReferenceScannerTest.load();
    }

    @Test
    void aDockerfileInAGuideNamesImagesAndItsEnvNamesTheModel() {
        String guide = """
                # Build a worker

                Start from the slim Python image, `python:3.11.1-slim`, or from `nvidia/cuda:12.1.0-base-ubuntu22.04` for GPU work.

                ```dockerfile title="Dockerfile"
                FROM pytorch/pytorch:2.0.1-cuda11.7-cudnn8-runtime
                ENV MODEL_NAME=Qwen/Qwen2.5-7B-Instruct
                ```

                ```dockerfile
                FROM busybox
                RUN echo hello
                ```

                ```
                FROM nvidia/cuda:12.1.0-runtime-ubuntu22.04
                ```
                """;
        assertThat(found("docs/worker.mdx", guide)).containsExactly("7 Qwen/Qwen2.5-7B-Instruct");
    }

    @Test
    void aModelfileFenceStillNamesItsBaseModel() {
        String guide = """
                Save this as a Modelfile:

                ```
                FROM llama3.2
                PARAMETER temperature 0.7
                ```

                ```dockerfile
                FROM codeqwen:latest
                PARAMETER num_ctx 4096
                ```
                """;
        assertThat(found("docs/ollama.md", guide)).containsExactly("4 llama3.2", "9 codeqwen:latest");
    }

    @Test
    void aGuidesFromOfAnImageOrATableIsNoModel() {
        String guide = """
                ```
                FROM acme/agent-api:3.11
                ```

                ```sql
                SELECT Name
                FROM Track
                ```

                ```
                FROM phi4:14b
                SYSTEM You answer briefly.
                ```
                """;
        assertThat(found("docs/guide.md", guide)).containsExactly("11 phi4:14b");
    }

    @Test
    void aComposeFilesImageIsNoModelButItsModelIs() {
        String compose = """
                services:
                  vllm:
                    image: vllm/vllm-openai:v0.6.3
                    command: --model mistralai/Mistral-7B-Instruct-v0.3
                  tgi:
                    image: ghcr.io/huggingface/text-generation-inference:2.4.0
                """;
        assertThat(found("docker-compose.yml", compose)).containsExactly("4 mistralai/Mistral-7B-Instruct-v0.3");
    }

    @Test
    void aBuildersPerDeviceFolderIsNoModelButTheRepoItConvertsIs() {
        String tutorial = """
                Download the model, then run it:

                ```bash
                huggingface-cli download microsoft/Phi-3-mini-4k-instruct-onnx --include cuda/* --local-dir .
                python model-qa.py -m cuda/cuda-int4-rtn-block-32 -e cuda
                python model-qa.py -m cpu_and_mobile/cpu-int4-rtn-block-32-acc-level-4 -e cpu
                ```
                """;
        assertThat(found("examples/phi-3-tutorial.md", tutorial)).containsExactly("4 microsoft/Phi-3-mini-4k-instruct-onnx");
    }
}
