package dev.owl.policy;

import static dev.owl.policy.ReferenceScannerTest.found;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A Kubernetes manifest's labels and selectors tag resources ({@code model: llama-3.1-8b}); the container's args name the model. */
class KubernetesLabelsTest {
    @BeforeAll
    static void load() {
        ReferenceScannerTest.load();
    }

    @Test
    void aLabelOrSelectorValueIsNoModelButTheServersArgumentIs() {
        String manifest = """
                apiVersion: apps/v1
                kind: Deployment
                metadata:
                  name: chat-server
                  labels:
                    app: chat
                    model: llama-3.1-8b
                spec:
                  selector:
                    matchLabels:
                      app: chat
                      model: llama-3.1-8b
                  template:
                    spec:
                      containers:
                        - name: vllm
                          args: ["--model", "meta-llama/Llama-3.1-8B-Instruct"]
                ---
                apiVersion: v1
                kind: Service
                spec:
                  selector:
                    model: qwen2.5-7b
                """;
        assertThat(found("deploy/chat.yaml", manifest)).containsExactly("17 meta-llama/Llama-3.1-8B-Instruct");
    }
}
