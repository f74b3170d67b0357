package dev.owl.catalog;

import java.util.ArrayList;
import java.util.List;

/**
 * One section of a compiled catalog, item by item: each item's place is read once (items are length-prefixed), an
 * item is decoded only when asked for, and never kept here, so a command that streams 100,000 models holds one.
 * An item is read by a codec from its start: a model's whole codec, or the one of its head, which stops early.
 */
final class CompiledSection {
    private final SectionReader in;
    private final int[] at;

    CompiledSection(SectionReader in) {
        this.in = in;
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

    /** Item {@code index}, decoded now by {@code codec}. */
    synchronized <T> T get(int index, Codec<T> codec) {
        in.seek(at[index]);
        return codec.read(in);
    }

    /** Every item, decoded now by {@code codec}. */
    synchronized <T> List<T> all(Codec<T> codec) {
        List<T> items = new ArrayList<>(at.length);
        for (int i = 0; i < at.length; i++) {
            in.seek(at[i]);
            items.add(codec.read(in));
        }
        return List.copyOf(items);
    }
}
