package dev.owl.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.owl.input.Diagnostic;
import dev.owl.input.InputException;
import dev.owl.input.YamlReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CatalogLoaderTest {
    private static final Path FIXTURE = Path.of("src/test/resources/fixture-catalog");

    @TempDir
    Path tmp;

    private static final String HEADER = "family: test\nvendor: Test\nmodels:\n";
    static final String GOOD_MODEL = """
              - id: m1
                name: M1
                generation: "1"
                status: released
                weights: open
                license: apache-2.0
                params_total_b: 7
                sources:
                  - {url: "https://example.com/m1", as_of: 2026-11-22}
            """;

    private List<Diagnostic> validate(String familyFile) throws IOException {
        Path dir = tmp.resolve("user");
        Files.createDirectories(dir.resolve("models"));
        Files.writeString(dir.resolve("models/test.yaml"), familyFile);
        return new CatalogLoader().validate(List.of(new CatalogLocation("catalog", FIXTURE, true),
                new CatalogLocation("user", dir, false))).diagnostics();
    }

    private static String only(List<Diagnostic> ds) {
        assertThat(ds).hasSize(1);
        return ds.get(0).headline();
    }

    @Test
    void theFixtureCatalogLoads() {
        Catalog c = new CatalogLoader().load(List.of(new CatalogLocation("catalog", FIXTURE, true)));
        assertThat(c.models()).hasSize(5);
        assertThat(c.license("apache-2.0")).isPresent();
        assertThat(c.accelerator("rtx-4090").map(Accelerator::memoryGib)).contains(24.0);
    }

    @Test
    void aGoodUserModelLoads() throws IOException {
        assertThat(validate(HEADER + GOOD_MODEL)).isEmpty();
    }

    @Test
    void unknownKey() throws IOException {
        List<Diagnostic> ds = validate(HEADER + GOOD_MODEL + "    contxt_tokens: 5\n");
        assertThat(only(ds)).isEqualTo("user/models/test.yaml:13:5: error: unknown key 'contxt_tokens' in a model");
        assertThat(ds.get(0).hint()).isEqualTo("did you mean 'context_tokens'?");
    }

    @Test
    void wrongType() throws IOException {
        assertThat(only(validate(HEADER + GOOD_MODEL.replace("params_total_b: 7", "params_total_b: seven"))))
                .isEqualTo("user/models/test.yaml:10:21: error: 'params_total_b' must be a number, found a string");
        assertThat(only(validate(HEADER + GOOD_MODEL.replace("generation: \"1\"", "generation: 3.1"))))
                .isEqualTo("user/models/test.yaml:6:17: error: 'generation' must be a string, found a number (3.1)");
    }

    @Test
    void duplicateKey() throws IOException {
        assertThat(only(validate(HEADER + GOOD_MODEL + "    name: again\n")))
                .isEqualTo("user/models/test.yaml:13:5: error: duplicate key 'name' (first at line 5)");
    }

    @Test
    void duplicateId() throws IOException {
        assertThat(only(validate(HEADER + GOOD_MODEL + GOOD_MODEL)))
                .isEqualTo("user/models/test.yaml:13:9: error: duplicate model id 'm1' (also at user/models/test.yaml:4)");
    }

    @Test
    void danglingLicense() throws IOException {
        List<Diagnostic> ds = validate(HEADER + GOOD_MODEL.replace("license: apache-2.0", "license: apache2"));
        assertThat(only(ds)).isEqualTo(
                "user/models/test.yaml:9:14: error: model 'm1' names license 'apache2', which is not in the catalog");
        assertThat(ds.get(0).hint()).isEqualTo("did you mean 'apache-2.0'?");
    }

    @Test
    void impossibleNumbers() throws IOException {
        assertThat(only(validate(HEADER + GOOD_MODEL + "    params_active_b: 9\n")))
                .isEqualTo("user/models/test.yaml:13:22: error: model 'm1': active parameters (9.0B) exceed total parameters (7.0B)");
        assertThat(only(validate(HEADER + GOOD_MODEL + "    context_tokens: -5\n")))
                .isEqualTo("user/models/test.yaml:13:21: error: 'context_tokens' must be at least 1, found -5");
        String arch = "    architecture:\n      layers: 0\n      source: {url: \"https://x.org/c\", as_of: 2026-11-22}\n";
        assertThat(only(validate(HEADER + GOOD_MODEL + arch)))
                .isEqualTo("user/models/test.yaml:14:15: error: 'layers' must be at least 1, found 0");
        String kv = "    architecture:\n      attention_heads: 8\n      kv_heads: 16\n"
                + "      source: {url: \"https://x.org/c\", as_of: 2026-11-22}\n";
        assertThat(only(validate(HEADER + GOOD_MODEL + kv))).isEqualTo(
                "user/models/test.yaml:15:17: error: architecture of model 'm1': kv_heads (16) exceed attention_heads (8)");
    }

    @Test
    void sharedKvLayersMustFitTheLayersTheyAreCountedAmong() throws IOException {
        String base = "    architecture:\n      layers: 35\n      sliding_window: 512\n      sliding_window_layers: 28\n";
        String src = "      source: {url: \"https://x.org/c\", as_of: 2026-11-22}\n";
        assertThat(validate(HEADER + GOOD_MODEL + base + "      kv_shared_layers: 15\n      kv_shared_sliding_layers: 12\n" + src))
                .isEmpty();
        assertThat(only(validate(HEADER + GOOD_MODEL + base + "      kv_shared_layers: 15\n" + src))).endsWith(
                "kv_shared_layers needs kv_shared_sliding_layers when some layers slide");
        assertThat(only(validate(HEADER + GOOD_MODEL + base + "      kv_shared_layers: 15\n      kv_shared_sliding_layers: 0\n"
                + src))).endsWith("kv_shared_layers (15) leave more shared full-attention layers than there are");
        assertThat(only(validate(HEADER + GOOD_MODEL + base + "      kv_shared_layers: 10\n      kv_shared_sliding_layers: 12\n"
                + src))).contains("kv_shared_sliding_layers (12) exceed kv_shared_layers or sliding_window_layers");
        assertThat(only(validate(HEADER + GOOD_MODEL + base + "      kv_shared_sliding_layers: 12\n" + src)))
                .endsWith("kv_shared_sliding_layers needs kv_shared_layers");
    }

    @Test
    void missingSources() throws IOException {
        String noSources = GOOD_MODEL.replace("    sources:\n      - {url: \"https://example.com/m1\", as_of: 2026-11-22}\n", "");
        List<Diagnostic> ds = validate(HEADER + noSources);
        assertThat(only(ds)).isEqualTo("user/models/test.yaml:4:5: error: model 'm1' has no sources");
        assertThat(ds.get(0).hint()).contains("sources:");
    }

    @Test
    void aMixtureOfExpertsNeedsItsActiveParameters() throws IOException {
        String moe = "    architecture:\n      experts_total: 8\n      experts_active: 2\n"
                + "      source: {url: \"https://x.org/c\", as_of: 2026-11-22}\n";
        assertThat(only(validate(HEADER + GOOD_MODEL + moe)))
                .isEqualTo("user/models/test.yaml:14:7: error: model 'm1' is a mixture of experts but has no params_active_b");
    }

    @Test
    void fiveBreaksInACopyOfTheCatalogAreAllReportedInOneRun() throws IOException {
        Path copy = tmp.resolve("copy");
        try (Stream<Path> files = Files.walk(FIXTURE)) {
            for (Path p : files.toList()) {
                Path target = copy.resolve(FIXTURE.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
        edit(copy.resolve("models/llama.yaml"), "    context_tokens: 131072", "    context_tokenz: 131072");
        edit(copy.resolve("models/llama.yaml"), "      kv_heads: 8", "      kv_heads: 64");
        edit(copy.resolve("models/mistral.yaml"), "    params_active_b: 12.9", "    params_active_b: 99");
        edit(copy.resolve("models/mistral.yaml"), "    license: apache-2.0\n    params_total_b: 7.25",
                "    license: apache-3.0\n    params_total_b: 7.25");
        edit(copy.resolve("hardware.yaml"), "    memory_gib: 80", "    memory_gib: many");
        List<Diagnostic> ds = new CatalogLoader().validate(List.of(new CatalogLocation("copy", copy, true))).diagnostics();
        assertThat(ds).extracting(Diagnostic::headline).containsExactly(
                "copy/models/llama.yaml:16:5: error: unknown key 'context_tokenz' in a model",
                "copy/models/llama.yaml:25:17: error: architecture of model 'llama-3.1-8b-instruct': kv_heads (64) exceed attention_heads (8)"
                        .replace("(8)", "(32)"),
                "copy/models/mistral.yaml:14:22: error: model 'mixtral-8x7b-instruct-v0.1': active parameters (99.0B) exceed total parameters (46.7B)",
                "copy/models/mistral.yaml:44:14: error: model 'mistral-7b-instruct-v0.3' names license 'apache-3.0', which is not in the catalog",
                "copy/hardware.yaml:16:17: error: 'memory_gib' must be a number, found a string");
        assertThatThrownBy(() -> new CatalogLoader().load(List.of(new CatalogLocation("copy", copy, true))))
                .isInstanceOf(InputException.class)
                .satisfies(e -> assertThat(((InputException) e).diagnostics()).hasSize(5));
    }

    @Test
    void matchNamesAreNonEmptyStrings() throws IOException {
        Path dir = tmp.resolve("match");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("hardware.yaml"), """
                accelerators:
                  - id: card
                    name: Card
                    vendor: X
                    kind: gpu
                    memory_gib: 8
                    bandwidth_gb_s: 100
                    match: ["", 3, "X Card"]
                    sources:
                      - {url: "https://example.com/card", as_of: 2026-12-02}
                """);
        List<Diagnostic> ds = new CatalogLoader().validate(List.of(new CatalogLocation("m", dir, true))).diagnostics();
        assertThat(ds).extracting(Diagnostic::headline).containsExactlyInAnyOrder(
                "m/hardware.yaml:8:17: error: items of 'match' must be strings, found a number (3)",
                "m/hardware.yaml:8:12: error: match takes the names a tool reports, e.g. \"NVIDIA GeForce RTX 4090\"");
    }

    private static void edit(Path file, String from, String to) throws IOException {
        String text = Files.readString(file);
        assertThat(text).contains(from);
        Files.writeString(file, text.replace(from, to));
    }

    @Test
    void brokenFilesAreDataErrorsNamingTheFile() throws IOException {
        Path dir = tmp.resolve("files");
        Files.createDirectories(dir.resolve("models"));
        Files.writeString(dir.resolve("models/tabs.yaml"), "family: x\n\tvendor: y\n");
        Files.write(dir.resolve("models/latin1.yaml"), new byte[] {'a', ':', ' ', (byte) 0xe9, '\n'});
        Files.writeString(dir.resolve("models/empty.yaml"), "");
        Files.createDirectories(dir.resolve("models/dir.yaml"));
        Files.writeString(dir.resolve("models/two.yaml"), "a: 1\n---\nb: 2\n");
        Files.writeString(dir.resolve("models/bom.yaml"), "\uFEFF" + HEADER + GOOD_MODEL, StandardCharsets.UTF_8);
        List<Diagnostic> ds = new CatalogLoader().validate(List.of(new CatalogLocation("catalog", FIXTURE, true),
                new CatalogLocation("u", dir, false))).diagnostics();
        assertThat(ds).extracting(Diagnostic::headline).containsExactly(
                "u/models/dir.yaml: error: is a directory, expected a file",
                "u/models/empty.yaml: error: file is empty",
                "u/models/latin1.yaml:1:4: error: file is not valid UTF-8 (byte 0xE9)",
                "u/models/tabs.yaml:2:1: error: invalid YAML: while scanning for the next token, found character '\\t(TAB)' that cannot start any token. (Do not use \\t(TAB) for indentation)",
                "u/models/two.yaml:3:1: error: more than one YAML document in the file");
    }

    @Test
    void parsingLimitsStopBombsWithADataError() throws IOException {
        StringBuilder bomb = new StringBuilder("a: &a [x, x, x, x, x, x, x, x, x]\n");
        char prev = 'a';
        for (char c = 'b'; c <= 'k'; c++) {
            bomb.append(c).append(": &").append(c).append(" [");
            for (int i = 0; i < 9; i++) {
                bomb.append(i == 0 ? "" : ", ").append('*').append(prev);
            }
            bomb.append("]\n");
            prev = c;
        }
        List<Diagnostic> ds = new java.util.ArrayList<>();
        Path file = tmp.resolve("bomb.yaml");
        Files.writeString(file, bomb.toString());
        assertThat(YamlReader.read(file, "bomb.yaml", ds)).isNull();
        assertThat(ds).singleElement().satisfies(d -> assertThat(d.message()).contains("invalid YAML"));

        ds.clear();
        Files.writeString(file, "a: " + "[".repeat(200) + "]".repeat(200) + "\n");
        assertThat(YamlReader.read(file, "deep.yaml", ds)).isNull();
        assertThat(ds).singleElement().satisfies(d -> assertThat(d.hint()).contains("nests deeper"));

        ds.clear();
        Files.write(file, new byte[(int) YamlReader.MAX_FILE_BYTES + 1]);
        assertThat(YamlReader.read(file, "big.yaml", ds)).isNull();
        assertThat(ds).singleElement().satisfies(d -> assertThat(d.message()).contains("-byte limit"));
    }
}
