package dev.owl.render;

import java.util.function.Function;
import java.util.function.Predicate;

/**
 * One column of a table view over records of type {@code T}: its header, alignment, what a too-wide cell
 * does, the cell text people read, the value csv and tsv write (numbers as numbers), whether a cell is an
 * estimate (shown with {@code ~} in the text, listed in the {@code APPROX} column of csv and tsv), whether
 * a narrow terminal may leave it out first, and which cells stand out (the best value of a comparison:
 * colour on a terminal, bold in markdown). A null {@code approx} or {@code emphasis} means never.
 */
public record Column<T>(String header, Align align, Overflow overflow, Function<? super T, String> text,
        Function<? super T, ?> value, Predicate<? super T> approx, boolean dropFirst, Predicate<? super T> emphasis) {

    /** A left-aligned text column whose csv value is its text. */
    public static <T> Column<T> text(String header, Function<? super T, String> text) {
        return new Column<>(header, Align.LEFT, Overflow.WRAP, text, text, null, false, null);
    }

    /** A right-aligned column: {@code text} for people, {@code value} (a number, or null) for csv and tsv. */
    public static <T> Column<T> number(String header, Function<? super T, String> text, Function<? super T, ?> value) {
        return new Column<>(header, Align.RIGHT, Overflow.WRAP, text, value, null, false, null);
    }

    /** The cells for which {@code estimate} holds are estimates. */
    public Column<T> approx(Predicate<? super T> estimate) {
        return new Column<>(header, align, overflow, text, value, estimate, dropFirst, emphasis);
    }

    /** csv and tsv write {@code data} (a number, a boolean, or null) rather than the text people read. */
    public Column<T> values(Function<? super T, ?> data) {
        return new Column<>(header, align, overflow, text, data, approx, dropFirst, emphasis);
    }

    /** A narrow terminal leaves this column out before it narrows others: other columns carry its meaning. */
    public Column<T> droppable() {
        return new Column<>(header, align, overflow, text, value, approx, true, emphasis);
    }

    /** Cut, rather than wrap, a cell that does not fit. */
    public Column<T> truncate() {
        return new Column<>(header, align, Overflow.TRUNCATE, text, value, approx, dropFirst, emphasis);
    }

    /** The cells for which {@code best} holds stand out. */
    public Column<T> emphasize(Predicate<? super T> best) {
        return new Column<>(header, align, overflow, text, value, approx, dropFirst, best);
    }

    /** Whether this column's cell in {@code row} is an estimate. */
    boolean estimated(T row) {
        return approx != null && approx.test(row);
    }

    boolean emphasized(T row) {
        return emphasis != null && emphasis.test(row);
    }

    String cell(T row) {
        String s = text.apply(row);
        return s == null ? "" : s;
    }
}
