package dev.owl.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.owl.Golden;
import dev.owl.OwlRunner;
import dev.owl.OwlRunner.Result;
import org.junit.jupiter.api.Test;

class CompareCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void aDenseModelsActiveCountIsAsApproximateAsItsTotal() throws Exception {
        Result table = OwlRunner.bundled().run("compare", "mistral-small-24b-instruct-2501", "llama-3.1-8b-instruct");
        assertThat(table.out().lines().filter(l -> l.startsWith("params (active)")))
                .singleElement().satisfies(l -> assertThat(l.split("\\s{2,}")).containsExactly("params (active)", "~24B", "8.03B"));
        JsonNode shown = new ObjectMapper().readTree(
                OwlRunner.bundled().run("show", "mistral-small-24b-instruct-2501", "--format", "json").out());
        assertThat(shown.get("params_active_b").asDouble()).isEqualTo(shown.get("params_total_b").asDouble());
        assertThat(shown.get("approx_fields").toString()).contains("\"params_total_b\"", "\"params_active_b\"");
    }

    @Test
    void twoModels() {
        Result r = OwlRunner.fixture().run("compare", "mixtral-8x7b-instruct-v0.1", "llama-3.1-8b-instruct");
        assertThat(r.exitCode()).as(r.err()).isZero();
        Golden.assertMatches("compare-two.table", r.out());
    }

    @Test
    void fourModels() {
        Result r = OwlRunner.fixture().run("compare", "mixtral", "llama-3.1-8b", "mistral-7b-instruct-v0.3", "qwen2.5-7b-instruct");
        Golden.assertMatches("compare-four.table", r.out());
        Golden.assertMatches("compare-four.markdown",
                OwlRunner.fixture().run("compare", "mixtral", "llama-3.1-8b", "mistral-7b-instruct-v0.3", "qwen2.5-7b-instruct",
                        "--format", "markdown").out());
    }

    @Test
    void twoFamilies() {
        Golden.assertMatches("compare-families-two.table", OwlRunner.fixture().run("compare", "--families", "llama,mistral").out());
    }

    @Test
    void threeFamiliesAllGenerations() {
        Golden.assertMatches("compare-families-three.table",
                OwlRunner.fixture().run("compare", "--families", "llama,mistral,qwen", "--generation", "all").out());
    }

    @Test
    void benchmarksInDifferentSettingsAreMarkedAndNotRanked() throws Exception {
        Result r = OwlRunner.fixture().run("compare", "mixtral", "llama-3.1-8b", "--format", "json");
        JsonNode c = JSON.readTree(r.out());
        assertThat(c.get("models")).extracting(JsonNode::asText).containsExactly("mixtral-8x7b-instruct-v0.1", "llama-3.1-8b-instruct");
        JsonNode mmlu = null;
        JsonNode context = null;
        for (JsonNode row : c.get("rows")) {
            if (row.get("attribute").asText().equals("MMLU")) {
                mmlu = row;
            }
            if (row.get("attribute").asText().equals("context")) {
                context = row;
            }
        }
        assertThat(mmlu.get("comparable").asBoolean()).isFalse();
        assertThat(mmlu.get("best")).isEmpty();
        assertThat(mmlu.get("values").get(0).get("setting").asText()).isEqualTo("5-shot, base");
        assertThat(mmlu.get("values").get(1).get("score").asDouble()).isEqualTo(69.4);
        assertThat(context.get("comparable").asBoolean()).isTrue();
        assertThat(context.get("values").get(1).asInt()).isEqualTo(131072);
        assertThat(context.get("best")).extracting(JsonNode::asText).containsExactly("llama-3.1-8b-instruct");
        assertThat(OwlRunner.fixture().run("compare", "mixtral", "llama-3.1-8b").out()).contains("MMLU ≠");
    }

    @Test
    void theBestValueIsHighlightedOnlyWithColour() {
        assertThat(OwlRunner.fixture().run("compare", "mixtral", "llama-3.1-8b", "--color", "always").out())
                .contains("\u001b[1;32m128K");
        assertThat(OwlRunner.fixture().run("compare", "mixtral", "llama-3.1-8b").out()).doesNotContain("\u001b");
    }

    @Test
    void familiesJsonHasTiers() throws Exception {
        JsonNode f = JSON.readTree(OwlRunner.fixture().run("compare", "--families", "llama,mistral", "--format", "json").out());
        JsonNode large = f.get("tiers").get(3);
        assertThat(large.get("tier").asText()).isEqualTo("large");
        JsonNode mixtral = large.get("values").get(1).get("models").get(0);
        assertThat(mixtral.get("id").asText()).isEqualTo("mixtral-8x7b-instruct-v0.1");
        assertThat(mixtral.get("params_active_b").asDouble()).isEqualTo(12.9);
        assertThat(mixtral.get("license_class").asText()).isEqualTo("permissive");
    }

    private static java.util.List<String> keys(JsonNode node) {
        java.util.List<String> keys = new java.util.ArrayList<>();
        node.fieldNames().forEachRemaining(keys::add);
        return keys;
    }

    @Test
    void theJsonHasTheDocumentedKeysFieldByField() throws Exception {
        JsonNode c = JSON.readTree(OwlRunner.fixture().run("compare", "mixtral", "llama-3.1-8b", "mistral-7b-instruct-v0.3",
                "--format", "json").out());
        assertThat(keys(c)).containsExactly("schema_version", "models", "rows");
        JsonNode attention = null;
        for (JsonNode row : c.get("rows")) {
            assertThat(keys(row)).containsExactly("attribute", "values", "comparable", "best");
            assertThat(row.get("values")).hasSize(3);
            attention = row.get("attribute").asText().equals("attention") ? row : attention;
        }
        // a model without a value is null, also in rows the table leaves out
        assertThat(attention.get("values").get(2).isNull()).isTrue();
        assertThat(attention.get("values").get(0).asText()).isEqualTo("GQA");
        JsonNode params = c.get("rows").get(5);
        assertThat(params.get("attribute").asText()).isEqualTo("params (total)");
        assertThat(params.get("values").get(0).isNumber()).isTrue();
        assertThat(params.get("best")).isEmpty();
        JsonNode f = JSON.readTree(OwlRunner.fixture().run("compare", "--families", "Llama,mistral", "--format", "json").out());
        assertThat(keys(f)).containsExactly("schema_version", "families", "generation", "tiers");
        assertThat(f.get("families")).extracting(JsonNode::asText).containsExactly("llama", "mistral");
        assertThat(f.get("generation").asText()).isEqualTo("latest");
        JsonNode small = f.get("tiers").get(1);
        assertThat(keys(small)).containsExactly("tier", "range", "values");
        assertThat(small.get("range").asText()).isEqualTo("4–15B");
        assertThat(keys(small.get("values").get(0))).containsExactly("family", "models");
        JsonNode llama = small.get("values").get(0).get("models").get(0);
        assertThat(keys(llama)).containsExactly("id", "params_total_b", "params_active_b", "context_tokens", "license", "license_class");
        assertThat(llama.get("context_tokens").asInt()).isEqualTo(131072);
        assertThat(llama.get("license_class").asText()).isEqualTo("conditional");
    }

    @Test
    void csvCellsAreNumbersWithTheEstimatesNamed() {
        Result csv = OwlRunner.fixture().run("compare", "mixtral", "llama-3.1-8b", "--format", "csv");
        Golden.assertMatches("compare-two.csv", csv.out());
        assertThat(csv.out()).contains("\ncontext,32768,131072,\n");
    }

    /** A program reading the csv, tsv or markdown finds every column by its name: the first one too (it was empty). */
    @Test
    void everyHeaderCellHasAName() {
        for (String format : new String[] {"csv", "tsv", "markdown"}) {
            Result r = OwlRunner.fixture().run("compare", "mixtral", "llama-3.1-8b", "--format", format);
            assertThat(r.exitCode()).as(r.err()).isZero();
            String first = r.out().lines().findFirst().orElseThrow();
            String[] header = format.equals("markdown") ? first.substring(1, first.length() - 1).split("\\|")
                    : first.split(format.equals("csv") ? "," : "\t", -1);
            java.util.List<String> cells = java.util.Arrays.stream(header).map(String::strip).toList();
            assertThat(cells).as(format).startsWith("ATTRIBUTE", "mixtral-8x7b-instruct-v0.1", "llama-3.1-8b-instruct").doesNotContain("");
        }
        assertThat(OwlRunner.fixture().run("compare", "mixtral", "llama-3.1-8b").out()).startsWith("ATTRIBUTE ");
    }

    @Test
    void usageErrors() {
        assertThat(OwlRunner.fixture().run("compare", "mixtral").exitCode()).isEqualTo(2);
        assertThat(OwlRunner.fixture().run("compare", "mixtral", "nope").exitCode()).isEqualTo(2);
        assertThat(OwlRunner.fixture().run("compare", "--families", "lama").err()).contains("did you mean: llama?");
        assertThat(OwlRunner.fixture().run("compare", "--families", "llama", "--generation", "newest").exitCode()).isEqualTo(2);
        assertThat(OwlRunner.fixture().run("compare", "mixtral", "llama-3.1-8b", "--families", "llama").exitCode()).isEqualTo(2);
        // the same model twice (here by id and by alias) is one column shown twice: refused
        Result twice = OwlRunner.fixture().run("compare", "llama-3.1-8b-instruct", "llama-3.1-8b", "--format", "json");
        assertThat(twice.exitCode()).isEqualTo(2);
        assertThat(twice.out()).isEmpty();
        assertThat(twice.err()).startsWith("error: 'llama-3.1-8b' names llama-3.1-8b-instruct again\nhelp: compare different models\n");
    }

    /** A family named twice is refused as a model named twice is, not shown as two identical columns. */
    @Test
    void aFamilyNamedTwiceIsAUsageError() {
        Result r = OwlRunner.bundled().run("compare", "--families", "llama,qwen,Llama");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).startsWith("error: 'Llama' names family llama again\nhelp: compare different families\n");
    }

    /** Markdown keeps the legend under the lineup (what conditional means), as fit, cost and recommend keep their notes. */
    @Test
    void markdownKeepsTheNoteUnderTheTableAndQuietDropsIt() {
        Result md = OwlRunner.bundled().run("compare", "--families", "llama,qwen", "--format", "markdown");
        assertThat(md.exitCode()).isZero();
        assertThat(md.out()).contains("|\n\nTiers by total parameters; the newest model per family and tier. License class: permissive (OSI), ");
        assertThat(OwlRunner.bundled().run("-q", "compare", "--families", "llama,qwen", "--format", "markdown").out())
                .doesNotContain("Tiers by");
        Result tasks = OwlRunner.bundled().run("recommend", "--list-tasks", "--format", "markdown");
        assertThat(tasks.out()).as("the scale the task list names").contains("|\n\nScale: each figure becomes its percentile");
    }
}
