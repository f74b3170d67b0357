package dev.owl.policy;

import static dev.owl.policy.ReferenceScannerTest.found;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A worker reads its model from the environment and names the one it loads when none is set. */
class EnvDefaultsTest {
    @BeforeAll
    static void load() {
        ReferenceScannerTest.load();
    }

    @Test
    void aModelVariablesDefaultIsTheModelLoaded() {
        String worker = """
                import os
                model_name = os.getenv("MODEL_NAME", "microsoft/DialoGPT-medium")
                tokenizer_id = os.environ.get('TOKENIZER_MODEL', 'openchat/openchat-3.5-0106')
                port = int(os.getenv("PORT", "8000"))
                cache = os.getenv("MODEL_CACHE_DIR", "/runpod-volume/models")
                """;
        assertThat(found("worker/handler.py", worker)).containsExactly("2 microsoft/DialoGPT-medium", "3 openchat/openchat-3.5-0106");
        String server = """
                const model = process.env.MODEL_ID || "Qwen/Qwen2.5-7B-Instruct";
                const host = process.env.HOST ?? "localhost";
                """;
        assertThat(found("server/index.ts", server)).containsExactly("1 Qwen/Qwen2.5-7B-Instruct");
    }

    @Test
    void aTokenizerModeIsNoModel() {
        String env = """
                MODEL_NAME=mistralai/Mistral-7B-Instruct-v0.3
                TOKENIZER_MODE=mistral
                """;
        assertThat(found("worker/.env", env)).containsExactly("1 mistralai/Mistral-7B-Instruct-v0.3");
    }

    @Test
    void aVendorNameWithMaxInItIsNoLimit() {
        String env = """
                MINIMAX_MODEL_PREF='MiniMax-M2.7'
                MAX_MODEL_LEN=32768
                """;
        assertThat(found("server/.env.example", env)).containsExactly("1 MiniMax-M2.7");
        String js = """
                const model = process.env.MINIMAX_MODEL_PREF || "MiniMax-M2.7";
                const limit = process.env.MODEL_MAX_TOKENS || "8192";
                """;
        assertThat(found("server/providers/minimax.js", js)).containsExactly("1 MiniMax-M2.7");
    }

    @Test
    void aCommentedOutChoiceAndAComposeItemNameTheirModels() {
        String env = """
                GROQ_MODEL_PREF=llama-3.3-70b-versatile
                # GROQ_MODEL_PREF=llama3-8b-8192
                # model=my_local_copy
                """;
        assertThat(found("docker/.env.example", env)).containsExactly("1 llama-3.3-70b-versatile", "2 llama3-8b-8192");
        String compose = """
                services:
                  app:
                    environment:
                      - OLLAMA_MODEL_PREF=llama3.2
                      - STORAGE_DIR=/app/storage
                """;
        assertThat(found("docker/docker-compose.yml", compose)).containsExactly("4 llama3.2");
    }
}
