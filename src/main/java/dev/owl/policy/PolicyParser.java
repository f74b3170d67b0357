package dev.owl.policy;

import dev.owl.catalog.Diagnostic;
import dev.owl.catalog.Fields;
import dev.owl.catalog.InputException;
import dev.owl.catalog.YamlReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.yaml.snakeyaml.nodes.Node;

/** Reads a policy file strictly: every unknown key, wrong type or bad value is reported with its line. */
public final class PolicyParser {
    static final Set<String> KEYS = Set.of("licenses", "usage", "exceptions", "scan");
    static final Set<String> LICENSE_KEYS = Set.of("allow", "deny", "require");
    static final Set<String> USAGE_KEYS = Set.of("monthly_active_users", "revenue_usd_per_month", "eu_entity",
            "trains_other_models_on_outputs", "distributes_weights");
    static final Set<String> EXCEPTION_KEYS = Set.of("model", "reason", "approved_by", "expires");
    /** Terms a policy may require. */
    public static final Set<String> REQUIREMENTS = Set.of("commercial_use", "osi_approved", "no_mau_threshold",
            "outputs_training_allowed", "no_regional_restrictions");

    private PolicyParser() {}

    public static Policy read(Path file) {
        List<Diagnostic> sink = new ArrayList<>();
        String label = file.toString();
        Node root = YamlReader.read(file, label, sink, YamlReader.MAX_SETTINGS_BYTES);
        Policy policy = root == null ? null : parse(root, label, sink);
        if (!sink.isEmpty()) {
            throw new InputException(sink);
        }
        return policy;
    }

    static Policy parse(Node root, String file, List<Diagnostic> sink) {
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
        List<Policy.Exception> exceptions = new ArrayList<>();
        for (Node n : f.sequence("exceptions")) {
            Fields e = Fields.of(n, file, sink, "an exception", EXCEPTION_KEYS);
            if (e == null) {
                continue;
            }
            e.require("model", "an exception");
            e.require("reason", "an exception");
            String model = e.string("model");
            if (model != null) {
                exceptions.add(new Policy.Exception(model, e.string("reason"), e.string("approved_by"), e.date("expires"),
                        n.getStartMark().getLine() + 1));
            }
        }
        List<String> exclude = List.of();
        if (f.has("scan")) {
            Fields s = Fields.of(f.value("scan"), file, sink, "scan", Set.of("exclude"));
            if (s != null) {
                exclude = s.strings("exclude");
            }
        }
        return new Policy(file, allow, deny, require, usage, exceptions, exclude);
    }
}
