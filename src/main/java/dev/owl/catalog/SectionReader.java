package dev.owl.catalog;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/** Reads one section of a compiled catalog, as {@link SectionWriter} wrote it: its string table first, then the body. */
final class SectionReader {
    private final ByteBuffer buf;
    private final String[] strings;

    /** The section at {@code offset} of {@code bytes}, positioned after its string table. */
    SectionReader(byte[] bytes, int offset, int length) {
        this.buf = ByteBuffer.wrap(bytes, offset, length).slice();
        this.strings = new String[varint()];
        for (int i = 0; i < strings.length; i++) {
            int len = varint();
            strings[i] = new String(bytes, offset + buf.position(), len, StandardCharsets.UTF_8);
            buf.position(buf.position() + len);
        }
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
        return strings[varint()];
    }

    double float64() {
        return buf.getDouble();
    }

    byte read() {
        return buf.get();
    }
}
