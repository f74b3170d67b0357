package dev.owl.units;

/** A non-negative decimal: {@code unscaled × 10^-scale}, as a string of digits without leading zeros. */
record Decimal(String unscaled, int scale) {
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

