package dev.owl.input;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/** The text of one line of an input file, for a diagnostic that was made without it at hand. */
public final class SourceLine {
    private static final int MAX_LINE_CHARS = 400;

    private SourceLine() {}

    /**
     * The diagnostics with the text of their lines attached where it was not at hand, reading each file once (a file
     * with a thousand findings is not read a thousand times).
     */
    public static List<Diagnostic> attach(List<Diagnostic> diagnostics) {
        Map<String, TreeSet<Integer>> wanted = new HashMap<>();
        for (Diagnostic d : diagnostics) {
            if (d.text() == null && d.file() != null && d.line() > 0) {
                wanted.computeIfAbsent(d.file(), f -> new TreeSet<>()).add(d.line());
            }
        }
        Map<String, Map<Integer, String>> texts = new HashMap<>();
        wanted.forEach((file, lines) -> texts.put(file, read(file, lines)));
        List<Diagnostic> out = new ArrayList<>(diagnostics.size());
        for (Diagnostic d : diagnostics) {
            String text = d.text() != null ? null : texts.getOrDefault(d.file(), Map.of()).get(d.line());
            out.add(text == null ? d : new Diagnostic(d.file(), d.line(), d.column(), d.message(), d.hint(), text));
        }
        return out;
    }

    /** Line {@code line} (1-based) of the regular file {@code file}, cut to 400 characters; null when it can't be had. */
    public static String read(String file, int line) {
        return read(file, new TreeSet<>(List.of(line))).get(line);
    }

    private static Map<Integer, String> read(String file, TreeSet<Integer> lines) {
        Map<Integer, String> found = new HashMap<>();
        if (file == null || lines.isEmpty() || lines.first() <= 0) {
            return found;
        }
        try {
            Path path = Path.of(file);
            if (!Files.isRegularFile(path) || Files.size(path) > YamlReader.MAX_FILE_BYTES) {
                return found;
            }
            var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE);
            try (BufferedReader r = new BufferedReader(new java.io.InputStreamReader(Files.newInputStream(path), decoder))) {
                int last = lines.last();
                for (int i = 1; i <= last; i++) {
                    String text = r.readLine();
                    if (text == null) {
                        break;
                    }
                    if (lines.contains(i)) {
                        text = i == 1 && text.startsWith("\uFEFF") ? text.substring(1) : text;
                        found.put(i, text.length() > MAX_LINE_CHARS ? text.substring(0, MAX_LINE_CHARS) : text);
                    }
                }
                return found;
            }
        } catch (IOException | InvalidPathException | SecurityException e) {
            return found;
        }
    }
}
