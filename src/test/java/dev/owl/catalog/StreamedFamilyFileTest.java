package dev.owl.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import dev.owl.input.Diagnostic;
import dev.owl.input.YamlReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A family file read model by model as it is composed ({@link ModelParser#readFamilyFile}) gives exactly the models and
 * the findings of reading it whole; a file the streaming cannot take (anchors, family after the models, a second
 * document, invalid YAML) is read whole.
 */
class StreamedFamilyFileTest {
    @TempDir
    Path tmp;

    private static String models(String... ids) {
        StringBuilder b = new StringBuilder();
        for (String id : ids) {
            b.append(CatalogLoaderTest.GOOD_MODEL.replace("m1", id));
        }
        return b.toString();
    }

    private static final String HEAD = "family: acme\nvendor: ACME\nmodels:\n";

    /** Read both ways: the same models and findings; and whether the streamed way kept to streaming. */
    private boolean sameBothWays(String yaml) throws IOException {
        Path file = Files.writeString(tmp.resolve("f.yaml"), yaml);
        List<Diagnostic> whole = new ArrayList<>();
        var root = YamlReader.read(file, "f.yaml", whole);
        List<CatalogLoader.Parsed<Model>> wholeModels = root == null ? List.of() : ModelParser.parseFamilyFile(root, "f.yaml", whole);
        List<Diagnostic> streamed = new ArrayList<>();
        List<CatalogLoader.Parsed<Model>> streamedModels = ModelParser.readFamilyFile(file, "f.yaml", streamed);
        assertThat(streamedModels).as(yaml).isEqualTo(wholeModels);
        assertThat(streamed).as(yaml).isEqualTo(whole);
        var read = YamlReader.read(file, "f.yaml", new ArrayList<>(), "models", (r, item) -> YamlReader.stringSoFar(r, "family") + YamlReader.stringSoFar(r, "vendor"));
        return read != null && read.streamed();
    }

    @Test
    void aPlainFileStreamsWithTheSameModels() throws IOException {
        assertThat(sameBothWays(HEAD + models("a-1", "a-2", "a-3"))).isTrue();
        assertThat(sameBothWays("# comment\n" + HEAD + models("a-1") + "\n# trailing\n")).isTrue();
    }

    @Test
    void findingsInModelsAndInTheFileAreTheSame() throws IOException {
        String bad = HEAD + models("a-1") + "  - id: Bad_Id\n    nme: typo\n    status: maybe\n" + models("a-3")
                + "  - just a string\n";
        assertThat(sameBothWays(bad)).isTrue();
        assertThat(sameBothWays("family: Bad Family\nvendor: ACME\nextra: 1\nmodels:\n" + models("a-1"))).isTrue();
        assertThat(sameBothWays("family: acme\nvendor: ACME\nmodels: []\n")).isTrue();
    }

    @Test
    void whatStreamingCannotTakeIsReadWhole() throws IOException {
        assertThat(sameBothWays("models:\n" + models("a-1") + "family: acme\nvendor: ACME\n")).isFalse(); // family after the models
        assertThat(sameBothWays(HEAD + "  - &m\n    id: a-1\n  - *m\n")).isFalse(); // an anchor and an alias
        assertThat(sameBothWays(HEAD + models("a-1") + "---\nfamily: x\n")).isFalse(); // a second document
        assertThat(sameBothWays(HEAD + models("a-1") + "models:\n" + models("a-2"))).isFalse(); // a repeated key
        assertThat(sameBothWays(HEAD + models("a-1") + "  - id: [unclosed\n")).isFalse(); // invalid YAML after a model
        assertThat(sameBothWays("family: 12\nvendor: ACME\nmodels:\n" + models("a-1"))).isFalse(); // a family that is no string
        assertThat(sameBothWays("- not a mapping\n")).isFalse();
        assertThat(sameBothWays("")).isFalse();
    }

    /** The nesting limit holds at the same depth either way (the limit is counted from the root, not from the item). */
    @Test
    void theNestingLimitIsTheSame() throws IOException {
        for (int depth : new int[] {45, 46, 47, 48, 49}) {
            String nested = "[".repeat(depth) + "]".repeat(depth);
            sameBothWays(HEAD + "  - id: a-1\n    notes: " + nested + "\n");
        }
    }
}
