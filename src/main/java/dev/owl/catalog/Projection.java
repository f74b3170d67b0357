package dev.owl.catalog;

import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.util.function.Function;

/** Decoding part of a compiled record: {@link #of} reads a record's bytes as a smaller record with some of its components. */
final class Projection {
    private Projection() {}

    /**
     * Reads a {@code from} record as the smaller record {@code to}: the components {@code to} names (same name, same
     * type) are decoded, the others skipped without building them. What {@code to} lacks costs only a pass over bytes.
     */
    static <R extends Record> Function<SectionReader, R> of(RecordCodecs codecs, Class<?> from, Class<R> to) {
        RecordComponent[] source = from.getRecordComponents();
        RecordComponent[] target = to.getRecordComponents();
        RecordCodecs.Codec[] read = new RecordCodecs.Codec[source.length];
        int[] slot = new int[source.length];
        Class<?>[] raw = new Class<?>[target.length];
        for (int t = 0; t < target.length; t++) {
            raw[t] = target[t].getType();
        }
        for (int i = 0; i < source.length; i++) {
            read[i] = codecs.of(source[i].getGenericType());
            slot[i] = -1;
            for (int t = 0; t < target.length; t++) {
                if (target[t].getName().equals(source[i].getName()) && target[t].getGenericType().equals(source[i].getGenericType())) {
                    slot[i] = t;
                }
            }
        }
        for (int t = 0; t < target.length; t++) {
            int found = t;
            if (java.util.stream.IntStream.of(slot).noneMatch(x -> x == found)) {
                throw new IllegalArgumentException(to.getSimpleName() + "." + target[t].getName() + " is not a component of " + from.getSimpleName());
            }
        }
        Constructor<R> constructor;
        try {
            constructor = to.getDeclaredConstructor(raw);
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException("record " + to.getName() + " has no canonical constructor", e);
        }
        return in -> {
            if (in.read() == 0) { // the presence byte every record value starts with (see nullable)
                return null;
            }
            Object[] values = new Object[target.length];
            for (int i = 0; i < read.length; i++) {
                if (slot[i] < 0) {
                    read[i].skip(in);
                } else {
                    values[slot[i]] = read[i].read(in);
                }
            }
            try {
                return constructor.newInstance(values);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot read " + to.getSimpleName() + " from the compiled catalog", e);
            }
        };
    }

}
