package dev.owl.render;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.FilterWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;

/**
 * Writes a result in the chosen format. A command hands over its result records and the view that lays
 * them out for people: json and yaml serialize the records (see {@link Mappers}), csv and tsv write the
 * view's column values, table and markdown lay out the view's cells. The renderer never computes. A new
 * format is a change here alone; tests override {@link #list} and {@link #record} to prove it.
 */
public class Renderer {
    private final Format format;
    private final boolean color;
    private final int width;
    private final TableLayout layout;
    private final Detail detail;

    /** {@code width} is the terminal width to fit tables into, or 0 for no limit (piped output). */
    public Renderer(Format format, boolean color, int width) {
        this(format, color, width, Detail.NORMAL);
    }

    /** A renderer that says as much as {@code detail} asks besides the result. */
    public Renderer(Format format, boolean color, int width, Detail detail) {
        this.format = format;
        this.color = color;
        this.width = width;
        this.layout = new TableLayout(color, width);
        this.detail = detail;
    }

    public Format format() {
        return format;
    }

    public boolean color() {
        return color;
    }

    /** A list result: one record per row. */
    public <T> void list(List<? extends T> records, View<T> view, PrintWriter out) {
        switch (format) {
            case JSON, YAML -> tree(records, out);
            case CSV -> Delimited.records(view, records, ',', out);
            case TSV -> Delimited.records(view, records, '\t', out);
            case MARKDOWN -> Markdown.table(view.table(records), out);
            case TABLE -> {
                List<String> hidden = human(view.table(records), out);
                if (!hidden.isEmpty()) { // never silently: a view without a --wide still names what is missing
                    paragraph("", "", String.join(", ", hidden) + " left out to fit " + width + " columns: "
                            + (view.wider() != null ? view.wider() : "a wider terminal or --format csv") + " shows them.", out);
                }
            }
            case SARIF, JUNIT -> throw reportOnly();
        }
        out.flush();
    }

    /**
     * A result record for json and yaml whose {@code rows}, laid out by {@code view}, are what the other formats
     * show (a comparison's rows, a ranking, the settings). The record goes through {@link #record} so that a
     * format added there covers it too.
     */
    public <T> void report(Object report, List<? extends T> rows, View<T> view, PrintWriter out) {
        if (format.isTree()) {
            record(report, null, out);
        } else {
            list(rows, view, out);
        }
    }

    /** A single-record result: the record for json and yaml, its grouped fields for people, flattened for csv/tsv/markdown. */
    public void record(Object record, Sections view, PrintWriter out) {
        if (format.isTree()) {
            tree(record, out);
        } else {
            sections(view, out);
        }
    }

    /** Already laid-out cells (the flattened sections of one record) in a format that is not a tree. */
    void cells(Table table, PrintWriter out) {
        switch (format) {
            case JSON, YAML -> throw new IllegalStateException("json and yaml serialize the record, not its cells");
            case CSV -> Delimited.table(table, ',', out);
            case TSV -> Delimited.table(table, '\t', out);
            case MARKDOWN -> Markdown.table(table, out);
            case TABLE -> human(table, out);
            case SARIF, JUNIT -> throw reportOnly();
        }
        out.flush();
    }

    /** A single-record result: grouped fields for people, flattened for csv/tsv/markdown. */
    private void sections(Sections all, PrintWriter out) {
        boolean human = format == Format.TABLE || format == Format.MARKDOWN;
        Sections sections = detail == Detail.QUIET && human ? all.withoutCommentary() : all;
        if (format != Format.TABLE) {
            cells(sections.flatten(), out);
            return;
        }
        out.println(layout.bold(Sanitizer.clean(sections.title())));
        for (Sections.Section s : sections.sections()) {
            out.println();
            out.println(layout.bold(Sanitizer.clean(s.title())));
            if (s.table() != null) {
                StringBuilder sb = new StringBuilder();
                layout.layout(s.table(), "  ", sb);
                out.print(sb);
            } else {
                fields(s.fields(), out);
            }
        }
        out.flush();
    }

    private void fields(List<Sections.Field> fields, PrintWriter out) {
        int nameWidth = 0;
        for (Sections.Field f : fields) {
            nameWidth = Math.max(nameWidth, TextWidth.of(f.name()));
        }
        String indent = " ".repeat(2 + nameWidth + TableLayout.GAP);
        for (Sections.Field f : fields) {
            String name = TextWidth.pad(Sanitizer.clean(f.name()), nameWidth, Align.LEFT);
            String value = f.value() == null ? "" : f.value();
            boolean first = true;
            for (String paragraph : value.split("\n", -1)) {
                for (String text : TextWidth.wrap(Sanitizer.clean(paragraph), width == 0 ? 0 : width - indent.length())) {
                    out.println(first ? ("  " + name + " ".repeat(TableLayout.GAP) + text).stripTrailing()
                            : (indent + text).stripTrailing());
                    first = false;
                }
            }
        }
    }

    /**
     * A line of prose under a table (a note, an assumption, an exclusion): starts with {@code first},
     * and on a terminal wraps to its width with the following lines under {@code rest}. Left out with --quiet.
     */
    public void paragraph(String first, String rest, String text, PrintWriter out) {
        if (detail == Detail.QUIET) {
            return;
        }
        int room = width == 0 ? 0
                : Math.max(TableLayout.MIN_COLUMN, width - Math.max(TextWidth.of(first), TextWidth.of(rest)));
        List<String> lines = TextWidth.wrap(Sanitizer.clean(text), room);
        for (int i = 0; i < lines.size(); i++) {
            out.println(((i == 0 ? first : rest) + lines.get(i)).stripTrailing());
        }
    }

    /**
     * Under a table, what its figures rest on: a blank line, the summary, then each note as an item; in markdown a
     * paragraph and a bullet list, so a pasted report keeps what its figures rest on. Only for the table and markdown
     * formats (json and yaml carry them as fields), and not with --quiet.
     */
    public void notes(String summary, List<String> notes, PrintWriter out) {
        if (detail == Detail.QUIET || (format != Format.TABLE && format != Format.MARKDOWN)) {
            return;
        }
        out.println();
        if (format == Format.MARKDOWN) {
            Markdown.notes(summary, notes, out);
        } else {
            paragraph("", "", summary, out);
            for (String n : notes) {
                paragraph("  - ", "    ", n, out);
            }
        }
        out.flush();
    }

    /**
     * The version of the JSON and YAML documents' shapes (docs/schema/): every object document carries it as its first
     * key, and so does every object of an array document (an array stays an array, so {@code jq '.[]'} keeps working).
     * Raised when a key is removed or changes meaning; new keys do not raise it.
     */
    public static final int SCHEMA_VERSION = 1;

    /** A document with {@link #SCHEMA_VERSION} written before its own keys. */
    record Versioned(int schemaVersion, @com.fasterxml.jackson.annotation.JsonUnwrapped Object document) {
        static Object of(Object tree) {
            if (tree instanceof List<?> items) {
                return Mapped.of(items, Versioned::one); // each row wrapped as it is written
            }
            if (tree instanceof java.util.Collection<?> items) {
                return items.stream().map(Versioned::one).toList();
            }
            return one(tree);
        }

        private static Object one(Object item) {
            return item instanceof Record ? new Versioned(SCHEMA_VERSION, item) : item;
        }
    }

    /** JSON or YAML of a record or a list of records, each with {@link #SCHEMA_VERSION}. */
    public void tree(Object tree, PrintWriter out) {
        foreign(Versioned.of(tree), out);
    }

    /** A document whose shape someone else defines (SARIF, CycloneDX): written as it is, without owl's schema_version. */
    public void foreign(Object tree, PrintWriter out) {
        try {
            if (format == Format.YAML) {
                Mappers.yaml(tree, new NonClosing(out));
            } else {
                DefaultPrettyPrinter pp = new DefaultPrettyPrinter().withArrayIndenter(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE);
                java.io.OutputStream bytes = out instanceof StdoutWriter stdout ? stdout.utf8Bytes() : null;
                if (bytes != null) {
                    Mappers.json(tree, bytes, pp); // streamed, row by row, straight to bytes; an emoji stays itself, as the text path writes it
                } else {
                    Mappers.json(tree, new NonClosing(out), pp); // streamed: no giant string for big lists
                }
                out.println();
            }
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + format.key() + ": " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.flush();
    }

    private IllegalArgumentException reportOnly() {
        return new IllegalArgumentException(format.key() + " is a license-check report format");
    }

    /** Returns the headers of the columns left out to fit the terminal. */
    private List<String> human(Table table, PrintWriter out) {
        StringBuilder sb = new StringBuilder();
        List<String> hidden = layout.layout(table, "", sb);
        out.print(sb);
        return hidden;
    }

    /** Jackson closes the writer it is given when done; stdout must stay open for whatever follows. */
    private static final class NonClosing extends FilterWriter {
        NonClosing(Writer w) {
            super(w);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
