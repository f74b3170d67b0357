package dev.owl.render;

import java.math.BigDecimal;
import java.util.List;

/** How numbers read in tables: parameters in billions, contexts in K/M tokens, lists joined. */
public final class Units {
    private Units() {}

    /** {@code 8.03B}; {@code ~24B} when the figure is an estimate; empty when unknown. */
    public static String params(Double billions, boolean approx) {
        if (billions == null) {
            return "";
        }
        return (approx ? "~" : "") + plain(billions) + "B";
    }

    /** 131072 → {@code 128K}, 10485760 → {@code 10M}; other counts as plain digits. */
    public static String tokens(Integer tokens) {
        if (tokens == null) {
            return "";
        }
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

    /** A decimal without a trailing {@code .0}. */
    public static String plain(double value) {
        return new BigDecimal(Double.toString(value)).stripTrailingZeros().toPlainString();
    }

    public static String join(List<String> values) {
        return String.join(", ", values);
    }

    public static String yesNo(Boolean value) {
        return value == null ? "unknown" : value ? "yes" : "no";
    }

    /** Bytes in GiB with one decimal: {@code 45.2 GiB}. */
    public static String gib(Long bytes) {
        if (bytes == null) {
            return "";
        }
        return String.format(java.util.Locale.ROOT, "%.1f GiB", bytes / (1024.0 * 1024 * 1024));
    }
}
