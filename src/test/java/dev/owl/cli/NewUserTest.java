package dev.owl.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.owl.OwlRunner;
import dev.owl.OwlRunner.Result;
import org.junit.jupiter.api.Test;

/** What a new user ran into on a first pass over every command: each test is one defect that was found and fixed. */
class NewUserTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void licenseCheckExplainHonoursTheFormatAScriptAskedFor() throws Exception {
        Result json = OwlRunner.fixture().run("license", "check", "--explain", "mau-threshold", "--format", "json");
        assertThat(json.exitCode()).as(json.err()).isZero();
        assertThat(json.err()).isEmpty();
        JsonNode doc = JSON.readTree(json.out());
        assertThat(doc.get("rule").asText()).isEqualTo("mau-threshold");
        assertThat(doc.get("explanation").asText()).contains("monthly active users");

        Result csv = OwlRunner.fixture().run("license", "check", "--explain", "mau-threshold", "--format", "csv");
        assertThat(csv.exitCode()).isZero();
        assertThat(csv.out().lines().findFirst()).hasValue("RULE,EXPLANATION");
        assertThat(csv.out().lines().skip(1).findFirst().orElseThrow()).startsWith("mau-threshold,");

        Result table = OwlRunner.fixture().run("license", "check", "--explain", "mau-threshold");
        assertThat(table.out()).startsWith("mau-threshold: ");
    }

    @Test
    void everyFormatAnExampleUsesIsOneTheFormatOptionNames() {
        Result help = OwlRunner.fixture().run("license", "check", "--help");
        assertThat(help.exitCode()).isZero();
        String text = help.out().replaceAll("\\s+", " ");
        String described = text.substring(text.indexOf("--format=FORMAT Output format:"), text.indexOf("(default: table)"));
        java.util.regex.Matcher used = java.util.regex.Pattern.compile("owl license check --format (\\w+)").matcher(text);
        int examples = 0;
        while (used.find()) {
            examples++;
            assertThat(described).as("--format's description names the example's format").contains(used.group(1));
        }
        assertThat(examples).isGreaterThanOrEqualTo(2);
    }

    @Test
    void theShellTakesALineCopiedFromTheDocsWithItsOwlWordAndSaysItRunsNoPipes() {
        Result r = OwlRunner.fixture().stdin("owl list --limit 1\n").run("shell");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).startsWith("ID ");

        Result pipe = OwlRunner.fixture().stdin("list --format json | jq .\n").run("shell");
        assertThat(pipe.exitCode()).isEqualTo(2);
        assertThat(pipe.out()).isEmpty();
        assertThat(pipe.err()).contains("error: owl shell runs one owl command a line, without pipes or redirections")
                .doesNotContain("Unmatched");
    }

    @Test
    void listOnANarrowTerminalSaysWhichColumnsItLeftOutAndWideKeepsThem() {
        Result narrow = OwlRunner.fixture().terminal(60).run("list", "--no-pager");
        assertThat(narrow.exitCode()).as(narrow.err()).isZero();
        assertThat(narrow.out().lines().findFirst().orElseThrow()).doesNotContain("FAMILY");
        assertThat(narrow.out().replaceAll("\\s+", " ")).contains("ACTIVE, RELEASED, CAPABILITIES left out to fit 60 columns: --wide shows them.");

        Result wide = OwlRunner.fixture().terminal(60).run("list", "--no-pager", "--wide");
        assertThat(wide.exitCode()).as(wide.err()).isZero();
        assertThat(wide.out().lines().findFirst().orElseThrow()).contains("FAMILY").contains("RELEASED");
    }

    @Test
    void aMistypedChoiceIsNamedAsTheHelpSpellsItWithTheNearestOne() {
        Result sort = OwlRunner.fixture().run("list", "--sort", "parms");
        assertThat(sort.exitCode()).isEqualTo(2);
        assertThat(sort.out()).isEmpty();
        assertThat(sort.err()).contains("'parms' is not one of family, id, name, vendor, license, released, params, active, context")
                .contains("did you mean: params?").doesNotContain("FAMILY");

        Result color = OwlRunner.fixture().run("--color", "alway", "list");
        assertThat(color.exitCode()).isEqualTo(2);
        assertThat(color.err()).contains("'alway' is not one of auto, always, never").contains("did you mean: always?");
    }

    @Test
    void aFormatFlagFromAnotherToolPointsToFormat() {
        Result r = OwlRunner.fixture().run("list", "--json");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).contains("unknown option '--json'").contains("did you mean: --format json?");
    }

    /** A typo in a command or option word is one message with owl's one "did you mean" (never picocli's list beside it). */
    @Test
    void aMistypedWordIsOneMessageWithOneSuggestion() {
        String[][] typed = {{"list", "--familly", "llama"}, {"list", "--frmat=json"}, {"lsit"}, {"license", "chek"}, {"list", "extra"}};
        String[] said = {"error: unknown option '--familly'\ndid you mean: --family?\nhelp: run 'owl list --help' for usage\n",
            "error: unknown option '--frmat'\ndid you mean: --format?\nhelp: run 'owl list --help' for usage\n",
            "error: unknown command 'lsit' for 'owl'\ndid you mean: owl list?\nhelp: run 'owl --help' for usage\n",
            "error: unknown command 'chek' for 'owl license'\ndid you mean: owl license check?\nhelp: run 'owl license --help' for usage\n",
            "error: unexpected argument 'extra' ('owl list' takes options only)\nhelp: run 'owl list --help' for usage\n"};
        for (int i = 0; i < typed.length; i++) {
            Result r = OwlRunner.fixture().run(typed[i]);
            assertThat(r.exitCode()).as(String.join(" ", typed[i])).isEqualTo(2);
            assertThat(r.out()).isEmpty();
            assertThat(r.err()).isEqualTo(said[i]);
        }
        Result json = OwlRunner.fixture().run("list", "--familly", "llama", "--error-format", "json");
        assertThat(json.err()).contains("\"message\":\"unknown option '--familly'\"").contains("\"suggestions\":[\"--family\"]");
        assertThat(OwlRunner.fixture().run("show").err()).startsWith("error: missing required parameter: 'MODEL'\n");
    }

    @Test
    void licenseCompareWithOneLicenseSaysWhatItNeedsInTheUsersWords() {
        Result r = OwlRunner.fixture().run("license", "compare", "apache-2.0");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).startsWith("error: license compare needs at least two licenses")
                .contains("help: owl license compare LICENSE|MODEL LICENSE|MODEL").doesNotContain("positional parameter");
    }

    @Test
    void catalogCompileNeverOverwritesAFileThatIsNotACompiledCatalog(@org.junit.jupiter.api.io.TempDir java.nio.file.Path tmp)
            throws Exception {
        java.nio.file.Path catalog = tmp.resolve("my-catalog");
        java.nio.file.Files.createDirectories(catalog.resolve("models"));
        java.nio.file.Path source = catalog.resolve("models/acme.yaml");
        java.nio.file.Files.copy(java.nio.file.Path.of("examples/my-catalog/models/acme.yaml"), source);
        String before = java.nio.file.Files.readString(source);

        Result r = OwlRunner.fixture().run("catalog", "compile", catalog.toString(), "-o", source.toString());
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).contains("is not a compiled catalog; not overwriting it");
        assertThat(java.nio.file.Files.readString(source)).isEqualTo(before);

        java.nio.file.Path compiled = tmp.resolve("my-catalog.owlc");
        assertThat(OwlRunner.fixture().run("catalog", "compile", catalog.toString(), "-o", compiled.toString()).exitCode()).isZero();
        Result again = OwlRunner.fixture().run("catalog", "compile", catalog.toString(), "-o", compiled.toString());
        assertThat(again.exitCode()).as("a compiled catalog is rebuilt in place: %s", again.err()).isZero();
    }

    @Test
    void noTableLeavesColumnsOutSilently() {
        Result r = OwlRunner.bundled().terminal(60).run("license", "list", "--no-pager");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out().lines().findFirst().orElseThrow()).doesNotContain("COMMERCIAL");
        assertThat(r.out().replaceAll("\\s+", " ")).contains("COMMERCIAL").contains("left out to fit 60 columns");
    }

    @Test
    void theShellRefusesALineWithAnUnclosedQuoteRatherThanGuessing() {
        Result r = OwlRunner.fixture().stdin("show \"mixtral\nlist --limit 1\n").run("shell");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("error: cannot parse the line").containsIgnoringCase("quote")
                .doesNotContain("Mixtral 8x7B");
        assertThat(r.out()).startsWith("ID ").doesNotContain("Mixtral 8x7B Instruct");
    }

    /**
     * A misspelt required option ('--tokens' for '--tokens-per-day') was reported as the required one missing, which
     * hides the typo: the unknown option is named first, with the option it is close to.
     */
    @Test
    void aMisspeltRequiredOptionIsNamedAsUnknown() throws Exception {
        Result r = OwlRunner.fixture().run("cost", "llama-3.1-8b-instruct", "--tokens", "5M");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).startsWith("error: unknown option '--tokens'\ndid you mean: --tokens-per-day?\n");
        JsonNode e = JSON.readTree(OwlRunner.fixture().run("cost", "llama-3.1-8b-instruct", "--tokens=5M", "--error-format", "json").err());
        assertThat(e.get("message").asText()).isEqualTo("unknown option '--tokens'");
        assertThat(e.get("suggestions").get(0).asText()).isEqualTo("--tokens-per-day");
        // without a stray option the missing one is still what is said; options and their values are not strays
        assertThat(OwlRunner.fixture().run("cost", "llama-3.1-8b-instruct", "--format", "json", "--catalog", "src/test/resources/fixture-catalog")
                .err()).startsWith("error: missing required option: '--tokens-per-day=N'");
        assertThat(OwlRunner.fixture().run("--format", "json", "-q", "cost", "llama-3.1-8b-instruct").err())
                .startsWith("error: missing required option: '--tokens-per-day=N'");
    }

    /**
     * With --error-format json a script reads stderr line by line as JSON: the notes, the "wrote" line and the verdict of
     * a report sent to a file were plain text among the JSON errors, and jq stopped at the first of them.
     */
    @Test
    void everyLineOnStderrParsesUnderErrorFormatJson(@org.junit.jupiter.api.io.TempDir java.nio.file.Path tmp) throws Exception {
        String fix = "src/test/resources/license-fixture/catalog";
        java.nio.file.Path badConfig = java.nio.file.Files.writeString(tmp.resolve("config.yaml"), "format: jsn\n");
        java.util.List<Result> runs = java.util.List.of(
                OwlRunner.fixture().env("OWL_CONFIG", badConfig.toString()).run("config", "show", "--error-format", "json"),
                OwlRunner.fixture().run("--catalog", fix, "license", "check", "--model", "mixtral", "--no-such-path-either",
                        "--error-format", "json"),
                OwlRunner.fixture().run("--error-format", "json", "--catalog", fix, "license", "check", "--model", "mixtral",
                        "-o", tmp.resolve("report.txt").toString()),
                OwlRunner.fixture().run("--error-format=json", "license", "check", "--init", "--policy", tmp.resolve("p.yaml").toString()),
                OwlRunner.fixture().run("list", "--max-params", "0.001", "--error-format", "json", "--verbose"));
        java.util.List<String> messages = new java.util.ArrayList<>();
        for (Result r : runs) {
            assertThat(r.err()).isNotBlank();
            for (String line : r.err().lines().toList()) {
                JsonNode e = JSON.readTree(line);
                assertThat(e.get("schema_version").asInt()).as(line).isEqualTo(1);
                messages.add(e.get("severity").asText() + " " + e.get("exit_code").asInt() + " " + e.get("message").asText());
            }
        }
        assertThat(messages).anyMatch(m -> m.startsWith("note 0 no policy file (owl-policy.yaml"))
                .anyMatch(m -> m.startsWith("error 2 unknown option '--no-such-path-either'"))
                .anyMatch(m -> m.startsWith("note 0 verdict: "))
                .anyMatch(m -> m.startsWith("note 0 wrote " + tmp.resolve("p.yaml")))
                .anyMatch(m -> m.startsWith("note 0 owl: catalog: "))
                .anyMatch(m -> m.startsWith("note 0 no model matches these filters"))
                .anyMatch(m -> m.startsWith("error 3 'format' must be one of"));
        assertThat(runs.get(0).exitCode()).isEqualTo(3);
        assertThat(runs.get(0).out()).as("config show still shows the settings it fell back to").contains("invalid, ignored");
        Result text = OwlRunner.fixture().run("--catalog", fix, "license", "check", "--model", "mixtral");
        assertThat(text.err()).startsWith("note: no policy file (owl-policy.yaml");
    }
}
