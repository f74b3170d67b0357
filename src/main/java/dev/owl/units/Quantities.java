package dev.owl.units;

/**
 * How catalog quantities are spelled in words owl prints; domain messages and tables share it. The decimals are worked
 * out on the digits of {@link Double#toString} (what {@code new BigDecimal(Double.toString(v))} holds) without
 * java.math: on JDK 24+ the first use of BigDecimal runs a static initializer that squares large BigIntegers
 * (JDK-8341470's table of powers of five), 30-160 ms of start-up here for a table of a few numbers.
 */
public final class Quantities {
    private Quantities() {}

    /**
     * {@code value} with exactly {@code decimals} decimals, as {@code String.format(Locale.ROOT, "%.Nf", value)} spells it
     * (half up on the shortest decimal form, a minus sign for any negative value): a table's numbers are spelled per
     * row, and java.util.Formatter costs milliseconds of start-up on its first calls.
     */
    public static String fixed(double value, int decimals) {
        if (!Double.isFinite(value)) {
            return Double.isNaN(value) ? "NaN" : value > 0 ? "Infinity" : "-Infinity";
        }
        Decimal d = Decimal.of(Math.abs(value)).rounded(decimals);
        String digits = d.plain();
        return Double.compare(value, 0.0) < 0 ? "-" + digits : digits;
    }

    /** A decimal without a trailing {@code .0}. */
    public static String plain(double value) {
        if (!Double.isFinite(value)) {
            return Double.toString(value); // NaN or Infinity: no decimal digits to spell
        }
        String digits = Decimal.of(Math.abs(value)).stripped().plain();
        return value < 0 && !digits.equals("0") ? "-" + digits : digits;
    }

    /**
     * One rule for every context printed for people: binary K (1024) and M (1024²) with at most two
     * decimals, in M from one million tokens up (so a "1M" card reads as M whether it means 10⁶ or 2²⁰).
     * 131072 → {@code 128K}, 1048576 → {@code 1M}, 202752 → {@code 198K}, 1010000 → {@code 0.96M},
     * 4000 → {@code 3.91K}; below 1024 plain digits.
     */
    public static String tokens(int tokens) {
        if (Math.abs(tokens) < 1024) {
            return Integer.toString(tokens);
        }
        if (Math.abs(tokens) < 1_000_000) {
            return scaled(tokens, 1024) + "K";
        }
        return scaled(tokens, 1024 * 1024) + "M";
    }

    /** {@code tokens / unit} to two decimals, half even, without trailing zeros. */
    private static String scaled(int tokens, int unit) {
        long hundredths = Math.abs((long) tokens) * 100 / unit;
        long twice = Math.abs((long) tokens) * 100 % unit * 2;
        if (twice > unit || twice == unit && hundredths % 2 == 1) {
            hundredths++;
        }
        String digits = new Decimal(Long.toString(hundredths), 2).stripped().plain();
        return tokens < 0 && !digits.equals("0") ? "-" + digits : digits;
    }

    /**
     * A count with thousands separators that read the same in every locale: {@code 700,000,000} (what
     * {@code %,d} prints under {@code Locale.ROOT}, without java.util.Formatter's start-up cost).
     */
    public static String count(long value) {
        String digits = Long.toString(value);
        int start = value < 0 ? 1 : 0;
        StringBuilder out = new StringBuilder(digits.length() + digits.length() / 3);
        out.append(digits, 0, start);
        for (int i = start; i < digits.length(); i++) {
            if (i > start && (digits.length() - i) % 3 == 0) {
                out.append(',');
            }
            out.append(digits.charAt(i));
        }
        return out.toString();
    }

    /** A count of things, singular for one: {@code 1 model}, {@code 0 licenses}, {@code 1,234 models}. */
    public static String count(long value, String one) {
        return count(value, one, one + "s");
    }

    /** A count of things whose plural is not the singular plus "s": {@code 1 built-in entry}, {@code 2 built-in entries}. */
    public static String count(long value, String one, String many) {
        return count(value) + " " + (value == 1 ? one : many);
    }

    /** US dollars: {@code $0.15}, {@code $1,234} from a hundred dollars up; the same in every locale. */
    public static String usd(double usd) {
        return "$" + (usd >= 100 ? String.format(java.util.Locale.ROOT, "%,.0f", usd)
                : String.format(java.util.Locale.ROOT, "%.2f", usd).replaceAll("(\\.\\d\\d)\\d*$", "$1"));
    }

    /** Bytes in GiB with one decimal: {@code 45.2 GiB}. */
    public static String gib(long bytes) {
        return fixed(bytes / (1024.0 * 1024 * 1024), 1) + " GiB";
    }
}
