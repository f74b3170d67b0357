package dev.owl.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import picocli.CommandLine;
import picocli.CommandLine.TypeConversionException;

/** Converters for the numbers users type: token counts with K/M, sizes in billions, dates. */
final class Values {
    private Values() {}

    /** {@code 131072}, {@code 128K} or {@code 128k} (×1024), {@code 1M} (×1024²). */
    static final class Tokens implements CommandLine.ITypeConverter<Integer> {
        @Override
        public Integer convert(String value) {
            String v = value.strip().toUpperCase(Locale.ROOT).replace("_", "");
            long factor = 1;
            if (v.endsWith("K")) {
                factor = 1024;
                v = v.substring(0, v.length() - 1);
            } else if (v.endsWith("M")) {
                factor = 1024 * 1024;
                v = v.substring(0, v.length() - 1);
            }
            long n;
            try {
                n = Long.parseLong(v);
            } catch (NumberFormatException e) {
                throw new TypeConversionException("'" + value + "' is not a token count (try 131072 or 128K)");
            }
            if (n <= 0 || n * factor > Integer.MAX_VALUE) {
                throw new TypeConversionException("'" + value + "' is out of range (1 to 2G tokens)");
            }
            return (int) (n * factor);
        }
    }

    /** Billions of parameters: {@code 70} or {@code 70B}. */
    static final class Billions implements CommandLine.ITypeConverter<Double> {
        @Override
        public Double convert(String value) {
            String v = value.strip().toUpperCase(Locale.ROOT);
            if (v.endsWith("B")) {
                v = v.substring(0, v.length() - 1);
            }
            double d;
            try {
                d = Double.parseDouble(v);
            } catch (NumberFormatException e) {
                throw new TypeConversionException("'" + value + "' is not a parameter count in billions (try 70 or 70B)");
            }
            if (!Double.isFinite(d) || d <= 0) {
                throw new TypeConversionException("'" + value + "' must be a positive number of billions");
            }
            return d;
        }
    }

    /** A whole number of at least 1. */
    static final class Positive implements CommandLine.ITypeConverter<Integer> {
        @Override
        public Integer convert(String value) {
            int n;
            try {
                n = Integer.parseInt(value.strip());
            } catch (NumberFormatException e) {
                throw new TypeConversionException("'" + value + "' is not a whole number");
            }
            if (n < 1) {
                throw new TypeConversionException("'" + value + "' must be 1 or more");
            }
            return n;
        }
    }

    /** An ISO date, YYYY-MM-DD. */
    static final class Date implements CommandLine.ITypeConverter<LocalDate> {
        @Override
        public LocalDate convert(String value) {
            try {
                return LocalDate.parse(value.strip());
            } catch (DateTimeParseException e) {
                throw new TypeConversionException("'" + value + "' is not a date (YYYY-MM-DD)");
            }
        }
    }
}
