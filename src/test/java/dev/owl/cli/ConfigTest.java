package dev.owl.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.owl.OwlRunner;
import dev.owl.OwlRunner.Result;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigTest {
    @TempDir
    Path tmp;

    @Test
    void configDefaultsApplyAndTheCommandLineWins() throws Exception {
        Path config = tmp.resolve("config.yaml");
        Files.writeString(config, "format: json\ngpu: rtx-4090\n");
        Result r = OwlRunner.fixture().env("OWL_CONFIG", config.toString()).run("list", "--limit", "1");
        assertThat(r.out()).startsWith("[");
        Result table = OwlRunner.fixture().env("OWL_CONFIG", config.toString()).run("list", "--limit", "1", "--format", "table");
        assertThat(table.out()).startsWith("ID");
        JsonNode rec = new ObjectMapper().readTree(OwlRunner.fixture().env("OWL_CONFIG", config.toString()).run("recommend").out());
        assertThat(rec.get("query").get("gpu").asText()).isEqualTo("rtx-4090");
        Result vram = OwlRunner.fixture().env("OWL_CONFIG", config.toString()).run("fit", "mixtral", "--vram", "48", "--quant", "q4_k_m",
                "--context", "4096");
        assertThat(vram.exitCode()).as(vram.err()).isZero();
        assertThat(new ObjectMapper().readTree(vram.out()).get(0).get("gpu").asText()).isEqualTo("custom");
        Result show = OwlRunner.fixture().env("OWL_CONFIG", config.toString()).run("config", "show", "--format", "table");
        assertThat(show.out()).containsPattern("format +table +command line").contains("rtx-4090");
        Result plain = OwlRunner.fixture().env("OWL_CONFIG", config.toString()).run("config", "show");
        assertThat(new ObjectMapper().readTree(plain.out()).get("settings").get("format").get("from").asText()).isEqualTo("config file");
    }

    @Test
    void aDefaultIsKeyedByOptionAndCostsGpuIsNotTheUsersCard() throws Exception {
        Path config = tmp.resolve("config.yaml");
        Files.writeString(config, "gpu: rtx-4090\n");
        Result fit = OwlRunner.bundled().env("OWL_CONFIG", config.toString()).run("fit", "llama-3.1-8b-instruct", "--quant", "q4_k_m",
                "--format", "json");
        assertThat(fit.exitCode()).as(fit.err()).isZero();
        assertThat(new ObjectMapper().readTree(fit.out()).get(0).get("gpu").asText()).isEqualTo("rtx-4090");
        // cost's --gpu prices a rented GPU: the config file's card (no hourly price in the catalog) is not its default
        Result cost = OwlRunner.bundled().env("OWL_CONFIG", config.toString()).run("cost", "llama-3.1-8b-instruct",
                "--tokens-per-day", "1M", "--format", "json");
        assertThat(cost.exitCode()).as(cost.err()).isZero();
        assertThat(new ObjectMapper().readTree(cost.out()).get("self_host").isNull()).isTrue();
    }

    /** A GPU the user never typed: the error says it comes from the config file, and where to fix it. */
    @Test
    void anUnknownGpuFromTheConfigFileSaysWhereItCameFrom() throws Exception {
        Path config = tmp.resolve("config.yaml");
        Files.writeString(config, "gpu: rtx409\n");
        Result r = OwlRunner.fixture().env("OWL_CONFIG", config.toString()).run("fit", "mixtral", "--quant", "q4_k_m");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).startsWith("error: unknown GPU 'rtx409'\n").contains("did you mean: rtx-4090")
                .contains("help: the config file " + config + " sets gpu: rtx409; fix it there or pass --gpu ('owl fit --list-gpus' lists them)");
        Result typed = OwlRunner.fixture().run("fit", "mixtral", "--gpu", "rtx409");
        assertThat(typed.err()).contains("help: 'owl fit --list-gpus' lists them").doesNotContain("config file");
    }

    @Test
    void anInvalidConfigIsADataErrorWithLineAndColumn() throws Exception {
        Path config = tmp.resolve("config.yaml");
        Files.writeString(config, "format: xml\ncolour: never\n");
        Result r = OwlRunner.fixture().env("OWL_CONFIG", config.toString()).run("list");
        assertThat(r.exitCode()).isEqualTo(3);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).contains("config.yaml:1:9: error: 'format' must be one of").contains("config.yaml:2:1: error: unknown key 'colour'")
                .contains("did you mean 'color'?");
    }

    /** sarif is license check's alone: the config file's format is every command's default, so it is refused with the way out. */
    @Test
    void aReportFormatInTheConfigFileSaysWhereItBelongs() throws Exception {
        Path config = tmp.resolve("config.yaml");
        Files.writeString(config, "format: sarif\n");
        Result r = OwlRunner.fixture().env("OWL_CONFIG", config.toString()).run("list");
        assertThat(r.exitCode()).isEqualTo(3);
        assertThat(r.err()).contains("config.yaml:1:9: error: 'format: sarif' is a report format of 'owl license check' only",
                "help: set one of table, json, yaml, csv, tsv, markdown here",
                "owl license check --format sarif (or --report sarif=FILE)");
        assertThat(r.err().lines().filter(l -> l.contains("error:")).count()).isEqualTo(1);
    }

    /** The config file takes a format or colour as the command line does: any case, md for markdown. */
    @Test
    void aConfigFormatIsReadAsTheCommandLineReadsIt() throws Exception {
        Path config = tmp.resolve("config.yaml");
        Files.writeString(config, "format: MD\ncolor: Never\n");
        Result r = OwlRunner.fixture().env("OWL_CONFIG", config.toString()).run("list", "--limit", "1");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).startsWith("| ID |");
        Result show = OwlRunner.fixture().env("OWL_CONFIG", config.toString()).run("config", "show", "--format", "json");
        JsonNode settings = new ObjectMapper().readTree(show.out()).get("settings");
        assertThat(settings.get("format").get("value").asText()).isEqualTo("json");
        assertThat(settings.get("color").get("value").asText()).isEqualTo("never");
        Files.writeString(config, "format: jsn\n");
        assertThat(OwlRunner.fixture().env("OWL_CONFIG", config.toString()).run("list").err()).contains("did you mean 'json'?");
    }

    /** A touched or all-commented config file sets nothing; it does not stop every command as a data error. */
    @Test
    void anEmptyOrAllCommentedConfigSetsNothing() throws Exception {
        Path config = tmp.resolve("config.yaml");
        for (String text : new String[] {"", "# format: json\n\n"}) {
            Files.writeString(config, text);
            Result r = OwlRunner.fixture().env("OWL_CONFIG", config.toString()).run("list", "--format", "csv");
            assertThat(r.exitCode()).as(r.err()).isZero();
            assertThat(r.err()).isEmpty();
            assertThat(r.out()).startsWith("ID,");
            Result show = OwlRunner.fixture().env("OWL_CONFIG", config.toString()).run("config", "show");
            assertThat(show.exitCode()).as(show.err()).isZero();
        }
    }

    @Test
    void aMissingFileNamedByOwlConfigIsADataErrorAndDevNullMeansNone() throws Exception {
        String missing = tmp.resolve("typo/config.yaml").toString();
        Result r = OwlRunner.fixture().env("OWL_CONFIG", missing).run("list");
        assertThat(r.exitCode()).isEqualTo(3);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).contains(missing + ": error: config file not found (named in $OWL_CONFIG)",
                "OWL_CONFIG=/dev/null");
        Result show = OwlRunner.fixture().env("OWL_CONFIG", missing).run("config", "show");
        assertThat(show.exitCode()).isEqualTo(3);
        assertThat(show.out()).contains("not found (error below)");
        assertThat(OwlRunner.fixture().env("OWL_CONFIG", missing).run("--version").exitCode()).isZero();

        // /dev/null: no config file, even with one at the default location
        Files.createDirectories(tmp.resolve("owl"));
        Files.writeString(tmp.resolve("owl/config.yaml"), "format: csv\n");
        Result none = OwlRunner.fixture().env("OWL_CONFIG", "/dev/null").env("XDG_CONFIG_HOME", tmp.toString()).run("list", "--limit", "1");
        assertThat(none.exitCode()).as(none.err()).isZero();
        assertThat(none.out()).startsWith("ID ");
        Result noneShown = OwlRunner.fixture().env("OWL_CONFIG", "/dev/null").run("config", "show");
        assertThat(noneShown.exitCode()).isZero();
        assertThat(noneShown.out()).contains("/dev/null", "none (disabled)");
        // empty is unset: the default location, which need not exist
        Result empty = OwlRunner.fixture().env("OWL_CONFIG", "").env("XDG_CONFIG_HOME", tmp.resolve("nothing").toString()).run("list");
        assertThat(empty.exitCode()).as(empty.err()).isZero();
    }

    /** The catalog row is the user catalogs in use: --catalog's, the config file's, or those owl shell was started with. */
    @Test
    void configShowNamesTheCatalogsInUseAlsoInsideOwlShell() throws Exception {
        String mine = "examples/my-catalog";
        Result line = OwlRunner.fixture().run("--catalog", mine, "config", "show", "--format", "json");
        JsonNode settings = new ObjectMapper().readTree(line.out()).get("settings");
        assertThat(settings.get("catalog").get(0).asText()).isEqualTo(mine);
        assertThat(settings.get("catalog_from").asText()).isEqualTo("command line");
        Result shell = OwlRunner.fixture().stdin("config show\n").run("--catalog", mine, "shell");
        assertThat(shell.exitCode()).as(shell.err()).isZero();
        assertThat(shell.out().lines().filter(l -> l.startsWith("catalog  "))).containsExactly(
                "catalog                      " + mine + "  command line (owl shell)");
        Path config = tmp.resolve("config.yaml");
        Files.writeString(config, "catalog: [" + mine + "]\n");
        Result fromFile = OwlRunner.fixture().env("OWL_CONFIG", config.toString()).stdin("config show\n").run("shell");
        assertThat(fromFile.out()).containsPattern("catalog +" + mine + " +config file");
        Result none = OwlRunner.fixture().stdin("config show\n").run("shell");
        assertThat(none.out()).containsPattern("(?m)^catalog +none$");
    }

    /** A YAML file has no shell: the config file's {@code ~/} means $HOME, as its documented example writes it. */
    @Test
    void aTildeInTheConfigFilesPathsIsTheHomeDirectory() throws Exception {
        Path home = tmp.resolve("home");
        Files.createDirectories(home);
        Files.createDirectories(home.resolve("owl-catalog/models"));
        try (var files = Files.list(Path.of("examples/my-catalog/models"))) {
            for (Path f : files.toList()) {
                Files.copy(f, home.resolve("owl-catalog/models").resolve(f.getFileName()));
            }
        }
        Files.writeString(home.resolve("owl-policy.yaml"), "licenses:\n  allow: [apache-2.0]\n");
        Path config = tmp.resolve("config.yaml");
        Files.writeString(config, "catalog: [~/owl-catalog]\npolicy: ~/owl-policy.yaml\n");
        OwlRunner owl = OwlRunner.fixture().env("OWL_CONFIG", config.toString()).env("HOME", home.toString());
        Result info = owl.run("catalog", "info", "--format", "json");
        assertThat(info.exitCode()).as(info.err()).isZero();
        assertThat(info.out()).contains(home.resolve("owl-catalog").toString());
        Result show = owl.run("config", "show");
        assertThat(show.out()).contains(home.resolve("owl-policy.yaml").toString()).doesNotContain("~/");
        Result check = owl.run("license", "check", "--model", "mixtral-8x7b-instruct-v0.1");
        assertThat(check.err()).doesNotContain("not found");
        assertThat(check.out()).contains("policy " + home.resolve("owl-policy.yaml"));
    }

    @Test
    void xdgConfigHomeIsWhereTheFileLives() {
        Result r = OwlRunner.fixture().env("OWL_CONFIG", "").env("XDG_CONFIG_HOME", tmp.toString()).run("config", "show", "--format", "json");
        assertThat(r.out()).contains(tmp.resolve("owl/config.yaml").toString());
    }

    @Test
    void aConfigCatalogListAddsEachDirectoryAndTheCommandLineReplacesIt() throws Exception {
        Path a = userCatalog("a", "alpha-1b");
        Path b = userCatalog("b", "beta-1b");
        Path config = tmp.resolve("config.yaml");
        Files.writeString(config, "catalog: [" + a + ", " + b + "]\n");

        Result both = OwlRunner.fixture().env("OWL_CONFIG", config.toString()).run("list", "--family", "extra");
        assertThat(both.exitCode()).as(both.err()).isZero();
        assertThat(both.out()).contains("alpha-1b").contains("beta-1b");

        Result onlyA = OwlRunner.fixture().env("OWL_CONFIG", config.toString()).run("--catalog", a.toString(), "list", "--family", "extra");
        assertThat(onlyA.out()).contains("alpha-1b").doesNotContain("beta-1b");
    }

    private Path userCatalog(String name, String modelId) throws Exception {
        Path dir = Files.createDirectories(tmp.resolve(name).resolve("models"));
        Files.writeString(dir.resolve(modelId + ".yaml"), "family: extra\nvendor: Example\nmodels:\n  - id: " + modelId
                + "\n    name: " + modelId + "\n    generation: \"1\"\n    status: released\n    weights: open\n    license: apache-2.0\n    params_total_b: 1\n    release_date: 2025-01-01\n"
                + "    sources:\n      - {url: \"https://example.com/" + modelId + "\", as_of: 2026-11-22}\n");
        return dir.getParent();
    }

    @Test
    void anInvalidConfigBlocksNeitherVersionNorHelpNorCompletionAndConfigShowPointsAtTheBadKey() throws Exception {
        Path config = tmp.resolve("config.yaml");
        Files.writeString(config, "format: json\nfromat: yaml\n");
        OwlRunner owl = OwlRunner.fixture().env("OWL_CONFIG", config.toString());
        for (String[] args : new String[][] {{"--version"}, {"--help"}, {"help", "list"}, {"list", "--help"}, {"completion", "bash"}}) {
            Result r = owl.run(args);
            assertThat(r.exitCode()).as(String.join(" ", args) + ": " + r.err()).isZero();
            assertThat(r.out()).as(String.join(" ", args)).isNotEmpty();
        }
        Result show = owl.run("config", "show", "--format", "table");
        assertThat(show.exitCode()).isEqualTo(3);
        assertThat(show.out()).contains("invalid, ignored").contains("table"); // the defaults, since the file is ignored
        assertThat(show.err()).contains("config.yaml:2:1: error: unknown key 'fromat'").contains("did you mean 'format'?");
        assertThat(owl.run("list").exitCode()).as("other commands still refuse to run on it").isEqualTo(3);
    }
}
