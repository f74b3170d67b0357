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

/**
 * Reads {@code reference-rules.yaml}: re-uploaders, provider prefixes, closed model names and hosting platforms' name
 * conventions, each with a source.
 */
final class ReferenceRuleParser {
    /** An organisation or prefix is one path segment: no slash, no space. */
    private static final Pattern SEGMENT = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

    private ReferenceRuleParser() {}

    static List<Parsed<ReferenceRule>> parse(Node root, String file, List<Diagnostic> sink) {
        List<Parsed<ReferenceRule>> out = new ArrayList<>();
        Fields top = Fields.of(root, file, sink, "reference-rules.yaml", Set.of("reuploaders", "providers", "closed_models", "open_models",
                "hosted_names", "runtime_names"));
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
        sourced(top, "open_models", "prefix", Kind.OPEN_MODEL, file, sink, out);
        for (Node n : top.sequence("hosted_names")) {
            hosted(n, file, sink, out);
        }
        for (Node n : top.sequence("runtime_names")) {
            runtimeNames(n, file, sink, out);
        }
        return out;
    }

    /** A gallery name as a runtime writes it: a name, maybe with a tag ({@code llama-3.2-1b-instruct:q4_k_m}); a repo is org/name. */
    private static final Pattern GALLERY_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*(?::[A-Za-z0-9][A-Za-z0-9._-]*)?");
    private static final Pattern REPO = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*/[A-Za-z0-9][A-Za-z0-9._-]*");

    /** One {@code runtime_names} entry: a runtime, the source (its gallery index), and {name, repo} pairs. */
    private static void runtimeNames(Node n, String file, List<Diagnostic> sink, List<Parsed<ReferenceRule>> out) {
        Fields f = Fields.of(n, file, sink, "a runtime's gallery names", Set.of("runtime", "source", "names"));
        if (f == null) {
            return;
        }
        f.require("runtime", "a runtime's gallery names");
        f.require("source", "a runtime's gallery names");
        String runtime = f.string("runtime");
        Source source = SourceParser.optional(f, "source", file, sink, "the source of a runtime's gallery names");
        for (Node e : f.sequence("names")) {
            Fields g = Fields.of(e, file, sink, "a gallery name", Set.of("name", "repo"));
            if (g == null || runtime == null) {
                continue;
            }
            g.require("name", "a gallery name");
            g.require("repo", "a gallery name");
            String name = g.string("name");
            String repo = g.string("repo");
            if (name != null && !GALLERY_NAME.matcher(name).matches()) {
                g.error("name", "a gallery name is one name without '/' or spaces, found '" + name + "'", "e.g. qwen3-4b-vllm-cpp");
            } else if (repo != null && !REPO.matcher(repo).matches()) {
                g.error("repo", "a gallery name's repo is a Hugging Face org/name, found '" + repo + "'", "e.g. Qwen/Qwen3-4B");
            } else if (name != null && repo != null) {
                out.add(new Parsed<>(new ReferenceRule(Kind.RUNTIME_NAME, name, false, runtime, repo, null, source, file),
                        Located.of(g, "name", file), Map.of()));
            }
        }
    }

    /** A platform prefix may hold '/' and '@' (workers-ai/@cf, accounts/fireworks/models); never a trailing '/'. */
    private static final Pattern PREFIX = Pattern.compile("[@A-Za-z0-9][@A-Za-z0-9._/-]*[A-Za-z0-9]");
    private static final Map<String, Kind> HOSTED = Map.of("prefix", Kind.HOSTED_PREFIX, "namespace", Kind.VENDOR_NAMESPACE,
            "suffix", Kind.HOSTED_SUFFIX, "spelling", Kind.HOSTED_SPELLING);

    /** One {@code hosted_names} entry: exactly one of prefix, namespace, suffix or spelling (with {@code as}), a platform, a source. */
    private static void hosted(Node n, String file, List<Diagnostic> sink, List<Parsed<ReferenceRule>> out) {
        Fields f = Fields.of(n, file, sink, "a hosted name rule", Set.of("prefix", "namespace", "suffix", "spelling", "as", "platform", "source"));
        if (f == null) {
            return;
        }
        f.require("platform", "a hosted name rule");
        f.require("source", "a hosted name rule");
        Source source = SourceParser.optional(f, "source", file, sink, "the source of a hosted name rule");
        List<String> keys = List.of("prefix", "namespace", "suffix", "spelling").stream().filter(f::has).toList();
        if (keys.size() != 1) {
            f.error(keys.isEmpty() ? "platform" : keys.get(1), "a hosted name rule has one of prefix, namespace, suffix or spelling",
                    "write one rule per convention");
            return;
        }
        String key = keys.get(0);
        String name = f.string(key);
        String platform = f.string("platform");
        if (name == null || platform == null) {
            return;
        }
        String replacement = null;
        if (key.equals("spelling")) {
            f.require("as", "a spelling");
            replacement = f.string("as");
            try {
                Pattern.compile(name);
            } catch (java.util.regex.PatternSyntaxException e) {
                f.error("spelling", "not a regular expression: " + e.getDescription(), "write a Java regular expression");
                return;
            }
            if (replacement == null) {
                return;
            }
        } else if (!(key.equals("prefix") ? PREFIX : key.equals("namespace") ? SEGMENT : SUFFIX).matcher(name).matches()) {
            f.error(key, "a hosted " + key + " is a name without spaces, found '" + name + "'", "e.g. @cf, meta or -Turbo");
            return;
        }
        out.add(new Parsed<>(new ReferenceRule(HOSTED.get(key), name, false, platform, replacement, null, source, file), Located.of(f, key, file), Map.of()));
    }

    /** A suffix starts with the separator it is written with (-Turbo). */
    private static final Pattern SUFFIX = Pattern.compile("[-_.][A-Za-z0-9._-]+");

    /** A list of {name-key, source} entries. */
    private static void sourced(Fields top, String list, String key, Kind kind, String file, List<Diagnostic> sink,
            List<Parsed<ReferenceRule>> out) {
        for (Node n : top.sequence(list)) {
            Fields f = Fields.of(n, file, sink, "a " + kind.label(),
                    kind == Kind.OPEN_MODEL ? Set.of(key, "base_license", "source") : Set.of(key, "source"));
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
        String base = f.has("base_license") ? f.string("base_license") : null;
        out.add(new Parsed<>(new ReferenceRule(kind, name, local, null, null, base, source, file), at,
                base == null ? Map.of() : Map.of("base_license", Located.of(f, "base_license", file))));
    }
}
