package dev.owl.cli;

import dev.owl.policy.Finding;
import dev.owl.policy.Occurrence;
import dev.owl.policy.ReferenceScanner;
import dev.owl.policy.Reference;
import dev.owl.policy.Rule;
import dev.owl.policy.Severity;
import dev.owl.render.Sanitizer;
import dev.owl.render.Xml;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The reports of {@code owl license check}: text, JSON/YAML tree, Markdown, SARIF 2.1.0 and JUnit XML. */
final class CheckReports {
    /** Everything a report needs. */
    record Result(String policy, List<Reference> references, List<Finding> findings, int filesScanned, int filesSkipped,
            String version, List<Occurrence> inventory, List<ReferenceScanner.Skipped> skipped) {
        Result(String policy, List<Reference> references, List<Finding> findings, int filesScanned, int filesSkipped, String version) {
            this(policy, references, findings, filesScanned, filesSkipped, version, List.of(), List.of());
        }

        long count(Severity s) {
            return findings.stream().filter(f -> f.severity() == s).count();
        }

        boolean passed() {
            return count(Severity.ERROR) == 0;
        }
    }

    private CheckReports() {}

    static String location(Reference r) {
        return r.file() == null ? "(argument)" : r.file() + ":" + r.line() + ":" + r.column();
    }

    static String text(Result r) {
        StringBuilder sb = new StringBuilder();
        for (Finding f : r.findings()) {
            sb.append(f.severity().key()).append('[').append(f.rule().id()).append("]: ").append(Sanitizer.clean(f.message())).append('\n');
            sb.append("  --> ").append(Sanitizer.clean(location(f.reference()))).append("  ").append(Sanitizer.clean(f.reference().text()));
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

    static String summaryLine(Result r) {
        return (r.passed() ? "verdict: pass" : "verdict: fail") + " — " + r.count(Severity.ERROR) + " error(s), "
                + r.count(Severity.WARNING) + " warning(s), " + r.count(Severity.NOTE) + " note(s); "
                + r.references().size() + " reference(s) in " + r.filesScanned() + " file(s) scanned"
                + (r.filesSkipped() == 0 ? "" : ", " + r.filesSkipped() + " skipped (" + skippedReasons(r) + ")")
                + (r.policy() == null ? "; no policy file" : "; policy " + r.policy());
    }

    /** The skip reasons with their counts, most frequent first: "2 binary, 1 not UTF-8 text". */
    private static String skippedReasons(Result r) {
        Map<String, Long> counts = new LinkedHashMap<>();
        r.skipped().forEach(s -> counts.merge(s.reason().replaceAll(":.*", ""), 1L, Long::sum));
        if (counts.isEmpty()) {
            return "unreadable";
        }
        return counts.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .map(e -> e.getValue() + " " + e.getKey()).collect(java.util.stream.Collectors.joining(", "));
    }

    /** {@code --inventory}: every reference found, passing or not, one row each. */
    static dev.owl.render.Table inventoryTable(Result r) {
        dev.owl.render.Table t = dev.owl.render.Table.of("LOCATION", "REFERENCE", "KIND", "MODEL", "LICENSE", "RESOLUTION")
                .dropFirst("KIND", "RESOLUTION");
        for (Occurrence o : r.inventory()) {
            t.row(Sanitizer.clean(location(o.reference())), Sanitizer.clean(o.reference().text()), o.reference().kind().key(),
                    o.model() == null ? "—" : o.model(), o.license() == null ? "—" : o.license(),
                    o.resolution() + (o.note() == null ? "" : ": " + Sanitizer.clean(o.note())));
        }
        return t;
    }

    static Map<String, Object> tree(Result r) {
        Map<String, Object> t = new LinkedHashMap<>();
        t.put("verdict", r.passed() ? "pass" : "fail");
        t.put("policy", r.policy());
        List<Map<String, Object>> findings = new ArrayList<>();
        for (Finding f : r.findings()) {
            Map<String, Object> ft = new LinkedHashMap<>();
            ft.put("file", f.reference().file());
            ft.put("line", f.reference().file() == null ? null : f.reference().line());
            ft.put("column", f.reference().file() == null ? null : f.reference().column());
            ft.put("reference", f.reference().text());
            ft.put("model", f.model());
            ft.put("license", f.license());
            ft.put("rule", f.rule().id());
            ft.put("severity", f.severity().key());
            ft.put("message", f.message());
            ft.put("help", f.help());
            findings.add(ft);
        }
        t.put("findings", findings);
        List<Map<String, Object>> refs = new ArrayList<>();
        for (Occurrence o : r.inventory()) {
            Map<String, Object> rt = new LinkedHashMap<>();
            Reference ref = o.reference();
            rt.put("file", ref.file());
            rt.put("line", ref.file() == null ? null : ref.line());
            rt.put("column", ref.file() == null ? null : ref.column());
            rt.put("reference", ref.text());
            rt.put("kind", ref.kind().key());
            rt.put("model", o.model());
            rt.put("license", o.license());
            rt.put("resolution", o.resolution());
            rt.put("note", o.note());
            rt.put("context", ref.context());
            refs.add(rt);
        }
        t.put("references", refs);
        List<Map<String, Object>> skipped = new ArrayList<>();
        for (ReferenceScanner.Skipped sk : r.skipped()) {
            Map<String, Object> st = new LinkedHashMap<>();
            st.put("file", sk.file());
            st.put("reason", sk.reason());
            skipped.add(st);
        }
        t.put("skipped", skipped);
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("references", r.references().size());
        summary.put("files_scanned", r.filesScanned());
        summary.put("files_skipped", r.filesSkipped());
        summary.put("errors", r.count(Severity.ERROR));
        summary.put("warnings", r.count(Severity.WARNING));
        summary.put("notes", r.count(Severity.NOTE));
        Set<String> models = new LinkedHashSet<>();
        r.findings().stream().filter(f -> f.model() != null).forEach(f -> models.add(f.model()));
        summary.put("models_with_findings", new ArrayList<>(models));
        t.put("summary", summary);
        return t;
    }

    static String markdown(Result r) {
        StringBuilder sb = new StringBuilder("## owl license check: ").append(r.passed() ? "pass" : "fail").append("\n\n");
        if (!r.findings().isEmpty()) {
            sb.append("| severity | rule | location | reference | model | license | message |\n");
            sb.append("| --- | --- | --- | --- | --- | --- | --- |\n");
            for (Finding f : r.findings()) {
                sb.append("| ").append(f.severity().key()).append(" | ").append(f.rule().id()).append(" | ")
                        .append(md(location(f.reference()))).append(" | ").append(md(f.reference().text())).append(" | ")
                        .append(md(f.model())).append(" | ").append(md(f.license())).append(" | ").append(md(f.message()))
                        .append(" |\n");
            }
            sb.append('\n');
        }
        sb.append(md(summaryLine(r))).append('\n');
        return sb.toString();
    }

    private static String md(String s) {
        return s == null ? "" : Sanitizer.clean(s).replace("|", "\\|").replace("<", "&lt;").replace(">", "&gt;");
    }

    static Map<String, Object> sarif(Result r) {
        List<Map<String, Object>> rules = new ArrayList<>();
        for (Rule rule : Rule.values()) {
            Map<String, Object> rt = new LinkedHashMap<>();
            rt.put("id", rule.id());
            rt.put("shortDescription", Map.of("text", rule.id().replace('-', ' ')));
            rt.put("fullDescription", Map.of("text", rule.explanation()));
            rt.put("help", Map.of("text", rule.explanation()));
            rules.add(rt);
        }
        List<Map<String, Object>> results = new ArrayList<>();
        for (Finding f : r.findings()) {
            Map<String, Object> res = new LinkedHashMap<>();
            res.put("ruleId", f.rule().id());
            res.put("ruleIndex", f.rule().ordinal());
            res.put("level", f.severity().key());
            res.put("message", Map.of("text", f.message() + (f.help() == null ? "" : " Help: " + f.help())));
            if (f.reference().file() != null) {
                Map<String, Object> region = new LinkedHashMap<>();
                region.put("startLine", f.reference().line());
                region.put("startColumn", f.reference().column());
                Map<String, Object> physical = new LinkedHashMap<>();
                physical.put("artifactLocation", Map.of("uri", f.reference().file().replace('\\', '/')));
                physical.put("region", region);
                res.put("locations", List.of(Map.of("physicalLocation", physical)));
            }
            results.add(res);
        }
        Map<String, Object> driver = new LinkedHashMap<>();
        driver.put("name", "owl");
        driver.put("version", r.version());
        driver.put("rules", rules);
        Map<String, Object> run = new LinkedHashMap<>();
        run.put("tool", Map.of("driver", driver));
        run.put("results", results);
        Map<String, Object> log = new LinkedHashMap<>();
        log.put("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
        log.put("version", "2.1.0");
        log.put("runs", List.of(run));
        return log;
    }

    /** One test case per reference; a reference with an error finding fails. */
    static String junit(Result r) {
        Xml suite = new Xml("testsuite").attr("name", "owl license check").attr("tests", r.references().size())
                .attr("failures", r.references().stream().filter(ref -> errors(r, ref) > 0).count()).attr("errors", 0)
                .attr("skipped", 0);
        for (Reference ref : r.references()) {
            Xml test = new Xml("testcase").attr("classname", ref.file() == null ? "arguments" : ref.file())
                    .attr("name", location(ref) + " " + ref.text());
            List<Finding> mine = r.findings().stream().filter(f -> f.reference() == ref).toList();
            List<Finding> errs = mine.stream().filter(f -> f.severity() == Severity.ERROR).toList();
            if (!errs.isEmpty()) {
                StringBuilder detail = new StringBuilder();
                for (Finding f : errs) {
                    detail.append(f.rule().id()).append(": ").append(f.message()).append(f.help() == null ? "" : "\nhelp: " + f.help()).append('\n');
                }
                test.child(new Xml("failure").attr("type", errs.get(0).rule().id()).attr("message", errs.get(0).message())
                        .text(detail.toString().strip()));
            }
            List<Finding> others = mine.stream().filter(f -> f.severity() != Severity.ERROR).toList();
            if (!others.isEmpty()) {
                StringBuilder out = new StringBuilder();
                others.forEach(f -> out.append(f.severity().key()).append('[').append(f.rule().id()).append("]: ").append(f.message()).append('\n'));
                test.child(new Xml("system-out").text(out.toString().strip()));
            }
            suite.child(test);
        }
        return new Xml("testsuites").child(suite).render();
    }

    private static long errors(Result r, Reference ref) {
        return r.findings().stream().filter(f -> f.reference() == ref && f.severity() == Severity.ERROR).count();
    }
}
