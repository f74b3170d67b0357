package dev.owl.view;

import dev.owl.policy.CheckResult;
import dev.owl.policy.Finding;
import dev.owl.policy.Occurrence;
import dev.owl.policy.Reference;
import dev.owl.policy.Severity;
import dev.owl.render.Column;
import dev.owl.render.Sanitizer;
import dev.owl.render.View;
import dev.owl.render.Xml;
import dev.owl.units.Quantities;
import java.util.LinkedHashMap;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * How a license check is laid out for people and CI: the findings as diagnostics (file:line:col, then help),
 * the findings and the inventory as views, the summary line, and JUnit XML (one test case per reference).
 */
public final class CheckViews {
    private CheckViews() {}

    /** Where a reference is: {@code file:line:col}, or {@code (argument)} for one given on the command line. */
    public static String location(Reference r) {
        return r.file() == null ? "(argument)" : r.positioned() ? r.file() + ":" + r.line() + ":" + r.column() : r.file();
    }

    /** A rule explained ({@code --explain RULE}) for csv, tsv and markdown. */
    public static View<dev.owl.policy.Rule.Explanation> explanation() {
        return View.<dev.owl.policy.Rule.Explanation>of(
                Column.<dev.owl.policy.Rule.Explanation>text("RULE", dev.owl.policy.Rule.Explanation::rule),
                Column.<dev.owl.policy.Rule.Explanation>text("EXPLANATION", dev.owl.policy.Rule.Explanation::explanation));
    }

    /** One row per finding (markdown, csv, tsv). */
    public static View<Finding> findings() {
        return View.<Finding>of(
                Column.<Finding>text("severity", f -> f.severity().key()),
                Column.<Finding>text("rule", f -> f.rule().id()),
                Column.<Finding>text("location", f -> location(f.reference())),
                Column.<Finding>text("reference", f -> f.reference().text()),
                Column.<Finding>text("model", Finding::model),
                Column.<Finding>text("license", Finding::license),
                Column.<Finding>text("message", Finding::message));
    }

    /** One row per finding for csv and tsv: the json keys as columns, line and column as numbers. */
    public static View<Finding> findingRows() {
        return View.<Finding>of(
                Column.<Finding>text("FILE", f -> f.reference().file()),
                Column.<Finding>number("LINE", f -> line(f.reference()), f -> lineOf(f.reference())),
                Column.<Finding>number("COLUMN", f -> column(f.reference()), f -> columnOf(f.reference())),
                Column.<Finding>text("REFERENCE", f -> f.reference().text()),
                Column.<Finding>text("MODEL", Finding::model),
                Column.<Finding>text("LICENSE", Finding::license),
                Column.<Finding>text("RULE", f -> f.rule().id()),
                Column.<Finding>text("SEVERITY", f -> f.severity().key()),
                Column.<Finding>text("MESSAGE", Finding::message),
                Column.<Finding>text("HELP", Finding::help));
    }

    /** One row per reference for csv and tsv ({@code --inventory}): the json keys of {@code references} as columns. */
    public static View<Occurrence> inventoryRows() {
        return View.<Occurrence>of(
                Column.<Occurrence>text("FILE", o -> o.reference().file()),
                Column.<Occurrence>number("LINE", o -> line(o.reference()), o -> lineOf(o.reference())),
                Column.<Occurrence>number("COLUMN", o -> column(o.reference()), o -> columnOf(o.reference())),
                Column.<Occurrence>text("REFERENCE", o -> o.reference().text()),
                Column.<Occurrence>text("KIND", o -> o.reference().kind().key()),
                Column.<Occurrence>text("MODEL", Occurrence::model),
                Column.<Occurrence>text("LICENSE", Occurrence::license),
                Column.<Occurrence>text("RESOLUTION", Occurrence::resolution),
                Column.<Occurrence>text("NOTE", Occurrence::note),
                Column.<Occurrence>text("CONTEXT", o -> o.reference().context()));
    }

    private static Integer lineOf(Reference r) {
        return r.positioned() ? r.line() : null;
    }

    private static Integer columnOf(Reference r) {
        return r.positioned() ? r.column() : null;
    }

    private static String line(Reference r) {
        return r.positioned() ? Integer.toString(r.line()) : "";
    }

    private static String column(Reference r) {
        return r.positioned() ? Integer.toString(r.column()) : "";
    }

    /** {@code --inventory}: every reference found, passing or not, one row each. */
    public static View<Occurrence> inventory() {
        return View.<Occurrence>of(
                Column.<Occurrence>text("LOCATION", o -> location(o.reference())),
                Column.<Occurrence>text("REFERENCE", o -> o.reference().text()).answer(), // a long LOCATION gives way first
                Column.<Occurrence>text("KIND", o -> o.reference().kind().key()).droppable(),
                Column.<Occurrence>text("MODEL", o -> o.model() == null ? "—" : o.model()).answer(),
                Column.<Occurrence>text("LICENSE", o -> o.license() == null ? "—" : o.license()).answer(),
                Column.<Occurrence>text("RESOLUTION", o -> o.resolution() + (o.note() == null ? "" : ": " + o.note())).droppable());
    }

    /** The findings as diagnostics, cargo-deny style, then the summary line. */
    public static String diagnostics(CheckResult r) {
        StringBuilder sb = new StringBuilder();
        for (Finding f : r.findings()) {
            sb.append(f.severity().key()).append('[').append(f.rule().id()).append("]: ").append(Sanitizer.clean(f.message())).append('\n');
            sb.append("  --> ").append(Sanitizer.clean(location(f.reference())));
            if (!f.reference().text().equals(f.reference().file())) { // a finding about a whole file names it once
                sb.append("  ").append(Sanitizer.clean(f.reference().text()));
            }
            if (f.model() != null) {
                sb.append(" = ").append(f.model()).append(" (").append(f.license()).append(')');
            }
            sb.append('\n');
            if (f.help() != null) {
                sb.append("  help: ").append(Sanitizer.clean(f.help())).append('\n');
            }
            sb.append('\n');
        }
        sb.append(summaryLine(r)).append('\n');
        return sb.toString();
    }

    /** {@code verdict: fail — 3 errors, 1 warning, 0 notes; 4 references in 4 files scanned; policy FILE}. */
    public static String summaryLine(CheckResult r) {
        return (r.passed() ? "verdict: pass" : "verdict: fail") + " — " + Quantities.count(r.count(Severity.ERROR), "error")
                + ", " + Quantities.count(r.count(Severity.WARNING), "warning") + ", "
                + Quantities.count(r.count(Severity.NOTE), "note") + "; " + Quantities.count(r.references().size(), "reference")
                + " in " + Quantities.count(r.filesScanned(), "file") + " scanned"
                + (r.filesSkipped() == 0 ? "" : ", " + r.filesSkipped() + " skipped (" + skippedReasons(r) + ")")
                + (r.policy() == null ? "; no policy file" : "; policy " + r.policy());
    }

    /**
     * How each format of this check's report starts (table, inventory table, markdown, csv/tsv, json, yaml, JUnit), or
     * names owl as its tool (SARIF, CycloneDX): {@code -o} may replace such a file in the tree it scans.
     */
    private static final java.util.regex.Pattern REPORT = java.util.regex.Pattern.compile("\\A(?:(?:error|warning|note)\\[[a-z-]+]: "
            + "|verdict: (?:pass|fail) \u2014 |LOCATION +REFERENCE |## owl license check: |FILE([,\\t])LINE\\1COLUMN\\1REFERENCE\\1"
            + "|\\{\\s*\"schema_version\" : \\d+,\\s*\"verdict\" : |schema_version: \\d+\\s+verdict: "
            + "|<\\?xml[^>]*>\\s*<testsuites>\\s*<testsuite name=\"owl license check\")|\"name\" : \"owl\",");

    /** Whether {@code head}, the start of a file, is a report of this check in any of its formats. */
    public static boolean isReport(String head) {
        return REPORT.matcher(head).find();
    }

    /** The markdown report's heading. */
    public static String markdownTitle(CheckResult r) {
        return "## owl license check: " + (r.passed() ? "pass" : "fail");
    }

    /** The summary line as markdown text. */
    public static String markdownSummary(CheckResult r) {
        return Sanitizer.clean(summaryLine(r)).replace("|", "\\|").replace("<", "&lt;").replace(">", "&gt;");
    }

    /** The skip reasons with their counts, most frequent first: "2 binary, 1 not UTF-8 text". */
    private static String skippedReasons(CheckResult r) {
        Map<String, Long> counts = new LinkedHashMap<>();
        // "unreadable: <why>" counts as "unreadable"; a colon inside quotes ("marked 'owl: ignore-file'") is the reason's own
        r.skipped().forEach(s -> counts.merge(s.reason().replaceAll("^([^']*?): .*$", "$1"), 1L, Long::sum));
        return counts.entrySet().stream().sorted(new MostFrequentFirst())
                .map(e -> e.getValue() + " " + e.getKey()).collect(Collectors.joining(", "));
    }

    /**
     * Counts high to low, then reasons A to Z. A class, not {@code Map.Entry.comparingByValue().reversed()…}: those make
     * lambda classes inside {@code java.util}, which owl's class-data archive cannot hold, on every run.
     */
    private static final class MostFrequentFirst implements Comparator<Map.Entry<String, Long>> {
        @Override
        public int compare(Map.Entry<String, Long> a, Map.Entry<String, Long> b) {
            int c = b.getValue().compareTo(a.getValue());
            return c != 0 ? c : a.getKey().compareTo(b.getKey());
        }
    }

    /**
     * JUnit XML: one test case per reference, and one per file the check could not read (a file-not-scanned finding);
     * a case with an error finding fails, so the report fails exactly when the check does.
     */
    public static String junit(CheckResult r) {
        java.util.Set<Reference> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        seen.addAll(r.references());
        List<Reference> all = new java.util.ArrayList<>(r.references());
        r.findings().stream().map(Finding::reference).filter(seen::add).forEach(all::add); // files not scanned, in order
        Xml suite = new Xml("testsuite").attr("name", "owl license check").attr("tests", all.size())
                .attr("failures", all.stream().filter(ref -> errors(r.findingsOf(ref)).size() > 0).count())
                .attr("errors", 0).attr("skipped", 0);
        for (Reference ref : all) {
            Xml test = new Xml("testcase").attr("classname", ref.file() == null ? "arguments" : ref.file())
                    .attr("name", ref.text().equals(ref.file()) ? location(ref) : location(ref) + " " + ref.text());
            List<Finding> mine = r.findingsOf(ref);
            List<Finding> errs = errors(mine);
            if (!errs.isEmpty()) {
                String detail = errs.stream().map(f -> f.rule().id() + ": " + f.message() + (f.help() == null ? "" : "\nhelp: " + f.help()))
                        .collect(Collectors.joining("\n"));
                test.child(new Xml("failure").attr("type", errs.get(0).rule().id()).attr("message", errs.get(0).message()).text(detail));
            }
            String others = mine.stream().filter(f -> f.severity() != Severity.ERROR)
                    .map(f -> f.severity().key() + "[" + f.rule().id() + "]: " + f.message()).collect(Collectors.joining("\n"));
            if (!others.isEmpty()) {
                test.child(new Xml("system-out").text(others));
            }
            suite.child(test);
        }
        return new Xml("testsuites").child(suite).render();
    }

    private static List<Finding> errors(List<Finding> findings) {
        return findings.stream().filter(f -> f.severity() == Severity.ERROR).toList();
    }
}
