package dev.owl.cli;

import dev.owl.config.Environment;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.owl.OwlRunner;
import dev.owl.catalog.CatalogLocation;
import dev.owl.render.Column;
import dev.owl.render.Format;
import dev.owl.render.Renderer;
import dev.owl.render.Sections;
import dev.owl.render.View;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * Issue 12's promise: a new output format is a change in the renderer alone. This test-only renderer writes
 * JSON Lines (one compact record per line, after a line naming the view's columns); list and show print
 * it without any change to their commands, and every line is the record {@code --format json} prints.
 */
class ThrowawayFormatTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** JSON Lines: built only from what every command already hands the renderer. */
    static final class JsonLines extends Renderer {
        JsonLines() {
            super(Format.JSON, false, 0);
        }

        @Override
        public <T> void list(List<? extends T> records, View<T> view, PrintWriter out) {
            out.println("# " + String.join(" ", view.columns().stream().map(Column::header).toList()));
            records.forEach(r -> out.println(compact(r)));
            out.flush();
        }

        @Override
        public void record(Object record, Sections view, PrintWriter out) {
            out.println(compact(record));
            out.flush();
        }

        private String compact(Object record) {
            StringWriter pretty = new StringWriter();
            tree(record, new PrintWriter(pretty));
            try {
                return JSON.readTree(pretty.toString()).toString();
            } catch (java.io.IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static String run(String... args) {
        Environment env = new Environment(Map.of("OWL_CONFIG", "/dev/null"), false, () -> 0,
                () -> new CatalogLocation("catalog", OwlRunner.FIXTURE, true), java.io.InputStream::nullInputStream,
                Clock.fixed(Instant.parse("2026-11-22T12:00:00Z"), ZoneOffset.UTC));
        CommandLine cl = OwlCommand.commandLine(env, args, f -> new JsonLines());
        StringWriter out = new StringWriter();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(new StringWriter(), true));
        assertThat(cl.execute(args)).isZero();
        return out.toString();
    }

    @Test
    void listPrintsOneRecordPerLineWithoutAChangeToTheCommand() throws Exception {
        List<String> lines = run("list", "--all").lines().toList();
        JsonNode expected = JSON.readTree(OwlRunner.fixture().run("list", "--all", "--format", "json").out());

        assertThat(lines.get(0)).isEqualTo("# ID FAMILY PARAMS ACTIVE CONTEXT LICENSE RELEASED CAPABILITIES");
        assertThat(lines).hasSize(expected.size() + 1);
        for (int i = 0; i < expected.size(); i++) {
            assertThat(JSON.readTree(lines.get(i + 1))).isEqualTo(expected.get(i));
        }
    }

    @Test
    void showPrintsItsRecordOnOneLine() throws Exception {
        List<String> lines = run("show", "llama-3.1-8b-instruct").lines().toList();
        JsonNode expected = JSON.readTree(OwlRunner.fixture().run("show", "llama-3.1-8b-instruct", "--format", "json").out());

        assertThat(lines).hasSize(1);
        assertThat(JSON.readTree(lines.get(0))).isEqualTo(expected);
        assertThat(JSON.readTree(lines.get(0)).get("params_total_b").isNumber()).isTrue();
    }

    @Test
    void fitPrintsItsRowsWithoutAChangeToTheCommand() throws Exception {
        for (List<String> args : List.of(List.of("fit", "mixtral-8x7b-instruct-v0.1", "--gpu", "rtx-4090"),
                List.of("fit", "--gpu", "rtx-4090"), List.of("fit", "--list-gpus"))) {
            List<String> lines = run(args.toArray(String[]::new)).lines().toList();
            List<String> json = new java.util.ArrayList<>(args);
            json.addAll(List.of("--format", "json"));
            JsonNode expected = JSON.readTree(OwlRunner.fixture().run(json.toArray(String[]::new)).out());
            assertThat(lines).as(String.join(" ", args)).hasSize(expected.size() + 1);
            for (int i = 0; i < expected.size(); i++) {
                assertThat(JSON.readTree(lines.get(i + 1))).isEqualTo(expected.get(i));
            }
        }
    }

    @Test
    void recommendAndComparePrintTheirReportOnOneLine() throws Exception {
        for (List<String> args : List.of(List.of("recommend", "--gpu", "rtx-4090"), List.of("recommend", "--explain", "mixtral"),
                List.of("compare", "mixtral", "llama-3.1-8b"), List.of("compare", "--families", "llama,mistral"))) {
            List<String> lines = run(args.toArray(String[]::new)).lines().toList();
            List<String> json = new java.util.ArrayList<>(args);
            json.addAll(List.of("--format", "json"));
            JsonNode expected = JSON.readTree(OwlRunner.fixture().run(json.toArray(String[]::new)).out());
            assertThat(lines).as(String.join(" ", args)).hasSize(1);
            assertThat(JSON.readTree(lines.get(0))).isEqualTo(expected);
        }
        List<String> tasks = run("recommend", "--list-tasks").lines().toList();
        assertThat(tasks.get(0)).isEqualTo("# TASK FOR EVIDENCE (MOST TRUSTED FIRST) CAPABILITIES REQUIRES");
        assertThat(JSON.readTree(tasks.get(1))).isEqualTo(JSON.readTree(OwlRunner.fixture().run("recommend", "--list-tasks", "--format", "json")
                .out()).get(0));
    }

    /** Every command on records prints through the throwaway format, each record the one --format json prints. */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"license list", "license show llama-3.1-community",
        "license show mixtral", "license compare apache-2.0 llama-3.1-community", "catalog info", "catalog validate",
        "compare llama-3.1-8b-instruct mixtral"})
    void everyConvertedCommandPrintsItsRecordsWithoutAChangeToIt(String command) throws Exception {
        String[] args = command.split(" ");
        List<String> lines = run(args).lines().filter(l -> !l.startsWith("# ")).toList();
        String[] json = java.util.stream.Stream.concat(java.util.Arrays.stream(args), java.util.stream.Stream.of("--format", "json"))
                .toArray(String[]::new);
        JsonNode expected = JSON.readTree(OwlRunner.fixture().run(json).out());

        if (expected.isArray()) {
            assertThat(lines).hasSize(expected.size());
            for (int i = 0; i < expected.size(); i++) {
                assertThat(JSON.readTree(lines.get(i))).isEqualTo(expected.get(i));
            }
        } else {
            assertThat(lines).hasSize(1);
            assertThat(JSON.readTree(lines.get(0))).isEqualTo(expected);
        }
    }
}
