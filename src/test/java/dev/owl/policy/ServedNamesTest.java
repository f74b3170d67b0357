package dev.owl.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A file that serves a model (a deployment's model label, a served name beside the Hub id it loads) defines its names too. */
class ServedNamesTest {
    @TempDir
    Path tree;

    @BeforeAll
    static void load() {
        ReferenceScannerTest.load();
    }

    private List<String> scan() {
        return ReferenceScannerTest.scanTree(tree, tree);
    }

    private void write(String rel, String text) throws IOException {
        Path p = tree.resolve(rel);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
    }

    private static final String REQUEST = """
            Send a request:

            ```bash
            curl http://gateway/v1/chat/completions -d '{"model": "qwen2-7b-instruct-blue", "messages": []}'
            ```
            """;

    @Test
    void aDeploymentsModelLabelAndServedNameAreLabelsInTheTree() throws IOException {
        write("docs/usage.md", REQUEST);
        assertThat(scan()).contains("docs/usage.md:4 qwen2-7b-instruct-blue");
        write("deploy/base.yaml", """
                kind: Deployment
                metadata:
                  labels:
                    model.aibrix.ai/name: qwen2-7b-instruct-blue
                spec:
                  containers:
                    - command:
                        - --model
                        - /models/qwen2-7b/
                        - --served-model-name
                        # the label above and this name must agree
                        - qwen2-7b-instruct-blue
                """);
        assertThat(scan()).isEmpty();
    }

    @Test
    void aServedNameBesideTheHubIdItServesIsALabelAndTheIdStaysAModel() throws IOException {
        write("docs/usage.md", REQUEST);
        write("run.sh", "vllm serve Qwen/Qwen2-7B-Instruct --served-model-name qwen2-7b-instruct-blue --port 8000\n");
        assertThat(scan()).containsExactly("run.sh:1 Qwen/Qwen2-7B-Instruct");
    }

    @Test
    void aServedNameWithoutAHubIdOrALabelKeyDefinesNothing() throws IOException {
        write("docs/usage.md", REQUEST);
        write("run.sh", "vllm serve /models/qwen2-7b --served-model-name qwen2-7b-instruct-blue\n");
        assertThat(scan()).contains("docs/usage.md:4 qwen2-7b-instruct-blue");
    }

    @Test
    void aServedNameThatIsAHubIdDefinesNothing() throws IOException {
        write("docs/usage.md", REQUEST.replace("qwen2-7b-instruct-blue", "Qwen/Qwen2-7B-Instruct"));
        write("run.sh", "vllm serve Qwen/Qwen2-7B-Instruct --served-model-name Qwen/Qwen2-7B-Instruct\n");
        assertThat(scan()).contains("docs/usage.md:4 Qwen/Qwen2-7B-Instruct"); // the request still names the model
    }
}
