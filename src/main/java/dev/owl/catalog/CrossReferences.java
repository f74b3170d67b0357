package dev.owl.catalog;

import dev.owl.catalog.CatalogLoader.Located;
import dev.owl.catalog.CatalogLoader.Parsed;
import dev.owl.input.Diagnostic;
import dev.owl.input.Names;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The checks across a merged catalog's files: every reference leads to an entry, every name to one model. */
final class CrossReferences {
    private CrossReferences() {}

    /** A model's license is in the catalog, and its id, aliases, repo ids and Ollama tags name it alone. */
    static void checkModels(List<ModelHead> models, Map<String, License> licenses,
            Map<String, Located> modelAt, Map<String, Located> modelLicenseAt, List<Diagnostic> sink) {
        // one map per kind of name (no "hf:" + repo key strings), sized up front: 100,000 models claim 300,000 names
        Map<String, String> names = new HashMap<>(models.size() * 2);
        Map<String, String> repos = new HashMap<>(models.size() * 2);
        Map<String, String> tags = new HashMap<>();
        for (ModelHead m : models) {
            Located at = modelAt.get(m.id());
            if (m.license() != null && !licenses.containsKey(m.license())) {
                String close = Names.closest(m.license(), licenses.keySet());
                Located where = modelLicenseAt.getOrDefault(m.id(), at);
                sink.add(new Diagnostic(where.file(), where.line(), where.column(),
                        "model '" + m.id() + "' names license '" + m.license() + "', which is not in the catalog",
                        close != null ? "did you mean '" + close + "'?" : "add licenses/" + m.license() + ".yaml"));
            }
            claim(names, m.id(), "id", null, m, at, sink);
            for (String alias : m.aliases()) {
                claim(names, alias, "alias", null, m, at, sink);
            }
            for (String repo : m.hfRepos()) {
                claim(repos, repo.toLowerCase(Locale.ROOT), "Hugging Face repo", repo, m, at, sink);
            }
            for (String tag : m.ollamaTags()) {
                claim(tags, tag, "Ollama tag", tag, m, at, sink);
            }
        }
    }

    /** Every name a user can type must lead to one model only. */
    private static void claim(Map<String, String> names, String name, String kind, String shown, ModelHead m, Located at,
            List<Diagnostic> sink) {
        String owner = names.putIfAbsent(name, m.id());
        if (owner != null && !owner.equals(m.id())) {
            sink.add(new Diagnostic(at.file(), at.line(), at.column(),
                    "model '" + m.id() + "': " + (shown == null ? kind : kind + " " + shown) + " is already used by model '" + owner + "'",
                    "each id, alias, repo id and Ollama tag must name one model"));
        }
    }

    /**
     * Deployments must name a catalog model and a hosted runtime, and a provider's model id must lead to
     * one model only (ids resolve to catalog models wherever a model name is accepted).
     */
    static List<Deployment> checkDeployments(Collection<Parsed<Deployment>> parsed, Map<String, ?> models,
            Map<String, InferenceRuntime> runtimes, List<Diagnostic> sink) {
        List<Deployment> out = new ArrayList<>();
        Map<String, String> idOwner = new HashMap<>();
        for (Parsed<Deployment> p : parsed) {
            Deployment d = p.value();
            boolean ok = true;
            if (!models.containsKey(d.model())) {
                Located at = p.at("model");
                String close = Names.closest(d.model(), models.keySet());
                sink.add(new Diagnostic(at.file(), at.line(), at.column(),
                        "deployment names model '" + d.model() + "', which is not in the catalog",
                        close != null ? "did you mean '" + close + "'?" : "use a model id from models/*.yaml"));
                ok = false;
            }
            InferenceRuntime provider = runtimes.get(d.provider());
            if (provider == null || !"hosted".equals(provider.kind())) {
                Located at = p.at("provider");
                List<String> hosted = runtimes.values().stream().filter(r -> "hosted".equals(r.kind())).map(InferenceRuntime::id).toList();
                String close = Names.closest(d.provider(), hosted);
                sink.add(new Diagnostic(at.file(), at.line(), at.column(),
                        "deployment names provider '" + d.provider() + "', which is not a hosted runtime in runtimes.yaml",
                        close != null ? "did you mean '" + close + "'?" : "hosted providers: " + String.join(", ", hosted)));
                ok = false;
            }
            for (String id : d.providerModelIds()) {
                String owner = idOwner.putIfAbsent(id.toLowerCase(Locale.ROOT), d.model());
                if (owner != null && !owner.equals(d.model())) {
                    Located at = p.at("provider_model_ids");
                    sink.add(new Diagnostic(at.file(), at.line(), at.column(),
                            "provider model id '" + id + "' of '" + d.model() + "' already names model '" + owner + "'",
                            "a provider model id must lead to one catalog model"));
                    ok = false;
                }
            }
            if (ok) {
                out.add(d);
            }
        }
        return out;
    }

    /** GPU prices must name a catalog accelerator. */
    static List<GpuPrice> checkGpuPrices(Collection<Parsed<GpuPrice>> parsed, Map<String, Accelerator> accelerators,
            List<Diagnostic> sink) {
        List<GpuPrice> prices = new ArrayList<>();
        for (Parsed<GpuPrice> p : parsed) {
            if (accelerators.containsKey(p.value().gpu())) {
                prices.add(p.value());
            } else {
                Located at = p.at("gpu");
                String close = Names.closest(p.value().gpu(), accelerators.keySet());
                sink.add(new Diagnostic(at.file(), at.line(), at.column(),
                        "GPU price names accelerator '" + p.value().gpu() + "', which is not in the catalog",
                        close != null ? "did you mean '" + close + "'?" : "add it to hardware.yaml or fix the id"));
            }
        }
        return prices;
    }

    /** An open model line's base license must be a catalog license (it is what the gate names for the line's derivatives). */
    static List<ReferenceRule> checkReferenceRules(Collection<Parsed<ReferenceRule>> parsed, Map<String, License> licenses,
            List<Diagnostic> sink) {
        List<ReferenceRule> out = new ArrayList<>();
        for (Parsed<ReferenceRule> p : parsed) {
            String base = p.value().baseLicense();
            if (base != null && !licenses.containsKey(base)) {
                Located at = p.at("base_license");
                String close = Names.closest(base, licenses.keySet());
                sink.add(new Diagnostic(at.file(), at.line(), at.column(),
                        "open model line '" + p.value().name() + "' names base license '" + base + "', which is not in the catalog",
                        close != null ? "did you mean '" + close + "'?" : "use a license id from licenses/*.yaml"));
                continue;
            }
            out.add(p.value());
        }
        return out;
    }
}
