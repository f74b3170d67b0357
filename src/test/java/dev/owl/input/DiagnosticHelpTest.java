package dev.owl.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 17: every diagnostic carries a {@code help:} line, and the reader's own limits (NUL, ESC, nesting, aliases)
 * say where in the file they tripped.
 */
class DiagnosticHelpTest {
    @TempDir
    Path tmp;

    /** Every call that makes a finding in src/main passes a hint: {@code error(…, hint)} and {@code new Diagnostic(…, hint[, text])}. */
    @Test
    void noFindingIsMadeWithoutAHint() throws IOException {
        List<String> missing = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String src = Files.readString(file);
                for (String call : List.of("new Diagnostic(", "error(")) {
                    for (int i = src.indexOf(call); i >= 0; i = src.indexOf(call, i + 1)) {
                        if (call.equals("error(") && i > 0 && Character.isJavaIdentifierPart(src.charAt(i - 1))) {
                            continue; // someError(
                        }
                        List<String> args = arguments(src, i + call.length());
                        if (args.size() < 2 || src.substring(Math.max(0, i - 40), i).contains("void ")) {
                            continue; // a declaration, or a one-argument error()
                        }
                        int hint = call.startsWith("new") && args.size() == 6 ? 4 : args.size() - 1;
                        if (args.get(hint).strip().equals("null")) {
                            missing.add(file.getFileName() + ": " + src.substring(i, Math.min(src.length(), i + 100)).replaceAll("\\s+", " "));
                        }
                    }
                }
            }
        }
        assertThat(missing).as("findings without a help line").isEmpty();
    }

    @Test
    void controlCharactersAndParserLimitsArePlaced() throws IOException {
        assertPlaced("models:\n  - id: x\n    name: \"x\u0000y\"\n", 3, 13, "control character U+0000 (NUL)");
        assertPlaced("models:\n  - id: x\n    name: \"x\u001b[31my\"\n", 3, 13, "control character U+001B (ESC)");
        assertPlaced("models:\n  - id: x\n    name: " + "[".repeat(60) + "]".repeat(60) + "\n", 3, -1, "Nesting Depth");
        assertPlaced("a: &a [1]\nmodels: [" + "*a, ".repeat(60) + "*a]\n", 2, 210, "aliases");
        StringBuilder deep = new StringBuilder("models:\n");
        for (int i = 0; i < 60; i++) {
            deep.append("  ".repeat(i + 1)).append("k").append(i).append(":\n");
        }
        assertPlaced(deep.toString(), -1, -1, "Nesting Depth");
    }

    private void assertPlaced(String yaml, int line, int column, String message) throws IOException {
        Path file = tmp.resolve("m.yaml");
        Files.write(file, yaml.getBytes(StandardCharsets.UTF_8));
        List<Diagnostic> sink = new ArrayList<>();
        assertThat(YamlReader.read(file, "m.yaml", sink)).isNull();
        assertThat(sink).hasSize(1);
        Diagnostic d = sink.get(0);
        assertThat(d.message()).contains(message);
        assertThat(d.hint()).isNotBlank();
        assertThat(d.line()).as(d.headline()).isPositive();
        assertThat(d.column()).as(d.headline()).isPositive();
        assertThat(d.text()).as("the line is shown, control characters masked").isNotNull().doesNotContain("\u0000", "\u001b");
        if (line > 0) {
            assertThat(d.line()).as(d.headline()).isEqualTo(line);
        }
        if (column > 0) {
            assertThat(d.column()).as(d.headline()).isEqualTo(column);
        }
    }

    @Test
    void eachFileIsReadOnceForTheLinesOfAllItsFindings() throws IOException {
        Path file = tmp.resolve("c.yaml");
        Files.writeString(file, "a: 1\n\uFEFFb: 2\nc: 3\n");
        List<Diagnostic> out = SourceLine.attach(List.of(new Diagnostic(file.toString(), 3, 1, "m", "h"),
                new Diagnostic(file.toString(), 1, 1, "m", "h"), new Diagnostic(file.toString(), 9, 1, "m", "h"),
                new Diagnostic(file.toString(), 2, 1, "m", "h", "given")));
        assertThat(out).extracting(Diagnostic::text).containsExactly("c: 3", "a: 1", null, "given");
    }

    /** The top-level arguments of a call whose "(" ends just before {@code from}. */
    private static List<String> arguments(String src, int from) {
        List<String> args = new ArrayList<>();
        int depth = 0;
        boolean quoted = false;
        StringBuilder arg = new StringBuilder();
        for (int i = from; i < src.length(); i++) {
            char c = src.charAt(i);
            if (c == '"' && src.charAt(i - 1) != '\\') {
                quoted = !quoted;
            } else if (!quoted && (c == '(' || c == '[' || c == '{')) {
                depth++;
            } else if (!quoted && (c == ')' || c == ']' || c == '}')) {
                if (depth-- == 0) {
                    args.add(arg.toString());
                    return args;
                }
            } else if (!quoted && c == ',' && depth == 0) {
                args.add(arg.toString());
                arg.setLength(0);
                continue;
            }
            arg.append(c);
        }
        return args;
    }
}
