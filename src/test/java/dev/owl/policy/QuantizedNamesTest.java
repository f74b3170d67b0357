package dev.owl.policy;

import static dev.owl.policy.ReferenceScannerTest.found;
import static dev.owl.policy.ReferenceScannerTest.judged;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A runtime's name for a quantized build keeps its GGUF type's underscores; a local folder's or weights file's name with '_' stays no model. */
class QuantizedNamesTest {
    @BeforeAll
    static void load() {
        ReferenceScannerTest.load();
    }

    @Test
    void aGgufTypeAtTheEndOfABareNameIsNoFolderName() {
        String settings = """
                llm:
                  default_model: Qwen3.5-35B-A3B-Q4_K_M
                  fallback_model: qwen3-35b-a3b-q4_k_m
                  draft_model: llama_lora
                  local_model: phi-2.Q2_K
                """;
        assertThat(found("settings-local.yaml", settings)).containsExactly("2 Qwen3.5-35B-A3B-Q4_K_M", "3 qwen3-35b-a3b-q4_k_m");
        String bench = """
                - dirname: 2024-09-01-local
                  command: aider --model Codestral-22B-v0.1-Q4_K_M
                  model: Codestral-22B-v0.1-Q4_K_M
                """;
        assertThat(found("website/_data/leaderboard.yml", bench)).containsExactly("2 Codestral-22B-v0.1-Q4_K_M", "3 Codestral-22B-v0.1-Q4_K_M");
    }

    /** A converter's copy of a re-upload, named after the uploader it came from, is a copy of that uploader's original. */
    @Test
    void aCopyNamedAfterTheReuploaderItCameFromIsTheOriginalsCopy() {
        String md = """
                ramalama --runtime=mlx serve hf://mlx-community/Unsloth-Phi-4-4bit
                ramalama serve hf://mlx-community/Acme-Phi-4-4bit
                """;
        assertThat(judged("serve.md", md)).containsExactly("mlx-community/Unsloth-Phi-4-4bit -> phi-4 (hf)", "mlx-community/Acme-Phi-4-4bit -> - (hf)");
    }

    /** WebLLM's prebuilt ids, {base}-{q4f16_1}-MLC: a repo's quantized build (kind hf, not Ollama's), named in code, not a local folder. */
    @Test
    void mlcBuildIdsNameTheirBaseModel() {
        String ts = """
                const selectedModel = "Llama-3.1-8B-Instruct-q4f32_1-MLC";
                const draftModel = "Qwen2.5-0.5B-Instruct-q4f16_1-MLC-1k";
                const localModel = "llama_lora-q4f16_1";
                """;
        assertThat(judged("main.ts", ts)).containsExactly("Llama-3.1-8B-Instruct-q4f32_1-MLC -> llama-3.1-8b-instruct (hf)",
                "Qwen2.5-0.5B-Instruct-q4f16_1-MLC-1k -> - (hf)");
    }
}
