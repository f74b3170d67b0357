package dev.owl.render;

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

    /** 131072 → {@code 128K}, 1010000 → {@code 0.96M} (the rule in {@code Quantities.tokens}); empty when unknown. */
    public static String tokens(Integer tokens) {
        return tokens == null ? "" : dev.owl.units.Quantities.tokens(tokens);
    }

    /** A decimal without a trailing {@code .0}. */
    public static String plain(double value) {
        return dev.owl.units.Quantities.plain(value);
    }

    /** {@code value} with exactly {@code decimals} decimals, as {@code %.Nf} spells it (the rule in {@code Quantities.fixed}). */
    public static String fixed(double value, int decimals) {
        return dev.owl.units.Quantities.fixed(value, decimals);
    }

    /** A count with thousands separators that read the same in every locale: {@code 700,000,000}. */
    public static String count(long value) {
        return dev.owl.units.Quantities.count(value);
    }

    /** A count of things, singular for one: {@code 1 covered model}, {@code 10 covered models}. */
    public static String count(long value, String one) {
        return dev.owl.units.Quantities.count(value, one);
    }

    public static String join(List<String> values) {
        return String.join(", ", values);
    }

    public static String yesNo(Boolean value) {
        return value == null ? "unknown" : value ? "yes" : "no";
    }

    /** Bytes in GiB with one decimal: {@code 45.2 GiB}. */
    public static String gib(Long bytes) {
        return bytes == null ? "" : dev.owl.units.Quantities.gib(bytes);
    }
}
