package dev.owl.units;

/**
 * How catalog quantities are spelled in words owl prints; domain messages and tables share it. The decimals are worked
 * out on the digits of {@link Double#toString} (what {@code new BigDecimal(Double.toString(v))} holds) without
 * java.math: on JDK 24+ the first use of BigDecimal runs a static initializer that squares large BigIntegers
 * (JDK-8341470's table of powers of five), 30-90 ms of start-up for a table of a few numbers.
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

    /** A non-negative decimal: {@code unscaled × 10^-scale}, as a string of digits without leading zeros. */
    private record Decimal(String unscaled, int scale) {
        /** The digits of {@code Double.toString(value)} for a finite {@code value >= 0} ({@code 1.5E-5}, {@code 123.25}). */
        static Decimal of(double value) {
            String s = Double.toString(value);
            int e = s.indexOf('E');
            String mantissa = e < 0 ? s : s.substring(0, e);
            int point = mantissa.indexOf('.');
            String digits = mantissa.substring(0, point) + mantissa.substring(point + 1);
            int scale = mantissa.length() - point - 1 - (e < 0 ? 0 : Integer.parseInt(s.substring(e + 1)));
            return new Decimal(trimLeadingZeros(digits), scale);
        }

        /** Without trailing zeros (zero has scale 0), as BigDecimal's stripTrailingZeros. */
        Decimal stripped() {
            if (unscaled.equals("0")) {
                return new Decimal("0", 0);
            }
            int end = unscaled.length();
            while (unscaled.charAt(end - 1) == '0') {
                end--;
            }
            return new Decimal(unscaled.substring(0, end), scale - (unscaled.length() - end));
        }

        /** With exactly {@code decimals} decimals, half up (the first dropped digit decides). */
        Decimal rounded(int decimals) {
            if (scale <= decimals) {
                return new Decimal(unscaled.equals("0") ? "0" : unscaled + "0".repeat(decimals - scale), decimals);
            }
            int keep = unscaled.length() - (scale - decimals);
            String kept = keep <= 0 ? "0" : unscaled.substring(0, keep);
            boolean up = keep >= 0 && unscaled.charAt(keep) >= '5';
            return new Decimal(up ? increment(kept) : kept, decimals);
        }

        /** Plain digits, never an exponent (BigDecimal's toPlainString). */
        String plain() {
            if (scale <= 0) {
                return unscaled.equals("0") ? "0" : unscaled + "0".repeat(-scale);
            }
            String padded = unscaled.length() > scale ? unscaled : "0".repeat(scale - unscaled.length() + 1) + unscaled;
            return padded.substring(0, padded.length() - scale) + "." + padded.substring(padded.length() - scale);
        }

        private static String trimLeadingZeros(String digits) {
            int start = 0;
            while (start < digits.length() - 1 && digits.charAt(start) == '0') {
                start++;
            }
            return digits.substring(start);
        }

        private static String increment(String digits) {
            char[] d = digits.toCharArray();
            for (int i = d.length - 1; i >= 0; i--) {
                if (d[i] != '9') {
                    d[i]++;
                    return trimLeadingZeros(new String(d));
                }
                d[i] = '0';
            }
            return "1" + new String(d);
        }
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
