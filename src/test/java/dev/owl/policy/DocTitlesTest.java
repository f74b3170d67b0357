package dev.owl.policy;

import static dev.owl.policy.ReferenceScannerTest.found;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Titles for people in documentation (a content tab's, an admonition's, an image's alt text, a run's display label) name no model. */
class DocTitlesTest {
    @BeforeAll
    static void load() {
        ReferenceScannerTest.load();
    }

    @Test
    void aContentTabsTitleIsNoModelButItsCommandIs() {
        String page = """
                ## Results

                === "Qwen3-8B"

                    ```bash
                    ns eval --model=Qwen/Qwen3-8B --benchmarks mmlu
                    ```

                === "gpt-oss-20B"

                    Run it with `openai/gpt-oss-20b`.

                !!! note "Llama-3.1-8B-Instruct"
                    Slower on one GPU.
                """;
        assertThat(found("docs/evaluation/results.md", page)).containsExactly("6 Qwen/Qwen3-8B", "11 openai/gpt-oss-20b");
    }

    @Test
    void anImagesAltTextIsNoModelNorTheFilesVocabulary() {
        String readme = """
                <div align="center">
                  <img src="https://example.org/figures/logo.svg" width="50%" alt="Acme-R1" />
                </div>

                Load it with `from_pretrained("acme-ai/Acme-R1")`.
                """;
        assertThat(found("README.md", readme)).containsExactly("5 acme-ai/Acme-R1");
    }

    @Test
    void aLeaderboardsDisplayLabelIsNotFoundAgainAsTheFilesName() {
        String board = """
                - dirname: 2025-05-01-qwen3-32b
                  model: Qwen3 32B
                  command: aider --model openrouter/qwen/qwen3-32b
                - dirname: 2025-05-02-qwen3
                  model: Qwen3 235B A22B diff, no think
                  command: aider --model qwen3
                """;
        assertThat(found("website/_data/leaderboard.yml", board)).containsExactly("3 openrouter/qwen/qwen3-32b", "6 qwen3");
    }
}
