package dev.owl.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import dev.owl.OwlRunner;
import dev.owl.OwlRunner.Result;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A compiled user catalog over the base it was compiled against lists from its stored default order ({@link ModelOrder})
 * without merging or sorting its models: its answers must be exactly those of the same catalog read from YAML.
 */
class ModelOrderTest {
    @TempDir
    static Path tmp;
    private static Path base;
    private static Path userDir;
    private static Path userFile;

    /** The test catalog compiled (the built-in catalog of these runs), and a generated user catalog over it, as YAML and compiled. */
    @BeforeAll
    static void compile() throws IOException {
        base = tmp.resolve("base.owlc");
        Files.write(base, CatalogCompiler.compile(List.of(), new CatalogLocation("catalog", OwlRunner.FIXTURE, true)).bytes());
        userDir = generated(tmp.resolve("user"));
        userFile = tmp.resolve("user.owlc");
        Result r = runner().run("catalog", "compile", userDir.toString(), "-o", userFile.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
    }

    private static OwlRunner runner() {
        return OwlRunner.fixture().builtin(() -> new CatalogLocation("catalog", base, true));
    }

    /**
     * 240 models in four families, two of them the test catalog's (so the stored order interleaves both), with ties on
     * family and date, unknown sizes, announced models, and two that override test-catalog models from the middle of a file.
     */
    private static Path generated(Path dir) throws IOException {
        Files.createDirectories(dir.resolve("models"));
        String[] families = {"mistral", "zeta", "llama", "alpha"};
        for (int f = 0; f < families.length; f++) {
            StringBuilder yaml = new StringBuilder("family: " + families[f] + "\nvendor: Bench " + f + "\nmodels:\n");
            for (int i = f * 60; i < (f + 1) * 60; i++) {
                String id = i == 30 ? "mistral-7b-instruct-v0.3" : i == 200 ? "qwen2.5-7b-instruct" : "gen-" + (i * 7919 % 240);
                yaml.append("  - id: ").append(id).append("\n    name: Generated ").append(i)
                        .append("\n    generation: \"1\"\n    status: ").append(i % 7 == 3 ? "announced\n    weights: none" : "released\n    weights: open")
                        .append("\n    release_date: 2025-01-0").append(1 + i % 3)
                        .append("\n    license: apache-2.0\n");
                if (i % 5 != 0) {
                    yaml.append("    params_total_b: ").append(1 + i % 4).append('\n');
                }
                yaml.append("    sources:\n      - {url: \"https://example.com/gen/").append(i).append("\", as_of: 2026-11-22}\n");
            }
            Files.writeString(dir.resolve("models/gen-" + f + ".yaml"), yaml);
        }
        return dir;
    }

    @Test
    void theCompiledFileOverItsBaseListsFromItsStoredOrder() {
        Catalog trusted = new CatalogLoader().load(List.of(new CatalogLocation("catalog", base, true), new CatalogLocation("u", userFile, false)));
        Catalog yaml = new CatalogLoader().load(List.of(new CatalogLocation("catalog", base, true), new CatalogLocation("u", userDir, false)));
        assertThat(trusted.defaultOrder()).isPresent();
        assertThat(yaml.defaultOrder()).isEmpty();
        List<ModelHead> heads = yaml.heads();
        assertThat(heads).hasSize(5 + 240 - 2);
        // the stored order is the default order of the merged models, and the merged models are the YAML ones, place by place
        assertThat(trusted.defaultOrder().orElseThrow().mapToObj(heads::get).toList())
                .isEqualTo(heads.stream().sorted(ModelHead.DEFAULT_ORDER).toList());
        for (int i = 0; i < heads.size(); i++) {
            // a compiled model's origin is its YAML file as named when compiling
            assertThat(trusted.head(i)).usingRecursiveComparison().ignoringFields("origin").isEqualTo(heads.get(i));
            assertThat(trusted.model(i).id()).isEqualTo(heads.get(i).id());
        }
        assertThat(trusted.overrides()).extracting(Override::id).containsExactly("mistral-7b-instruct-v0.3", "qwen2.5-7b-instruct");
    }

    @Test
    void itAnswersExactlyAsItsYamlDoes() {
        String[][] commands = {{"list", "--limit", "20"}, {"list"}, {"list", "--format", "json"}, {"list", "--all", "--format", "json"},
            {"list", "--all", "--limit", "7"}, {"list", "--limit", "20", "--reverse"}, {"list", "--limit", "9", "--sort", "params"},
            {"list", "--family", "llama", "--limit", "4"}, {"list", "--max-params", "2", "--limit", "12", "--format", "csv"},
            {"show", "qwen2.5-7b-instruct", "--format", "json"}, {"catalog", "info", "--format", "json"}};
        UnaryOperator<String> places = o -> o.replace(userFile.toString(), "LOCATION").replace(userDir.toString(), "LOCATION")
                .replaceAll(":\\d+\"", "\"");
        for (String[] args : commands) {
            Result yaml = runner().run(with(userDir, args));
            Result compiled = runner().run(with(userFile, args));
            assertThat(compiled.exitCode()).as(String.join(" ", args) + ": " + compiled.err()).isEqualTo(yaml.exitCode()).isZero();
            assertThat(places.apply(compiled.out())).as(String.join(" ", args)).isEqualTo(places.apply(yaml.out()));
        }
    }

    /** Over another base (here the test catalog as YAML), the stored order does not hold: the file is merged and checked model by model. */
    @Test
    void overAnotherBaseTheFileIsMergedModelByModel() {
        Catalog other = new CatalogLoader().load(List.of(new CatalogLocation("catalog", OwlRunner.FIXTURE, true),
                new CatalogLocation("u", userFile, false)));
        assertThat(other.defaultOrder()).isEmpty();
        Result viaYamlBase = OwlRunner.fixture().run(with(userFile, new String[] {"list", "--limit", "20"}));
        Result trusted = runner().run(with(userFile, new String[] {"list", "--limit", "20"}));
        assertThat(viaYamlBase.exitCode()).as(viaYamlBase.err()).isZero();
        assertThat(viaYamlBase.out()).isEqualTo(trusted.out());
    }

    @Test
    void aFileIndexPastTheBaseSkipsTheOverridingModels() {
        ModelOrder order = new ModelOrder(7, 3, new int[] {0, 2, 3}, new int[] {1, 0, 2}, new int[0]);
        assertThat(java.util.stream.IntStream.range(3, order.mergedSize(8)).map(order::fileIndex).toArray()).containsExactly(1, 4, 5, 6, 7);
    }

    private static String[] with(Path catalog, String[] args) {
        String[] all = new String[args.length + 2];
        all[0] = "--catalog";
        all[1] = catalog.toString();
        System.arraycopy(args, 0, all, 2, args.length);
        return all;
    }
}
