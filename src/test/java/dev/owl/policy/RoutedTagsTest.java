package dev.owl.policy;

import static dev.owl.policy.ReferenceScannerTest.foundResolved;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A coding tool's model settings name OpenRouter's free offers ({@code openrouter/org/name:free}): the tag is part of the name. */
class RoutedTagsTest {
    @BeforeAll
    static void load() {
        ReferenceScannerTest.load();
    }

    @Test
    void aRoutedOffersVariantTagStaysWithItsNameAndResolvesToTheModel() {
        String settings = """
                - name: openrouter/deepseek/deepseek-r1:free
                  edit_format: diff
                  weak_model_name: openrouter/deepseek/deepseek-r1:free
                """;
        assertThat(foundResolved("resources/model-settings.yml", settings)).containsExactly(
                "1 openrouter/deepseek/deepseek-r1:free -> deepseek-r1", "3 openrouter/deepseek/deepseek-r1:free -> deepseek-r1");
    }
}
