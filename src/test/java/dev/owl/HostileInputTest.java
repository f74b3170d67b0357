package dev.owl;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.owl.OwlRunner.Result;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Inputs meant to break owl. Each must end in one clear error (exit 1, 2 or 3), never the internal-error
 * exit 4, never a stack trace, with nothing on stdout when it fails, and without hanging ({@link NoHang}: a hang
 * guard, not a speed target; {@code bench/hostile.sh} times the slow cases).
 */
class HostileInputTest {
    private static Path tmp;
    private static final ObjectMapper JSON = new ObjectMapper();

    @BeforeAll
    static void setUp() throws IOException {
        tmp = Files.createTempDirectory("owl-hostile");
    }

    @AfterAll
    static void tearDown() throws IOException {
        try (Stream<Path> walk = Files.walk(tmp)) {
            walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    private static void assertClean(String name, Result r) {
        assertThat(r.exitCode()).as(name + "\n" + r.err()).isNotEqualTo(4).isIn(0, 1, 2, 3);
        assertThat(r.err()).as(name).doesNotContain("\tat ").doesNotContain("Exception in thread");
        if (r.exitCode() == 2 || r.exitCode() == 3) {
            assertThat(r.out()).as(name + ": stdout must stay empty on error").isEmpty();
            assertThat(r.err().lines().findFirst().orElse("")).as(name).contains("error: ");
            assertThat(r.err()).as(name).hasSizeLessThan(20_000);
        }
    }

    private static DynamicTest run(String name, String... args) {
        return DynamicTest.dynamicTest(name, () -> NoHang.run(name, () -> assertClean(name, OwlRunner.fixture().run(args))));
    }

    @TestFactory
    Stream<DynamicTest> everyOptionWithEveryBadValue() {
        List<String[]> options = List.of(
                new String[] {"list", "--limit"}, new String[] {"list", "--min-context"}, new String[] {"list", "--max-params"},
                new String[] {"list", "--released-after"}, new String[] {"list", "--sort"}, new String[] {"list", "--family"},
                new String[] {"list", "--license"}, new String[] {"list", "--capability"}, new String[] {"list", "--modality"},
                new String[] {"list", "--vendor"}, new String[] {"show"}, new String[] {"fit", "llama-3.1-8b", "--vram"},
                new String[] {"fit", "llama-3.1-8b", "--gpu"}, new String[] {"fit", "llama-3.1-8b", "--context"},
                new String[] {"fit", "llama-3.1-8b", "--quant"}, new String[] {"fit", "llama-3.1-8b", "--batch"},
                new String[] {"fit", "llama-3.1-8b", "--gpu-count"}, new String[] {"fit", "llama-3.1-8b", "--kv-quant"},
                new String[] {"fit", "llama-3.1-8b", "--vram", "24", "--bandwidth"}, new String[] {"compare", "mixtral"},
                new String[] {"compare", "--families"}, new String[] {"compare", "--families", "llama", "--generation"},
                new String[] {"recommend", "--task"}, new String[] {"recommend", "--vram"}, new String[] {"recommend", "--top"},
                new String[] {"recommend", "--context"}, new String[] {"recommend", "--mau"}, new String[] {"recommend", "--gpu-count"},
                new String[] {"recommend", "--need"}, new String[] {"license", "show"}, new String[] {"license", "compare", "apache-2.0"},
                new String[] {"license", "check", "--explain"}, new String[] {"license", "check", "--model"},
                new String[] {"list", "--format"}, new String[] {"list", "--color"});
        List<String> values = List.of("", "-1", "0", "NaN", "-Infinity", "1e999", "99999999999999999999", "abc", " ", "--",
                "\u001b[31m", "../../../etc/passwd");
        List<DynamicTest> tests = new ArrayList<>();
        for (String[] option : options) {
            for (String value : values) {
                String[] args = java.util.Arrays.copyOf(option, option.length + 1);
                args[option.length] = value;
                tests.add(run(String.join(" ", args), args));
            }
        }
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> commandLineShapes() {
        return Stream.of(
                run("no args"), run("unknown command", "frobnicate"), run("unknown option", "list", "--frob"),
                run("option without value", "list", "--limit"), run("conflict gpu+vram", "fit", "llama-3.1-8b", "--gpu", "rtx-4090", "--vram", "24"),
                run("compare both", "compare", "a", "b", "--families", "llama"), run("format upper", "list", "--format", "JSON"),
                run("format mixed", "list", "--format", "MarkDown"), run("format report", "show", "mixtral", "--format", "sarif"),
                run("catalog no sub", "catalog"), run("license no sub", "license"), run("help unknown", "help", "nope"),
                run("huge context", "fit", "llama-3.1-8b", "--context", "2147483647"), run("huge batch", "fit", "llama-3.1-8b", "--batch", "2147483647"),
                run("huge gpu count", "fit", "llama-3.1-8b", "--vram", "24", "--gpu-count", "2147483647"),
                run("recommend everything", "recommend", "--task", "vision", "--eu", "--commercial", "--osi", "--mau", "9223372036854775807"));
    }

    /** Writes a user catalog with one family file holding {@code text}. */
    private static Path catalogWith(String name, String text) {
        try {
            Path dir = Files.createDirectories(tmp.resolve(name).resolve("models"));
            Files.writeString(dir.resolve("x.yaml"), text, StandardCharsets.UTF_8);
            return dir.getParent();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @TestFactory
    Stream<DynamicTest> hostileYamlFiles() throws IOException {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("malformed", "family: [x\nvendor: y\n");
        files.put("tabs", "family: x\n\tvendor: y\n");
        files.put("wrong types", "family: 3\nvendor: [a]\nmodels: {a: 1}\n");
        files.put("unknown keys", "family: x\nvendor: y\nmodels: []\nextra: 1\n");
        files.put("duplicate keys", "family: x\nfamily: y\nvendor: y\nmodels: []\n");
        files.put("duplicate ids", "family: x\nvendor: y\nmodels:\n" + model("a") + model("a"));
        StringBuilder bomb = new StringBuilder("a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        for (char c = 'b'; c <= 'j'; c++) {
            bomb.append(c).append(": &").append(c).append(" [").append(("*" + (char) (c - 1) + ",").repeat(8)).append('*').append((char) (c - 1)).append("]\n");
        }
        files.put("billion laughs", bomb.toString());
        files.put("deep nesting", "family: " + "[".repeat(5000) + "]".repeat(5000) + "\n");
        files.put("deep mapping", "a:\n" + java.util.stream.IntStream.range(1, 200).mapToObj(i -> "  ".repeat(i) + "k:\n").reduce("", String::concat));
        files.put("long scalar", "family: " + "x".repeat(2_000_000) + "\nvendor: y\nmodels: []\n");
        files.put("BOM", "\uFEFFfamily: x\nvendor: y\nmodels: []\n");
        files.put("empty", "");
        files.put("only comments", "# nothing\n");
        files.put("null document", "~\n");
        files.put("scalar document", "just a string\n");
        files.put("list document", "- a\n- b\n");
        files.put("two documents", "family: x\n---\nfamily: y\n");
        files.put("python tag", "family: !!python/object:os.system [\"echo hi\"]\nvendor: y\nmodels: []\n");
        files.put("java tag", "family: !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL [\"http://127.0.0.1/\"]]]]\n");
        files.put("merge key", "base: &b {name: a}\nfamily: x\nvendor: y\nmodels:\n  - <<: *b\n    id: m\n");
        files.put("huge number", "family: x\nvendor: y\nmodels:\n" + model("a").replace("params_total_b: 7", "params_total_b: 1e400"));
        files.put("huge int", "family: x\nvendor: y\nmodels:\n" + model("a") + "    context_tokens: 99999999999999999999999\n");
        files.put("negative", "family: x\nvendor: y\nmodels:\n" + model("a") + "    context_tokens: -1\n");
        files.put("nan", "family: x\nvendor: y\nmodels:\n" + model("a").replace("params_total_b: 7", "params_total_b: .nan"));
        files.put("control chars in id", "family: x\nvendor: y\nmodels:\n" + model("a\u0007b"));
        files.put("ansi in key", "family: x\nvendor: y\n\u001b[31mmodels: []\n");
        files.put("anchor recursion", "a: &a [*a]\n");
        List<DynamicTest> tests = new ArrayList<>();
        for (Map.Entry<String, String> e : files.entrySet()) {
            Path dir = catalogWith(e.getKey().replace(' ', '-'), e.getValue());
            tests.add(run("yaml: " + e.getKey() + " (list)", "--catalog", dir.toString(), "list"));
            tests.add(run("yaml: " + e.getKey() + " (validate)", "catalog", "validate", dir.toString(), "--format", "json"));
        }
        // invalid UTF-8, a sparse 100 MB file, a directory where a file should be, a symlink loop
        Path latin1 = Files.createDirectories(tmp.resolve("latin1/models"));
        Files.write(latin1.resolve("x.yaml"), new byte[] {'f', ':', ' ', (byte) 0xff, (byte) 0xfe, '\n'});
        tests.add(run("yaml: invalid UTF-8", "--catalog", latin1.getParent().toString(), "list"));
        Path big = Files.createDirectories(tmp.resolve("big/models"));
        try (RandomAccessFile f = new RandomAccessFile(big.resolve("x.yaml").toFile(), "rw")) {
            f.setLength(100L * 1024 * 1024);
        }
        tests.add(run("yaml: 100 MB file", "--catalog", big.getParent().toString(), "list"));
        Path dirAsFile = Files.createDirectories(tmp.resolve("dirfile/models/x.yaml"));
        tests.add(run("yaml: directory named like a file", "--catalog", dirAsFile.getParent().getParent().toString(), "list"));
        Path loop = Files.createDirectories(tmp.resolve("loop/models"));
        Files.createSymbolicLink(loop.resolve("x.yaml"), loop.resolve("x.yaml"));
        tests.add(run("yaml: symlink loop", "--catalog", loop.getParent().toString(), "list"));
        Path selfLoop = tmp.resolve("selfloop");
        Files.createSymbolicLink(selfLoop, selfLoop);
        tests.add(run("catalog dir is a symlink loop", "--catalog", selfLoop.toString(), "list"));
        tests.add(run("catalog dir is a file", "--catalog", latin1.resolve("x.yaml").toString(), "list"));
        tests.add(run("catalog dir missing", "--catalog", tmp.resolve("missing").toString(), "list"));
        // scan paths: a symlink loop and a link out of the tree must not hang or escape
        Path scan = Files.createDirectories(tmp.resolve("scan/sub"));
        Files.createSymbolicLink(scan.resolve("back"), scan.getParent());
        Files.createSymbolicLink(scan.resolve("etc"), Path.of("/etc"));
        Files.writeString(scan.resolve("app.py"), "m = from_pretrained(\"meta-llama/Llama-3.1-8B-Instruct\")\n");
        tests.add(run("scan: symlink loops", "license", "check", scan.getParent().toString()));
        Path badPolicy = tmp.resolve("policy.yaml");
        Files.writeString(badPolicy, "licenses: {allow: apache}\nusage: {eu_entity: maybe}\nexceptions: [{model: x, expires: someday}]\n");
        tests.add(run("policy: wrong types", "license", "check", "--model", "mixtral", "--policy", badPolicy.toString()));
        Path badConfig = tmp.resolve("config.json");
        Files.writeString(badConfig, "{\"num_hidden_layers\": \"many\"}");
        tests.add(run("config.json: wrong types", "fit", badConfig.toString()));
        return tests.stream();
    }

    private static String model(String id) {
        return "  - id: " + id + "\n    name: M\n    generation: \"1\"\n    status: released\n    weights: open\n"
                + "    license: apache-2.0\n    params_total_b: 7\n    sources:\n      - {url: \"https://example.com\", as_of: 2026-11-22}\n";
    }

    /** A 131 KB name: no edit distance over it (bench/hostile.sh times it), and only its first 80 characters echoed. */
    @Test
    void aHugeUnknownNameIsEchoedShortAndNotSuggestedFor() {
        String name = "mixtral" + "x".repeat(131_000);
        for (String[] args : List.of(new String[] {"show", name}, new String[] {"fit", name, "--vram", "24"},
                new String[] {"license", "show", name}, new String[] {"list", "--frob" + name})) {
            Result r = OwlRunner.fixture().run(args);
            assertClean(args[0], r);
            assertThat(r.exitCode()).isEqualTo(2);
            assertThat(r.err()).as(args[0]).hasSizeLessThan(2_000).contains("xxxxxxxxxx").contains("characters)");
        }
        assertThat(dev.owl.input.Names.suggestions(name, List.of("mixtral-8x7b"), 3)).isEmpty();
    }

    @Test
    void hostileStringsInAUserCatalogAreRenderedInert() throws Exception {
        String evil = "evil\u001b[2J\u001b]8;;http://x\u0007link\u001b]8;;\u0007\r\u202Egnp.exe\u200B";
        Path dir = catalogWith("evil", "family: evil\nvendor: \"" + evil.replace("\u001b", "\\e").replace("\u0007", "\\a")
                .replace("\r", "\\r").replace("\u202E", "\\u202E").replace("\u200B", "\\u200B") + "\"\nmodels:\n"
                + model("evil-1").replace("name: M", "name: \"" + evil.replace("\u001b", "\\e").replace("\u0007", "\\a")
                        .replace("\r", "\\r").replace("\u202E", "\\u202E").replace("\u200B", "\\u200B") + "\"")
                + "    notes: [\"note \\e[31mred\"]\n");
        for (String format : List.of("table", "markdown", "csv", "tsv")) {
            Result list = OwlRunner.fixture().run("--catalog", dir.toString(), "list", "--vendor", evil, "--format", format);
            Result show = OwlRunner.fixture().run("--catalog", dir.toString(), "show", "evil-1", "--format", format);
            for (Result r : List.of(list, show)) {
                assertThat(r.exitCode()).as(r.err()).isZero();
                assertThat(r.out()).as(format).doesNotContain("\u001b").doesNotContain("\u0007").doesNotContain("\r")
                        .doesNotContain("\u202E").doesNotContain("\u200B");
            }
            assertThat(show.out()).contains("\\e[2J").contains("\\u202E");
        }
        Result json = OwlRunner.fixture().run("--catalog", dir.toString(), "show", "evil-1", "--format", "json");
        assertThat(JSON.readTree(json.out()).get("name").asText()).isEqualTo(evil);
        assertThat(json.out()).doesNotContain("\u001b");
    }
}
