package dev.owl.policy;

import static dev.owl.policy.ReferenceScannerTest.found;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** What a deployment's docs name besides models: registry and cluster addresses, datasets, served aliases. */
class DeploymentNamesTest {
    @BeforeAll
    static void load() {
        ReferenceScannerTest.load();
    }

    @Test
    void registryAndClusterAddressesAreNeverModels() {
        String md = """
                ```bash
                helm install gw oci://cr.example.dev/acme-dev/charts/gateway-crds --version 1.2.0
                helm upgrade -i router oci://docker.io/acme/router-helm \\
                docker run --gpus all ghcr.io/acme/llama-server:2.1 --model mistralai/Mistral-7B-Instruct-v0.3
                docker pull registry.example.com/acme/qwen2-7b-server
                kubectl logs -f deployment/llama3-8b-instruct-engine
                kubectl port-forward svc/qwen2-7b-router 30080:80
                local-ai run oci://registry.example.org/acme/tiny-chat:1.2
                ```
                """;
        // a model packed as an image and pushed to a registry host (local-ai run, ramalama serve oci://quay.io/…) is that registry's image
        assertThat(found("deploy.md", md)).containsExactly("4 mistralai/Mistral-7B-Instruct-v0.3");
    }

    @Test
    void aServedAliasIsALabelAndTheFilesRequestsUseIt() {
        String md = """
                ```yaml
                servingEngineSpec:
                  modelSpec:
                  - name: "qwen2-small"
                    modelURL: "Qwen/Qwen2-7B-Instruct"
                    lora:
                      adapterName: "sql-lora-qwen2-7b"
                ```

                ```bash
                curl http://localhost:30080/v1/completions -d '{"model": "qwen2-small", "prompt": "Hi"}'
                ```
                """;
        assertThat(found("serve.md", md)).containsExactly("5 Qwen/Qwen2-7B-Instruct");
        // without a model given by URL key, a later model: key names the model itself, whatever label came first
        String yaml = """
                models:
                  - name: Qwen2-7B-Instruct
                    provider: acme
                    model: qwen2-7b-instruct
                """;
        assertThat(found("config.yaml", yaml)).containsExactly("4 qwen2-7b-instruct");
    }

    @Test
    void aModulesClassAndPrintedLabelsAreNotModels() {
        String py = """
                def load(self, model: llama.Llama, embedder: models.Mistral) -> None:
                    self.reply = client.chat.complete(model="mistral-large-latest", messages=[])

                def get_model_name(self):
                    return "Mistral-large-latest"
                """;
        assertThat(found("judge.py", py)).containsExactly("2 mistral-large-latest");
        String sh = """
                git clone https://huggingface.co/mistralai/Mistral-7B-v0.1
                Cloning into 'Mistral-7B-v0.1'...
                """;
        assertThat(found("clone.sh", sh)).containsExactly("1 mistralai/Mistral-7B-v0.1");
    }

    @Test
    void aDownloadedDatasetAndADataKeysValueAreNotModels() {
        String md = """
                We train on the `openmath-7b` dataset:

                ```bash
                huggingface-cli download acme/openmath-7b --repo-type dataset --local-dir ./data
                hf download --repo-type=dataset acme/code-13b
                hf download Qwen/Qwen2-7B-Instruct --local-dir ./model
                ```
                """;
        assertThat(found("train.md", md)).containsExactly("6 Qwen/Qwen2-7B-Instruct");
        String py = """
                model_name_or_path = "mistralai/Mistral-7B-v0.1"
                data_path = "Acme/WebCorpus-150B"
                """;
        assertThat(found("config.py", py)).containsExactly("1 mistralai/Mistral-7B-v0.1");
    }

    @Test
    void aTablesFormatAndHandlerColumnsHoldNoModels() {
        String md = """
                | Model | Python handler | `chat_format` |
                |:--- |:--- |:--- |
                | [qwen2-vl-7b](https://huggingface.co/acme/Qwen2-VL-7B-GGUF) | `Qwen2VLChatHandler` | `qwen2.5-vl` |
                | `mistralai/Mistral-7B-Instruct-v0.3` | `MistralHandler` | `mistral-7b-instruct` |
                """;
        assertThat(found("formats.md", md)).containsExactly("3 acme/Qwen2-VL-7B-GGUF",
                "4 mistralai/Mistral-7B-Instruct-v0.3");
    }

    @Test
    void aModelKeysDisplayNameOfSeveralWordsIsALabel() {
        String py = """
                candidates = [
                    {"model_name": "Mistral Tiny 3B", "model_id": "mistral-small-latest"},
                ]
                """;
        assertThat(found("compare.py", py)).containsExactly("2 mistral-small-latest");
    }
}
