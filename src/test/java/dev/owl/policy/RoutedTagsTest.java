package dev.owl.policy;

import static dev.owl.policy.ReferenceScannerTest.resolver;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A coding tool's model settings name OpenRouter's free offers ({@code openrouter/org/name:free}): the tag is part of the name. */
class RoutedTagsTest {
    @BeforeAll
    static void load() {
        ReferenceScannerTest.load();
    }

    private static List<String> found(String fileName, String text) {
        return ReferenceScannerTest.scan(fileName, text).stream().map(r -> {
            ReferenceResolver.Resolution res = resolver.resolve(r);
            return r.line() + " " + r.text() + " -> " + (res.model() == null ? "-" : res.model().id());
        }).toList();
    }

    @Test
    void aRoutedOffersVariantTagStaysWithItsNameAndResolvesToTheModel() {
        String settings = """
                - name: openrouter/deepseek/deepseek-r1:free
                  edit_format: diff
                  weak_model_name: openrouter/deepseek/deepseek-r1:free
                """;
        assertThat(found("resources/model-settings.yml", settings)).containsExactly(
                "1 openrouter/deepseek/deepseek-r1:free -> deepseek-r1", "3 openrouter/deepseek/deepseek-r1:free -> deepseek-r1");
    }
}
