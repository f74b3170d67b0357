package dev.owl.catalog;

import dev.owl.catalog.CatalogLoader.Located;
import dev.owl.catalog.CatalogLoader.Parsed;
import dev.owl.catalog.ReferenceRule.Kind;
import dev.owl.input.Diagnostic;
import dev.owl.input.Fields;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.Node;

/** Reads {@code reference-rules.yaml}: re-uploaders, provider prefixes and closed model names, each with a source. */
final class ReferenceRuleParser {
    /** An organisation or prefix is one path segment: no slash, no space. */
    private static final Pattern SEGMENT = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

    private ReferenceRuleParser() {}

    static List<Parsed<ReferenceRule>> parse(Node root, String file, List<Diagnostic> sink) {
        List<Parsed<ReferenceRule>> out = new ArrayList<>();
        Fields top = Fields.of(root, file, sink, "reference-rules.yaml", Set.of("reuploaders", "providers", "closed_models"));
        if (top == null) {
            return out;
        }
        sourced(top, "reuploaders", "org", Kind.REUPLOADER, file, sink, out);
        if (top.has("providers")) {
            Fields p = Fields.of(top.value("providers"), file, sink, "providers", Set.of("source", "prefixes"));
            if (p != null) {
                p.require("source", "providers");
                p.require("prefixes", "providers");
                Source source = SourceParser.optional(p, "source", file, sink, "the source of the provider prefixes");
                for (Node n : p.sequence("prefixes")) {
                    Fields f = Fields.of(n, file, sink, "a provider prefix", Set.of("prefix", "local"));
                    if (f != null) {
                        add(f, "prefix", Kind.PROVIDER, Boolean.TRUE.equals(f.bool("local")), source, file, out);
                    }
                }
            }
        }
        sourced(top, "closed_models", "prefix", Kind.CLOSED_MODEL, file, sink, out);
        return out;
    }

    /** A list of {name-key, source} entries. */
    private static void sourced(Fields top, String list, String key, Kind kind, String file, List<Diagnostic> sink,
            List<Parsed<ReferenceRule>> out) {
        for (Node n : top.sequence(list)) {
            Fields f = Fields.of(n, file, sink, "a " + kind.label(), Set.of(key, "source"));
            if (f != null) {
                f.require("source", "a " + kind.label());
                add(f, key, kind, false, SourceParser.optional(f, "source", file, sink, "the source of a " + kind.label()), file, out);
            }
        }
    }

    private static void add(Fields f, String key, Kind kind, boolean local, Source source, String file, List<Parsed<ReferenceRule>> out) {
        f.require(key, "a " + kind.label());
        String name = f.string(key);
        if (name == null) {
            return;
        }
        if (!SEGMENT.matcher(name).matches()) {
            f.error(key, "a " + kind.label() + " is one name without '/' or spaces, found '" + name + "'",
                    kind == Kind.REUPLOADER ? "write the Hugging Face organisation alone, e.g. unsloth"
                            : "write the part before the first '/', e.g. groq");
            return;
        }
        Located at = Located.of(f, key, file);
        out.add(new Parsed<>(new ReferenceRule(kind, name, local, source, file), at, Map.of()));
    }
}
