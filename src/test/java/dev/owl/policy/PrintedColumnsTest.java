package dev.owl.policy;

import static dev.owl.policy.ReferenceScannerTest.found;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A column of names a tool prints in a documentation's fenced block (a leaderboard, a model list) names models. */
class PrintedColumnsTest {
    @BeforeAll
    static void load() {
        ReferenceScannerTest.load();
    }

    @Test
    void aPrintedLeaderboardsFirstColumnNamesItsOpenModelsKnownOrNot() {
        String md = """
                ## Leaderboard
                ```console
                gpt-4o-2024-05-13              | score: 79.2  | 95% CI: (-1.9, 1.7)
                athene-70b                     | score: 77.6  | 95% CI: (-2.7, 2.2)
                llama-3.1-70b-instruct         | score: 55.7  | 95% CI: (-2.9, 2.7)
                Qwen1.5-72B-Chat               | score: 36.1  | 95% CI: (-2.1, 2.4)
                ```
                """;
        // a closed model in the column is none; a name the catalog lacks (athene-70b, Qwen1.5-72B-Chat) is one
        assertThat(found("README.md", md)).containsExactly("4 athene-70b", "5 llama-3.1-70b-instruct", "6 Qwen1.5-72B-Chat");
    }

    @Test
    void aPrintedTableOfOtherThingsOrTooFewRowsNamesNoModel() {
        String md = """
                ```
                NAME                ID              SIZE
                mmlu-5shot          71.2            12
                gsm8k-cot           55.0            8
                arc-challenge       60.1            25
                ```

                ```
                $ ollama list
                NAME                ID              SIZE
                llama3.2:latest     a80c4f17acd5    2.0 GB
                ```
                """;
        // benchmark names are no model names; one printed row is no column (its name, known, is read by the Ollama rules)
        assertThat(found("results.md", md)).containsExactly("11 llama3.2:latest");
    }
}
