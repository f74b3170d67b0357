package dev.owl.render;

import java.util.ArrayList;
import java.util.List;

/**
 * A table view: the columns that lay out a list of result records for people (table, markdown) and for
 * spreadsheets (csv, tsv). It only lays out; the records carry the facts, and json and yaml serialize the
 * records themselves.
 */
public record View<T>(List<Column<T>> columns) {
    public View {
        columns = List.copyOf(columns);
    }

    @SafeVarargs
    public static <T> View<T> of(Column<T>... columns) {
        return new View<>(List.of(columns));
    }

    /** This view with {@code column} added at the end when {@code shown} (an optional column such as SOURCE). */
    public View<T> with(boolean shown, Column<T> column) {
        if (!shown) {
            return this;
        }
        List<Column<T>> all = new ArrayList<>(columns);
        all.add(column);
        return new View<>(all);
    }

    /** The cells people read, laid out by the renderer. */
    Table table(List<? extends T> rows) {
        List<Table.Column> cols = columns.stream().map(c -> new Table.Column(c.header(), c.align(), c.overflow())).toList();
        Table table = new Table(cols);
        for (int c = 0; c < columns.size(); c++) {
            if (columns.get(c).dropFirst()) {
                table.dropFirst(columns.get(c).header());
            }
        }
        for (T row : rows) {
            java.util.Set<Integer> best = new java.util.HashSet<>();
            for (int c = 0; c < columns.size(); c++) {
                if (columns.get(c).emphasized(row)) {
                    best.add(c);
                }
            }
            table.row(columns.stream().map(c -> c.cell(row)).toList(), best);
        }
        return table;
    }
}
