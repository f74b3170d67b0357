package dev.owl.render;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * csv and tsv: a header row, then one row per record. Driven by a view's columns, a cell is the column's
 * value, so numbers are plain numbers ({@code 8.03}, {@code 131072}); estimates lose their {@code ~} and are
 * named instead in a last {@code APPROX} column (the headers of the estimated cells, space-separated).
 */
final class Delimited {
    static final String APPROX = "APPROX";

    private Delimited() {}

    static <T> void records(View<T> view, List<? extends T> rows, char sep, PrintWriter out) {
        List<Column<T>> cols = view.columns();
        boolean approx = cols.stream().anyMatch(c -> c.approx() != null);
        List<String> header = new ArrayList<>(cols.stream().map(Column::header).toList());
        if (approx) {
            header.add(APPROX);
        }
        out.println(join(header, sep));
        for (T row : rows) {
            List<String> cells = new ArrayList<>();
            List<String> estimated = new ArrayList<>();
            for (Column<T> c : cols) {
                cells.add(value(c.value().apply(row)));
                if (c.estimated(row)) {
                    estimated.add(c.header());
                }
            }
            if (approx) {
                cells.add(String.join(" ", estimated));
            }
            out.println(join(cells, sep));
        }
    }

    /** A table of already formatted cells (the flattened sections of one record, or a command not yet on views). */
    static void table(Table table, char sep, PrintWriter out) {
        out.println(join(table.columns().stream().map(Table.Column::header).toList(), sep));
        for (List<String> row : table.rows()) {
            out.println(join(row, sep));
        }
    }

    /** A number as plain digits ({@code 8.03}, never {@code 8.03E0}); a list joined with ", "; null as empty. */
    static String value(Object v) {
        if (v == null) {
            return "";
        }
        if (v instanceof Double || v instanceof Float) {
            double d = ((Number) v).doubleValue();
            return Double.isFinite(d) ? dev.owl.units.Quantities.plain(d) : "";
        }
        if (v instanceof Collection<?> list) {
            return String.join(", ", list.stream().map(Delimited::value).toList());
        }
        return v.toString();
    }

    private static String join(List<String> cells, char sep) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                sb.append(sep);
            }
            String cell = Sanitizer.clean(cells.get(i));
            if (sep == ',' && (cell.indexOf(',') >= 0 || cell.indexOf('"') >= 0 || cell.startsWith(" ") || cell.endsWith(" "))) {
                sb.append('"').append(cell.replace("\"", "\"\"")).append('"');
            } else {
                sb.append(cell);
            }
        }
        return sb.toString();
    }
}
