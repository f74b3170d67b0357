package dev.owl.fit;

import java.util.Locale;

/** Element formats of the KV cache: fp16 by default, or llama.cpp's q8_0 and q4_0 cache types. */
public enum KvQuant {
    FP16("fp16", 2.0),
    Q8_0("q8_0", 34.0 / 32.0),
    Q4_0("q4_0", 18.0 / 32.0);

    private final String key;
    private final double bytesPerElement;

    KvQuant(String key, double bytesPerElement) {
        this.key = key;
        this.bytesPerElement = bytesPerElement;
    }

    public String key() {
        return key;
    }

    /** fp16: 2 bytes; q8_0: 32 int8 + a 2-byte scale per 32 values; q4_0: 16 bytes + scale per 32. */
    public double bytesPerElement() {
        return bytesPerElement;
    }

    public static KvQuant parse(String name) {
        String n = name.strip().toLowerCase(Locale.ROOT);
        if (n.equals("bf16") || n.equals("f16")) {
            return FP16;
        }
        for (KvQuant k : values()) {
            if (k.key.equals(n)) {
                return k;
            }
        }
        return null;
    }
}
