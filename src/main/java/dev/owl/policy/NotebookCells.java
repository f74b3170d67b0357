package dev.owl.policy;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A Jupyter notebook's text, read as a JSON stream: each cell's source lines, and the text a code cell printed (a stream's
 * {@code text}, a result's {@code text/plain} or {@code text/html}, Colab's DataFrame summary), where a run header, a download
 * log, {@code ollama list} or a printed table names the model it used. Images and widget state are not read. Each line keeps the notebook file's own line number.
 */
final class NotebookCells {
    /** Marks a Markdown cell's line (third element); code and printed output lines carry "". */
    static final String MARKDOWN = "md";

    /** The file is JSON but not a notebook's object. */
    static final class NotANotebook extends IOException {
        NotANotebook(String message) {
            super(message);
        }
    }

    private NotebookCells() {}

    /**
     * Each line as {notebook line, text, {@link #MARKDOWN} or ""}, cell by cell, sources before or after outputs as written.
     * A printed output longer than Jackson's string limit (a training log) is not held in memory: the notebook is read
     * again without its outputs, so its sources still count; a source that long makes it unreadable.
     */
    static List<String[]> read(Path file) throws IOException {
        try {
            return read(file, true);
        } catch (TooLong e) {
            try {
                return read(file, false);
            } catch (TooLong again) {
                throw new NotANotebook("unreadable: a JSON string longer than " + StreamReadConstraints.DEFAULT_MAX_STRING_LEN + " characters");
            }
        }
    }

    /** A string over Jackson's limit (the limit is kept: it bounds the memory one string takes). */
    private static final class TooLong extends IOException {}

    private static List<String[]> read(Path file, boolean withOutputs) throws IOException {
        List<String[]> cells = new ArrayList<>();
        try (InputStream in = Files.newInputStream(file); JsonParser p = new JsonFactory().createParser(in)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new NotANotebook("not a notebook (not a JSON object)");
            }
            int depth = 1;
            JsonToken t;
            boolean markdown = false;
            boolean outputs = false;
            while ((t = p.nextToken()) != null) {
                if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
                    depth++;
                } else if (t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) {
                    depth--;
                    outputs &= depth > 3;
                } else if (t == JsonToken.FIELD_NAME && depth == 3) {
                    // {cells: [ {cell_type, source: [...], outputs: [...]} ]}: nbformat writes cell_type first
                    String field = p.currentName();
                    if (field.equals("cell_type")) {
                        markdown = p.nextToken() == JsonToken.VALUE_STRING && p.getText().equals("markdown");
                    } else if (field.equals("source")) {
                        strings(p, cells, markdown ? MARKDOWN : "");
                    } else {
                        outputs = field.equals("outputs");
                    }
                } else if (t == JsonToken.FIELD_NAME && outputs && withOutputs && printed(p.currentName(), depth)) {
                    // outputs: [ {output_type: stream, text: [...]} | {data: {"text/plain": [...], "…+json": {summary: "…"}}} ]
                    strings(p, cells, "");
                }
            }
        } catch (StreamConstraintsException e) {
            if (message(e).contains("String value length")) {
                throw new TooLong();
            }
            throw new NotANotebook("not a notebook (" + (message(e).contains("nesting depth") ? "JSON nested too deep" : "invalid JSON") + ")");
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new NotANotebook("not a notebook (invalid JSON)");
        }
        return cells;
    }

    private static String message(StreamConstraintsException e) {
        return String.valueOf(e.getOriginalMessage());
    }

    /**
     * A stream's text, a result's plain text or HTML (a DataFrame printed as a table), and Colab's summary of a displayed
     * DataFrame ({@code application/vnd.google.colaboratory.intrinsic+json}: its {@code summary} lists sample values).
     */
    private static boolean printed(String field, int depth) {
        return depth == 5 && field.equals("text") || depth == 6 && (field.equals("text/plain") || field.equals("text/html"))
                || depth == 7 && field.equals("summary");
    }

    /** The value after a field: one string or an array of strings, each split into lines; anything else skipped. */
    private static void strings(JsonParser p, List<String[]> lines, String mark) throws IOException {
        JsonToken v = p.nextToken();
        if (v == JsonToken.VALUE_STRING) {
            add(lines, p, mark);
        } else if (v == JsonToken.START_ARRAY) {
            while ((v = p.nextToken()) == JsonToken.VALUE_STRING) {
                add(lines, p, mark);
            }
            if (v != JsonToken.END_ARRAY) {
                p.skipChildren();
                skipToEndOfArray(p);
            }
        } else if (v == JsonToken.START_OBJECT) {
            p.skipChildren();
        }
    }

    private static void skipToEndOfArray(JsonParser p) throws IOException {
        JsonToken v;
        while ((v = p.nextToken()) != null && v != JsonToken.END_ARRAY) {
            p.skipChildren();
        }
    }

    private static void add(List<String[]> lines, JsonParser p, String mark) throws IOException {
        int line = p.currentTokenLocation().getLineNr();
        for (String s : p.getText().split("\\R", -1)) {
            lines.add(new String[] {Integer.toString(line), s, mark});
        }
    }
}
