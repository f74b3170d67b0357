package dev.owl.catalog;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * Reads one section of a compiled catalog, as {@link SectionWriter} wrote it: its string table first, then the body.
 * A string is decoded when first read, once: a 100,000-model catalog holds half a million distinct strings, and a
 * command that shows twenty models needs few of them.
 */
final class SectionReader {
    private final ByteBuffer buf;
    private byte[] scratch = new byte[64];
    private final int[] stringAt; // where each string (its length varint) starts in the section
    private final String[] strings;

    /** The section at {@code offset} of {@code bytes}, positioned after its string table. */
    SectionReader(ByteBuffer bytes, int offset, int length) {
        this.buf = bytes.duplicate().position(offset).limit(offset + length).slice();
        int count = varint();
        this.stringAt = new int[count];
        this.strings = new String[count];
        for (int i = 0; i < count; i++) {
            stringAt[i] = buf.position();
            int len = varint();
            buf.position(buf.position() + len);
        }
    }

    int position() {
        return buf.position();
    }

    void seek(int position) {
        buf.position(position);
    }

    long varlong() {
        long v = 0;
        for (int shift = 0; ; shift += 7) {
            byte b = buf.get();
            v |= (long) (b & 0x7f) << shift;
            if (b >= 0) {
                return v;
            }
        }
    }

    int varint() {
        return (int) varlong();
    }

    /** A number {@link SectionWriter#signed} wrote. */
    long signed() {
        long v = varlong();
        return (v >>> 1) ^ -(v & 1);
    }

    String string() {
        int i = varint();
        String s = strings[i];
        if (s == null) {
            int at = buf.position();
            buf.position(stringAt[i]);
            int len = varint();
            if (len > scratch.length) {
                scratch = new byte[Math.max(len, 2 * scratch.length)];
            }
            buf.get(scratch, 0, len);
            s = new String(scratch, 0, len, StandardCharsets.UTF_8);
            strings[i] = s;
            buf.position(at);
        }
        return s;
    }

    double float64() {
        return buf.getDouble();
    }

    byte read() {
        return buf.get();
    }

    // A value that may be absent starts with a presence byte (0: null), as SectionWriter writes it.

    /** The presence byte of a value that may be absent. */
    boolean present() {
        return buf.get() != 0;
    }

    boolean flag() {
        return buf.get() != 0;
    }

    String text() {
        return present() ? string() : null;
    }

    Integer int32() {
        return present() ? (int) signed() : null;
    }

    Long int64() {
        return present() ? signed() : null;
    }

    Double number() {
        return present() ? float64() : null;
    }

    Boolean bool() {
        return present() ? flag() : null;
    }

    LocalDate date() {
        return present() ? LocalDate.ofEpochDay(signed()) : null;
    }

    /** An enum constant by its ordinal, from {@code constants} (its {@code values()}). */
    <E extends Enum<E>> E choice(E[] constants) {
        return present() ? constants[varint()] : null;
    }

    <T> T one(Codec<T> codec) {
        return present() ? codec.read(this) : null;
    }

    <T> List<T> list(Codec<T> element) {
        if (!present()) {
            return null;
        }
        int n = varint();
        if (n == 0) {
            return List.of();
        }
        Object[] items = new Object[n];
        boolean nulls = false;
        for (int i = 0; i < n; i++) {
            items[i] = one(element);
            nulls |= items[i] == null;
        }
        @SuppressWarnings("unchecked")
        List<T> list = (List<T>) (nulls ? Collections.unmodifiableList(Arrays.asList(items)) : List.of(items));
        return list; // List.of: the records' List.copyOf then keeps it as it is instead of copying it again
    }
}
