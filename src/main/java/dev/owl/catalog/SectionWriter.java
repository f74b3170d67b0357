package dev.owl.catalog;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Writes one section of a compiled catalog: varints, doubles and bytes into the body, each distinct string
 * once into the section's string table (the body holds its index), which {@link #toBytes()} puts first.
 */
final class SectionWriter {
    private ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final Map<String, Integer> strings = new LinkedHashMap<>();

    void varint(long v) {
        while ((v & ~0x7fL) != 0) {
            out.write((int) ((v & 0x7f) | 0x80));
            v >>>= 7;
        }
        out.write((int) v);
    }

    /** A signed number, zigzag-encoded so small negatives stay short. */
    void signed(long v) {
        varint((v << 1) ^ (v >> 63));
    }

    void string(String s) {
        varint(strings.computeIfAbsent(s, k -> strings.size()));
    }

    void float64(double d) {
        long bits = Double.doubleToRawLongBits(d);
        for (int i = 56; i >= 0; i -= 8) {
            out.write((int) (bits >>> i));
        }
    }

    /** One item, its length first, so that a reader can go to any item without decoding the ones before it. */
    void item(Runnable write) {
        ByteArrayOutputStream body = out;
        out = new ByteArrayOutputStream();
        write.run();
        byte[] item = out.toByteArray();
        out = body;
        varint(item.length);
        out.write(item, 0, item.length);
    }

    void write(int b) {
        out.write(b);
    }

    // A value that may be absent is written after a presence byte (0: null, 1: the value follows).

    /** Writes the presence byte of {@code value} and tells whether the value itself follows. */
    private boolean present(Object value) {
        out.write(value == null ? 0 : 1);
        return value != null;
    }

    void flag(boolean b) {
        out.write(b ? 1 : 0);
    }

    void text(String s) {
        if (present(s)) {
            string(s);
        }
    }

    void int32(Integer v) {
        if (present(v)) {
            signed(v);
        }
    }

    void int64(Long v) {
        if (present(v)) {
            signed(v);
        }
    }

    void number(Double v) {
        if (present(v)) {
            float64(v);
        }
    }

    void bool(Boolean v) {
        if (present(v)) {
            flag(v);
        }
    }

    void date(LocalDate d) {
        if (present(d)) {
            signed(d.toEpochDay());
        }
    }

    void choice(Enum<?> e) {
        if (present(e)) {
            varint(e.ordinal());
        }
    }

    <T> void one(T value, Codec<T> codec) {
        if (present(value)) {
            codec.write(this, value);
        }
    }

    <T> void list(List<T> items, Codec<T> element) {
        if (present(items)) {
            varint(items.size());
            for (T item : items) {
                one(item, element);
            }
        }
    }

    /** The section: its string table, then the body. */
    byte[] toBytes() {
        SectionWriter section = new SectionWriter();
        section.varint(strings.size());
        for (String str : strings.keySet()) {
            byte[] utf8 = str.getBytes(StandardCharsets.UTF_8);
            section.varint(utf8.length);
            section.out.write(utf8, 0, utf8.length);
        }
        section.out.write(out.toByteArray(), 0, out.size());
        return section.out.toByteArray();
    }
}
