package dev.owl.policy;

import static dev.owl.policy.ReferenceScannerTest.found;
import static dev.owl.policy.ReferenceScannerTest.judged;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A local runtime's own commands (RamaLama's run, pull, serve, bench, sandbox …) name their model like {@code ollama run}, past
 * the options before and after the verb; transport URIs name models too, unless they are images on a registry host.
 */
class RuntimeCommandsTest {
    @BeforeAll
    static void load() {
        ReferenceScannerTest.load();
    }

    @Test
    void aRuntimesVerbNamesItsModelPastTheOptions() {
        String md = """
                ```
                $ ramalama run granite
                $ ramalama --dryrun run tinyllama | grep podman
                $ ramalama serve --port 8080 --name chat-service -d llama3
                $ ramalama serve --name=my-server --port 1234 --generate=compose smollm:135m
                $ echo "Explain" | ramalama run -i phi4
                $ ramalama sandbox goose -w ./src qwen3:4b --prompt "fix the tests"
                $ ramalama sandbox pi qwen3:4b granite-code:3b
                $ ramalama run --rag quay.io/acme/myrag acme-labs/chat-7b-lab
                $ ramalama serve --image ghcr.io/ggml-org/llama.cpp:full-vulkan MODEL
                $ ramalama stop chat-service
                ```
                - Isolation: ramalama run is executed with `--network=none`.
                """;
        assertThat(found("run.md", md)).containsExactly("2 granite", "3 tinyllama", "4 llama3", "5 smollm:135m", "6 phi4",
                "7 qwen3:4b", "8 qwen3:4b", "8 granite-code:3b", "9 acme-labs/chat-7b-lab");
    }

    @Test
    void aScriptsQuotedCommandAndAComposeFilesCommandKeyNameTheModelToo() {
        String sh = """
                exec_color "ramalama run phi4 --mcp http://127.0.0.1:8000/mcp"
                exec_color "ramalama rag notes.md notes:latest"
                """;
        assertThat(judged("demo.sh", sh)).containsExactly("phi4 -> phi-4 (ollama)");
        String yaml = """
                services:
                  chat:
                    command: ramalama serve --host 0.0.0.0 --port 1234 gemma3:4b
                """;
        assertThat(found("docker-compose.yaml", yaml)).containsExactly("3 gemma3:4b");
    }
}
