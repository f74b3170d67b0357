package dev.owl.units;

import java.math.BigDecimal;

/** How catalog quantities are spelled in words owl prints; domain messages and tables share it. */
public final class Quantities {
    private Quantities() {}

    /** A decimal without a trailing {@code .0}. */
    public static String plain(double value) {
        if (!Double.isFinite(value)) {
            return Double.toString(value); // NaN or Infinity: BigDecimal cannot hold them
        }
        return new BigDecimal(Double.toString(value)).stripTrailingZeros().toPlainString();
    }

    /** 131072 → {@code 128K}, 10485760 → {@code 10M}; other counts as plain digits. */
    public static String tokens(int tokens) {
        if (tokens % (1024 * 1024) == 0) {
            return tokens / (1024 * 1024) + "M";
        }
        if (tokens % 1024 == 0) {
            return tokens / 1024 + "K";
        }
        if (tokens % 1000 == 0) {
            return tokens / 1000 + "k";
        }
        return Integer.toString(tokens);
    }

    /** Bytes in GiB with one decimal: {@code 45.2 GiB}. */
    public static String gib(long bytes) {
        return String.format(java.util.Locale.ROOT, "%.1f GiB", bytes / (1024.0 * 1024 * 1024));
    }
}
