package dev.owl.input;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Reads one YAML scalar as a typed value ({@link Fields} finds the scalar): a wrong type, an unreadable or an
 * out-of-range value becomes a diagnostic at the scalar and the read gives null.
 */
final class ScalarReader {
    private static final String FINITE_HINT = "write an ordinary decimal number; .inf, .nan and overflowing exponents are not figures";

    private final String file;
    private final List<Diagnostic> sink;

    ScalarReader(String file, List<Diagnostic> sink) {
        this.file = file;
        this.sink = sink;
    }

    Boolean bool(ScalarNode s, String key) {
        if (!Tag.BOOL.equals(s.getTag())) {
            error(s, "'" + key + "' must be true or false, found " + Fields.kind(s), "write " + key + ": true or " + key + ": false");
            return null;
        }
        String v = s.getValue().toLowerCase(Locale.ROOT);
        return v.equals("true") || v.equals("yes") || v.equals("on");
    }

    Long integer(ScalarNode s, String key, long min) {
        if (!Tag.INT.equals(s.getTag())) {
            error(s, "'" + key + "' must be a whole number, found " + Fields.kind(s),
                    "write it in plain decimal digits, e.g. " + key + ": 32");
            return null;
        }
        long value;
        try {
            value = Long.parseLong(s.getValue().replace("_", ""));
        } catch (NumberFormatException e) {
            error(s, "'" + key + "' is not a whole number this program can read: " + s.getValue(), "write it in plain decimal digits");
            return null;
        }
        if (value < min) {
            error(s, "'" + key + "' must be at least " + min + ", found " + value,
                    "give a value of " + min + " or more, or leave the key out when it is unknown");
            return null;
        }
        return value;
    }

    /** A positive decimal number; {@code strictlyPositive} rejects zero. */
    Double number(ScalarNode s, String key, boolean strictlyPositive) {
        if (!Tag.INT.equals(s.getTag()) && !Tag.FLOAT.equals(s.getTag())) {
            error(s, "'" + key + "' must be a number, found " + Fields.kind(s), "write it as digits, e.g. " + key + ": 7.24");
            return null;
        }
        double value;
        try {
            value = Double.parseDouble(s.getValue().replace("_", ""));
        } catch (NumberFormatException e) {
            value = Double.NaN; // unreadable: reported as not finite, like .nan
        }
        if (!Double.isFinite(value)) {
            error(s, "'" + key + "' must be a finite number, found " + s.getValue(), FINITE_HINT);
            return null;
        }
        if (value < 0 || (strictlyPositive && value == 0)) {
            error(s, "'" + key + "' must be " + (strictlyPositive ? "greater than 0" : "0 or more")
                    + ", found " + s.getValue(), "sizes and counts cannot be negative; leave the key out when it is unknown");
            return null;
        }
        return value;
    }

    LocalDate date(ScalarNode s, String key) {
        if (!Tag.TIMESTAMP.equals(s.getTag()) && !Tag.STR.equals(s.getTag())) {
            error(s, "'" + key + "' must be a date (YYYY-MM-DD), found " + Fields.kind(s), "write it as 2024-07-23");
            return null;
        }
        try {
            return isoDate(s.getValue());
        } catch (DateTimeParseException e) {
            error(s, "'" + key + "' must be a date (YYYY-MM-DD), found '" + s.getValue() + "'", "write it as 2024-07-23");
            return null;
        }
    }

    /**
     * {@link LocalDate#parse(CharSequence)}, the same dates and the same errors, without java.time's formatters for the
     * common {@code YYYY-MM-DD}: the first {@code LocalDate.parse} initialises {@code DateTimeFormatter} and every
     * predefined formatter (~40 classes; 13-27 ms on JDK 17 with the classes archived), which a user catalog's dates paid
     * on every run. Any other text, or a day that does not exist, goes to {@code LocalDate.parse} for its answer.
     */
    static LocalDate isoDate(String text) {
        if (text.length() == 10 && text.charAt(4) == '-' && text.charAt(7) == '-') {
            int year = digits(text, 0, 4);
            int month = digits(text, 5, 7);
            int day = digits(text, 8, 10);
            if (year >= 0 && month >= 0 && day >= 0) {
                try {
                    return LocalDate.of(year, month, day);
                } catch (java.time.DateTimeException e) {
                    // no such day (2023-02-29, month 13): parse says so in its own words
                }
            }
        }
        return LocalDate.parse(text);
    }

    /** The number written by the ASCII digits {@code text[from, to)}, or -1 when one of them is not such a digit. */
    private static int digits(String text, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            n = n * 10 + (c - '0');
        }
        return n;
    }

    private void error(ScalarNode at, String message, String hint) {
        Fields.error(sink, file, at, message, hint);
    }
}
