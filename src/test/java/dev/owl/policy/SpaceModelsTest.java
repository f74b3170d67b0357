package dev.owl.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A Space's README front matter lists the models the app runs under {@code models:}; its license is the app's. */
class SpaceModelsTest {
    @Test
    void aSpacesModelsAreReadWithoutTheSpacesLicense() {
        List<Reference> out = new ArrayList<>();
        ModelCards.read("README.md", """
                title: Gemma 2 WebGPU
                sdk: static
                license: apache-2.0
                models:
                  - onnx-community/gemma-2-2b-jpn-it
                  - local-name
                """, out);
        assertThat(out).extracting(r -> r.line() + " " + r.text() + " " + r.declaredLicense())
                .containsExactly("6 onnx-community/gemma-2-2b-jpn-it null");
    }

    @Test
    void aModelCardsModelsKeyIsNotASpaces() {
        List<Reference> out = new ArrayList<>();
        ModelCards.read("README.md", "license: mit\nmodels:\n  - org/other\n", out);
        assertThat(out).isEmpty();
    }
}
