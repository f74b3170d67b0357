package dev.owl.view;

import dev.owl.catalog.LicenseTerm;
import dev.owl.catalog.Model;
import dev.owl.catalog.RegionalRestriction;
import dev.owl.catalog.Term;
import dev.owl.query.LicenseComparison;
import dev.owl.query.LicenseSummary;
import dev.owl.render.Column;
import dev.owl.render.Sections;
import dev.owl.render.Sections.Field;
import dev.owl.render.Units;
import dev.owl.render.View;
import java.util.ArrayList;
import java.util.List;

/** How licenses are laid out for people: the {@code license list} columns, {@code license show}'s sections, the comparison. */
public final class LicenseViews {
    private LicenseViews() {}

    /** One row per license for {@code license list}: the terms that decide most questions. */
    public static View<LicenseSummary> list() {
        return View.<LicenseSummary>of(
                Column.<LicenseSummary>text("ID", LicenseSummary::id).truncate(),
                Column.text("NAME", LicenseSummary::name),
                Column.text("SPDX", (LicenseSummary l) -> l.spdx() == null ? "-" : l.spdx()).values(LicenseSummary::spdx),
                Column.text("HF TAG", (LicenseSummary l) -> l.hfTag() == null ? "-" : l.hfTag()).values(LicenseSummary::hfTag),
                Column.text("OSI", (LicenseSummary l) -> l.osiApproved() == null ? "" : Units.yesNo(l.osiApproved())).values(LicenseSummary::osiApproved),
                Column.text("COMMERCIAL", LicenseViews::commercial),
                Column.number("MAU CAP", l -> valueText(l.mauThreshold()), LicenseSummary::mauThreshold),
                Column.text("OUTPUTS TRAINING", l -> valueText(l.outputsTraining())),
                Column.text("REGIONS", l -> String.join(", ", l.regions())),
                Column.number("MODELS", l -> Integer.toString(l.models().size()), l -> l.models().size()));
    }

    /** Term by term for {@code license compare}: a value with its section, rows whose values differ marked and stood out. */
    public static View<LicenseComparison.Row> comparison(List<String> licenses) {
        List<Column<LicenseComparison.Row>> columns = new ArrayList<>();
        // people read "mau threshold *" (the mark: the licenses differ), csv and tsv the JSON key, as a script matches it
        columns.add(Column.<LicenseComparison.Row>text("TERM", r -> r.term().replace('_', ' ') + (r.differs() ? " *" : ""))
                .values(LicenseComparison.Row::term).truncate());
        for (int i = 0; i < licenses.size(); i++) {
            int at = i;
            // csv and tsv get the value itself (700000000, true), people its text with the section
            columns.add(Column.<LicenseComparison.Row>text(licenses.get(i), r -> compared(r, at)).values(r -> r.values().get(at))
                    .emphasize(LicenseComparison.Row::differs).answer()); // each license named is the answer: wrap it, never leave it out
        }
        return new View<>(columns);
    }

    private static String compared(LicenseComparison.Row r, int i) {
        Object value = r.values().get(i);
        if (value == null) {
            return "—";
        }
        String section = r.sections().get(i);
        return valueText(value) + (section == null ? "" : " [§" + section + "]");
    }

    /** Every field of one license for {@code license show}; {@code model} leads when the license was found through it. */
    public static Sections sections(LicenseSummary l, Model model) {
        Sections s = new Sections(l.name() + "  (" + l.id() + ")");
        if (model != null) {
            List<Field> mf = new ArrayList<>();
            mf.add(new Field("model", model.id() + "  " + model.name()));
            for (String note : model.notes()) {
                mf.add(new Field("note", note));
            }
            s.section("Model", mf);
        }
        List<Field> id = new ArrayList<>();
        add(id, "version", l.version());
        add(id, "SPDX", l.spdx());
        add(id, "HF tag", l.hfTag());
        add(id, "OSI approved", l.osiApproved() == null ? null : Units.yesNo(l.osiApproved()));
        add(id, "text", l.url());
        add(id, "text SHA-256", l.textSha256());
        add(id, "summary", l.summary());
        s.section("License", id);
        s.section("Terms", terms(l));
        List<Field> regions = new ArrayList<>();
        for (RegionalRestriction r : l.regionalRestrictions()) {
            String text = (r.binds() == null ? "" : r.binds())
                    + (r.modalities().isEmpty() ? "" : "\nmodalities: " + String.join(", ", r.modalities()))
                    + (r.appliesTo().isEmpty() ? "" : "\nmodels: " + String.join(", ", r.appliesTo()))
                    + (r.section() == null ? "" : "\n[§" + r.section() + "]");
            regions.add(new Field(r.region(), text.strip()));
        }
        s.section("Regional restrictions", regions);
        if (!l.models().isEmpty()) {
            s.section("Models under this license", List.of(new Field(Integer.toString(l.models().size()), String.join("\n", l.models()))));
        }
        List<Field> sources = new ArrayList<>();
        l.sources().forEach(src -> sources.add(new Field(String.valueOf(src.asOf()),
                src.url() + (src.note() == null ? "" : "  (" + src.note() + ")"))));
        s.section("Sources", sources);
        return s;
    }

    private static List<Field> terms(LicenseSummary l) {
        List<Field> terms = new ArrayList<>();
        for (LicenseTerm name : LicenseTerm.values()) {
            Term<?> t = name.of(l.terms());
            if (t.value() == null && t.note() == null) {
                continue;
            }
            String text = t.value() == null ? "not stated" : valueText(t.value());
            if (t.section() != null) {
                text += "  [§" + t.section() + "]";
            }
            if (t.note() != null) {
                text += "\n" + t.note();
            }
            terms.add(new Field(name.label(), text));
        }
        return terms;
    }

    private static String commercial(LicenseSummary l) {
        if (Boolean.TRUE.equals(l.terms().researchOnly().value())) {
            return "research only";
        }
        if (Boolean.TRUE.equals(l.terms().nonProduction().value())) {
            return "non-production";
        }
        return l.commercialUse() == null ? "" : Units.yesNo(l.commercialUse());
    }

    /** A term's value as people read it: yes/no, {@code 700,000,000}, or the text. */
    private static String valueText(Object v) {
        if (v == null) {
            return "";
        }
        if (v instanceof Boolean b) {
            return Units.yesNo(b);
        }
        if (v instanceof Long n) {
            return Units.count(n);
        }
        return v.toString();
    }

    private static void add(List<Field> fields, String name, String value) {
        if (value != null && !value.isEmpty()) {
            fields.add(new Field(name, value));
        }
    }
}
