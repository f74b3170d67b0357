package dev.owl.query;

import dev.owl.catalog.Catalog;
import dev.owl.catalog.Model;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Turns what a user or a scanned file calls a model into a catalog model: id, alias, Hugging Face
 * repo id (any case, with or without the hub's address), Ollama tag, a hosted provider's model id
 * ({@code llama-3.3-70b-versatile}, {@code mistral.mistral-large-2407-v1:0}), or a unique prefix of an id.
 */
public final class ModelResolver {
    private static final String[] HUB_PREFIXES = {"https://huggingface.co/", "http://huggingface.co/", "huggingface.co/",
        "https://hf.co/", "hf.co/"};
    private final List<Model> models;
    private final Map<String, Model> exact = new HashMap<>();
    private final Map<String, dev.owl.catalog.Deployment> offers = new HashMap<>();

    public ModelResolver(Catalog catalog) {
        this.models = catalog.models();
        for (Model m : models) {
            exact.put(m.id(), m);
            for (String alias : m.aliases()) {
                exact.putIfAbsent(alias, m);
            }
            for (String repo : m.hfRepos()) {
                exact.putIfAbsent(repo.toLowerCase(Locale.ROOT), m);
            }
            for (String tag : m.ollamaTags()) {
                exact.putIfAbsent(tag, m);
                if (tag.endsWith(":latest")) {
                    exact.putIfAbsent(tag.substring(0, tag.length() - ":latest".length()), m);
                }
            }
        }
        // provider ids come last: a catalog id, alias, repo or tag that is spelled the same wins
        for (dev.owl.catalog.Deployment d : catalog.deployments()) {
            Model m = catalog.model(d.model()).orElse(null);
            for (String id : d.providerModelIds()) {
                String key = id.toLowerCase(Locale.ROOT);
                if (m != null && !exact.containsKey(key)) {
                    exact.put(key, m);
                    offers.put(key, d);
                }
            }
        }
    }

    /**
     * The hosted offer whose provider model id this is ({@code llama-3.3-70b-instruct-maas} → Vertex AI's
     * deployment of Llama 3.3 70B), or empty when the name is no provider's id. Case does not matter.
     */
    public Optional<dev.owl.catalog.Deployment> providerOffer(String reference) {
        return Optional.ofNullable(offers.get(normalize(reference).toLowerCase(Locale.ROOT)));
    }

    /** The model a name refers to, or empty when it names none or several. */
    public Optional<Model> find(String reference) {
        try {
            return Optional.of(resolve(reference));
        } catch (UnknownNameException e) {
            return Optional.empty();
        }
    }

    /** The model a name refers to; throws with suggestions when it names none or several. */
    public Model resolve(String reference) {
        String ref = normalize(reference);
        Model hit = exact.get(ref);
        if (hit == null) {
            hit = exact.get(ref.toLowerCase(Locale.ROOT));
        }
        if (hit != null) {
            return hit;
        }
        String lower = ref.toLowerCase(Locale.ROOT);
        List<Model> prefixed = new ArrayList<>();
        for (Model m : models) {
            if (m.id().startsWith(lower)) {
                prefixed.add(m);
            }
        }
        if (prefixed.size() == 1 && !lower.isEmpty()) {
            return prefixed.get(0);
        }
        if (prefixed.size() > 1 && !lower.isEmpty()) {
            throw new UnknownNameException("model", reference, prefixed.stream().map(Model::id).toList(), true,
                    "type more of the id");
        }
        throw new UnknownNameException("model", reference, suggestions(lower), false,
                "'owl list --all' shows every model id");
    }

    /**
     * The ids of the three models whose id, alias, Hugging Face repo id (any case) or Ollama tag is nearest to
     * {@code typed}: one slot per model ({@code meta-llama/Llama-3.3-70B}, a base repo, gets the instruct model).
     */
    private List<String> suggestions(String typed) {
        java.util.Map<String, String> idOfName = new java.util.LinkedHashMap<>();
        for (Model m : models) {
            idOfName.putIfAbsent(m.id(), m.id());
            m.aliases().forEach(a -> idOfName.putIfAbsent(a, m.id()));
            m.hfRepos().forEach(r -> idOfName.putIfAbsent(r.toLowerCase(Locale.ROOT), m.id()));
            m.ollamaTags().forEach(t -> idOfName.putIfAbsent(t, m.id()));
        }
        return dev.owl.input.Names.suggestions(typed, idOfName.keySet(), idOfName.size()).stream()
                .map(idOfName::get).distinct().limit(3).toList();
    }

    private static String normalize(String reference) {
        String ref = reference.strip();
        for (String prefix : HUB_PREFIXES) {
            if (ref.regionMatches(true, 0, prefix, 0, prefix.length())) {
                ref = ref.substring(prefix.length());
                break;
            }
        }
        while (ref.endsWith("/")) {
            ref = ref.substring(0, ref.length() - 1);
        }
        return ref;
    }
}
