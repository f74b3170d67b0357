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
            return LocalDate.parse(s.getValue());
        } catch (DateTimeParseException e) {
            error(s, "'" + key + "' must be a date (YYYY-MM-DD), found '" + s.getValue() + "'", "write it as 2024-07-23");
            return null;
        }
    }

    private void error(ScalarNode at, String message, String hint) {
        Fields.error(sink, file, at, message, hint);
    }
}
