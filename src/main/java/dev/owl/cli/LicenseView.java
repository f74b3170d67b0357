package dev.owl.cli;

import dev.owl.catalog.Catalog;
import dev.owl.catalog.License;
import dev.owl.catalog.LicenseTerms;
import dev.owl.catalog.Model;
import dev.owl.catalog.RegionalRestriction;
import dev.owl.catalog.Term;
import dev.owl.render.Sections;
import dev.owl.render.Sections.Field;
import dev.owl.render.Units;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The shapes in which licenses are shown: the JSON object, and grouped fields with sections of the text. */
final class LicenseView {
    /** Term names in the order people read them, with their JSON keys. */
    static final List<String> TERMS = List.of("commercial_use", "mau_threshold", "revenue_cap_usd", "research_only",
            "non_production", "outputs_training", "derivative_naming", "attribution", "redistribution", "acceptable_use_policy");

    private LicenseView() {}

    static Term<?> term(LicenseTerms t, String name) {
        return switch (name) {
            case "commercial_use" -> t.commercialUse();
            case "mau_threshold" -> t.mauThreshold();
            case "revenue_cap_usd" -> t.revenueCapUsd();
            case "research_only" -> t.researchOnly();
            case "non_production" -> t.nonProduction();
            case "outputs_training" -> t.outputsTraining();
            case "derivative_naming" -> t.derivativeNaming();
            case "attribution" -> t.attribution();
            case "redistribution" -> t.redistribution();
            case "acceptable_use_policy" -> t.acceptableUsePolicy();
            default -> throw new IllegalArgumentException(name);
        };
    }

    static String valueText(Object v) {
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

    static List<String> modelsUsing(Catalog catalog, License l) {
        return catalog.models().stream().filter(m -> l.id().equals(m.license())).map(Model::id).toList();
    }

    static Map<String, Object> tree(License l, Catalog catalog) {
        Map<String, Object> t = new LinkedHashMap<>();
        t.put("id", l.id());
        t.put("name", l.name());
        t.put("version", l.version());
        t.put("spdx", l.spdx());
        t.put("hf_tag", l.hfTag());
        t.put("osi_approved", l.osiApproved());
        t.put("url", l.url());
        t.put("text_sha256", l.textSha256());
        t.put("summary", l.summary());
        Map<String, Object> terms = new LinkedHashMap<>();
        for (String name : TERMS) {
            Term<?> term = term(l.terms(), name);
            Map<String, Object> tt = new LinkedHashMap<>();
            tt.put("value", term.value());
            tt.put("section", term.section());
            tt.put("note", term.note());
            terms.put(name, tt);
        }
        t.put("terms", terms);
        // flat copies of the most-asked terms, so scripts need no nesting: jq '.mau_threshold'
        t.put("commercial_use", l.terms().commercialUse().value());
        t.put("mau_threshold", l.terms().mauThreshold().value());
        t.put("outputs_training", l.terms().outputsTraining().value());
        List<Map<String, Object>> regions = new ArrayList<>();
        for (RegionalRestriction r : l.regionalRestrictions()) {
            Map<String, Object> rt = new LinkedHashMap<>();
            rt.put("region", r.region());
            rt.put("binds", r.binds());
            rt.put("modalities", r.modalities());
            rt.put("applies_to", r.appliesTo());
            rt.put("section", r.section());
            rt.put("source", r.source());
            regions.add(rt);
        }
        t.put("regional_restrictions", regions);
        t.put("models", modelsUsing(catalog, l));
        t.put("sources", l.sources());
        return t;
    }

    static Sections sections(License l, Catalog catalog, Model model) {
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
        List<Field> terms = new ArrayList<>();
        for (String name : TERMS) {
            Term<?> t = term(l.terms(), name);
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
            terms.add(new Field(name.replace('_', ' '), text));
        }
        s.section("Terms", terms);
        List<Field> regions = new ArrayList<>();
        for (RegionalRestriction r : l.regionalRestrictions()) {
            String text = (r.binds() == null ? "" : r.binds())
                    + (r.modalities().isEmpty() ? "" : "\nmodalities: " + String.join(", ", r.modalities()))
                    + (r.appliesTo().isEmpty() ? "" : "\nmodels: " + String.join(", ", r.appliesTo()))
                    + (r.section() == null ? "" : "\n[§" + r.section() + "]");
            regions.add(new Field(r.region(), text.strip()));
        }
        s.section("Regional restrictions", regions);
        List<String> models = modelsUsing(catalog, l);
        if (!models.isEmpty()) {
            s.section("Models under this license", List.of(new Field(Integer.toString(models.size()), String.join("\n", models))));
        }
        List<Field> sources = new ArrayList<>();
        l.sources().forEach(src -> sources.add(new Field(String.valueOf(src.asOf()),
                src.url() + (src.note() == null ? "" : "  (" + src.note() + ")"))));
        s.section("Sources", sources);
        return s;
    }

    private static void add(List<Field> fields, String name, String value) {
        if (value != null && !value.isEmpty()) {
            fields.add(new Field(name, value));
        }
    }
}
