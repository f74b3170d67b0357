package dev.owl.policy;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Names the scanned tree defines as labels of its own: a resource's or a served model's {@code name:}, an alias, an adapter's
 * label (the bare names {@link ServedAliases} claims in each file). A deployment names a model once (KServe's {@code metadata:
 * name: qwen2-7b-instruct-nvidia}, KubeAI's {@code name: gemma2-2b-cpu}, each beside {@code uri: hf://…}) and its docs,
 * dashboards and requests then use that name: in every file of the scan it is the deployment's label, not a model. Learnt only
 * from a file that deploys a model from a store's URI, and matched as written: a client config's display name ({@code - name:
 * GLM-5} beside {@code model: glm-5}) or a LocalAI model file's {@code name:} label nothing else. Only bare names: an org/name is a Hub id wherever
 * it stands, and a definition is never one ({@code name: Qwen/Qwen2.5-7B-Instruct} defines nothing).
 */
final class DefinedNames {
    private final Set<String> names = new HashSet<>();
    /** The scan's alias tables (AliasEntries): each alias and the one model URI the tree maps it to ("" for two). */
    private final java.util.Map<String, String> aliases = new java.util.HashMap<>();

    /** Remembers the bare labels one file defined, when that file deploys a model from a store's URI ({@code uri: hf://…}). */
    void add(ScanState state) {
        state.aliasTargets.forEach((k, v) -> aliases.merge(k, v, (a, b) -> a.equals(b) ? a : ""));
        names.addAll(state.routed);
        if (!state.deploys) {
            return;
        }
        for (String a : state.named) {
            if (a.indexOf('/') < 0 && a.indexOf(':') < 0) {
                names.add(a);
            }
        }
    }

    /** Drops, from {@code out}, each bare reference that is exactly a name the scan saw defined; marks the tree's aliases. */
    void drop(List<Reference> out) {
        aliases.values().removeIf(String::isEmpty);
        AliasEntries.apply(aliases, out);
        if (!names.isEmpty()) {
            out.removeIf(r -> r.positioned() && r.text().indexOf('/') < 0 && names.contains(r.text()));
        }
    }
}
