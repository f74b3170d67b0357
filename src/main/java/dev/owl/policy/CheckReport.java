package dev.owl.policy;

import java.util.List;

/**
 * The json and yaml report of {@code owl license check}, as the README documents it: the verdict, the policy,
 * the findings, every reference (the inventory), the skipped files and a summary. A reference given on the
 * command line has no file, line or column.
 */
public record CheckReport(String verdict, String policy, List<FindingEntry> findings, List<ReferenceEntry> references,
        List<ReferenceScanner.Skipped> skipped, Summary summary) {

    /** One finding: where (no line or column for a reference given on the command line or found installed), what was written, the model and license it resolved to, the rule, how bad, and the fix. */
    public record FindingEntry(String file, Integer line, Integer column, String reference, String model, String license,
            String rule, String severity, String message, String help) {
        static FindingEntry of(Finding f) {
            Reference r = f.reference();
            return new FindingEntry(r.file(), lineOf(r), columnOf(r), r.text(), f.model(), f.license(), f.rule().id(),
                    f.severity().key(), f.message(), f.help());
        }
    }

    /** One reference, passing or not: what kind of name it is, what it resolved to and how, and the context that found it. */
    public record ReferenceEntry(String file, Integer line, Integer column, String reference, String kind, String model,
            String license, String resolution, String note, String context) {
        static ReferenceEntry of(Occurrence o) {
            Reference r = o.reference();
            return new ReferenceEntry(r.file(), lineOf(r), columnOf(r), r.text(), r.kind().key(), o.model(), o.license(),
                    o.resolution(), o.note(), r.context());
        }
    }

    /** Counts, and the models that have findings. */
    public record Summary(int references, int filesScanned, int filesSkipped, long errors, long warnings, long notes,
            List<String> modelsWithFindings) {}

    static CheckReport of(CheckResult r) {
        return new CheckReport(r.passed() ? "pass" : "fail", r.policy(), r.findings().stream().map(FindingEntry::of).toList(),
                r.inventory().stream().map(ReferenceEntry::of).toList(), r.skipped(),
                new Summary(r.references().size(), r.filesScanned(), r.filesSkipped(), r.count(Severity.ERROR),
                        r.count(Severity.WARNING), r.count(Severity.NOTE), r.modelsWithFindings()));
    }

    private static Integer lineOf(Reference r) {
        return r.positioned() ? r.line() : null;
    }

    private static Integer columnOf(Reference r) {
        return r.positioned() ? r.column() : null;
    }
}
