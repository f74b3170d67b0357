package dev.owl;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The README shows real output: every fenced block that starts with {@code $ ./owl} is run here,
 * in-process over the bundled catalog on a 100-column terminal without colour, and what it prints
 * must be what the block shows. A line that is only {@code …} stands for any number of lines left
 * out of an excerpt. {@code -Dgolden.update=true} rewrites the blocks that have no excerpt marks.
 */
class ReadmeTest {
    static final Path README = Path.of("README.md");
    static final String PROMPT = "$ ./owl ";
    static final String GAP = "…";

    /** One command of a block and the lines the README shows for it. */
    record Example(int line, String command, List<String> shown) {}

    static List<Example> examples(List<String> lines) {
        List<Example> examples = new ArrayList<>();
        boolean inBlock = false;
        boolean tested = false;
        Example current = null;
        for (int i = 0; i < lines.size(); i++) {
            String l = lines.get(i);
            if (l.startsWith("```")) {
                if (!inBlock) {
                    inBlock = true;
                    tested = i + 1 < lines.size() && lines.get(i + 1).startsWith(PROMPT);
                } else {
                    inBlock = false;
                    current = null;
                }
                continue;
            }
            if (!inBlock || !tested) {
                continue;
            }
            if (l.startsWith(PROMPT)) {
                current = new Example(i + 1, l.substring(PROMPT.length()), new ArrayList<>());
                examples.add(current);
            } else {
                current.shown().add(l);
            }
        }
        return examples;
    }

    /** The machine the README's {@code --gpu auto} example runs on: one RTX 4090, as nvidia-smi reports it. */
    static final String MACHINE = "rtx-4090";

    static List<String> run(String command) {
        List<String> args = new ArrayList<>(OwlRunner.words(command));
        args.add("--no-pager");
        OwlRunner.Result r = OwlRunner.bundled().terminal(100).env("NO_COLOR", "1").host(dev.owl.fit.RecordedHost.of(MACHINE))
                .run(args.toArray(String[]::new));
        assertThat(r.exitCode()).as("exit code of owl %s: %s", command, r.err()).isLessThan(2);
        return r.out().lines().toList();
    }

    /** Whether {@code actual} is {@code shown}, where a line {@value #GAP} in {@code shown} matches any run of lines. */
    static boolean matches(List<String> shown, List<String> actual) {
        if (shown.isEmpty()) {
            return actual.isEmpty();
        }
        if (shown.get(0).equals(GAP)) {
            for (int skip = 0; skip <= actual.size(); skip++) {
                if (matches(shown.subList(1, shown.size()), actual.subList(skip, actual.size()))) {
                    return true;
                }
            }
            return false;
        }
        return !actual.isEmpty() && shown.get(0).equals(actual.get(0)) && matches(shown.subList(1, shown.size()), actual.subList(1, actual.size()));
    }

    @Test
    void excerptMatchingSkipsRunsOfLinesOnlyWhereMarked() {
        assertThat(matches(List.of("a", GAP, "d"), List.of("a", "b", "c", "d"))).isTrue();
        assertThat(matches(List.of("a", GAP), List.of("a"))).isTrue();
        assertThat(matches(List.of("a", "d"), List.of("a", "b", "c", "d"))).isFalse();
        assertThat(matches(List.of("a", GAP, "x"), List.of("a", "b", "c", "d"))).isFalse();
        assertThat(OwlRunner.words("list --family 'a b' \"c\" d")).containsExactly("list", "--family", "a b", "c", "d");
    }

    @TestFactory
    Stream<DynamicTest> everyExampleInTheReadmePrintsWhatItShows() throws IOException {
        if (Boolean.getBoolean("golden.update")) {
            List<String> before = Files.readAllLines(README, StandardCharsets.UTF_8);
            update(before, examples(before));
        }
        List<Example> examples = examples(Files.readAllLines(README, StandardCharsets.UTF_8));
        assertThat(examples).as("the README's tour has examples").hasSizeGreaterThan(8);
        return examples.stream().map(e -> DynamicTest.dynamicTest("README.md:" + e.line() + " owl " + e.command(), () -> {
            List<String> actual = run(e.command());
            List<String> shown = e.shown().isEmpty() || !e.shown().get(e.shown().size() - 1).isEmpty()
                    ? e.shown() : e.shown().subList(0, e.shown().size() - 1);
            assertThat(matches(shown, actual))
                    .as("README.md:%d shows for 'owl %s':%n%s%n%nbut owl prints:%n%s", e.line(), e.command(),
                            String.join("\n", shown), String.join("\n", actual))
                    .isTrue();
        }));
    }

    /** The user-catalog example in the README is the file in examples/, comments aside. */
    @Test
    void theUserCatalogExampleIsTheFileItNames() throws IOException {
        String readme = Files.readString(README, StandardCharsets.UTF_8);
        String marker = "`examples/my-catalog/models/acme.yaml` adds a fine-tune:";
        int start = readme.indexOf("```yaml\n", readme.indexOf(marker)) + "```yaml\n".length();
        String shown = readme.substring(start, readme.indexOf("```", start));
        var yaml = new com.fasterxml.jackson.databind.ObjectMapper(new com.fasterxml.jackson.dataformat.yaml.YAMLFactory());
        assertThat(yaml.readTree(shown)).isEqualTo(yaml.readTree(Path.of("examples/my-catalog/models/acme.yaml").toFile()));
    }

    /** Replaces the output under each command that has no excerpt mark with what owl prints now. */
    private static void update(List<String> lines, List<Example> examples) throws IOException {
        List<String> out = new ArrayList<>(lines);
        for (int k = examples.size() - 1; k >= 0; k--) {
            Example e = examples.get(k);
            if (e.shown().contains(GAP)) {
                continue;
            }
            int from = e.line();
            List<String> actual = run(e.command());
            for (int n = 0; n < e.shown().size(); n++) {
                out.remove(from);
            }
            out.addAll(from, actual);
        }
        Files.write(README, out, StandardCharsets.UTF_8);
    }
}
