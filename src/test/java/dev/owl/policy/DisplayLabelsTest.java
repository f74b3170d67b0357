package dev.owl.policy;

import static dev.owl.policy.ReferenceScannerTest.found;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A benchmark's results file labels each run in words ({@code model: Qwen2 72B Instruct}); the run's command names the model. */
class DisplayLabelsTest {
    @BeforeAll
    static void load() {
        ReferenceScannerTest.load();
    }

    @Test
    void aLeaderboardsWordyModelLabelIsNoModelButItsCommandIs() {
        String board = """
                - dirname: 2024-06-08-qwen2-72b
                  model: Qwen2 72B Instruct
                  command: aider --model together_ai/qwen/Qwen2-72B-Instruct
                  pass_rate_1: 55.6
                - dirname: 2024-07-24-mistral-large
                  model: Mistral Large 2 (2407)
                  pass_rate_1: 60.2
                - dirname: 2024-11-25-qwq
                  model: QwQ + Haiku
                - dirname: 2025-01-10-run
                  model: Qwen/Qwen2.5-Coder-32B-Instruct
                """;
        assertThat(found("website/_data/leaderboard.yml", board))
                .containsExactly("3 together_ai/qwen/Qwen2-72B-Instruct", "11 Qwen/Qwen2.5-Coder-32B-Instruct");
    }
}
