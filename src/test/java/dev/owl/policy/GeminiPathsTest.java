package dev.owl.policy;

import static dev.owl.policy.ReferenceScannerTest.foundResolved;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The Gemini API's method path names the model it calls. */
class GeminiPathsTest {
    @BeforeAll
    static void load() {
        ReferenceScannerTest.load();
    }

    @Test
    void aGenerateContentPathNamesItsModel() {
        String go = """
                req, _ := http.NewRequest("POST", base+"/v1beta/models/gemma-3-4b-it:generateContent", body)
                url := base + "/v1beta/models/gemini-2.0-flash:streamGenerateContent?alt=sse"
                path := "/v1/models/{model}:generateContent"
                """;
        assertThat(foundResolved("proxy_test.go", go)).containsExactly("1 gemma-3-4b-it -> gemma-3-4b-it");
    }
}
