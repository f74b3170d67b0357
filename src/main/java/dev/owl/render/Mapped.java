package dev.owl.render;

import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;
import java.util.function.Function;

/**
 * A read-only view of a list with each item mapped when it is read, never stored: a result of 100,000 rows streams
 * to the output one row at a time instead of being built in full first.
 */
public final class Mapped<A, B> extends AbstractList<B> implements RandomAccess {
    private final List<A> items;
    private final Function<? super A, ? extends B> each;

    private Mapped(List<A> items, Function<? super A, ? extends B> each) {
        this.items = items;
        this.each = each;
    }

    /** {@code items}, each passed through {@code each} when read; {@code items} should allow random access. */
    public static <A, B> List<B> of(List<A> items, Function<? super A, ? extends B> each) {
        return new Mapped<>(items, each);
    }

    @Override
    public B get(int index) {
        return each.apply(items.get(index));
    }

    @Override
    public int size() {
        return items.size();
    }
}
