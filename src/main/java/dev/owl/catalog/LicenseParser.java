package dev.owl.catalog;

import dev.owl.input.Diagnostic;
import dev.owl.input.Fields;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.yaml.snakeyaml.nodes.Node;

/** Reads a license file ({@code licenses/<id>.yaml}) into its structured terms. */
final class LicenseParser {
    static final Set<String> KEYS = Set.of("id", "name", "version", "spdx", "hf_tag", "osi_approved", "url",
            "text_sha256", "summary", "terms", "regional_restrictions", "sources");
    static final Set<String> TERM_KEYS = Set.copyOf(LicenseTerm.keys());
    static final Set<String> TERM_FIELDS = Set.of("value", "section", "note");
    static final Set<String> OUTPUTS_TRAINING = Set.of("allowed", "restricted", "prohibited");
    static final Set<String> REGION_KEYS = Set.of("region", "binds", "modalities", "applies_to", "section", "source");

    private LicenseParser() {}

    static CatalogLoader.Parsed<License> parse(Node root, String file, List<Diagnostic> sink) {
        Fields f = Fields.of(root, file, sink, "a license file", KEYS);
        if (f == null) {
            return null;
        }
        String id = f.string("id");
        String what = id == null ? "a license" : "license '" + id + "'";
        f.require("id", what);
        f.require("name", what);
        if (id != null && !CatalogLoader.validId(id)) {
            f.error("id", "license id '" + id + "' must be lowercase letters, digits, '.', '_' or '-'",
                    "e.g. llama-3.1-community");
        }
        String sha = f.string("text_sha256");
        if (sha != null && !sha.matches("[0-9a-f]{64}")) {
            f.error("text_sha256", what + ": text_sha256 must be 64 lowercase hex digits",
                    "the output of sha256sum on the license text, or leave the key out");
        }
        LicenseTerms terms = f.has("terms") ? terms(f.value("terms"), file, sink, what)
                : new LicenseTerms(Term.absent(), Term.absent(), Term.absent(), Term.absent(), Term.absent(),
                        Term.absent(), Term.absent(), Term.absent(), Term.absent(), Term.absent());
        List<RegionalRestriction> regions = new ArrayList<>();
        for (Node n : f.sequence("regional_restrictions")) {
            RegionalRestriction r = region(n, file, sink, what);
            if (r != null) {
                regions.add(r);
            }
        }
        List<Source> sources = SourceParser.sources(f, file, sink, what);
        License license = new License(id, f.string("name"), f.string("version"), f.string("spdx"), f.string("hf_tag"),
                f.bool("osi_approved"), f.string("url"), sha, f.string("summary"), terms, regions, sources, file);
        if (id == null) { // a license with other errors still counts for the models that name it
            return null;
        }
        return new CatalogLoader.Parsed<>(license, CatalogLoader.Located.of(f, "id", file));
    }

    private static LicenseTerms terms(Node node, String file, List<Diagnostic> sink, String owner) {
        Fields f = Fields.of(node, file, sink, "terms of " + owner, TERM_KEYS);
        if (f == null) {
            return null;
        }
        // a method per value type, not a lambda per term: ten call sites linked on every run that reads a YAML license
        return new LicenseTerms(
                bool(f, "commercial_use", file, sink, owner),
                integer(f, "mau_threshold", file, sink, owner),
                integer(f, "revenue_cap_usd", file, sink, owner),
                bool(f, "research_only", file, sink, owner),
                bool(f, "non_production", file, sink, owner),
                text(f, "outputs_training", file, sink, owner, OUTPUTS_TRAINING),
                text(f, "derivative_naming", file, sink, owner, null),
                text(f, "attribution", file, sink, owner, null),
                text(f, "redistribution", file, sink, owner, null),
                text(f, "acceptable_use_policy", file, sink, owner, null));
    }

    private static Term<Boolean> bool(Fields terms, String key, String file, List<Diagnostic> sink, String owner) {
        Fields t = term(terms, key, file, sink, owner);
        return t == null ? Term.absent() : term(t, t.bool("value"));
    }

    private static Term<Long> integer(Fields terms, String key, String file, List<Diagnostic> sink, String owner) {
        Fields t = term(terms, key, file, sink, owner);
        return t == null ? Term.absent() : term(t, t.integer("value", 0));
    }

    /** A term whose value is text: one of {@code allowed}, or any text when that is null. */
    private static Term<String> text(Fields terms, String key, String file, List<Diagnostic> sink, String owner, Set<String> allowed) {
        Fields t = term(terms, key, file, sink, owner);
        return t == null ? Term.absent() : term(t, allowed == null ? t.string("value") : t.choice("value", allowed));
    }

    /** The fields of term {@code key}, or null when the license does not give it (or it is not a mapping). */
    private static Fields term(Fields terms, String key, String file, List<Diagnostic> sink, String owner) {
        return terms.has(key) ? Fields.of(terms.value(key), file, sink, "term '" + key + "' of " + owner, TERM_FIELDS) : null;
    }

    private static <T> Term<T> term(Fields t, T value) {
        return new Term<>(value, t.string("section"), t.string("note"));
    }

    private static RegionalRestriction region(Node node, String file, List<Diagnostic> sink, String owner) {
        String what = "a regional restriction of " + owner;
        Fields f = Fields.of(node, file, sink, what, REGION_KEYS);
        if (f == null) {
            return null;
        }
        f.require("region", what);
        return new RegionalRestriction(f.string("region"), f.string("binds"),
                f.choices("modalities", ModelParser.MODALITIES), f.strings("applies_to"), f.string("section"),
                SourceParser.optional(f, "source", file, sink, what));
    }
}
