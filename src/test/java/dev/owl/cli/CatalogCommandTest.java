package dev.owl.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.owl.OwlRunner;
import dev.owl.OwlRunner.Result;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.api.io.TempDir;

class CatalogCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    private Path userCatalog() throws IOException {
        Path dir = tmp.resolve("user");
        Files.createDirectories(dir.resolve("models"));
        Files.writeString(dir.resolve("models/custom.yaml"), """
                family: mistral
                vendor: Mistral AI
                models:
                  - id: mistral-7b-instruct-v0.3
                    name: Mistral 7B Instruct v0.3 (our mirror)
                    generation: "7b"
                    status: released
                    weights: open
                    license: apache-2.0
                    params_total_b: 7.25
                    context_tokens: 32768
                    sources:
                      - {url: "https://huggingface.co/mistralai/Mistral-7B-Instruct-v0.3", as_of: 2026-11-22}
                  - id: acme-tiny
                    name: ACME Tiny
                    generation: "1"
                    status: released
                    weights: open
                    license: apache-2.0
                    params_total_b: 0.5
                    sources:
                      - {url: "https://example.com/acme-tiny", as_of: 2026-11-22}
                """);
        return dir;
    }

    @Test
    void validateInCsvIsOneRowPerFindingWithLinesAsNumbers() {
        Result broken = OwlRunner.fixture().run("catalog", "validate", "examples/broken-catalog", "--format", "csv");
        assertThat(broken.exitCode()).isEqualTo(1);
        java.util.List<String> lines = broken.out().lines().toList();
        assertThat(lines.get(0)).isEqualTo("FILE,LINE,COLUMN,SEVERITY,MESSAGE,HELP");
        assertThat(lines).contains("examples/broken-catalog/models/acme.yaml,12,14,error,"
                + "\"model 'acme-support-bot-7b' names license 'apache2', which is not in the catalog\",did you mean 'apache-2.0'?");
        Result valid = OwlRunner.fixture().run("catalog", "validate", "--format", "tsv");
        assertThat(valid.exitCode()).isZero();
        assertThat(valid.out()).isEqualTo("FILE\tLINE\tCOLUMN\tSEVERITY\tMESSAGE\tHELP\n");
    }

    @Test
    void validateSaysOkAndExits0ForAGoodCatalog() throws IOException {
        Result r = OwlRunner.fixture().run("catalog", "validate", userCatalog().toString());
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).isEqualTo("ok: 6 models, 3 licenses, 2 accelerators, 7 runtimes, 0 reference rules in 2 locations\n");
    }

    @Test
    void validatingADirectoryThatIsNotThereIsADataErrorNotAFinding() {
        Result r = OwlRunner.fixture().run("catalog", "validate", tmp.resolve("nope").toString());
        assertThat(r.exitCode()).isEqualTo(3);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).contains("nope: error: catalog directory not found");
    }

    @Test
    void validatePrintsEveryFindingAndExits1() throws IOException {
        Path dir = userCatalog();
        Files.writeString(dir.resolve("models/broken.yaml"), "family: x\nvendor: y\nmodels:\n  - id: a\n    nme: b\n");
        Result r = OwlRunner.fixture().run("catalog", "validate", dir.toString(), "--format", "json");
        assertThat(r.exitCode()).isEqualTo(1);
        JsonNode report = JSON.readTree(r.out());
        assertThat(report.get("valid").asBoolean()).isFalse();
        JsonNode errors = report.get("errors");
        for (int i = 1; i < errors.size(); i++) {
            assertThat(errors.get(i).get("line").asInt()).as("findings in line order").isGreaterThanOrEqualTo(errors.get(i - 1).get("line").asInt());
        }
        JsonNode first = java.util.stream.StreamSupport.stream(errors.spliterator(), false)
                .filter(e -> e.get("message").asText().startsWith("unknown key")).findFirst().orElseThrow();
        assertThat(first.get("file").asText()).endsWith("models/broken.yaml");
        assertThat(first.get("line").asInt()).isEqualTo(5);
        assertThat(first.get("column").asInt()).isEqualTo(5);
        assertThat(first.get("message").asText()).isEqualTo("unknown key 'nme' in a model");
        assertThat(first.get("help").asText()).isEqualTo("did you mean 'name'?");
        assertThat(report.get("errors").size()).isGreaterThan(3);
    }

    @Test
    void aCommandThatNeedsABrokenCatalogExits3WithTheFindings() throws IOException {
        Path dir = userCatalog();
        Files.writeString(dir.resolve("models/broken.yaml"), "family: x\nvendor: [y\n");
        Result r = OwlRunner.fixture().run("--catalog", dir.toString(), "list", "--format", "json");
        assertThat(r.exitCode()).isEqualTo(3);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).contains("models/broken.yaml:2:9: error: invalid YAML: the '[' opened here is never closed");
    }

    /**
     * A bracket, brace or quote still open at the end of a user file is reported where it opened, never on a line past
     * the last (SnakeYAML marks the end of the stream).
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "models:\\n  - id: a\\n    aliases: [foo, bar\\n|5:14|'['|]",
        "models:\\n  - {id: a\\n\\n\\n|4:5|'{'|}",
        "vendor: \"y\\n|2:9|'\"'|\"",
        "vendor: 'y|2:9|'''|'",
    })
    void anUnclosedBracketOrQuoteAtTheEndIsReportedWhereItOpened(String tail, String at, String opener, String closer) throws IOException {
        Path dir = userCatalog();
        String text = "family: x\n" + (tail.startsWith("vendor") ? "" : "vendor: y\n") + tail.replace("\\n", "\n");
        Files.writeString(dir.resolve("models/broken.yaml"), text);
        Result r = OwlRunner.fixture().run("catalog", "validate", dir.toString());
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.out()).contains("models/broken.yaml:" + at + ": error: invalid YAML: the " + opener + " opened here is never closed")
                .contains("help: close it with " + closer);
        int lines = (int) text.lines().count();
        assertThat(Integer.parseInt(at.split(":")[0])).isLessThanOrEqualTo(lines);
    }

    @Test
    void infoCountsAndReportsOverrides() throws IOException {
        Result r = OwlRunner.fixture().run("--catalog", userCatalog().toString(), "catalog", "info", "--format", "json");
        assertThat(r.exitCode()).isZero();
        JsonNode info = JSON.readTree(r.out());
        assertThat(info.get("counts").get("models").asInt()).isEqualTo(6);
        assertThat(info.get("by_family").get("mistral").asInt()).isEqualTo(3);
        assertThat(info.get("by_status").get("announced").asInt()).isEqualTo(1);
        JsonNode override = info.get("overrides").get(0);
        assertThat(override.get("id").asText()).isEqualTo("mistral-7b-instruct-v0.3");
        assertThat(override.get("replaced").asText()).startsWith("catalog/models/mistral.yaml:");
        assertThat(override.get("by").asText()).contains("custom.yaml:4");
        Result shown = OwlRunner.fixture().run("--catalog", userCatalog().toString(), "show", "mistral-7b-instruct-v0.3");
        assertThat(shown.out()).contains("(our mirror)");
    }

    /** The reference rules a scan reads names with are part of what a catalog holds: counted by info and validate. */
    @Test
    void infoAndValidateCountTheReferenceRules() throws IOException {
        Path dir = userCatalog();
        Files.writeString(dir.resolve("reference-rules.yaml"), """
                reuploaders:
                  - {org: acme-quants, source: {url: "https://huggingface.co/acme-quants", as_of: 2026-12-03}}
                closed_models:
                  - {prefix: acme-pro, source: {url: "https://example.com/acme-pro", as_of: 2026-12-03}}
                  - {prefix: acme-max, source: {url: "https://example.com/acme-max", as_of: 2026-12-03}}
                """);
        Result info = OwlRunner.fixture().run("--catalog", dir.toString(), "catalog", "info", "--format", "json");
        assertThat(info.exitCode()).isZero();
        assertThat(JSON.readTree(info.out()).get("counts").get("reference_rules").asInt()).isEqualTo(3);
        assertThat(OwlRunner.fixture().run("--catalog", dir.toString(), "catalog", "info").out())
                .containsPattern("(?m)^  reference rules +3$");
        Result valid = OwlRunner.fixture().run("catalog", "validate", dir.toString(), "--format", "json");
        assertThat(JSON.readTree(valid.out()).get("counts").get("reference_rules").asInt()).isEqualTo(3);
        assertThat(OwlRunner.fixture().run("catalog", "validate", dir.toString()).out())
                .isEqualTo("ok: 6 models, 3 licenses, 2 accelerators, 7 runtimes, 3 reference rules in 2 locations\n");
    }

    /** The built-in count is every entry of catalog/reference-rules.yaml's six lists, counted here from the YAML itself. */
    @Test
    void theBuiltInCatalogCountsEveryRuleItsFileLists() throws IOException {
        JsonNode yaml = new ObjectMapper(new com.fasterxml.jackson.dataformat.yaml.YAMLFactory())
                .readTree(Path.of("catalog/reference-rules.yaml").toFile());
        int expected = yaml.get("reuploaders").size() + yaml.get("providers").get("prefixes").size()
                + yaml.get("model_strings").get("prefixes").size()
                + yaml.get("closed_models").size() + yaml.get("open_models").size() + yaml.get("hosted_names").size();
        for (JsonNode runtime : yaml.get("runtime_names")) {
            expected += runtime.get("names").size();
        }
        Result info = OwlRunner.bundled().run("catalog", "info", "--format", "json");
        assertThat(JSON.readTree(info.out()).get("counts").get("reference_rules").asInt()).isEqualTo(expected).isPositive();
    }

    /** Counts in csv and tsv are bare numbers, as in every other command's csv, not text like "MODELS: 2" or "5 (1 …)". */
    @Test
    void infoCsvAndTsvWriteCountsAsNumbers() {
        for (String[] f : new String[][] {{"csv", ","}, {"tsv", "\t"}}) {
            Result r = OwlRunner.fixture().run("catalog", "info", "--format", f[0]);
            assertThat(r.exitCode()).isZero();
            List<String> lines = r.out().lines().toList();
            assertThat(lines).contains(String.join(f[1], "Summary", "models", "5"), String.join(f[1], "Models by status", "announced", "1"),
                    String.join(f[1], "Models by family", "llama", "2"), String.join(f[1], "Models by license", "apache-2.0", "3"));
            assertThat(lines.stream().filter(l -> !l.contains("location")).skip(1).map(l -> l.substring(l.lastIndexOf(f[1]) + 1)))
                    .as(f[0]).allMatch(v -> v.matches("[0-9]+"));
        }
    }

    @Test
    void infoTableMatchesItsGoldenFile() {
        dev.owl.Golden.assertMatches("catalog-info.table", OwlRunner.fixture().run("catalog", "info").out());
    }

    @Test
    void theCatalogPathVariableAddsCatalogsToo() throws IOException {
        Result r = OwlRunner.fixture().env("OWL_CATALOG_PATH", userCatalog().toString()).run("show", "acme-tiny");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("ACME Tiny");
    }

    /** One directory named twice is loaded once: it does not override its own entries, and --verbose counts only real overrides. */
    @Test
    void aCatalogNamedTwiceIsLoadedOnce() throws IOException {
        String dir = userCatalog().toString();
        Result r = OwlRunner.fixture().env("OWL_CATALOG_PATH", dir)
                .run("--verbose", "--catalog", dir, "--catalog", dir + "/", "show", "acme-tiny");
        assertThat(r.exitCode()).as(r.err()).isZero();
        String line = r.err().lines().filter(l -> l.startsWith("owl: catalog: ")).findFirst().orElseThrow();
        // the one entry it replaces in the fixture; loaded three times its own entries counted as overridden too
        assertThat(line).endsWith(", " + dir + "; 1 built-in entry overridden ('owl catalog info')");
        assertThat(line.split(java.util.regex.Pattern.quote(dir), -1)).as("named once").hasSize(2);
    }

    @Test
    void aMissingCatalogDirectoryIsADataError() {
        Result r = OwlRunner.fixture().run("--catalog", tmp.resolve("nope").toString(), "list");
        assertThat(r.exitCode()).isEqualTo(3);
        assertThat(r.err()).contains("catalog directory not found");
    }

    @Test
    void anInternalErrorIsOneLineWithoutATraceUnlessDebug() {
        OwlRunner broken = OwlRunner.fixture().builtin(() -> {
            throw new IllegalStateException("boom");
        });
        Result r = broken.run("list");
        assertThat(r.exitCode()).isEqualTo(4);
        assertThat(r.err().strip().lines()).hasSize(1);
        assertThat(r.err()).startsWith("error: internal error: java.lang.IllegalStateException: boom");
        Result debug = broken.run("list", "--debug");
        assertThat(debug.exitCode()).isEqualTo(4);
        assertThat(debug.err()).contains("\tat ");
    }

    /** A compiled user catalog answers exactly as its YAML does, overlaying the built-in catalog the same way. */
    @Test
    void aCompiledUserCatalogAnswersLikeItsYaml() throws IOException {
        Path dir = userCatalog();
        Path compiled = Files.createDirectories(tmp.resolve("out")).resolve("user.owlc"); // -o never creates directories
        Result c = OwlRunner.fixture().run("catalog", "compile", dir.toString(), "-o", compiled.toString());
        assertThat(c.exitCode()).as(c.err()).isZero();
        assertThat(c.out()).as("the result is the file").isEmpty();
        assertThat(c.err()).startsWith("wrote " + compiled + ": 2 models, 0 licenses");
        assertThat(compiled).exists();
        for (String[] args : new String[][] {{"list", "--format", "json"}, {"show", "acme-tiny", "--format", "json"},
                {"catalog", "info", "--format", "json"}, {"list", "--limit", "2", "--sort", "params"},
                {"list", "--all", "--sort", "released", "--reverse", "--format", "csv"}, {"list", "--vendor", "mistral ai", "--limit", "3"},
                {"list", "--family", "mistral", "--max-params", "8", "--format", "json"}, {"show", "mistral-7b-instruct-v0.3"}}) {
            Result yaml = OwlRunner.fixture().run(with("--catalog", dir.toString(), args));
            Result bin = OwlRunner.fixture().run(with("--catalog", compiled.toString(), args));
            assertThat(bin.exitCode()).as(bin.err()).isEqualTo(yaml.exitCode()).isZero();
            // the compiled entries keep their YAML file as origin, without line numbers
            java.util.function.UnaryOperator<String> places = o -> o.replace(compiled.toString(), "LOCATION")
                    .replace(dir.toString(), "LOCATION").replaceAll(":\\d+\"", "\"");
            assertThat(places.apply(bin.out())).isEqualTo(places.apply(yaml.out()));
        }
    }

    private static String[] with(String option, String value, String[] args) {
        String[] all = new String[args.length + 2];
        all[0] = option;
        all[1] = value;
        System.arraycopy(args, 0, all, 2, args.length);
        return all;
    }

    /** One model, one override: counts say "1 model", "1 built-in entry", never "1 models". */
    @Test
    void aCountOfOneIsSingular() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("one/models"));
        Files.writeString(dir.resolve("llama.yaml"), """
                family: llama
                vendor: Meta
                models:
                  - id: llama-3.1-8b-instruct
                    name: Our Llama
                    generation: "3.1"
                    status: released
                    release_date: 2024-07-23
                    weights: open
                    license: llama-3.1-community
                    params_total_b: 8.03
                    context_tokens: 8192
                    modalities: {input: [text], output: [text]}
                    sources:
                      - {url: "https://example.com/card", as_of: 2026-11-20}
                """);
        Path compiled = tmp.resolve("one.owlc");
        Result c = OwlRunner.fixture().run("catalog", "compile", dir.getParent().toString(), "-o", compiled.toString());
        assertThat(c.exitCode()).as(c.err()).isZero();
        assertThat(c.err()).startsWith("wrote " + compiled + ": 1 model, 0 licenses, 0 accelerators, 0 runtimes, 0 reference rules (");
        Result v = OwlRunner.fixture().run("--verbose", "--catalog", dir.getParent().toString(), "list");
        assertThat(v.exitCode()).as(v.err()).isZero();
        assertThat(v.err()).contains("; 1 built-in entry overridden ('owl catalog info')");
        Result ok = OwlRunner.fixture().run("catalog", "validate");
        assertThat(ok.out()).isEqualTo("ok: 5 models, 3 licenses, 2 accelerators, 7 runtimes, 0 reference rules in 1 location\n");
    }

    /** -o a directory: the suggested file is a compiled catalog's name, not a license report's ("owl-report"). */
    @Test
    void compilingToADirectorySuggestsACatalogFileInIt() throws IOException {
        Path dir = userCatalog();
        Path out = Files.createDirectories(tmp.resolve("out-dir"));
        Result r = OwlRunner.fixture().run("catalog", "compile", dir.toString(), "-o", out.toString());
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).startsWith("error: " + out + " is a directory\n")
                .contains("help: name a file, e.g. -o " + out.resolve(dir.getFileName() + ".owlc")).doesNotContain("owl-report");
        try (var left = Files.list(out)) {
            assertThat(left).isEmpty();
        }
    }

    /** A missing directory the user did not type: the error names $OWL_CATALOG_PATH, where it came from. */
    @Test
    void aMissingDirectoryFromTheEnvironmentSaysSo() {
        Path gone = tmp.resolve("gone");
        for (String[] args : new String[][] {{"list"}, {"catalog", "validate"}}) {
            Result r = OwlRunner.fixture().env("OWL_CATALOG_PATH", gone.toString()).run(args);
            assertThat(r.exitCode()).as(String.join(" ", args)).isEqualTo(3);
            assertThat(r.out()).isEmpty();
            assertThat(r.err()).contains(gone + ": error: catalog directory not found (named in $OWL_CATALOG_PATH)")
                    .contains("help: create it, or remove it from OWL_CATALOG_PATH");
        }
    }

    @Test
    void anInvalidCatalogIsNotCompiled() throws IOException {
        Path dir = userCatalog();
        Files.writeString(dir.resolve("models/bad.yaml"), "family: x\nvendor: y\nmodels:\n  - id: bad\n    license: no-such-license\n");
        Path compiled = tmp.resolve("bad.owlc");
        Result r = OwlRunner.fixture().run("catalog", "compile", dir.toString(), "-o", compiled.toString());
        assertThat(r.exitCode()).isEqualTo(3);
        assertThat(r.err()).contains("bad.yaml");
        assertThat(compiled).doesNotExist();
    }

    @Test
    void aFileThatIsNotACompiledCatalogIsADataError() throws IOException {
        Path file = Files.writeString(tmp.resolve("notes.txt"), "hello\n");
        Result r = OwlRunner.fixture().run("--catalog", file.toString(), "list");
        assertThat(r.exitCode()).isEqualTo(3);
        assertThat(r.err()).contains("neither a directory nor a compiled catalog").contains("owl catalog compile");
    }
}
