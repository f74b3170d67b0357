package dev.owl.policy;

import static dev.owl.policy.ReferenceScannerTest.found;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A loop over a list of models names each model it runs. */
class LoopListsTest {
    @BeforeAll
    static void load() {
        ReferenceScannerTest.load();
    }

    @Test
    void aPythonLoopOverModelsNamesEach() {
        String py = """
                for model in ["llama3.1", "phi3", "mistral-nemo", "gpt-4o"]:
                    pull(model)
                for name in ["qwen2.5:7b", "README.md", "weights"]:
                    print(name)
                for size in ["7b", "13b"]:
                    run(size)
                for model in models:
                    run(model)
                """;
        assertThat(found("setup.py", py)).containsExactly("1 llama3.1", "1 phi3", "1 mistral-nemo", "3 qwen2.5:7b");
    }

    @Test
    void aShellLoopOverModelsNamesEach() {
        String sh = """
                for m in llama3.2 qwen2.5-coder:7b nomic-embed-text; do
                  ollama pull "$m"
                done
                for MODEL in meta-llama/Llama-3.2-1B-Instruct Qwen/Qwen3-0.6B
                do
                  vllm serve "$MODEL"
                done
                for f in build dist; do rm -rf "$f"; done
                """;
        assertThat(found("pull.sh", sh)).containsExactly("1 llama3.2", "1 qwen2.5-coder:7b", "1 nomic-embed-text",
                "4 meta-llama/Llama-3.2-1B-Instruct", "4 Qwen/Qwen3-0.6B");
    }
}
