package dev.owl.cli;

import dev.owl.render.Format;
import java.util.Arrays;
import java.util.Iterator;
import picocli.CommandLine;

/** Parses {@code --format} in any case; {@code md} is markdown. */
final class FormatConverter implements CommandLine.ITypeConverter<Format> {
    @Override
    public Format convert(String value) {
        Format f = Format.parse(value);
        if (f == null) {
            throw new CommandLine.TypeConversionException("unknown format '" + value + "' (expected one of "
                    + String.join(", ", new Candidates()) + ")");
        }
        return f;
    }

    /** Every format name, for error messages and the completion of {@code license check}. */
    static final class Candidates implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return Arrays.stream(Format.values()).map(Format::key).iterator();
        }
    }

    /** The formats every command takes (not the report-only ones), for completion. */
    static final class ResultCandidates implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return Arrays.stream(Format.values()).filter(f -> !f.isReportOnly()).map(Format::key).iterator();
        }
    }
}
