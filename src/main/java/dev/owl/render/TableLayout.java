package dev.owl.render;

import java.util.ArrayList;
import java.util.List;

/** Lays a table out for a terminal: aligned by display width, fitted into the width, header in bold. */
final class TableLayout {
    static final String BOLD = "\u001b[1m";
    private static final String EMPHASIS = "\u001b[1;32m";
    static final String RESET = "\u001b[0m";
    static final int GAP = 2;
    static final int MIN_COLUMN = 12;
    /** A wrapped text column at least this wide still reads well; droppable columns make room for it. */
    static final int READABLE = 30;

    private final boolean color;
    private final int width;

    /** {@code width} is the terminal width, or 0 for no limit. */
    TableLayout(boolean color, int width) {
        this.color = color;
        this.width = width;
    }

    /** Lays {@code table} out into {@code sb}; returns the headers of the columns left out to fit the width. */
    List<String> layout(Table table, String indent, StringBuilder sb) {
        List<Table.Column> cols = table.columns();
        List<List<String>> rows = new ArrayList<>();
        for (List<String> row : table.rows()) {
            rows.add(row.stream().map(Sanitizer::clean).toList());
        }
        int[] widths = new int[cols.size()];
        int[] folded = new int[cols.size()]; // a number column's width with its header wrapped at spaces
        for (int c = 0; c < cols.size(); c++) {
            for (String word : cols.get(c).header().split(" ")) {
                folded[c] = Math.max(folded[c], TextWidth.of(word));
            }
            for (List<String> row : rows) {
                folded[c] = Math.max(folded[c], TextWidth.of(row.get(c)));
            }
            widths[c] = Math.max(folded[c], TextWidth.of(cols.get(c).header()));
        }
        if (width > 0) {
            shrink(widths, table, width - indent.length(), folded);
        }
        appendRow(sb, indent, cols.stream().map(Table.Column::header).toList(), widths, cols, -1, table);
        for (int r = 0; r < rows.size(); r++) {
            appendRow(sb, indent, rows.get(r), widths, cols, r, table);
        }
        List<String> hidden = new ArrayList<>();
        for (int c = 0; c < cols.size(); c++) {
            int column = c;
            if (widths[c] == 0 && rows.stream().anyMatch(row -> !row.get(column).isEmpty())) {
                hidden.add(cols.get(c).header()); // an empty column left out hides nothing
            }
        }
        return hidden;
    }

    /**
     * Fits a table into the terminal without losing text. First the columns the table marks
     * {@link Table#dropFirst droppable} are left out, from the right, while the table would not fit even
     * with its text columns wrapped at {@value #READABLE} cells; then the widest text columns (never the
     * first) are narrowed to a common width, no narrower than {@value #MIN_COLUMN} cells, and their cells
     * wrap onto more lines; if that is not enough, number columns wrap their headers at spaces (a header such as
     * {@code BREAK-EVEN TOKENS/DAY} over short numbers); only then are other columns left out from the right, never an
     * {@link Table#kept answer} column, and last the first column is cut, so the id that names each row
     * stays readable (beside answer columns no narrower than {@value #MIN_COLUMN} cells: then the lines run
     * over). A left-out column has width 0.
     */
    private static void shrink(int[] widths, Table table, int available, int[] folded) {
        List<Table.Column> cols = table.columns();
        for (int c = cols.size() - 1; c >= 1 && total(capped(widths, cols, READABLE)) > available; c--) {
            widths[c] = table.droppable(c) ? 0 : widths[c];
        }
        int[] natural = widths.clone();
        if (dropUntilFits(widths, natural, table, available)) {
            return;
        }
        for (int c = 1; c < widths.length; c++) { // the answer columns alone do not fit: BREAK-EVEN over TOKENS/DAY
            // a header folded for a cell or two (KV over CACHE) reads worse than it helps
            boolean worth = natural[c] - folded[c] >= 2 * GAP;
            natural[c] = cols.get(c).align() == Align.RIGHT && natural[c] > 0 && worth ? folded[c] : natural[c];
        }
        if (dropUntilFits(widths, natural, table, available)) {
            return;
        }
        int others = total(widths) - widths[0];
        // beside answer columns the first column keeps a readable width, and the lines may run over
        widths[0] = others == 0 ? Math.max(1, available)
                : Math.max(Math.min(widths[0], MIN_COLUMN), widths[0] - (total(widths) - available));
    }

    /** Leaves out the columns that are not answers, from the right, until {@code natural} narrowed fits into {@code widths}. */
    private static boolean dropUntilFits(int[] widths, int[] natural, Table table, int available) {
        List<Table.Column> cols = table.columns();
        for (int drop = cols.size(); drop >= 1; drop--) {
            if (drop < cols.size() && !table.kept(drop)) {
                natural[drop] = 0;
            }
            System.arraycopy(natural, 0, widths, 0, widths.length);
            narrow(widths, cols, available);
            if (total(widths) <= available) {
                return true;
            }
        }
        return false;
    }

    /** {@code widths} with the left-aligned columns after the first capped at {@code cap}. */
    private static int[] capped(int[] widths, List<Table.Column> cols, int cap) {
        int[] out = widths.clone();
        for (int c = 1; c < out.length; c++) {
            if (cols.get(c).align() == Align.LEFT && out[c] > cap) {
                out[c] = cap;
            }
        }
        return out;
    }

    /** Narrows the left-aligned columns after the first to a common width until the table fits, or they reach the minimum. */
    private static void narrow(int[] widths, List<Table.Column> cols, int available) {
        int cap = 0;
        for (int c = 1; c < widths.length; c++) {
            cap = cols.get(c).align() == Align.LEFT ? Math.max(cap, widths[c]) : cap;
        }
        while (total(widths) > available && cap > MIN_COLUMN) {
            cap--;
            for (int c = 1; c < widths.length; c++) {
                if (cols.get(c).align() == Align.LEFT && widths[c] > cap) {
                    widths[c] = cap;
                }
            }
        }
    }

    private static int total(int[] widths) {
        int sum = 0;
        int shown = 0;
        for (int w : widths) {
            sum += w;
            shown += w > 0 ? 1 : 0;
        }
        return sum + GAP * Math.max(0, shown - 1);
    }

    /** {@code row} is -1 for the header. A cell wider than its column wraps or is cut, as its column says. */
    private void appendRow(StringBuilder sb, String indent, List<String> cells, int[] widths, List<Table.Column> cols,
            int row, Table table) {
        int lastShown = 0;
        for (int c = 0; c < widths.length; c++) {
            lastShown = widths[c] > 0 ? c : lastShown;
        }
        List<List<String>> wrapped = new ArrayList<>();
        int height = 1;
        for (int c = 0; c < widths.length; c++) {
            List<String> lines = widths[c] == 0 ? List.of()
                    : cols.get(c).overflow() == Overflow.TRUNCATE ? List.of(TextWidth.truncate(cells.get(c), widths[c]))
                    : TextWidth.wrap(cells.get(c), widths[c]);
            wrapped.add(lines);
            height = Math.max(height, lines.size());
        }
        for (int k = 0; k < height; k++) {
            StringBuilder line = new StringBuilder(indent);
            for (int c = 0; c <= lastShown; c++) {
                if (widths[c] == 0) {
                    continue;
                }
                String cell = k < wrapped.get(c).size() ? wrapped.get(c).get(k) : "";
                boolean last = c == lastShown;
                String padded = last && cols.get(c).align() == Align.LEFT ? cell : TextWidth.pad(cell, widths[c], cols.get(c).align());
                line.append(style(padded, row < 0, row >= 0 && table.emphasized(row, c)));
                if (!last) {
                    line.append(" ".repeat(GAP));
                }
            }
            sb.append(line.toString().stripTrailing()).append('\n');
        }
    }

    private String style(String padded, boolean header, boolean emphasized) {
        if (header) {
            return bold(padded);
        }
        return color && emphasized && !padded.isBlank() ? EMPHASIS + padded + RESET : padded;
    }

    String bold(String s) {
        return color && !s.isBlank() ? BOLD + s + RESET : s;
    }
}
