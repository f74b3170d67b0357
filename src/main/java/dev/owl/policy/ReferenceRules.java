package dev.owl.policy;

import dev.owl.input.Diagnostic;
import dev.owl.input.Fields;
import dev.owl.input.YamlReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.nodes.Node;

/**
 * The catalog's rules for names found in files ({@code catalog/reference-rules.yaml}): organisations that re-upload
 * other vendors' weights, client libraries' provider prefixes ({@code groq/…}, {@code ollama_chat/…}), and closed
 * API-only model names. Read once, on first use by a license scan, never per reference.
 */
record ReferenceRules(Set<String> reuploaders, Map<String, Boolean> providers, List<String> closedModels, HostedNames hosted) {
    static final String RESOURCE = "/catalog/reference-rules.yaml";

    ReferenceRules {
        reuploaders = Set.copyOf(reuploaders);
        providers = Map.copyOf(providers);
        closedModels = List.copyOf(closedModels);
    }

    private static final class BuiltIn {
        static final ReferenceRules RULES = load();

        private static ReferenceRules load() {
            try (InputStream in = ReferenceRules.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException(RESOURCE + " is missing from the jar");
                }
                List<Diagnostic> sink = new ArrayList<>();
                ReferenceRules rules = parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), "catalog/reference-rules.yaml", sink);
                if (!sink.isEmpty()) {
                    throw new IllegalStateException(sink.get(0).toString());
                }
                return rules;
            } catch (IOException e) {
                throw new IllegalStateException("cannot read " + RESOURCE, e);
            }
        }
    }

    /** The rules bundled with owl (parsed on first call). */
    static ReferenceRules builtIn() {
        return BuiltIn.RULES;
    }

    /** Parses the rules strictly; problems go to {@code sink} with their line. */
    static ReferenceRules parse(String text, String label, List<Diagnostic> sink) {
        Node root = YamlReader.parse(text, label, sink);
        Set<String> reuploaders = new HashSet<>();
        Map<String, Boolean> providers = new HashMap<>();
        List<String> closed = new ArrayList<>();
        if (root == null) {
            return new ReferenceRules(reuploaders, providers, closed, HostedNames.NONE);
        }
        Fields top = Fields.of(root, label, sink, "reference rules", Set.of("reuploaders", "providers", "closed_models", "hosted_names"));
        sourcedNames(top, "reuploaders", "org", "a re-uploader", label, sink, reuploaders);
        if (top.has("providers")) {
            Fields p = Fields.of(top.value("providers"), label, sink, "providers", Set.of("source", "prefixes"));
            p.require("source", "providers");
            source(p, label, sink);
            for (Node n : p.sequence("prefixes")) {
                Fields f = Fields.of(n, label, sink, "a provider prefix", Set.of("prefix", "local"));
                f.require("prefix", "a provider prefix");
                if (f.string("prefix") != null) {
                    providers.put(f.string("prefix").toLowerCase(Locale.ROOT), Boolean.TRUE.equals(f.bool("local")));
                }
            }
        }
        sourcedNames(top, "closed_models", "prefix", "a closed model name", label, sink, closed);
        return new ReferenceRules(reuploaders, providers, closed, HostedNames.parse(top.sequence("hosted_names"), label, sink));
    }

    /** A list of {name-key, source} entries: each name, lower case, goes into {@code into}. */
    private static void sourcedNames(Fields top, String list, String key, String what, String label, List<Diagnostic> sink,
            java.util.Collection<String> into) {
        for (Node n : top.sequence(list)) {
            Fields f = Fields.of(n, label, sink, what, Set.of(key, "source"));
            f.require(key, what);
            f.require("source", what);
            source(f, label, sink);
            if (f.string(key) != null) {
                into.add(f.string(key).toLowerCase(Locale.ROOT));
            }
        }
    }

    static void source(Fields owner, String label, List<Diagnostic> sink) {
        if (owner.has("source")) {
            Fields s = Fields.of(owner.value("source"), label, sink, "a source", Set.of("url", "as_of", "note"));
            s.require("url", "a source");
            s.require("as_of", "a source");
            s.string("url");
            s.pastDate("as_of");
            s.string("note");
        }
    }

    boolean reuploader(String org) {
        return reuploaders.contains(org.toLowerCase(Locale.ROOT));
    }

    /**
     * The provider prefix a name starts with ({@code groq} in {@code groq/llama-3.3-70b}), a hosting platform's prefix
     * ({@code @cf}, {@code accounts/fireworks/models}) or vendor namespace ({@code meta}), lower case, or null.
     */
    String provider(String name) {
        String platform = hosted.prefix(name);
        if (platform != null) {
            return platform;
        }
        int slash = name.indexOf('/');
        return slash > 0 && slash < name.length() - 1 && providers.containsKey(name.substring(0, slash).toLowerCase(Locale.ROOT))
                ? name.substring(0, slash).toLowerCase(Locale.ROOT) : null;
    }

    /** Whether a provider prefix routes to the user's own runtime (Ollama, vLLM) rather than a hosted API. */
    boolean localProvider(String prefix) {
        return Boolean.TRUE.equals(providers.get(prefix));
    }

    /**
     * Whether a model name (after any provider prefix) is a closed API-only model's: its last segment, less a
     * Bedrock-style {@code vendor.} part, starts with a closed name followed by nothing, '-', '.' or ':'.
     */
    boolean closed(String model) {
        String n = model.substring(model.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
        int dot = n.indexOf('.');
        if (dot > 0 && n.substring(0, dot).chars().allMatch(Character::isLetter)) {
            n = n.substring(dot + 1); // anthropic.claude-3-sonnet, amazon.nova-pro
        }
        for (String c : closedModels) {
            if (n.startsWith(c) && (n.length() == c.length() || "-.:".indexOf(n.charAt(c.length())) >= 0)) {
                return true;
            }
        }
        return false;
    }
}
