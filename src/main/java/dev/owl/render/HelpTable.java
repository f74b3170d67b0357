package dev.owl.render;

import java.util.ArrayList;
import java.util.IllegalFormatException;
import java.util.List;
import picocli.CommandLine.Help;
import picocli.CommandLine.Help.Ansi;
import picocli.CommandLine.Help.Ansi.Text;
import picocli.CommandLine.Help.ColorScheme;
import picocli.CommandLine.Help.Column;

/**
 * picocli's help table, wrapping only at spaces. picocli wraps where {@code java.text.BreakIterator} allows, which is
 * also after a dot or a slash inside a word: "e." then "g. 15", "error.schema." then "json", "./." then
 * "owl/policy.yaml". A path, an id or a URL split like that cannot be copied; here a word is never split unless it is
 * wider than the whole column (then it is cut, as picocli cuts it).
 */
public final class HelpTable extends Help.TextTable {
    private final ColorScheme scheme;

    private HelpTable(ColorScheme scheme, Column... columns) {
        super(scheme, columns);
        this.scheme = scheme;
    }

    /** picocli's option table: marker, short option, comma, long option, then the description that wraps. */
    public static HelpTable forDefaultColumns(ColorScheme scheme, int longOptionsColumnWidth, int width) {
        return new HelpTable(scheme, new Column(2, 0, Column.Overflow.TRUNCATE), new Column(2, 0, Column.Overflow.SPAN),
                new Column(1, 0, Column.Overflow.TRUNCATE), new Column(longOptionsColumnWidth, 1, Column.Overflow.SPAN),
                new Column(width - 5 - longOptionsColumnWidth, 1, Column.Overflow.WRAP));
    }

    /** picocli's {@code Help.join} (a description, a footer: each value a paragraph), wrapping at spaces. */
    public static StringBuilder join(Ansi ansi, int width, boolean adjustCjk, String[] values, StringBuilder sb, Object... params) {
        if (values != null) {
            HelpTable table = new HelpTable(Help.defaultColorScheme(ansi), new Column(width, 0, Column.Overflow.WRAP));
            table.setAdjustLineBreaksForWideCJKCharacters(adjustCjk);
            table.indentWrappedLines = 0;
            for (String value : values) {
                table.addRowValues(format(value, params));
            }
            table.toString(sb);
        }
        return sb;
    }

    private static String format(String value, Object... params) {
        try {
            return value == null ? "" : String.format(value, params);
        } catch (IllegalFormatException e) {
            return value;
        }
    }

    @Override
    public Cell putValue(int row, int col, Text value) {
        Column column = columns()[col];
        if (value == null || column.overflow != Column.Overflow.WRAP || value.plainString().isBlank()) {
            return super.putValue(row, col, value);
        }
        List<Text> lines = wrap(value, column.width - column.indent, column.width - column.indent - indentWrappedLines);
        Cell last = null;
        for (int i = 0; i < lines.size(); i++) {
            if (i > 0) {
                addEmptyRow();
                row++;
            }
            // each line fits, so picocli writes it whole; a continuation gets picocli's hanging indent
            last = super.putValue(row, col, i == 0 ? lines.get(0) : scheme.text(" ".repeat(indentWrappedLines)).concat(lines.get(i)));
        }
        return last;
    }

    /** The value in lines of at most {@code first} columns, then {@code rest}, broken at spaces. */
    private List<Text> wrap(Text value, int first, int rest) {
        String s = value.plainString();
        List<Text> lines = new ArrayList<>();
        int start = 0;
        int available = Math.max(1, first);
        while (start < s.length()) {
            int fit = start;
            for (int i = start; i < s.length(); ) {
                int wordEnd = s.indexOf(' ', i == start ? firstNonSpace(s, i) : i);
                wordEnd = wordEnd < 0 ? s.length() : wordEnd;
                if (width(value, start, wordEnd) > available) {
                    break;
                }
                fit = wordEnd;
                i = firstNonSpace(s, wordEnd);
            }
            if (fit <= start || s.substring(start, fit).isBlank()) { // one word wider than the column: cut it
                fit = cut(s, start, Math.min(s.length(), start + available));
            }
            lines.add(value.substring(start, fit));
            start = firstNonSpace(s, fit);
            available = Math.max(1, rest);
        }
        return lines;
    }

    /** Where to cut a word too wide for the column before {@code limit}: after its last slash that fits, else at the limit. */
    private static int cut(String s, int start, int limit) {
        int slash = s.lastIndexOf('/', limit - 1); // the word has no space before limit: it is wider than the column
        return slash > firstNonSpace(s, start) ? slash + 1 : limit;
    }

    private int width(Text value, int from, int to) {
        return isAdjustLineBreaksForWideCJKCharacters() ? value.substring(from, to).getCJKAdjustedLength() : to - from;
    }

    private static int firstNonSpace(String s, int i) {
        while (i < s.length() && s.charAt(i) == ' ') {
            i++;
        }
        return i;
    }
}
