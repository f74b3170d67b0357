package dev.owl.view;

import dev.owl.fit.Hardware;
import dev.owl.recommend.QuantPenalty;
import dev.owl.recommend.Recommendation;
import dev.owl.recommend.RecommendReport;
import dev.owl.recommend.Recommender;
import dev.owl.recommend.TaskEvidence;
import dev.owl.recommend.TaskSummary;
import dev.owl.render.Column;
import dev.owl.render.Sections;
import dev.owl.render.Sections.Field;
import dev.owl.render.Units;
import dev.owl.render.View;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** How {@code owl recommend} lays out its results for people: the ranking, the tasks, and one model explained. */
public final class RecommendViews {
    private RecommendViews() {}

    /**
     * One row per recommended model, best first; '?' marks a score whose evidence is imputed. FITS only when the query
     * names hardware ({@code onHardware}), ~TOK/S only when that hardware has a memory bandwidth ({@code withSpeed}):
     * without them every cell of theirs is empty.
     */
    public static View<RecommendReport.Row> ranking(boolean onHardware, boolean withSpeed) {
        List<Column<RecommendReport.Row>> columns = new ArrayList<>(List.of(
                Column.<RecommendReport.Row>number("RANK", r -> Integer.toString(r.rank()), RecommendReport.Row::rank).truncate(),
                Column.<RecommendReport.Row>text("MODEL", RecommendReport.Row::model).answer(),
                Column.<RecommendReport.Row>text("LICENSE", RecommendReport.Row::license).droppable()));
        if (onHardware) {
            columns.add(Column.<RecommendReport.Row>text("FITS", r -> r.quant() == null ? "" : r.quant()).droppable());
        }
        if (onHardware && withSpeed) {
            columns.add(Column.<RecommendReport.Row>number("~TOK/S", RecommendViews::speed, RecommendViews::shownSpeed)
                    .approx(r -> shownSpeed(r) != null).droppable());
        }
        columns.add(Column.<RecommendReport.Row>number("SCORE", r -> Units.plain(r.score()) + (r.imputed() ? " ?" : ""),
                RecommendReport.Row::score).approx(RecommendReport.Row::imputed));
        columns.add(Column.<RecommendReport.Row>text("WHY", r -> String.join("; ", r.reasons())).answer());
        return new View<>(columns, FitViews.WIDER);
    }

    /** The tasks and the evidence each trusts. */
    public static View<TaskSummary> tasks() {
        return View.<TaskSummary>of(
                Column.<TaskSummary>text("TASK", TaskSummary::task).truncate(),
                Column.<TaskSummary>text("FOR", TaskSummary::description),
                Column.<TaskSummary>text("EVIDENCE (MOST TRUSTED FIRST)", t -> String.join(", ", t.evidence().stream()
                        .map(e -> e.benchmark() + (e.protocol() != null ? " (" + e.protocol() + ")" : " (vendor-reported)")).toList())),
                Column.<TaskSummary>text("CAPABILITIES", t -> String.join(", ", t.capabilities())),
                Column.<TaskSummary>text("REQUIRES", t -> t.requiredInput() == null ? "" : t.requiredInput() + " input"));
    }

    /** Why one model ranks where it does ({@code of} models are ranked), or why it was excluded. */
    public static Sections explain(RecommendReport.Row row, int of) {
        Recommendation r = row.recommendation();
        Sections s = new Sections(row.model() + (r.excluded() ? ": excluded" : ": rank " + row.rank() + " of " + of));
        List<Field> verdict = new ArrayList<>();
        r.exclusions().forEach(x -> verdict.add(new Field("excluded", x)));
        verdict.add(new Field("score", Units.plain(r.score()) + " = 100 × weighted mean of the parts below"));
        s.section("Verdict", verdict);
        List<Field> parts = new ArrayList<>();
        r.parts().forEach((k, v) -> parts.add(new Field(k, (v == null ? "no evidence" : Units.plain(thousandths(v)))
                + "  (weight " + Units.plain(Recommender.WEIGHTS.get(k))
                + (k.equals("speed") && r.fit() != null && r.fit().shownTokensPerSecond() != null
                        ? String.format(Locale.ROOT, "; ~%.0f tok/s %s ÷ %.0f, capped at 1", r.fit().shownTokensPerSecond(),
                                r.fit().typicalTokensPerSecond() != null ? "typical" : "upper bound (no measurement calibrates it)",
                                Recommender.FAST_TOKENS_PER_SECOND) + (r.kvApproximation() == null ? ""
                                        : ", less the time to read the estimated KV cache") : "") + ")")));
        s.section("Score parts", parts);
        s.section("Reasons", r.reasons().stream().map(x -> new Field("-", x)).toList());
        if (r.evidence() != null) {
            s.section("Evidence", evidence(r));
        }
        if (r.penalty() != null) {
            QuantPenalty q = r.penalty();
            s.section("Quantization penalty", List.of(new Field(q.format().key(), q.loss() == 0 ? q.basis()
                    : String.format(Locale.ROOT, "keeps %.2f %% of benchmark scores: mean KL divergence %.4f × %.2f per nat (%s; %s)",
                            100 * q.keep(), q.kld(), QuantPenalty.LOSS_PER_NAT, q.basis(), QuantPenalty.KLD_SOURCE))));
        }
        if (r.run() != null) {
            s.section("Run it", List.of(r.run().command() == null ? new Field("none", r.run().note())
                    : new Field(r.run().runtime(), r.run().command() + (r.run().note() == null ? "" : "  (" + r.run().note() + ")"))));
        }
        if (r.fit() != null) {
            List<Field> fit = new java.util.ArrayList<>(List.of(new Field("estimate", String.format(Locale.ROOT, "%s: ~%.1f GiB of %.1f GiB%s",
                    r.fit().quant().key(), r.neededBytes() / Hardware.GIB, r.fit().availableBytes() / Hardware.GIB,
                    r.fit().decodeTokensPerSecond() == null ? "" : r.fit().typicalTokensPerSecond() == null
                            ? String.format(Locale.ROOT, ", ~%.0f tok/s upper bound", r.fit().decodeTokensPerSecond())
                            : String.format(Locale.ROOT, ", ~%.0f tok/s typical (%.0f upper bound)", r.fit().typicalTokensPerSecond(),
                                    r.fit().decodeTokensPerSecond())))));
            if (r.fit().typicalSpeedBasis() != null) {
                fit.add(new Field("typical speed", r.fit().typicalSpeedBasis()));
            }
            s.section("Fit", fit);
            if (r.kvApproximation() != null) {
                s.section("KV cache", List.of(new Field("approximated", String.format(Locale.ROOT,
                        "~%.1f GiB counted in the estimate: the catalog lacks this model's architecture, so fit cannot count it; %s",
                        r.kvApproximation().bytes() / Hardware.GIB, r.kvApproximation().how()))));
            } else if (r.fit().kvCacheBytes() == null) {
                s.section("KV cache", List.of(new Field("not counted", "the catalog lacks this model's architecture and "
                        + "too few models have a countable cache to estimate one: the free memory is an upper bound")));
            }
        }
        return s;
    }

    private static List<Field> evidence(Recommendation r) {
        TaskEvidence.Estimate e = r.evidence();
        List<Field> ev = new ArrayList<>();
        for (TaskEvidence.Row row : e.rows()) {
            ev.add(new Field(row.figure().name(), Units.plain(row.figure().score()) + " — "
                    + (row.figure().vendorReported() ? "vendor-reported" : "protocol " + row.figure().protocol())
                    + ", " + row.figure().setting() + "; percentile " + Units.plain(thousandths(row.percentile()))
                    + (row.scaleOf() == null ? " of " + Units.count(row.covered(), "covered model")
                            : " on " + row.scaleOf().benchmark() + "'s scale (" + Units.plain(thousandths(row.own())) + " among its own "
                                    + Units.count(row.covered(), "covered model") + ")")
                    + "; weight " + Units.plain(row.weight())
                    + (row.figure().vendorReported() || row.onScale() ? "" : " (not on the task's reference scale: too few models shared)")
                    + "; as of " + row.figure().source().asOf() + ", "
                    + row.figure().source().url()));
        }
        if (!e.imputed() && e.rows().stream().noneMatch(TaskEvidence.Row::onScale)) {
            ev.add(new Field("counted", "no figure on the task's reference scale (vendor-reported or off-scale only): the weighted "
                    + "mean of the percentiles less one vendor standard error, " + Units.plain(thousandths(e.uncertainty()))));
        }
        if (e.imputed()) {
            ev.add(new Field("imputed", e.prior().formula() + "; uncertainty ± " + Units.plain(thousandths(e.prior().sigma()))
                    + " (residual standard error over " + Units.count(e.prior().fittedOn(), "model") + " with figures); counted as mean − uncertainty"));
        }
        ev.add(new Field("value", Units.plain(thousandths(e.value()))
                + (r.penalty() != null && r.penalty().loss() > 0 ? " at " + r.penalty().format().key() : "")
                + " ± " + Units.plain(thousandths(e.uncertainty()))));
        ev.add(new Field("scale", TaskSummary.SCALE));
        return ev;
    }

    /** The figure fit's ~TOK/S shows for the same setup: typical where measurements calibrate it, else the bound. */
    private static Double shownSpeed(RecommendReport.Row r) {
        return r.typicalTokensPerS() != null ? r.typicalTokensPerS() : r.decodeTokensPerS();
    }

    private static String speed(RecommendReport.Row r) {
        Recommendation x = r.recommendation();
        return x.fit() == null || x.fit().shownTokensPerSecond() == null ? ""
                : Units.fixed(x.fit().shownTokensPerSecond(), 0);
    }

    private static double thousandths(double v) {
        return Math.round(v * 1000) / 1000.0;
    }
}
