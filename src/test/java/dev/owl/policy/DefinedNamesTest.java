package dev.owl.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Names one file of a scanned tree defines for the model it deploys are labels in every file of that scan. */
class DefinedNamesTest {
    @TempDir
    Path tree;

    @BeforeAll
    static void load() {
        ReferenceScannerTest.load();
    }

    private List<String> scan(Path... paths) {
        return ReferenceScannerTest.scanTree(tree, paths);
    }

    private Path write(String rel, String text) throws IOException {
        Path p = tree.resolve(rel);
        Files.createDirectories(p.getParent());
        return Files.writeString(p, text);
    }

    private static final String REQUEST = """
            Ask the service:

            ```bash
            curl http://gateway/v1/chat/completions -d '{"model": "qwen2-7b-instruct-blue", "messages": []}'
            ```
            It serves Qwen/Qwen2-7B-Instruct.
            """;

    @Test
    void aResourceNamedBesideAStoreUriIsALabelInTheTreesOtherFiles() throws IOException {
        Path docs = write("docs/usage.md", REQUEST);
        assertThat(scan(docs)).contains("docs/usage.md:4 qwen2-7b-instruct-blue"); // alone, the request names a model
        write("deploy/service.yaml", """
                kind: LLMInferenceService
                metadata:
                  name: qwen2-7b-instruct-blue
                spec:
                  model:
                    uri: hf://Qwen/Qwen2-7B-Instruct
                    name: Qwen/Qwen2-7B-Instruct
                """);
        assertThat(scan(tree)).containsExactly("deploy/service.yaml:6 Qwen/Qwen2-7B-Instruct",
                "deploy/service.yaml:7 Qwen/Qwen2-7B-Instruct", "docs/usage.md:6 Qwen/Qwen2-7B-Instruct");
    }

    @Test
    void aClaimsModelNameBeforeItsArtifactUrlIsTheServedLabel() throws IOException {
        write("samples/modelclaims.yaml", """
                apiVersion: model.aibrix.ai/v1alpha1
                kind: ModelClaim
                metadata:
                  name: qwen3-0-6b
                spec:
                  modelName: qwen3-0.6b
                  artifactURL: huggingface://Qwen/Qwen3-0.6B
                  engine: vllm
                """);
        write("agents/config.yaml", """
                agent:
                  modelName: qwen3-4b
                """);
        assertThat(scan(tree)).containsExactly("agents/config.yaml:2 qwen3-4b", "samples/modelclaims.yaml:7 Qwen/Qwen3-0.6B");
    }

    @Test
    void theScansPathsShareTheirDefinitions() throws IOException {
        Path docs = write("docs/usage.md", REQUEST);
        Path chart = write("chart/values.yaml", """
                models:
                  - name: qwen2-7b-instruct-blue
                    url: ollama://qwen2:7b
                """);
        assertThat(scan(docs, chart)).doesNotContain("docs/usage.md:4 qwen2-7b-instruct-blue").contains("docs/usage.md:6 Qwen/Qwen2-7B-Instruct");
    }

    @Test
    void aNameWithoutADeploymentOrSpelledOtherwiseDefinesNothing() throws IOException {
        write("docs/usage.md", REQUEST);
        write("client/config.yaml", """
                models:
                  - name: qwen2-7b-instruct-blue
                    provider: openai
                """);
        write("deploy/service.yaml", """
                metadata:
                  name: Qwen2-7B-Instruct-Blue
                spec:
                  model:
                    uri: hf://Qwen/Qwen2-7B-Instruct
                """);
        assertThat(scan(tree)).contains("docs/usage.md:4 qwen2-7b-instruct-blue");
    }

    @Test
    void aDefinitionThatIsAHubIdStaysAModel() throws IOException {
        write("deploy/service.yaml", """
                metadata:
                  name: Qwen/Qwen2-7B-Instruct
                spec:
                  storageUri: hf://Qwen/Qwen2-7B-Instruct
                """);
        write("docs/usage.md", REQUEST);
        assertThat(scan(tree)).contains("deploy/service.yaml:2 Qwen/Qwen2-7B-Instruct", "docs/usage.md:6 Qwen/Qwen2-7B-Instruct");
    }

    @Test
    void aHubRepoNamedAsACacheIsNoModel() throws IOException {
        write("README.md", """
                Compiled graphs come from the [Hub cache](https://huggingface.co/acme-neuron/compiler-cache/tree/main/configs).
                Then run meta-llama/Llama-3.1-8B-Instruct, pulling from `acme-neuron/compiler-cache`.
                """);
        assertThat(scan(tree)).containsExactly("README.md:2 meta-llama/Llama-3.1-8B-Instruct");
    }
}
