package dev.owl.input;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/** The text of one line of an input file, for a diagnostic that was made without it at hand. */
public final class SourceLine {
    private static final int MAX_LINE_CHARS = 400;

    private SourceLine() {}

    /** Line {@code line} (1-based) of the regular file {@code file}, cut to 400 characters; null when it can't be had. */
    public static String read(String file, int line) {
        if (file == null || line <= 0) {
            return null;
        }
        try {
            Path path = Path.of(file);
            if (!Files.isRegularFile(path) || Files.size(path) > YamlReader.MAX_FILE_BYTES) {
                return null;
            }
            var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE);
            try (BufferedReader r = new BufferedReader(new java.io.InputStreamReader(Files.newInputStream(path), decoder))) {
                String text = null;
                for (int i = 0; i < line; i++) {
                    text = r.readLine();
                    if (text == null) {
                        return null;
                    }
                }
                text = text.startsWith("\uFEFF") ? text.substring(1) : text;
                return text.length() > MAX_LINE_CHARS ? text.substring(0, MAX_LINE_CHARS) : text;
            }
        } catch (IOException | InvalidPathException | SecurityException e) {
            return null;
        }
    }
}
