package dev.owl.view;

import dev.owl.catalog.CatalogInfo;
import dev.owl.catalog.Override;
import dev.owl.catalog.ValidationReport;
import dev.owl.render.Column;
import dev.owl.render.Sections;
import dev.owl.render.Sections.Field;
import dev.owl.render.Table;
import dev.owl.render.View;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** How {@code catalog info} is laid out for people: a summary, then the counts by family, vendor and license. */
public final class CatalogViews {
    private CatalogViews() {}

    public static Sections info(CatalogInfo c) {
        Sections s = new Sections("owl catalog");
        List<Field> summary = new ArrayList<>();
        for (CatalogInfo.Location l : c.locations()) {
            summary.add(new Field("location", l.path() + (l.builtin() ? " (built-in)" : "")));
        }
        summary.add(new Field("models", Integer.toString(c.counts().models()))); // a number in csv too: by status below
        summary.add(new Field("licenses", Integer.toString(c.counts().licenses())));
        summary.add(new Field("accelerators", Integer.toString(c.counts().accelerators())));
        summary.add(new Field("runtimes", Integer.toString(c.counts().runtimes())));
        summary.add(new Field("reference rules", Integer.toString(c.counts().referenceRules())));
        s.section("Summary", summary);
        Map<String, Integer> byStatus = new java.util.LinkedHashMap<>();
        c.byStatus().forEach((k, v) -> byStatus.put(k.replace('_', ' '), v));
        s.table("Models by status", counts("STATUS", byStatus));
        s.table("Models by family", counts("FAMILY", c.byFamily()));
        s.table("Models by vendor", counts("VENDOR", c.byVendor()));
        s.table("Models by license", counts("LICENSE", c.byLicense()));
        Table overrides = Table.of("KIND", "ID", "REPLACED", "BY");
        for (Override o : c.overrides()) {
            overrides.row(o.kind(), o.id(), o.replaced(), o.by());
        }
        s.table("Overrides", overrides);
        return s;
    }

    /** One row per finding of {@code catalog validate}, for csv, tsv and markdown (a table prints them as diagnostics). */
    public static final View<ValidationReport.Finding> FINDINGS = View.of(
            Column.<ValidationReport.Finding>text("FILE", ValidationReport.Finding::file),
            Column.number("LINE", f -> f.line() == null ? "" : f.line().toString(), ValidationReport.Finding::line),
            Column.number("COLUMN", f -> f.column() == null ? "" : f.column().toString(), ValidationReport.Finding::column),
            Column.text("SEVERITY", ValidationReport.Finding::severity),
            Column.text("MESSAGE", ValidationReport.Finding::message),
            Column.text("HELP", ValidationReport.Finding::help));

    private static Table counts(String header, Map<String, Integer> counts) {
        Table t = Table.of(header, ">MODELS");
        counts.forEach((k, v) -> t.row(k, Integer.toString(v)));
        return t;
    }
}
