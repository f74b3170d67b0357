package dev.owl.cli;

import dev.owl.render.ColorMode;
import dev.owl.render.Format;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** The global output options (format, colour, detail, pager, stack traces), a mixin of the root that every command inherits. */
final class OutputOptions {
    @Option(names = "--format", paramLabel = "FORMAT", scope = ScopeType.INHERIT, converter = FormatConverter.class,
            completionCandidates = FormatConverter.ResultCandidates.class,
            description = "Output format: ${COMPLETION-CANDIDATES}; license check also sarif, junit and cyclonedx (default: table).")
    Format format = Format.TABLE;

    @Option(names = "--color", paramLabel = "WHEN", scope = ScopeType.INHERIT, completionCandidates = Candidates.Colors.class,
            description = "Colour: auto (a terminal without NO_COLOR), always or never (default: auto).")
    ColorMode color = ColorMode.AUTO;

    @Option(names = {"-q", "--quiet"}, scope = ScopeType.INHERIT,
            description = "Only the result, for scripts and CI: tables without the notes and assumptions under them; "
                    + "catalog validate prints nothing when the catalog is valid (the exit code says it); license check "
                    + "prints only its verdict line.")
    boolean quiet;

    @Option(names = {"-v", "--verbose"}, scope = ScopeType.INHERIT,
            description = "Also say, on stderr, what the answer rests on: the config file, and the catalog locations "
                    + "with what each holds.")
    boolean verbose;

    /** How errors reach stderr. */
    enum ErrorFormat { TEXT, JSON }

    @Option(names = "--error-format", paramLabel = "ERROR_FORMAT", scope = ScopeType.INHERIT, completionCandidates = Candidates.ErrorFormats.class,
            description = "Errors on stderr as text (default) or json: one JSON object per line "
                    + "(docs/schema/error.schema.json), as cargo and eslint do.")
    ErrorFormat errorFormat = ErrorFormat.TEXT;

    @Option(names = "--debug", scope = ScopeType.INHERIT, description = "Print stack traces of internal errors.")
    boolean debug;

    @Option(names = "--no-pager", scope = ScopeType.INHERIT,
            description = "Never page long output (on a terminal, show and license show use $PAGER or less -FRX; "
                    + "when neither runs, the text is printed directly).")
    boolean noPager;
}
