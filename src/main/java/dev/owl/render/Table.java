package dev.owl.render;

import java.util.ArrayList;
import java.util.List;

/** Rows of already-formatted cells under named columns; how they are laid out is the renderer's job. */
public final class Table {
    /** A column: its header, alignment, and what a cell too wide for it does. */
    public record Column(String header, Align align, Overflow overflow) {
        public Column(String header, Align align) {
            this(header, align, Overflow.WRAP);
        }
    }

    private final List<Column> columns;
    private final List<List<String>> rows = new ArrayList<>();
    private final List<java.util.Set<Integer>> emphasis = new ArrayList<>();
    private final java.util.Set<Integer> droppable = new java.util.HashSet<>();
    private final java.util.Set<Integer> answers = new java.util.HashSet<>();

    public Table(List<Column> columns) {
        this.columns = List.copyOf(columns);
    }

    public static Table of(String... headers) {
        List<Column> cols = new ArrayList<>();
        for (String h : headers) {
            boolean right = h.startsWith(">");
            // the first column names each row: cut it rather than let it take several lines
            cols.add(new Column(right ? h.substring(1) : h, right ? Align.RIGHT : Align.LEFT,
                    cols.isEmpty() ? Overflow.TRUNCATE : Overflow.WRAP));
        }
        return new Table(cols);
    }

    /** Marks the columns a narrow terminal may leave out first, because other columns carry their meaning. */
    public Table dropFirst(String... headers) {
        for (String h : headers) {
            int c = 0;
            while (c < columns.size() && !columns.get(c).header().equals(h)) {
                c++;
            }
            if (c == columns.size()) {
                throw new IllegalArgumentException("no column " + h);
            }
            droppable.add(c);
        }
        return this;
    }

    /** Marks a column a narrow terminal may leave out first, by position. */
    Table dropFirst(int column) {
        droppable.add(column);
        return this;
    }

    /** Marks a column a narrow terminal never leaves out, by position: it answers the question. */
    Table keep(int column) {
        answers.add(column);
        return this;
    }

    public Table row(String... cells) {
        return row(List.of(cells));
    }

    public Table row(List<String> cells) {
        return row(cells, java.util.Set.of());
    }

    /** A row in which the cells at {@code emphasized} stand out (the best value of a comparison). */
    public Table row(List<String> cells, java.util.Set<Integer> emphasized) {
        if (cells.size() != columns.size()) {
            throw new IllegalArgumentException("row has " + cells.size() + " cells, table has " + columns.size() + " columns");
        }
        rows.add(cells.stream().map(c -> c == null ? "" : c).toList());
        emphasis.add(java.util.Set.copyOf(emphasized));
        return this;
    }

    public List<Column> columns() {
        return columns;
    }

    public List<List<String>> rows() {
        return List.copyOf(rows);
    }

    public boolean droppable(int column) {
        return droppable.contains(column);
    }

    public boolean kept(int column) {
        return answers.contains(column);
    }

    public boolean emphasized(int row, int column) {
        return emphasis.get(row).contains(column);
    }
}
