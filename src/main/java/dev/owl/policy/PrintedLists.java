package dev.owl.policy;

import static dev.owl.policy.ReferenceContexts.SEG;

import java.util.regex.Pattern;

/**
 * A tool's printed list of models in documentation: a fenced block with no language whose lines are each one name or an
 * ellipsis ({@code litgpt download list} prints {@code org/name} per line). Each lone org/name there is a model the tool offers.
 */
final class PrintedLists {
    /** A Markdown code fence's line, with its language if any. */
    static final Pattern FENCE = Pattern.compile("^\\s*(```|~~~)\\s*([^\\s`]*)(?:\\s+[^`]*)?$");
    private static final Pattern LONE_ID = Pattern.compile("^\\s*(?<v>" + SEG + "/" + SEG + ")\\s*$");
    /** One token per line: a name, an ellipsis; nothing that reads as a sentence, a command or a key's value. */
    private static final Pattern ONE_TOKEN = Pattern.compile("^\\s*(?:\\.{2,}|…|" + SEG + "(?:/" + SEG + ")?)?\\s*$");

    /**
     * A row of a box-drawn table a command prints ({@code llama model list}, a rich console table): its first cell is one
     * name, the model the row lists, with its size and date in the other cells.
     */
    private static final Pattern BOX_ROW = Pattern.compile("^\\s*\u2502\\s*(?<v>" + SEG + "(?::[\\w.-]+)?)\\s*\u2502.*");

    /** A printed row: a first token that could be a name, then a column's gap (a bar, or two spaces or more) and more text. */
    private static final Pattern ROW = Pattern.compile("^\\s*(?<v>[A-Za-z][\\w.:/-]*\\w)(?:\\s*\\|\\s*|\\s{2,})\\S.*$");
    /** A printed column of names needs this many rows, and most of their first tokens must read as model names. */
    static final int MIN_ROWS = 3;

    private final ModelNames names;

    PrintedLists(ModelNames names) {
        this.names = names;
    }

    /**
     * The first tokens of the rows a tool prints in a documentation's fenced block ({@code athene-70b    | score: 77.6 | …}, a
     * leaderboard; {@code llama3.2:latest   a80c4f17acd5   2.0 GB}, a model list), by line number: a block's rows are a column of
     * models when at least {@link #MIN_ROWS} of them start with a token and most of those tokens read as model names, open or
     * closed; then each token with a digit, a '-', a ':' or a '/' names a model, known to the catalog or not, as a leaderboard
     * lists the ones it lacks beside the ones it has. A header's word ({@code NAME}) is none.
     */
    static java.util.Map<Integer, int[]> columns(java.util.List<String> texts, java.util.function.IntUnaryOperator number,
            java.util.function.Predicate<String> nameLike) {
        java.util.Map<Integer, int[]> out = new java.util.HashMap<>();
        java.util.List<int[]> rows = new java.util.ArrayList<>(); // {index, start, end} of the open block's rows
        boolean fence = false;
        int named = 0;
        for (int i = 0; i < texts.size(); i++) {
            String t = texts.get(i);
            if ((t.indexOf('`') >= 0 || t.indexOf('~') >= 0) && FENCE.matcher(t).matches()) {
                if (fence && rows.size() >= MIN_ROWS && named * 2 > rows.size()) {
                    rows.forEach(r -> out.put(number.applyAsInt(r[0]), new int[] {r[1], r[2]}));
                }
                fence = !fence;
                rows.clear();
                named = 0;
                continue;
            }
            java.util.regex.Matcher m = fence ? ROW.matcher(t) : null;
            if (m != null && m.matches()) {
                String v = m.group("v");
                if (v.chars().anyMatch(c -> Character.isDigit(c) || c == '-' || c == ':' || c == '/')) {
                    rows.add(new int[] {i, m.start("v"), m.end("v")});
                    named += nameLike.test(v) ? 1 : 0;
                }
            }
        }
        return out;
    }

    /** Reads one line of documentation (none of code): tracks fences, and takes a lone org/name inside a plain block of single names. */
    void read(ScannedLine line, ScanState state) {
        if (!state.prose) {
            return;
        }
        if (line.text.indexOf('`') >= 0 || line.text.indexOf('~') >= 0) {
            java.util.regex.Matcher f = FENCE.matcher(line.text);
            if (f.matches()) {
                state.fence = !state.fence;
                state.nameBlock = state.fence && f.group(2).isEmpty();
                return;
            }
        }
        int[] row = state.printedRows.get(line.number);
        if (row != null && line.free(row[0], row[1])) {
            String v = line.text.substring(row[0], row[1]);
            if (names.tableName(v) && names.accept(v, "printed-list", line.text, line.label)) {
                line.take(row[0], row[1], row[0] + 1, v, names.kindOf(v, Reference.Kind.HF_REPO), "printed-table");
            }
            return;
        }
        if (state.fence && line.text.indexOf('\u2502') >= 0) {
            boxRow(line);
            return;
        }
        if (!state.fence || !state.nameBlock) {
            return;
        }
        if (!ONE_TOKEN.matcher(line.text).matches()) {
            state.nameBlock = false;
            return;
        }
        java.util.regex.Matcher m = LONE_ID.matcher(line.text);
        if (m.matches() && line.free(m.start("v"), m.end("v"))) {
            String v = m.group("v");
            if (NameShapes.hubIdShaped(v, false) && names.accept(v, "printed-list", line.text, line.label)) {
                line.take(m.start("v"), m.end("v"), m.start("v") + 1, v, Reference.Kind.HF_REPO, "printed-list");
            }
        }
    }

    /** Takes a printed table row's first cell when it reads as a model's name (sized: Llama3.2-1B-Instruct:int4, Prompt-Guard-86M). */
    private void boxRow(ScannedLine line) {
        java.util.regex.Matcher m = BOX_ROW.matcher(line.text);
        if (!m.matches() || !line.free(m.start("v"), m.end("v"))) {
            return;
        }
        String v = m.group("v");
        String untagged = v.indexOf(':') > 0 ? v.substring(0, v.indexOf(':')) : v;
        if (names.modelShaped(untagged, false, false) && names.accept(untagged, "printed-list", line.text, line.label)) {
            line.take(m.start("v"), m.end("v"), m.start("v") + 1, v, names.kindOf(v, Reference.Kind.HF_REPO), "printed-table");
        }
    }
}
