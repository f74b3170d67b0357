package dev.owl.catalog;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

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
}
