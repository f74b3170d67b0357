package dev.owl.cli;

import java.time.LocalDate;
import java.util.List;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import picocli.CommandLine;
import picocli.CommandLine.TypeConversionException;

/** Converters for the numbers users type: token counts with K/M, sizes in billions, dates. */
final class Values {
    private Values() {}

    /**
     * Every {@link java.nio.file.Path} option and parameter (registered in Launcher): an empty string, as an unset shell
     * variable gives ({@code --policy "$POLICY"}), is refused rather than read as the current directory.
     */
    static final class FilePath implements CommandLine.ITypeConverter<java.nio.file.Path> {
        @Override
        public java.nio.file.Path convert(String value) {
            if (value.isEmpty()) {
                throw new TypeConversionException("'' is empty: name a file or directory (. is this directory)");
            }
            try {
                return java.nio.file.Path.of(value);
            } catch (java.nio.file.InvalidPathException e) {
                throw new TypeConversionException("'" + value + "' is not a path (" + e.getReason() + ")");
            }
        }
    }

    /** A file name kept as typed ({@code -} is stdin), refused when empty as {@link FilePath} refuses it. */
    static final class FileName implements CommandLine.ITypeConverter<String> {
        @Override
        public String convert(String value) {
            new FilePath().convert(value);
            return value;
        }
    }

    /** A name that must not be empty ({@code license check --model "$MODEL"} with the variable unset). */
    static final class NonEmpty implements CommandLine.ITypeConverter<String> {
        @Override
        public String convert(String value) {
            if (value.isBlank()) {
                throw new TypeConversionException("'" + value + "' is empty: give a model reference (an id, repo id or Ollama tag)");
            }
            return value;
        }
    }

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
                throw new TypeConversionException("'" + value + "' is not a token count (try 131072 or 128K; K = 1024, M = 1024²)");
            }
            if (n <= 0 || n * factor > Integer.MAX_VALUE) {
                throw new TypeConversionException("'" + value + "' is out of range (1 to 2047M tokens)");
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

    /** A whole number from 1 to 4096: sequences in a batch, devices, rows to show. */
    static final class Positive implements CommandLine.ITypeConverter<Integer> {
        static final int MAX = 4096;

        @Override
        public Integer convert(String value) {
            long n;
            try {
                n = Long.parseLong(value.strip());
            } catch (NumberFormatException e) {
                throw new TypeConversionException("'" + value + "' is not a whole number (1 to " + MAX + ")");
            }
            if (n < 1 || n > MAX) {
                throw new TypeConversionException("'" + value + "' is out of range (1 to " + MAX + ")");
            }
            return (int) n;
        }
    }

    /** A finite decimal within bounds that the message states; subclasses name the bounds and the unit. */
    abstract static class Bounded implements CommandLine.ITypeConverter<Double> {
        private final double min;
        private final boolean minInclusive;
        private final double max;
        private final String range;
        /** Unit spellings a user may type after the number (lower case, longest first): "24GB" is 24. */
        private final List<String> units;

        Bounded(double min, boolean minInclusive, double max, String range, String... units) {
            this.min = min;
            this.minInclusive = minInclusive;
            this.max = max;
            this.range = range;
            this.units = List.of(units);
        }

        @Override
        public Double convert(String value) {
            String number = value.strip();
            for (String unit : units) {
                if (number.toLowerCase(java.util.Locale.ROOT).endsWith(unit)) {
                    number = number.substring(0, number.length() - unit.length()).strip();
                    break;
                }
            }
            double d;
            try {
                d = Double.parseDouble(number);
            } catch (NumberFormatException e) {
                throw new TypeConversionException("'" + value + "' is not a number (" + range + ")");
            }
            if (!Double.isFinite(d) || d > max || d < min || (!minInclusive && d == min)) {
                throw new TypeConversionException("'" + value + "' is out of range (" + range + ")");
            }
            return d;
        }
    }

    /** GiB of memory per device; a unit typed after it (24GB, 24 GiB, 24G) is the same GiB the help means. */
    static final class Gib extends Bounded {
        Gib() {
            super(0, false, 1_000_000, "above 0 up to 1000000 GiB", "gib", "gb", "g");
        }
    }

    /** GB/s of memory bandwidth, or tokens per second. */
    static final class Rate extends Bounded {
        Rate() {
            super(0, false, 1_000_000, "above 0 up to 1000000");
        }
    }

    /** A share from 0 to 1. */
    static final class Share extends Bounded {
        Share() {
            super(0, true, 1, "0 to 1");
        }
    }

    /** US dollars per GPU-hour. */
    static final class HourlyUsd extends Bounded {
        HourlyUsd() {
            super(0, false, 10_000, "above 0 up to 10000 US dollars");
        }
    }

    /** Monthly active users: 0 to 10^10 (more than the people on Earth), with the suffixes a volume takes (2M, 700M). */
    static final class Users implements CommandLine.ITypeConverter<Long> {
        @Override
        public Long convert(String value) {
            String v = value.strip().replace("_", "").replace(",", "");
            double d = v.matches("-?[0-9]+(\\.[0-9]+)?[kKmMbB]?") ? scaled(v) : Double.NaN; // 1e9 stays refused
            long n = Math.round(d);
            if (n != d) {
                throw new TypeConversionException("'" + value + "' is not a whole number of users (e.g. 2000000 or 2M; 0 to 10000000000)");
            }
            if (n < 0 || n > 10_000_000_000L) {
                throw new TypeConversionException("'" + value + "' is out of range (0 to 10000000000 users)");
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

    /** A daily volume: a whole number with an optional decimal suffix k, M or B ({@code 50M} = 50,000,000). */
    static final class Volume implements CommandLine.ITypeConverter<Long> {
        @Override
        public Long convert(String value) {
            double total;
            try {
                total = scaled(value);
            } catch (NumberFormatException e) {
                throw new TypeConversionException("'" + value + "' is not a token volume (try 2000000, 2M or 500k)");
            }
            if (!Double.isFinite(total) || total < 1 || total > 1e15) {
                throw new TypeConversionException("'" + value + "' is out of range: a volume is 1 to 10^15 tokens a day");
            }
            return Math.round(total);
        }
    }

    /** A decimal count with an optional decimal suffix k, M or B (2M = 2,000,000); '_' and ',' group digits. */
    private static double scaled(String value) {
        String v = value.strip().replace("_", "").replace(",", "");
        double factor = 1;
        char last = v.isEmpty() ? ' ' : Character.toUpperCase(v.charAt(v.length() - 1));
        if (last == 'K' || last == 'M' || last == 'B') {
            factor = last == 'K' ? 1e3 : last == 'M' ? 1e6 : 1e9;
            v = v.substring(0, v.length() - 1);
        }
        return Double.parseDouble(v) * factor;
    }

    /** US dollars a month. */
    static final class MonthlyUsd extends Bounded {
        MonthlyUsd() {
            super(0, false, 1_000_000_000, "above 0 up to 1000000000 US dollars");
        }
    }

    /**
     * The engine {@code --runtime} names, or an unknown-name error with "did you mean: …" as every other name gets
     * (and its suggestions under --error-format json).
     */
    static String runtime(dev.owl.catalog.Catalog catalog, String name) {
        dev.owl.fit.Runtimes runtimes = dev.owl.fit.Runtimes.of(catalog);
        if (name == null || runtimes.names().isEmpty()) {
            return name == null ? null : runtimes.resolve(name);
        }
        return dev.owl.query.Known.lookup("runtime", name, runtimes::find, runtimes.names());
    }
}
