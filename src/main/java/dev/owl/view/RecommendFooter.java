package dev.owl.view;

import dev.owl.query.ModelSummary;
import dev.owl.query.RunCommands;
import dev.owl.recommend.RecommendReport;
import dev.owl.render.Sanitizer;
import java.util.ArrayList;
import java.util.List;

/**
 * What {@code recommend} says under its ranking: how to run the first pick, the excluded models that would rank
 * highest and why, and the query. One content, laid out as indented lines on a terminal and as a bullet list in markdown.
 *
 * @param runs how to run the first pick (and the best-ranked model with a command when it has none)
 * @param excludedHeading the line over the exclusions
 * @param exclusions each shown exclusion, "model: reason; reason"
 * @param more how many exclusions are not shown
 */
public record RecommendFooter(List<Line> runs, String excludedHeading, List<String> exclusions, int more, String summary) {
    /** A line of the footer: its lead-in ("Run #1: "; a note's "  note: " is indented under it) and its text. */
    public record Line(String lead, String text) {
        public boolean indented() {
            return lead.startsWith(" ");
        }
    }

    public static RecommendFooter of(RecommendReport report, boolean allExcluded) {
        List<RecommendReport.Exclusion> excluded = report.excluded();
        List<RecommendReport.Exclusion> shown = allExcluded ? excluded : excluded.subList(0, Math.min(5, excluded.size()));
        String heading = "Excluded (" + excluded.size() + ")" + (allExcluded || excluded.size() <= shown.size() ? ":"
                : ", the " + shown.size() + " that would rank highest (--all-excluded lists all):");
        return new RecommendFooter(runs(report), heading,
                shown.stream().map(r -> r.model() + ": " + String.join("; ", r.reasons())).toList(),
                excluded.size() - shown.size(), report.summary());
    }

    /** The same content as items of a list (the summary goes above them): for a markdown report. */
    public List<String> items() {
        List<String> items = new ArrayList<>();
        runs.forEach(l -> items.add((l.lead().strip() + " " + l.text()).strip()));
        exclusions.forEach(e -> items.add("excluded: " + e));
        if (more > 0) {
            items.add(more + " more excluded (--all-excluded lists all)");
        }
        return items;
    }

    /** How to run the first pick, and when the catalog has no command for it, the best-ranked model that has one. */
    private static List<Line> runs(RecommendReport report) {
        List<Line> lines = new ArrayList<>();
        if (report.recommendations().isEmpty() || report.recommendations().get(0).run() == null) {
            return lines;
        }
        ModelSummary.Run run = report.recommendations().get(0).run();
        boolean api = api(run);
        lines.add(new Line("Run #1: ", api || run.command() != null ? runLine(run) : "no command in the catalog fits this hardware"));
        if (run.note() != null) { // e.g. the sized format has no source in the catalog: what is missing, what serves instead
            lines.add(new Line("  note: ", run.note()));
        }
        if (run.command() == null && !api) {
            var next = report.recommendations().stream().filter(r -> r.run() != null && r.run().command() != null).findFirst();
            next.ifPresent(r -> lines.add(new Line("Run #" + r.rank() + " (" + r.model() + "): ", runLine(r.run()))));
            next.filter(r -> r.run().note() != null).ifPresent(r -> lines.add(new Line("  note: ", r.run().note())));
            if (next.isEmpty()) {
                lines.add(new Line("", "None of the models shown has one either: --top N shows more."));
            }
        }
        return lines;
    }

    /** Whether the run is a hosted offer's API, the one a budget was met with. */
    private static boolean api(ModelSummary.Run run) {
        return RunCommands.Step.API.key().equals(run.step());
    }

    /** The command line, or for a hosted offer its provider and the model id its API takes. */
    private static String runLine(ModelSummary.Run run) {
        return api(run) ? Sanitizer.clean(run.runtime()) + " API" + (run.command() == null ? "" : ", model " + Sanitizer.clean(run.command()))
                : Sanitizer.clean(run.command());
    }
}
