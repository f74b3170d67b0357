package dev.owl.policy;

import java.util.regex.Pattern;

/**
 * Markdown table columns that hold no models: a cell under a header that names a format, a template, a handler or a class
 * ({@code | Model | Chat handler | chat_format |}), whatever the cell spells ({@code llava-1-5}, a chat format named after the
 * model it suits). The header row is remembered until the table ends.
 */
final class TableColumns {
    private static final Pattern NOT_MODELS = Pattern.compile("(?i)format|template|handler|class|parser|architecture|tokenizer");

    private TableColumns() {}

    static void claim(ScannedLine line, ScanState state) {
        String t = line.text.strip();
        if (!t.startsWith("|")) {
            state.plainColumns = null;
            return;
        }
        String[] cells = t.substring(1).split("\\|", -1);
        if (state.plainColumns == null) {
            boolean[] plain = new boolean[cells.length];
            boolean any = false;
            for (int i = 0; i < cells.length; i++) {
                plain[i] = NOT_MODELS.matcher(cells[i]).find() && !cells[i].toLowerCase(java.util.Locale.ROOT).contains("model");
                any |= plain[i];
            }
            state.plainColumns = any ? plain : new boolean[0];
            return;
        }
        int at = line.text.indexOf('|') + 1;
        for (int i = 0; i < cells.length && i < state.plainColumns.length; i++) {
            if (state.plainColumns[i]) {
                line.spans.add(new int[] {at, at + cells[i].length()});
            }
            at += cells[i].length() + 1;
        }
    }

    /** Whether the token at [start, end) is a Markdown table cell's whole text ({@code | org/name-v5 |}), spaces aside. */
    static boolean wholeCell(String text, int start, int end) {
        int before = start - 1;
        while (before >= 0 && text.charAt(before) == ' ') {
            before--;
        }
        int after = end;
        while (after < text.length() && text.charAt(after) == ' ') {
            after++;
        }
        return before >= 0 && text.charAt(before) == '|' && after < text.length() && text.charAt(after) == '|';
    }

    /** An org/name as a Hub id of a model is written in a cell: a name with a digit and a '-' ({@code org/embed-e5-v5}), not {@code N/A} or {@code TP/DP}. */
    static boolean idShaped(String v) {
        String name = v.substring(v.indexOf('/') + 1);
        return v.indexOf('/') >= 2 && name.indexOf('-') > 0 && name.chars().anyMatch(Character::isDigit);
    }
}
