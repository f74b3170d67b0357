package dev.owl.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.owl.Golden;
import dev.owl.OwlRunner;
import dev.owl.OwlRunner.Result;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ShowCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @ParameterizedTest
    @ValueSource(strings = {"table", "json", "yaml", "csv", "tsv", "markdown"})
    void everyFormatMatchesItsGoldenFile(String format) {
        Result r = OwlRunner.fixture().run("show", "llama-3.1-8b-instruct", "--format", format);
        assertThat(r.exitCode()).isZero();
        assertThat(r.err()).isEmpty();
        Golden.assertMatches("show-llama-3.1-8b." + format, r.out());
    }

    @Test
    void onANarrowTerminalNotesWrapAndEveryWordIsKept() {
        Result wide = OwlRunner.bundled().run("show", "llama-3.3-70b-instruct");
        Result narrow = OwlRunner.bundled().terminal(60).run("show", "llama-3.3-70b-instruct", "--color", "never", "--no-pager");
        assertThat(narrow.exitCode()).isZero();
        assertThat(narrow.out().lines()).allSatisfy(l -> assertThat(dev.owl.render.TextWidth.of(l)).as(l).isLessThanOrEqualTo(60));
        assertThat(narrow.out()).doesNotContain("…");
        assertThat(narrow.out().split("\\s+")).containsAll(java.util.List.of("HumanEval", "88.4", "GPQA", "50.5."));
        assertThat(narrow.out().replaceAll("\\s+", "").length()).isEqualTo(wide.out().replaceAll("\\s+", "").length());
    }

    @Test
    void sourcesAddTheSourceOfEachFigure() {
        Result r = OwlRunner.fixture().run("show", "llama-3.1-8b-instruct", "--sources");
        Golden.assertMatches("show-llama-3.1-8b-sources.table", r.out());
    }

    @ParameterizedTest
    @ValueSource(strings = {"llama-3.1-8b-instruct", "llama-3.1-8b", "meta-llama/Llama-3.1-8B-Instruct",
        "META-LLAMA/llama-3.1-8b-instruct", "meta-llama/Meta-Llama-3.1-8B-Instruct", "llama3.1:8b",
        "https://huggingface.co/meta-llama/Llama-3.1-8B-Instruct", "hf.co/meta-llama/Llama-3.1-8B-Instruct/", "llama-3.1",
        "LLAMA-3.1-8B-INSTRUCT"})
    void aModelResolvesByIdAliasRepoTagOrPrefix(String name) throws Exception {
        Result r = OwlRunner.fixture().run("show", name, "--format", "json");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(JSON.readTree(r.out()).get("id").asText()).isEqualTo("llama-3.1-8b-instruct");
    }

    @Test
    void showJsonIsOneObjectWithTheArchitecture() throws Exception {
        JsonNode m = JSON.readTree(OwlRunner.fixture().run("show", "mixtral", "--format", "json").out());
        assertThat(m.isObject()).isTrue();
        assertThat(m.get("architecture").get("layers").asInt()).isEqualTo(32);
        assertThat(m.get("architecture").get("kv_heads").asInt()).isEqualTo(8);
        assertThat(m.get("notes").get(0).asText()).contains("46.7B");
    }

    @Test
    void runItTellsHowToGetAndStartTheModelInTableAndJson() throws Exception {
        Result table = OwlRunner.bundled().run("show", "llama3.3:70b");
        assertThat(table.out()).contains("Run it\n  get     ollama pull llama3.3:70b\n  run     ollama run llama3.3:70b\n")
                .contains("serve   vllm serve meta-llama/Llama-3.3-70B-Instruct")
                .contains("hosted  google-vertex-ai  llama-3.3-70b-instruct-maas  us-central1\n          price not in the catalog");
        JsonNode run = JSON.readTree(OwlRunner.bundled().run("show", "devstral-small-2507", "--format", "json").out()).get("run");
        assertThat(run.findValuesAsText("command")).contains("llama-server -hf mistralai/Devstral-Small-2507_gguf");
        assertThat(run.get(0).fieldNames()).toIterable().containsExactly("runtime", "step", "command", "note");
    }

    @Test
    void aTypoGetsDidYouMeanAndExitCode2() {
        Result r = OwlRunner.fixture().run("show", "llama-3.1-7b-instruct");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).startsWith("error: unknown model 'llama-3.1-7b-instruct'\ndid you mean: llama-3.1-8b-instruct");
    }

    @Test
    void suggestionsNameEachModelOnceByIdAndPreferTheLongestSharedStart() {
        Result r = OwlRunner.bundled().run("show", "mixtral-8x7b-instrct");
        assertThat(r.exitCode()).isEqualTo(2);
        String line = r.err().lines().filter(l -> l.startsWith("did you mean: ")).findFirst().orElseThrow();
        java.util.List<String> named = java.util.List.of(line.substring("did you mean: ".length(), line.length() - 1).split(", "));
        assertThat(named.get(0)).isEqualTo("mixtral-8x7b-instruct-v0.1");
        assertThat(named).doesNotHaveDuplicates().doesNotContain("mixtral-8x7b"); // an alias of the first
    }

    /** A base model's repo id (or a near Ollama tag) whose instruct sibling is in the catalog: suggested by its repo, any case. */
    @ParameterizedTest
    @ValueSource(strings = {"meta-llama/Llama-3.3-70B|llama-3.3-70b-instruct", "META-LLAMA/llama-3.3-70b|llama-3.3-70b-instruct",
        "huggingface.co/mistralai/Mixtral-8x22B|mixtral-8x22b-instruct-v0.1", "qwen2.5:8b|qwen2.5-7b-instruct"})
    void aRepoIdOrTagNotInTheCatalogGetsTheNearestModels(String typedAndFirst) {
        String[] t = typedAndFirst.split("\\|");
        Result r = OwlRunner.bundled().run("show", t[0]);
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).as(t[0]).contains("did you mean: " + t[1]);
    }

    @Test
    void anAmbiguousPrefixListsTheCandidates() {
        Result r = OwlRunner.fixture().run("show", "mi");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("ambiguous model 'mi'").contains("mixtral-8x7b-instruct-v0.1")
                .contains("mistral-7b-instruct-v0.3");
    }

    @Test
    void anAnnouncedModelSaysItHasNoWeights() {
        Result r = OwlRunner.fixture().run("show", "llama-4-behemoth");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("announced: no weights have been released").contains("~2000B");
    }

    @Test
    void errorsGoToStderrEvenWithJson() {
        Result r = OwlRunner.fixture().run("show", "nope", "--format", "json");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).startsWith("error: unknown model 'nope'");
    }
}
