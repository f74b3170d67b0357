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
    void anInvalidConfigIsADataErrorWithLineAndColumn() throws Exception {
        Path config = tmp.resolve("config.yaml");
        Files.writeString(config, "format: xml\ncolour: never\n");
        Result r = OwlRunner.fixture().env("OWL_CONFIG", config.toString()).run("list");
        assertThat(r.exitCode()).isEqualTo(3);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).contains("config.yaml:1:9: error: 'format' must be one of").contains("config.yaml:2:1: error: unknown key 'colour'")
                .contains("did you mean 'color'?");
    }

    @Test
    void xdgConfigHomeIsWhereTheFileLives() {
        Result r = OwlRunner.fixture().env("OWL_CONFIG", "").env("XDG_CONFIG_HOME", tmp.toString()).run("config", "show", "--format", "json");
        assertThat(r.out()).contains(tmp.resolve("owl/config.yaml").toString());
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
