package dev.owl.policy;

import dev.owl.input.Diagnostic;
import dev.owl.input.Fields;
import dev.owl.input.InputException;
import dev.owl.input.YamlReader;
import dev.owl.catalog.Catalog;
import dev.owl.catalog.License;
import dev.owl.input.Names;
import dev.owl.query.ModelResolver;
import dev.owl.query.UnknownNameException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import org.yaml.snakeyaml.nodes.ScalarNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.yaml.snakeyaml.nodes.Node;

/** Reads a policy file strictly: every unknown key, wrong type or bad value is reported with its line. */
public final class PolicyParser {
    static final Set<String> KEYS = Set.of("licenses", "usage", "exceptions", "paths", "scan", "ignore", "sarif");
    static final Set<String> LICENSE_KEYS = Set.of("allow", "deny", "require");
    static final Set<String> USAGE_KEYS = Set.of("monthly_active_users", "revenue_usd_per_month", "eu_entity",
            "trains_other_models_on_outputs", "distributes_weights");
    static final Set<String> EXCEPTION_KEYS = Set.of("model", "reason", "approved_by", "expires");
    static final Set<String> IGNORE_KEYS = Set.of("reference", "reason", "approved_by", "expires");
    /** Terms a policy may require. */
    public static final Set<String> REQUIREMENTS = Set.copyOf(Requirement.keys());

    private PolicyParser() {}

    /** allow/deny entries must name a catalog license (id, Hugging Face tag or SPDX id), and each only once. */
    private static void checkLicenses(Fields l, Catalog catalog, String file, List<Diagnostic> sink) {
        Map<String, String> idOf = new HashMap<>();
        Map<String, List<String>> tagged = new HashMap<>(); // a Hugging Face tag or SPDX id -> the licenses that carry it
        for (License lic : catalog.licenses()) {
            idOf.put(lic.id().toLowerCase(Locale.ROOT), lic.id());
            for (String tag : new String[] {lic.hfTag(), lic.spdx()}) {
                if (tag != null) {
                    tagged.computeIfAbsent(tag.toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(lic.id());
                }
            }
        }
        tagged.forEach((tag, ids) -> {
            if (ids.size() == 1) {
                idOf.putIfAbsent(tag, ids.get(0));
            }
        });
        Map<String, Node> allowed = new HashMap<>();
        for (String list : List.of("allow", "deny")) {
            Set<String> seen = new HashSet<>();
            for (Node n : l.sequence(list)) {
                if (!(n instanceof ScalarNode s)) {
                    continue;
                }
                String key = s.getValue().strip().toLowerCase(Locale.ROOT);
                String id = idOf.get(key);
                List<String> shared = tagged.getOrDefault(key, List.of());
                if (id == null && shared.size() > 1) {
                    Fields.error(sink, file, n, "'" + s.getValue() + "' in '" + list + "' is the Hugging Face tag of "
                            + shared.size() + " licenses (" + String.join(", ", shared) + ")",
                            "name each one you mean by its id; 'owl license show ID' shows its terms");
                } else if (id == null && modelOf(catalog, s.getValue()) != null) { // a model stands for its license elsewhere
                    dev.owl.catalog.Model m = modelOf(catalog, s.getValue());
                    Fields.error(sink, file, n, "'" + s.getValue() + "' in '" + list + "' is a model, not a license",
                            "write its license, " + m.license() + (list.equals("allow")
                                    ? ", to allow every model under it, or add an exception for " + m.id() + " alone" : ""));
                } else if (id == null) {
                    List<String> close = Names.suggestions(s.getValue(), catalog.licenses().stream().map(License::id).toList(), 3);
                    Fields.error(sink, file, n, "'" + s.getValue() + "' in '" + list + "' is not a license the catalog knows",
                            (close.isEmpty() ? "" : "did you mean " + String.join(", ", close) + "? ")
                                    + "'owl license list' shows every id; a Hugging Face tag or SPDX id works too");
                } else if (!seen.add(id)) {
                    Fields.error(sink, file, n, "'" + s.getValue() + "' is listed twice in '" + list + "' (as " + id + ")", "remove one");
                } else if (list.equals("allow")) {
                    allowed.put(id, n);
                } else if (allowed.containsKey(id)) {
                    Fields.error(sink, file, n, id + " is both allowed (line " + (allowed.get(id).getStartMark().getLine() + 1)
                            + ") and denied", "keep it in one list: deny wins today, which is rarely what the allow line meant");
                }
            }
        }
    }

    /** The model {@code name} names (as license show and compare take it: id, alias, repo, tag or unique prefix), or null. */
    private static dev.owl.catalog.Model modelOf(Catalog catalog, String name) {
        try {
            dev.owl.catalog.Model m = new ModelResolver(catalog).resolve(name);
            return m.license() == null ? null : m;
        } catch (UnknownNameException e) {
            return null;
        }
    }

    public static Policy read(Path file) {
        return read(file, null);
    }

    /**
     * Reads and checks a policy; with a catalog, also that every license and model it names exists, that no
     * license is both allowed and denied, that no model has two exceptions, and that every glob is valid.
     */
    public static Policy read(Path file, Catalog catalog) {
        if (!Files.exists(file)) {
            throw new InputException(List.of(new Diagnostic(file.toString(), 0, 0, "policy file not found",
                    "create one with: owl license check --init --policy " + file)));
        }
        List<Diagnostic> sink = new ArrayList<>();
        String label = file.toString();
        Node root = YamlReader.read(file, label, sink, YamlReader.MAX_SETTINGS_BYTES);
        Policy policy = root == null ? null : parse(root, label, sink, catalog);
        if (!sink.isEmpty()) {
            throw new InputException(sink);
        }
        return policy;
    }

    static Policy parse(Node root, String file, List<Diagnostic> sink) {
        return parse(root, file, sink, null);
    }

    static Policy parse(Node root, String file, List<Diagnostic> sink, Catalog catalog) {
        Fields f = Fields.of(root, file, sink, "a policy file", KEYS);
        if (f == null) {
            return null;
        }
        List<String> allow = List.of();
        List<String> deny = List.of();
        List<String> require = List.of();
        if (f.has("licenses")) {
            Fields l = Fields.of(f.value("licenses"), file, sink, "licenses", LICENSE_KEYS);
            if (l != null) {
                allow = l.strings("allow");
                deny = l.strings("deny");
                require = l.choices("require", REQUIREMENTS);
                if (catalog != null) {
                    checkLicenses(l, catalog, file, sink);
                }
            }
        }
        Policy.Usage usage = Policy.Usage.NONE;
        if (f.has("usage")) {
            Fields u = Fields.of(f.value("usage"), file, sink, "usage", USAGE_KEYS);
            if (u != null) {
                usage = new Policy.Usage(u.integer("monthly_active_users", 0), u.integer("revenue_usd_per_month", 0),
                        u.bool("eu_entity"), u.bool("trains_other_models_on_outputs"), u.bool("distributes_weights"));
            }
        }
        // paths.exclude is the name the README uses; scan.exclude, its first spelling, still works and adds to it
        List<String> exclude = new ArrayList<>(globs(f, "paths", file, sink));
        exclude.addAll(globs(f, "scan", file, sink));
        return new Policy(file, allow, deny, require, usage, exceptions(f, file, sink, catalog), exclude,
                ignores(f, file, sink, catalog), helpUri(f, file, sink));
    }

    /**
     * {@code sarif: help_uri:}, the address of the license gate's documentation that SARIF rules link to. SARIF 2.1.0's
     * schema makes {@code helpUri} an absolute URI, and owl has no address of its own, so only the team can say one.
     */
    private static String helpUri(Fields f, String file, List<Diagnostic> sink) {
        Fields s = f.has("sarif") ? Fields.of(f.value("sarif"), file, sink, "sarif", Set.of("help_uri")) : null;
        String uri = s == null ? null : s.string("help_uri");
        if (uri == null) {
            return null;
        }
        try {
            java.net.URI parsed = new java.net.URI(uri);
            if (("https".equalsIgnoreCase(parsed.getScheme()) || "http".equalsIgnoreCase(parsed.getScheme())) && parsed.getHost() != null) {
                return uri;
            }
        } catch (java.net.URISyntaxException e) {
            // reported below, like any other address that is not absolute
        }
        s.error("help_uri", "help_uri must be an absolute http(s) address, found '" + uri + "'",
                "where your copy of owl's README is published, e.g. https://github.com/ORG/owl/blob/TAG/README.md#the-license-gate");
        return null;
    }

    /** The ignore entries: each names a reference that is not a catalog model (a known model needs an exception), with a reason. */
    private static List<Policy.Ignore> ignores(Fields f, String file, List<Diagnostic> sink, Catalog catalog) {
        List<Policy.Ignore> ignores = new ArrayList<>();
        List<Node> entries = f.sequence("ignore");
        // indexing the catalog's names was 5% of license check's start-up: only a policy with entries to check needs it
        ReferenceResolver models = catalog == null || entries.isEmpty() ? null : new ReferenceResolver(catalog);
        for (Node n : entries) {
            Fields e = Fields.of(n, file, sink, "an ignore entry", IGNORE_KEYS);
            if (e == null) {
                continue;
            }
            e.require("reference", "an ignore entry");
            e.require("reason", "an ignore entry");
            String reference = e.string("reference");
            if (reference == null) {
                continue;
            }
            String problem = Glob.problem(reference);
            if (problem != null) {
                Fields.error(sink, file, e.locate("reference"), "invalid pattern '" + reference + "': " + problem,
                        "a reference as written, * matching within a path segment (acme/*)");
            } else if (models != null && !reference.contains("*") && models.resolve(Reference.argument(reference)).model() != null) {
                Fields.error(sink, file, e.locate("reference"), "'" + reference + "' is a catalog model ("
                        + models.resolve(Reference.argument(reference)).model().id() + "); ignoring it would hide its license findings",
                        "use an exception (exceptions: - model: …) with a reason and an expiry instead");
            }
            ignores.add(new Policy.Ignore(reference, e.string("reason"), e.string("approved_by"), e.date("expires"),
                    n.getStartMark().getLine() + 1));
        }
        return ignores;
    }

    /** The exceptions: each names a model the catalog knows, once, with a reason. */
    private static List<Policy.Exception> exceptions(Fields f, String file, List<Diagnostic> sink, Catalog catalog) {
        List<Policy.Exception> exceptions = new ArrayList<>();
        List<Node> entries = f.sequence("exceptions");
        ModelResolver models = catalog == null || entries.isEmpty() ? null : new ModelResolver(catalog);
        Map<String, Integer> excepted = new HashMap<>();
        for (Node n : entries) {
            Fields e = Fields.of(n, file, sink, "an exception", EXCEPTION_KEYS);
            if (e == null) {
                continue;
            }
            e.require("model", "an exception");
            e.require("reason", "an exception");
            String model = e.string("model");
            if (model != null && models != null) {
                checkExceptionModel(e, n, model, models, excepted, file, sink);
            }
            if (model != null) {
                exceptions.add(new Policy.Exception(model, e.string("reason"), e.string("approved_by"), e.date("expires"),
                        n.getStartMark().getLine() + 1));
            }
        }
        return exceptions;
    }

    private static void checkExceptionModel(Fields e, Node n, String model, ModelResolver models, Map<String, Integer> excepted,
            String file, List<Diagnostic> sink) {
        try {
            String id = models.resolve(model).id();
            Integer first = excepted.putIfAbsent(id, n.getStartMark().getLine() + 1);
            if (first != null) {
                Fields.error(sink, file, e.locate("model"), "a second exception for " + id + " (the first is on line " + first + ")",
                        "merge them into one exception with one reason and expiry");
            }
        } catch (UnknownNameException x) {
            Fields.error(sink, file, e.locate("model"), "exception for a model the catalog does not know: '" + model + "'",
                    x.suggestions().isEmpty() ? "name it by id, Hugging Face repo or Ollama tag ('owl list --all')"
                            : "did you mean " + String.join(", ", x.suggestions()) + "?");
        }
    }

    /** The {@code exclude} globs under {@code key} ({@code paths} or {@code scan}), each checked. */
    private static List<String> globs(Fields f, String key, String file, List<Diagnostic> sink) {
        if (!f.has(key)) {
            return List.of();
        }
        Fields s = Fields.of(f.value(key), file, sink, key, Set.of("exclude"));
        if (s == null) {
            return List.of();
        }
        List<String> exclude = s.strings("exclude");
        for (Node g : s.sequence("exclude")) {
            String problem = g instanceof ScalarNode sc ? Glob.problem(sc.getValue()) : null;
            if (problem != null) {
                Fields.error(sink, file, g, "invalid glob '" + ((ScalarNode) g).getValue() + "': " + problem,
                        "globs use * within a path segment, ** across segments, ? for one character, [abc] for a set");
            }
        }
        return exclude;
    }
}
