package dev.owl.render;

import java.util.ArrayList;
import java.util.List;

/**
 * A table view: the columns that lay out a list of result records for people (table, markdown) and for
 * spreadsheets (csv, tsv). It only lays out; the records carry the facts, and json and yaml serialize the
 * records themselves. {@code wider}, when not null, is how to see the columns a narrow terminal left out
 * (an option such as {@code --wide}); a line under the table then names them.
 */
public record View<T>(List<Column<T>> columns, String wider) {
    public View {
        columns = List.copyOf(columns);
    }

    public View(List<Column<T>> columns) {
        this(columns, null);
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
        return new View<>(all, wider);
    }

    /** This view, saying under the table which columns a narrow terminal left out and that {@code option} shows them. */
    public View<T> notingHidden(String option) {
        return new View<>(columns, option);
    }

    /** This view with every column kept on a narrow terminal (long cells still wrap): what {@code --wide} asks for. */
    public View<T> wide() {
        return new View<>(columns.stream().map(Column::answer).toList(), wider);
    }

    /** The cells people read, laid out by the renderer. */
    Table table(List<? extends T> rows) {
        List<Table.Column> cols = columns.stream().map(c -> new Table.Column(c.header(), c.align(), c.overflow())).toList();
        Table table = new Table(cols);
        for (int c = 0; c < columns.size(); c++) {
            if (columns.get(c).dropFirst()) {
                table.dropFirst(c);
            }
            if (columns.get(c).keep()) {
                table.keep(c);
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
