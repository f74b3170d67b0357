package dev.owl;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Issue 12's size rule: no class in src/main over 300 lines, no method over 60, and cli/ holds commands and
 * their mixins without building maps for output. The classes and methods still over a limit are listed here
 * by name, to be split; nothing may join the list.
 */
class SourceSizeTest {
    static final int MAX_CLASS_LINES = 300;
    static final int MAX_METHOD_LINES = 60;
    private static final Path MAIN = Path.of("src/main/java");
    private static final Pattern METHOD = Pattern.compile(
            "^(\\s+)(?:(?:public|protected|private|static|final|abstract|synchronized|default)\\s+)*"
                    + "[\\w<>\\[\\],.? ]+\\s+(\\w+)\\s*\\([^;]*$");

    /** Still over a limit: to be split (none left; nothing may join). */
    static final List<String> KNOWN = List.of();

    @Test
    void noClassOrMethodOverTheLimitsBeyondTheKnownOnes() throws IOException {
        Map<String, Integer> over = new TreeMap<>();
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String name = MAIN.relativize(file).toString().replace('\\', '/');
                List<String> lines = Files.readAllLines(file);
                if (lines.size() > MAX_CLASS_LINES) {
                    over.put("class " + name, lines.size());
                }
                methodLengths(lines).forEach((method, length) -> {
                    if (length > MAX_METHOD_LINES) {
                        over.put("method " + name + "#" + method, length);
                    }
                });
            }
        }
        assertThat(over.keySet()).as("over the limits: %s", over).isSubsetOf(KNOWN);
    }

    @Test
    void noFileUnderCliBuildsAMapForOutput() throws IOException {
        List<String> builders = new ArrayList<>();
        try (Stream<Path> files = Files.walk(MAIN.resolve("dev/owl/cli"))) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                if (Files.readString(file).replaceAll("m\\.put\\(\"[a-z]+\", [\\w.]+::new\\)", "").contains(".put(\"")) {
                    builders.add(file.getFileName().toString());
                }
            }
        }
        assertThat(builders).as("cli/ files that build output maps (a result is a record and a view)")
                .isSubsetOf(KNOWN_MAP_BUILDERS);
    }

    /**
     * Issue 12's "cli/ holds commands only": every class there is a picocli command, a mixin (options), or a piece
     * picocli calls (converter, completion candidates, version or default-value provider, exception handler).
     * Four more belong to picocli's wiring and are named here: the exit codes the handlers return, the Launcher
     * that builds the command line, the Session commands reach through Session.of(spec), and the ModelGenerator that
     * writes the commands' models at build time (with ModelCode, which names the annotations it copies).
     */
    @Test
    void cliHoldsPicocliCommandsMixinsAndTheirPlumbingOnly() throws IOException {
        List<String> others = new ArrayList<>();
        Pattern picocli = Pattern.compile("@Command\\(|@Option\\(|@Parameters\\(|ITypeConverter|IVersionProvider"
                + "|IExecutionExceptionHandler|IParameterExceptionHandler|IDefaultValueProvider|implements Iterable<String>");
        try (Stream<Path> files = Files.walk(MAIN.resolve("dev/owl/cli"))) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                if (!picocli.matcher(Files.readString(file)).find()) {
                    others.add(file.getFileName().toString());
                }
            }
        }
        assertThat(others).as("cli/ classes that are not picocli commands, mixins or plumbing")
                .containsExactlyInAnyOrder("ExitCode.java", "Launcher.java", "Session.java", "ModelGenerator.java");
    }

    /** Issue 12's "no god root": commands reach the run through Session.of(spec), the one place that knows the root. */
    @Test
    void onlySessionReachesTheRootCommand() throws IOException {
        List<String> casts = new ArrayList<>();
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String text = Files.readString(file);
                if ((text.contains("root().userObject()") || text.contains("(OwlCommand)")) && !file.endsWith("Session.java")) {
                    casts.add(file.getFileName().toString());
                }
            }
        }
        assertThat(casts).as("files that reach the root command other than through Session.of").isEmpty();
    }

    /** Commands not yet on records and views. */
    static final List<String> KNOWN_MAP_BUILDERS = List.of();

    /** Lines from a method's declaration to its closing brace, by brace depth; bodies of nested classes count to them. */
    static Map<String, Integer> methodLengths(List<String> lines) {
        Map<String, Integer> lengths = new TreeMap<>();
        for (int i = 0; i < lines.size(); i++) {
            var m = METHOD.matcher(lines.get(i));
            if (!m.find() || lines.get(i).strip().startsWith("return ") || lines.get(i).contains(" new ")
                    || lines.get(i).strip().startsWith("else") || List.of("if", "for", "while", "switch", "catch", "synchronized")
                            .contains(m.group(2))) {
                continue;
            }
            int depth = 0;
            boolean opened = false;
            int end = i;
            for (int j = i; j < lines.size(); j++) {
                for (char c : lines.get(j).toCharArray()) {
                    if (c == '{') {
                        depth++;
                        opened = true;
                    } else if (c == '}') {
                        depth--;
                    }
                }
                if (lines.get(j).contains(";") && !opened) {
                    break; // an abstract or interface method
                }
                if (opened && depth == 0) {
                    end = j;
                    break;
                }
            }
            if (opened) {
                lengths.merge(m.group(2), end - i + 1, Math::max);
            }
        }
        return lengths;
    }
}
