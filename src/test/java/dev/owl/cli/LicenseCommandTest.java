package dev.owl.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.owl.Golden;
import dev.owl.OwlRunner;
import dev.owl.OwlRunner.Result;
import org.junit.jupiter.api.Test;

class LicenseCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void listMatchesItsGoldenFileAndCountsModels() throws Exception {
        Result r = OwlRunner.fixture().run("license", "list");
        assertThat(r.exitCode()).isZero();
        Golden.assertMatches("license-list.table", r.out());
        JsonNode list = JSON.readTree(OwlRunner.fixture().run("license", "list", "--format", "json").out());
        JsonNode llama = list.get(1);
        assertThat(llama.get("id").asText()).isEqualTo("llama-3.1-community");
        assertThat(llama.get("mau_threshold").isIntegralNumber()).isTrue();
        assertThat(llama.get("mau_threshold").asLong()).isEqualTo(700_000_000L);
        assertThat(llama.get("terms").get("mau_threshold").get("section").asText()).isEqualTo("2");
        assertThat(llama.get("models")).extracting(JsonNode::asText).containsExactly("llama-3.1-8b-instruct");
    }

    @Test
    void showResolvesIdsTagsAndModels() throws Exception {
        assertThat(JSON.readTree(OwlRunner.fixture().run("license", "show", "llama3.1", "--format", "json").out())
                .get("id").asText()).isEqualTo("llama-3.1-community");
        assertThat(JSON.readTree(OwlRunner.fixture().run("license", "show", "Apache-2.0", "--format", "json").out())
                .get("id").asText()).isEqualTo("apache-2.0");
        JsonNode viaModel = JSON.readTree(OwlRunner.fixture().run("license", "show", "mixtral", "--format", "json").out());
        assertThat(viaModel.get("model").asText()).isEqualTo("mixtral-8x7b-instruct-v0.1");
        assertThat(viaModel.get("id").asText()).isEqualTo("apache-2.0");
        assertThat(viaModel.get("model_notes").get(0).asText()).contains("46.7B");
        Golden.assertMatches("license-show-llama-3.1.table", OwlRunner.fixture().run("license", "show", "llama-3.1-community").out());
    }

    @Test
    void compareMarksDifferingTerms() throws Exception {
        Result r = OwlRunner.fixture().run("license", "compare", "apache-2.0", "llama-3.1-community");
        assertThat(r.out()).contains("mau threshold *").contains("osi approved *");
        JsonNode c = JSON.readTree(OwlRunner.fixture().run("license", "compare", "apache-2.0", "llama3.1", "--format", "json").out());
        assertThat(c.get("licenses")).extracting(JsonNode::asText).containsExactly("apache-2.0", "llama-3.1-community");
        JsonNode mau = null;
        for (JsonNode row : c.get("rows")) {
            if (row.get("term").asText().equals("mau_threshold")) {
                mau = row;
            }
        }
        assertThat(mau.get("differs").asBoolean()).isTrue();
        assertThat(mau.get("values").get(1).asLong()).isEqualTo(700_000_000L);
        assertThat(mau.get("sections").get(0).isNull()).isTrue();
        assertThat(mau.get("sections").get(1).asText()).isEqualTo("2");
    }

    @Test
    void csvCellsAreDataNumbersAndBooleansAsThemselves() {
        assertThat(OwlRunner.fixture().run("license", "list", "--format", "csv").out().lines())
                .contains("llama-3.1-community,Llama 3.1 Community License Agreement,,llama3.1,false,yes,700000000,allowed,,1");
        assertThat(OwlRunner.fixture().run("license", "compare", "apache-2.0", "llama3.1", "--format", "tsv").out().lines())
                .contains("mau_threshold\t\t700000000", "osi_approved\ttrue\tfalse");
    }

    /** The SPDX id and the Hugging Face tag are two columns, named as the JSON keys name them: a script reads each alone. */
    @Test
    void spdxIdAndHuggingFaceTagAreColumnsOfTheirOwn() {
        for (String format : new String[] {"csv", "tsv"}) {
            String sep = format.equals("csv") ? "," : "\t";
            java.util.List<String> lines = OwlRunner.fixture().run("license", "list", "--format", format).out().lines().toList();
            java.util.List<String> header = java.util.List.of(lines.get(0).split(sep, -1));
            assertThat(header).as(format).containsSubsequence("NAME", "SPDX", "HF TAG", "OSI");
            String[] apache = lines.stream().filter(l -> l.startsWith("apache-2.0" + sep)).findFirst().orElseThrow().split(sep, -1);
            assertThat(apache[header.indexOf("SPDX")]).isEqualTo("Apache-2.0");
            assertThat(apache[header.indexOf("HF TAG")]).isEqualTo("apache-2.0");
            String[] llama = lines.stream().filter(l -> l.startsWith("llama-3.1-community" + sep)).findFirst().orElseThrow().split(sep, -1);
            assertThat(llama[header.indexOf("SPDX")]).as("no SPDX id: empty, not '-'").isEmpty();
            assertThat(llama[header.indexOf("HF TAG")]).isEqualTo("llama3.1");
        }
    }

    @Test
    void unknownNamesAreUsageErrors() {
        Result r = OwlRunner.fixture().run("license", "show", "apache-2");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("unknown license or model 'apache-2'").contains("did you mean: apache-2.0");
        assertThat(OwlRunner.fixture().run("license", "compare", "apache-2.0").exitCode()).isEqualTo(2);
        Result twice = OwlRunner.fixture().run("license", "compare", "apache-2.0", "Apache-2.0"); // its id and its SPDX id
        assertThat(twice.exitCode()).isEqualTo(2);
        assertThat(twice.out()).isEmpty();
        assertThat(twice.err()).startsWith("error: 'Apache-2.0' names apache-2.0, already named\n"
                + "help: compare different licenses; 'owl license show apache-2.0' shows its terms\n");
    }

    /** A model stands for its license, in compare as in show; a typo is offered the nearest licenses and models alike. */
    @Test
    void aModelStandsForItsLicense() throws Exception {
        JsonNode c = JSON.readTree(OwlRunner.fixture().run("license", "compare", "llama-3.1-8b-instruct", "apache-2.0", "--format", "json").out());
        assertThat(c.get("licenses").get(0).asText()).isEqualTo("llama-3.1-community");
        assertThat(c.get("licenses").get(1).asText()).isEqualTo("apache-2.0");
        Result same = OwlRunner.fixture().run("license", "compare", "llama-3.1-community", "llama-3.1-8b-instruct");
        assertThat(same.exitCode()).isEqualTo(2);
        assertThat(same.err()).startsWith("error: 'llama-3.1-8b-instruct' is under llama-3.1-community, already named\n");
        Result models = OwlRunner.fixture().run("license", "compare", "qwen2.5-7b-instruct", "mistral-7b-instruct-v0.3");
        assertThat(models.exitCode()).isEqualTo(2);
        assertThat(models.err()).as("which earlier name it repeats, and where the one license's terms are")
                .startsWith("error: 'mistral-7b-instruct-v0.3' is under apache-2.0, as 'qwen2.5-7b-instruct' is\n"
                        + "help: compare different licenses; 'owl license show apache-2.0' shows its terms\n");
        Result typo = OwlRunner.fixture().run("license", "show", "llama-3.1-8b-instrct");
        assertThat(typo.exitCode()).isEqualTo(2);
        assertThat(typo.err()).contains("unknown license or model 'llama-3.1-8b-instrct'").contains("did you mean: llama-3.1-8b-instruct");
    }

    @Test
    void aHuggingFaceTagSeveralLicensesShareIsAmbiguous() {
        Result r = OwlRunner.bundled().run("license", "show", "other"); // Kimi's, Mistral's and Qwen's licenses all carry it
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).contains("ambiguous license 'other'").contains("mistral-non-production").contains("mistral-research")
                .contains("kimi-k2-modified-mit").contains("name one by its id");
        assertThat(OwlRunner.bundled().run("license", "show", "mit").exitCode()).isZero(); // one license's tag still names it
    }

    /** On a narrow terminal each compared license (or model, or family) wraps; none is left out, as an answer column is not. */
    @Test
    void aNarrowTerminalWrapsEveryComparedColumnAndLeavesNoneOut() {
        Result licenses = OwlRunner.fixture().terminal(40).run("license", "compare", "apache-2.0", "llama-3.1-community");
        assertThat(licenses.exitCode()).as(licenses.err()).isZero();
        assertThat(licenses.out()).doesNotContain("left out").contains("apache-2.0").contains("llama-3.1-"); // its header wraps too
        Result models = OwlRunner.fixture().terminal(40).run("compare", "mixtral-8x7b-instruct-v0.1", "llama-3.1-8b-instruct");
        assertThat(models.exitCode()).as(models.err()).isZero();
        assertThat(models.out()).doesNotContain("left out").contains("mixtral-").contains("llama-3.1-");
        Result families = OwlRunner.fixture().terminal(40).run("compare", "--families", "llama,mistral,qwen");
        assertThat(families.out()).doesNotContain("left out").contains("qwen");
    }
}
