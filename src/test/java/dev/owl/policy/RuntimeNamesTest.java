package dev.owl.policy;

import static dev.owl.policy.ReferenceScannerTest.found;
import static dev.owl.policy.ReferenceScannerTest.judged;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * How a local runtime's docs and a multi-LoRA server's docs and tests name models: a runtime's run and install commands, OCI
 * model URIs, adapter ids, and the tables a notebook printed as HTML or Colab summarised.
 */
class RuntimeNamesTest {
    @TempDir
    Path tmp;

    @BeforeAll
    static void load() {
        ReferenceScannerTest.load();
    }

    @Test
    void aRuntimesRunAndInstallCommandsNameAModelFirst() {
        String md = """
                ## Quick start

                ```bash
                local-ai run qwen3-4b
                ./local-ai-v3.9.0-linux-amd64 run granite-3.3-2b-instruct
                local-ai models install florence-20240611
                local-ai run oci://registry.example.org/acme/tiny-chat:1.2
                local-ai run https://example.com/configs/tiny-chat.yaml
                local-ai run --external-grpc-backends "my-backend:10.0.0.2:50051"
                ```

                Images can be pulled too: `oci://container_image:tag`.
                """;
        // an OCI artifact on a registry host is an image in a container registry, no published model (DeploymentNamesTest)
        assertThat(found("quickstart.md", md)).containsExactly("4 qwen3-4b", "5 granite-3.3-2b-instruct", "6 florence-20240611");
        // a catalog id run by name resolves to it; a name the catalog lacks is found and left unresolved
        assertThat(judged("quickstart.md", md)).contains("qwen3-4b -> qwen3-4b (ollama)", "florence-20240611 -> - (ollama)");
    }

    @Test
    void openLlmServesAFamilyAndVariantNameOfItsModelRepository() {
        String md = """
                  <tr>
                    <td>deepseek</td>
                    <td>r1-671b</td>
                    <td><code>openllm serve deepseek:r1-671b</code></td>
                  </tr>
                  <tr><td><code>openllm run llama4:17b16e</code></td></tr>

                ```bash
                openllm serve --help
                openllm deploy {{model_name}}:{{tag}}
                ```
                """;
        assertThat(found("README.md", md)).containsExactly("4 deepseek:r1-671b", "6 llama4:17b16e");
    }

    /**
     * A gallery name resolves only by the runtime's own gallery index recorded in the catalog, to the model of the repo it
     * installs; a name it does not list stays unknown, however much it looks like a catalog model's.
     */
    @Test
    void aRuntimesGalleryNameResolvesOnlyThroughTheRepoItsGalleryInstalls() {
        String md = """
                ```bash
                local-ai models install llama-3.2-1b-instruct:q4_k_m
                local-ai run qwen3-coder-30b-a3b-vllm-cpp
                local-ai run qwen3-0.6b-vllm-cpp
                local-ai run qwen3.6-27b-nvfp4-vllm-cpp
                local-ai run llama-3.2-1b-instruct:q8_0
                ```

                | Gallery entry | Backend |
                |---|---|
                | `qwen3-4b-vllm-cpp` | vllm-cpp |
                """;
        assertThat(judged("models.md", md)).containsExactly(
                "llama-3.2-1b-instruct:q4_k_m -> llama-3.2-1b-instruct (ollama)",
                "qwen3-coder-30b-a3b-vllm-cpp -> qwen3-coder-30b-a3b-instruct (ollama)",
                "qwen3-0.6b-vllm-cpp -> - (ollama)", "qwen3.6-27b-nvfp4-vllm-cpp -> - (ollama)", "llama-3.2-1b-instruct:q8_0 -> - (ollama)",
                "qwen3-4b-vllm-cpp -> qwen3-4b (ollama)");
        assertThat(ReferenceScannerTest.resolver.resolve(ReferenceScannerTest.scan("models.md", md).get(0)).note())
                .isEqualTo("LocalAI gallery name for hugging-quants/Llama-3.2-1B-Instruct-Q4_K_M-GGUF, re-upload of meta-llama/Llama-3.2-1B-Instruct");
    }

    /**
     * A request to a local runtime names a reranker or a vision model of an open line the catalog lacks, or a weights file
     * inside a Hub repo (the repo is the reference); a local models/ path is not one.
     */
    @Test
    void aRuntimesRequestsNameOpenLinesAndRepoFilePaths() {
        String md = """
                ```bash
                curl http://localhost:8080/v1/rerank -d '{"model": "jina-reranker-v2-base-multilingual", "query": "q"}'
                curl http://localhost:8080/v1/chat/completions -d '{"model": "acme-labs/Chat-13B-GGUF/chat-13b.Q4_K_M.gguf"}'
                curl http://localhost:8080/v1/chat/completions -d '{"model": "models/chat/ggml-model-q4_0.bin"}'
                ```

                ```yaml
                name: vision
                parameters:
                  model: smolvlm2-500m-video-instruct
                ```

                Other vision models work too (for example `smolvlm2-256m-video-instruct`).
                The SFT run gives a model like [`zephyr-7b-sft-lora`](https://huggingface.co/acme/zephyr-7b-sft-lora).
                Copy the config for `zephyr-7b-beta` into the `model_configs` folder.
                """;
        assertThat(judged("requests.md", md)).containsExactly("jina-reranker-v2-base-multilingual -> - (ollama)",
                "acme-labs/Chat-13B-GGUF -> - (hf)", "smolvlm2-500m-video-instruct -> - (ollama)",
                "smolvlm2-256m-video-instruct -> - (ollama)", "acme/zephyr-7b-sft-lora -> - (hf)");
    }

    @Test
    void anAdaptersHubIdIsAReferenceAPlaceholderOrPathIsNot() {
        String md = """
                ```shell
                lorax-launcher --model-id acme/base-7b --adapter-id acme/sql-lora
                curl 127.0.0.1:8080/generate -X POST -d '{"inputs": "Hi", "parameters": {"adapter_id": "acme/ner-adapter"}}'
                ```

                ```json
                "parameters": {
                    "adapter_id": "acme/summarise"
                }
                ```

                ```python
                client.generate(prompt, adapter_id="some/adapter")
                client.generate(prompt, adapter_id="test/adapter-id-1")
                client.generate(prompt, adapter_id="model_repo/model_version")
                client.generate(prompt, adapter_id="s3://bucket/adapters/sql")
                model.set_adapter(adapter_name="default")
                merged = MergedAdapters(
                    ids=[
                        "acme/lora-chat",
                        "acme/lora-code",
                    ],
                    weights=[0.5, 0.5],
                )
                model.add_weighted_adapter(
                    adapters=["chat", "code"],
                )
                ```
                """;
        assertThat(found("adapters.md", md)).containsExactlyInAnyOrder("2 acme/base-7b", "2 acme/sql-lora", "3 acme/ner-adapter", "8 acme/summarise",
                "20 acme/lora-chat", "21 acme/lora-code");
    }

    @Test
    void aTablePrintedAsHtmlAndColabsSummaryOfItNameTheModelsInIt() throws java.io.IOException {
        String summary = "{\\n  \\\"name\\\": \\\"df\\\",\\n  \\\"fields\\\": [\\n    {\\n      \\\"column\\\": \\\"generator\\\",\\n"
                + "      \\\"properties\\\": {\\n        \\\"samples\\\": [\\n          \\\"acme-labs/Chat-70B-Instruct\\\"\\n        ]\\n"
                + "      }\\n    }\\n  ]\\n}";
        String ipynb = """
                {
                 "cells": [
                  {
                   "cell_type": "code",
                   "execution_count": 3,
                   "metadata": {},
                   "outputs": [
                    {
                     "data": {
                      "application/vnd.google.colaboratory.intrinsic+json": {
                       "summary": "%s",
                       "type": "dataframe"
                      },
                      "text/html": [
                       "<table>\\n",
                       "  <tr><td>acme-labs/Chat-70B-Instruct</td><td>0.9</td></tr>\\n",
                       "  <tr><td>[acme-labs/Chat-8B-Instruct, acme-labs/Chat-...</td></tr>\\n",
                       "</table>"
                      ],
                      "text/plain": [
                       "                     generator  score\\n"
                      ]
                     },
                     "metadata": {},
                     "output_type": "execute_result"
                    }
                   ],
                   "source": [
                    "df.head()"
                   ]
                  }
                 ],
                 "metadata": {},
                 "nbformat": 4,
                 "nbformat_minor": 0
                }
                """.formatted(summary);
        Files.writeString(tmp.resolve("results.ipynb"), ipynb);
        List<String> refs = new ReferenceScanner(ReferenceScannerTest.resolver, List.of()).scan(List.of(tmp)).stream()
                .map(r -> r.line() + " " + r.text()).distinct().toList();
        assertThat(refs).containsExactlyInAnyOrder("11 acme-labs/Chat-70B-Instruct", "16 acme-labs/Chat-70B-Instruct",
                "17 acme-labs/Chat-8B-Instruct");
    }
}
