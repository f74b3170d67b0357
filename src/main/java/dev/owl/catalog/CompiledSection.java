package dev.owl.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * One section of a compiled catalog, item by item: each item's place is read once (items are length-prefixed), an
 * item is decoded only when asked for, and never kept here, so a command that streams 100,000 models holds one.
 */
final class CompiledSection<T> {
    private final SectionReader in;
    private final RecordCodecs.Codec codec;
    private final int[] at;

    CompiledSection(SectionReader in, RecordCodecs.Codec codec) {
        this.in = in;
        this.codec = codec;
        this.at = new int[in.varint()];
        for (int i = 0; i < at.length; i++) {
            int length = in.varint();
            at[i] = in.position();
            in.seek(at[i] + length);
        }
    }

    int size() {
        return at.length;
    }

    /** Item {@code index}, decoded now. */
    @SuppressWarnings("unchecked")
    synchronized T get(int index) {
        in.seek(at[index]);
        return (T) codec.read(in);
    }

    /** Item {@code index} read as a projection ({@link Projection}). */
    synchronized <R> R get(int index, Function<SectionReader, R> projection) {
        in.seek(at[index]);
        return projection.apply(in);
    }

    /** Every item, decoded now. */
    List<T> all() {
        return read(this::get);
    }

    /** Every item read as a projection ({@link Projection}). */
    synchronized <R> List<R> all(Function<SectionReader, R> projection) {
        return read(i -> {
            in.seek(at[i]);
            return projection.apply(in);
        });
    }

    private <R> List<R> read(java.util.function.IntFunction<R> item) {
        List<R> items = new ArrayList<>(at.length);
        for (int i = 0; i < at.length; i++) {
            items.add(item.apply(i));
        }
        return List.copyOf(items);
    }
}
