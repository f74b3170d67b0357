package dev.owl.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.owl.Golden;
import dev.owl.OwlRunner;
import dev.owl.OwlRunner.Result;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class ListCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static List<String> ids(Result r) throws Exception {
        List<String> ids = new ArrayList<>();
        for (JsonNode n : JSON.readTree(r.out())) {
            ids.add(n.get("id").asText());
        }
        return ids;
    }

    @ParameterizedTest
    @ValueSource(strings = {"table", "json", "yaml", "csv", "tsv", "markdown"})
    void everyFormatMatchesItsGoldenFile(String format) {
        Result r = OwlRunner.fixture().run("list", "--all", "--format", format);
        assertThat(r.exitCode()).isZero();
        assertThat(r.err()).isEmpty();
        Golden.assertMatches("list-all." + format, r.out());
    }

    @Test
    void jsonHasTheDocumentedFieldsWithNumbersAsNumbers() throws Exception {
        Result r = OwlRunner.fixture().run("list", "--format", "json", "--family", "mistral", "--sort", "params");
        JsonNode list = JSON.readTree(r.out());
        assertThat(list.isArray()).isTrue();
        JsonNode mixtral = list.get(1);
        assertThat(mixtral.get("id").asText()).isEqualTo("mixtral-8x7b-instruct-v0.1");
        assertThat(mixtral.get("params_total_b").isNumber()).isTrue();
        assertThat(mixtral.get("params_total_b").asDouble()).isEqualTo(46.7);
        assertThat(mixtral.get("params_active_b").asDouble()).isEqualTo(12.9);
        assertThat(mixtral.get("context_tokens").asInt()).isEqualTo(32768);
        assertThat(mixtral.get("hf_repo").asText()).isEqualTo("mistralai/Mixtral-8x7B-Instruct-v0.1");
        assertThat(mixtral.get("license").asText()).isEqualTo("apache-2.0");
        assertThat(mixtral.get("modalities").get("input").get(0).asText()).isEqualTo("text");
        assertThat(mixtral.get("architecture").get("experts_total").asInt()).isEqualTo(8);
        assertThat(mixtral.get("architecture").get("experts_active").asInt()).isEqualTo(2);
        assertThat(mixtral.get("architecture").get("sliding_window").isNull()).isTrue();
        assertThat(mixtral.get("release_date").asText()).isEqualTo("2023-12-11");
        assertThat(mixtral.get("sources").get(0).get("as_of").asText()).isEqualTo("2026-11-22");
        for (String key : List.of("id", "name", "family", "vendor", "release_date", "hf_repo", "ollama_tags", "license",
                "params_total_b", "params_active_b", "context_tokens", "modalities", "capabilities", "architecture",
                "benchmarks", "sources")) {
            assertThat(mixtral.has(key)).as(key).isTrue();
        }
        // a dense model's active parameters are its total
        assertThat(list.get(0).get("params_active_b").asDouble()).isEqualTo(7.25);
    }

    @Test
    void repeatedAndCommaSeparatedValuesOrTogether() throws Exception {
        Result a = OwlRunner.fixture().run("--format", "json", "list", "--capability", "code,tools");
        Result b = OwlRunner.fixture().run("--format", "json", "list", "--capability", "code", "--capability", "tools");
        assertThat(ids(a)).containsExactlyInAnyOrder("llama-3.1-8b-instruct", "mixtral-8x7b-instruct-v0.1",
                "mistral-7b-instruct-v0.3", "qwen2.5-7b-instruct");
        assertThat(ids(b)).isEqualTo(ids(a));
        Result and = OwlRunner.fixture().run("--format", "json", "list", "--capability", "code,tools", "--family", "mistral",
                "--max-params", "10");
        assertThat(ids(and)).containsExactly("mistral-7b-instruct-v0.3");
    }

    @Test
    void numericAndDateFilters() throws Exception {
        assertThat(ids(OwlRunner.fixture().run("list", "--format", "json", "--min-context", "128K")))
                .containsExactlyInAnyOrder("llama-3.1-8b-instruct", "qwen2.5-7b-instruct");
        assertThat(ids(OwlRunner.fixture().run("list", "--format", "json", "--min-context", "32768")))
                .hasSize(4);
        assertThat(ids(OwlRunner.fixture().run("list", "--format", "json", "--released-after", "2024-06-01")))
                .containsExactlyInAnyOrder("llama-3.1-8b-instruct", "qwen2.5-7b-instruct");
        assertThat(ids(OwlRunner.fixture().run("list", "--format", "json", "--license", "llama3.1")))
                .containsExactly("llama-3.1-8b-instruct");
        assertThat(ids(OwlRunner.fixture().run("list", "--format", "json", "--vendor", "mistral ai")))
                .hasSize(2);
    }

    @Test
    void sortReverseAndLimit() throws Exception {
        assertThat(ids(OwlRunner.fixture().run("list", "--format", "json", "--sort", "params", "--reverse", "--limit", "2")))
                .containsExactly("mixtral-8x7b-instruct-v0.1", "llama-3.1-8b-instruct");
        assertThat(ids(OwlRunner.fixture().run("list", "--format", "json", "--sort", "RELEASED")))
                .containsExactly("mixtral-8x7b-instruct-v0.1", "mistral-7b-instruct-v0.3", "llama-3.1-8b-instruct",
                        "qwen2.5-7b-instruct");
    }

    @Test
    void announcedModelsAreHiddenUnlessAll() throws Exception {
        assertThat(ids(OwlRunner.fixture().run("list", "--format", "json"))).doesNotContain("llama-4-behemoth");
        assertThat(ids(OwlRunner.fixture().run("list", "--format", "json", "--all"))).contains("llama-4-behemoth");
    }

    @Test
    void anEmptyResultIsASuccess() throws Exception {
        Result r = OwlRunner.fixture().run("list", "--format", "json", "--min-context", "1M");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out().strip()).isEqualTo("[ ]");
        assertThat(ids(r)).isEmpty();
        // stdout stays a valid empty result; stderr says why it is empty, and points at --all when that would help
        assertThat(r.err()).isEqualTo("note: no model matches these filters\n");
        Result announced = OwlRunner.fixture().run("list", "--license", "proprietary");
        assertThat(announced.exitCode()).isZero();
        assertThat(announced.err()).isEqualTo("note: no model matches these filters; 1 announced or API-only model would, with --all\n");
        assertThat(OwlRunner.fixture().run("list", "--license", "proprietary", "--all").err()).isEmpty();
        assertThat(OwlRunner.fixture().run("list", "--min-context", "1M", "--quiet").err()).isEmpty();
    }

    @Test
    void aMistypedFamilyIsAUsageErrorWithASuggestionAndNothingOnStdout() {
        Result r = OwlRunner.fixture().run("list", "--family", "lama", "--format", "json");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).contains("error: unknown family 'lama'").contains("did you mean: llama?");
    }

    @Test
    void badOptionValuesAreUsageErrors() {
        for (String[] args : List.of(new String[] {"list", "--limit", "0"}, new String[] {"list", "--min-context", "lots"},
                new String[] {"list", "--max-params", "-3"}, new String[] {"list", "--released-after", "May"},
                new String[] {"list", "--sort", "size"}, new String[] {"list", "--format", "xml"},
                new String[] {"list", "--capability", "telepathy"}, new String[] {"list", "--bogus"})) {
            Result r = OwlRunner.fixture().run(args);
            assertThat(r.exitCode()).as(String.join(" ", args)).isEqualTo(2);
            assertThat(r.out()).as(String.join(" ", args)).isEmpty();
            assertThat(r.err()).as(String.join(" ", args)).startsWith("error: ");
        }
    }

    @Test
    void formatNamesAreCaseInsensitive() {
        assertThat(OwlRunner.fixture().run("list", "--format", "JSON").out()).startsWith("[");
        assertThat(OwlRunner.fixture().run("list", "--format", "Md").out()).startsWith("| ID |");
    }

    @Test
    void onATerminalWideTablesFitTheWidthByLeavingOutSecondaryColumnsThenWrapping() {
        Result r = OwlRunner.fixture().terminal(80).run("list", "--color", "never");
        for (String line : r.out().split("\n")) {
            assertThat(dev.owl.render.TextWidth.of(line)).as(line).isLessThanOrEqualTo(80);
        }
        String header = r.out().lines().findFirst().orElseThrow();
        assertThat(header).contains("ID", "PARAMS", "CONTEXT", "LICENSE", "CAPABILITIES").doesNotContain("RELEASED");
        assertThat(r.out()).doesNotContain("…").contains("llama-3.1-8b-instruct");
        Result narrow = OwlRunner.fixture().terminal(40).run("list", "--color", "never");
        assertThat(narrow.out().lines()).allSatisfy(l -> assertThat(dev.owl.render.TextWidth.of(l)).isLessThanOrEqualTo(40));
        assertThat(narrow.out()).contains("mixtral-8x7b-instruct-v0.1");
        assertThat(OwlRunner.fixture().run("list").out()).doesNotContain("…");
    }

    @Test
    void colourOnlyOnATerminalAndNeverWithNoColor() {
        assertThat(OwlRunner.fixture().terminal(200).run("list").out()).contains("\u001b[1m");
        assertThat(OwlRunner.fixture().terminal(200).env("NO_COLOR", "1").run("list").out()).doesNotContain("\u001b[");
        assertThat(OwlRunner.fixture().run("list").out()).doesNotContain("\u001b[");
        assertThat(OwlRunner.fixture().run("list", "--color", "always").out()).contains("\u001b[1m");
        assertThat(OwlRunner.fixture().terminal(200).run("list", "--color", "never").out()).doesNotContain("\u001b[");
        assertThat(OwlRunner.fixture().env("CLICOLOR_FORCE", "1").run("list").out()).contains("\u001b[1m");
        assertThat(OwlRunner.fixture().env("CLICOLOR_FORCE", "1").env("NO_COLOR", "1").run("list").out()).doesNotContain("\u001b[");
        assertThat(OwlRunner.fixture().terminal(200).env("TERM", "dumb").run("list").out()).doesNotContain("\u001b[");
    }

    @Test
    void undatedModelsComeLastInEitherDirection() throws Exception {
        for (String[] args : new String[][] {{"list", "--all", "--sort", "released", "--format", "json"},
                {"list", "--all", "--sort", "released", "--reverse", "--format", "json"}}) {
            com.fasterxml.jackson.databind.JsonNode rows = new com.fasterxml.jackson.databind.ObjectMapper()
                    .readTree(dev.owl.OwlRunner.bundled().run(args).out());
            java.util.List<Boolean> dated = new java.util.ArrayList<>();
            rows.forEach(r -> dated.add(r.hasNonNull("release_date")));
            assertThat(dated).as(String.join(" ", args)).contains(true, false);
            assertThat(dated.subList(dated.indexOf(false), dated.size())).as(String.join(" ", args)).containsOnly(false);
        }
    }
}
