package dev.owl.catalog;

import dev.owl.input.Diagnostic;
import dev.owl.input.SourceLine;
import java.util.List;

/**
 * {@code catalog validate}'s result: valid when there is no finding; each finding with its place, the offending
 * line's text (null when unknown) and the fix; and the counts of what loaded.
 */
public record ValidationReport(boolean valid, List<Finding> errors, CatalogInfo.Counts counts) {
    public ValidationReport {
        errors = List.copyOf(errors);
    }

    /** One finding; {@code line} and {@code column} are null when the finding concerns a whole file. */
    public record Finding(String file, Integer line, Integer column, String severity, String message, String help,
            String lineText) {
        static Finding of(Diagnostic d) {
            return new Finding(d.file(), d.line() > 0 ? d.line() : null, d.column() > 0 ? d.column() : null, "error",
                    d.message(), d.hint(), d.text());
        }
    }

    public static ValidationReport of(CatalogLoader.Validation v) {
        return new ValidationReport(v.diagnostics().isEmpty(), SourceLine.attach(v.diagnostics()).stream().map(Finding::of).toList(),
                CatalogInfo.Counts.of(v.catalog()));
    }
}
