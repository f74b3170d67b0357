package dev.owl.catalog;

import dev.owl.catalog.CatalogLoader.Located;
import dev.owl.catalog.CatalogLoader.Parsed;
import dev.owl.input.Diagnostic;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.IntFunction;

/**
 * The entries of each catalog location merged in load order: an id twice in one location is an error, and a
 * later location's entry overrides an earlier one's (the override is recorded for {@code catalog info}).
 */
final class CatalogMerge {
    private final List<Diagnostic> sink;
    private final Map<String, ModelEntry> models = new LinkedHashMap<>();
    private final Map<String, License> licenses = new LinkedHashMap<>();
    private final Map<String, Accelerator> accelerators = new LinkedHashMap<>();
    private final Map<String, InferenceRuntime> runtimes = new LinkedHashMap<>();
    private final Map<String, Parsed<Deployment>> deployments = new LinkedHashMap<>();
    private final Map<String, Parsed<GpuPrice>> gpuPrices = new LinkedHashMap<>();
    private final List<Measurement> measurements = new ArrayList<>();
    private final Map<String, Parsed<ReferenceRule>> referenceRules = new LinkedHashMap<>();
    private final Map<String, Located> modelAt = new HashMap<>();
    private final Map<String, Located> licenseAt = new HashMap<>();
    private final Map<String, Located> modelLicenseAt = new HashMap<>();
    private final List<Override> overrides = new ArrayList<>();
    /** The last location, when it is a compiled file over the very base merged before it: its models stay in the file. */
    private Catalog.Models trusted;
    private ModelOrder trustedOrder;

    CatalogMerge(List<Diagnostic> sink) {
        this.sink = sink;
    }

    /** A compiled catalog's entries join as if read from its files, so overrides and name clashes are found alike. */
    void addCompiled(CompiledCatalog compiled) {
        // One place per file, shared by its entries: a compiled entry is known by its file alone. Its ids were
        // unique when it was compiled, so a namesake already in the map is one from an earlier location.
        // Only each model's head is decoded here; a model itself when a command asks for it.
        Map<String, Located> files = new HashMap<>();
        Catalog.Models own = compiled.models();
        List<ModelHead> heads = own.heads().get();
        for (int i = 0; i < heads.size(); i++) {
            ModelHead m = heads.get(i);
            Located here = files.get(m.origin());
            if (here == null) {
                here = new Located(m.origin(), 0, 0);
                files.put(m.origin(), here);
            }
            Located before = modelAt.put(m.id(), here);
            if (before != null) {
                overrides.add(new Override("model", m.id(), before.where(), here.where()));
            }
            models.put(m.id(), new ModelEntry(m, null, own.at(), i));
        }
        addSections(compiled);
    }

    /**
     * The last location, a compiled file whose base ({@link ModelOrder#base()}) is exactly what was merged before it,
     * {@code below}: it was validated over this base when compiled, so its models are neither decoded nor checked
     * again, and only those overriding a base model join the map. False (nothing merged) when the base differs.
     */
    boolean addTrusted(CompiledCatalog compiled, long below) {
        ModelOrder order = compiled.order();
        if (order.base() == ModelOrder.UNKNOWN || order.base() != below || order.baseModels() != models.size() || !sink.isEmpty()) {
            return false;
        }
        Catalog.Models own = compiled.models();
        List<String> baseIds = new ArrayList<>(models.keySet());
        List<ModelHead> replacing = new ArrayList<>();
        for (int k = 0; k < order.overriding().length; k++) {
            ModelHead m = own.headAt().apply(order.overriding()[k]);
            if (!baseIds.get(order.overridden()[k]).equals(m.id())) {
                return false;
            }
            replacing.add(m);
        }
        for (int k = 0; k < replacing.size(); k++) {
            ModelHead m = replacing.get(k);
            Located here = new Located(m.origin(), 0, 0);
            overrides.add(new Override("model", m.id(), modelAt.put(m.id(), here).where(), here.where()));
            models.put(m.id(), new ModelEntry(m, null, own.at(), order.overriding()[k]));
        }
        trusted = own;
        trustedOrder = order;
        addSections(compiled);
        return true;
    }

    /** A compiled file's sections other than models. */
    private void addSections(CompiledCatalog compiled) {
        Map<String, Located> seenHere = new HashMap<>();
        for (License l : compiled.section(CompiledCatalog.LICENSES)) {
            license(new Parsed<>(l, new Located(l.origin(), 0, 0)), seenHere);
        }
        accelerators(located(compiled.section(CompiledCatalog.ACCELERATORS)));
        runtimes(located(compiled.section(CompiledCatalog.RUNTIMES)));
        List<Parsed<Deployment>> served = new ArrayList<>();
        for (Deployment d : compiled.section(CompiledCatalog.DEPLOYMENTS)) {
            Located at = new Located(d.origin(), 0, 0);
            served.add(new Parsed<>(d, at, Map.of("model", at, "provider", at, "provider_model_ids", at)));
        }
        deployments(served);
        List<Parsed<GpuPrice>> prices = new ArrayList<>();
        for (GpuPrice p : compiled.section(CompiledCatalog.GPU_PRICES)) {
            Located at = new Located(p.origin(), 0, 0);
            prices.add(new Parsed<>(p, at, Map.of("gpu", at)));
        }
        gpuPrices(prices);
        measurements(compiled.section(CompiledCatalog.MEASUREMENTS));
        referenceRules(located(compiled.section(CompiledCatalog.REFERENCE_RULES)));
    }

    // Loops and the two keys below, not streams and method references: this merge runs whenever a user catalog is
    // given, and on JDK 17 each lambda was a call site linked in the interpreter on every such run (~0.2 ms each).
    private static <T> List<Parsed<T>> located(List<T> items) {
        List<Parsed<T>> out = new ArrayList<>(items.size());
        for (T t : items) {
            out.add(new Parsed<>(t, new Located(origin(t), 0, 0)));
        }
        return out;
    }

    /** The id of a model entry, license, accelerator or runtime: what a later location overrides it by. */
    private static String id(Object item) {
        if (item instanceof ModelEntry e) {
            return e.id();
        } else if (item instanceof License l) {
            return l.id();
        }
        return item instanceof Accelerator a ? a.id() : ((InferenceRuntime) item).id();
    }

    /** The file an accelerator, runtime or reference rule came from. */
    private static String origin(Object item) {
        if (item instanceof Accelerator a) {
            return a.origin();
        }
        return item instanceof InferenceRuntime r ? r.origin() : ((ReferenceRule) item).origin();
    }

    /** A model read from YAML; {@code seenHere} holds the ids its location has given so far. */
    void model(Parsed<Model> m, Map<String, Located> seenHere) {
        ModelEntry entry = new ModelEntry(ModelHead.of(m.value()), m.value(), null, 0);
        put(new Parsed<>(entry, m.at()), "model", models, modelAt, seenHere);
        if (models.get(m.value().id()) == entry) {
            modelLicenseAt.put(m.value().id(), m.at("license"));
        }
    }

    void license(Parsed<License> l, Map<String, Located> seenHere) {
        put(l, "license", licenses, licenseAt, seenHere);
    }

    /** One file's accelerators; an earlier location's are overridden by id. */
    void accelerators(List<Parsed<Accelerator>> parsed) {
        putAll(parsed, "accelerator", accelerators);
    }

    void runtimes(List<Parsed<InferenceRuntime>> parsed) {
        putAll(parsed, "runtime", runtimes);
    }

    void deployments(List<Parsed<Deployment>> parsed) {
        Map<String, Located> here = new HashMap<>();
        for (Parsed<Deployment> p : parsed) {
            keyed(p, "deployment", p.value().model() + " on " + p.value().provider(), deployments, here);
        }
    }

    void gpuPrices(List<Parsed<GpuPrice>> parsed) {
        Map<String, Located> here = new HashMap<>();
        for (Parsed<GpuPrice> p : parsed) {
            keyed(p, "GPU price", p.value().gpu() + " on " + p.value().cloud(), gpuPrices, here);
        }
    }

    void measurements(List<Measurement> read) {
        measurements.addAll(read);
    }

    /** One location's reference rules: a rule twice in it is an error; a later location's rule of the same kind and name replaces the earlier. */
    void referenceRules(List<Parsed<ReferenceRule>> parsed) {
        Map<String, Located> here = new HashMap<>();
        for (Parsed<ReferenceRule> p : parsed) {
            keyed(p, "reference rule", p.value().key(), referenceRules, here);
        }
    }

    /** The merged catalog, once its cross-references are checked (what fails a check is reported and left out). */
    Catalog catalog(List<CatalogLocation> locations) {
        List<ModelEntry> entries = List.copyOf(models.values());
        if (trusted != null) { // checked when it was compiled, over this same base
            return new Catalog(trustedModels(entries), () -> new ArrayList<>(licenses.values()), () -> new ArrayList<>(accelerators.values()),
                    () -> new ArrayList<>(runtimes.values()), () -> deployments.values().stream().map(Parsed::value).toList(),
                    () -> gpuPrices.values().stream().map(Parsed::value).toList(),
                    new Catalog.Extras(() -> measurements, () -> referenceRules.values().stream().map(Parsed::value).toList()),
                    locations, overrides);
        }
        List<ModelHead> heads = new ArrayList<>(entries.size());
        for (ModelEntry e : entries) {
            heads.add(e.head());
        }
        CrossReferences.checkModels(heads, licenses, modelAt, modelLicenseAt, sink);
        List<Deployment> served = CrossReferences.checkDeployments(deployments.values(), models, runtimes, sink);
        List<GpuPrice> prices = CrossReferences.checkGpuPrices(gpuPrices.values(), accelerators, sink);
        ModelEntry.Decoded decoded = new ModelEntry.Decoded(entries);
        Catalog.Models merged = new Catalog.Models(decoded, new Catalog.Given<>(List.copyOf(heads)), decoded);
        List<License> licenseList = new ArrayList<>(licenses.values());
        List<Accelerator> acceleratorList = new ArrayList<>(accelerators.values());
        List<InferenceRuntime> runtimeList = new ArrayList<>(runtimes.values());
        List<ReferenceRule> rules = CrossReferences.checkReferenceRules(referenceRules.values(), licenses, sink);
        return new Catalog(merged, new Catalog.Given<>(licenseList), new Catalog.Given<>(acceleratorList), new Catalog.Given<>(runtimeList),
                new Catalog.Given<>(served), new Catalog.Given<>(prices),
                new Catalog.Extras(new Catalog.Given<>(measurements), new Catalog.Given<>(rules)), locations, overrides);
    }

    /** The base's models (some overridden in place) then the trusted file's others, each decoded when asked for. */
    private Catalog.Models trustedModels(List<ModelEntry> base) {
        ModelOrder order = trustedOrder;
        Catalog.Models own = trusted;
        IntFunction<Model> at = i -> i < base.size() ? base.get(i).decoded() : own.at().apply(order.fileIndex(i));
        IntFunction<ModelHead> headAt = i -> i < base.size() ? base.get(i).head() : own.headAt().apply(order.fileIndex(i));
        return new Catalog.Models(() -> merged(base, own.all().get(), ModelEntry::decoded, order),
                () -> merged(base, own.heads().get(), ModelEntry::head, order), at, headAt, order::order);
    }

    private static <T> List<T> merged(List<ModelEntry> base, List<T> file, Function<ModelEntry, T> of, ModelOrder order) {
        List<T> out = new ArrayList<>(order.mergedSize(file.size()));
        base.forEach(e -> out.add(of.apply(e)));
        for (int i = base.size(); i < order.mergedSize(file.size()); i++) {
            out.add(file.get(order.fileIndex(i)));
        }
        return out;
    }

    /** Entries of one file whose earlier namesakes are known only by the file they came from. */
    private <T> void putAll(List<Parsed<T>> parsed, String kind, Map<String, T> into) {
        Map<String, Located> here = new HashMap<>();
        Map<String, Located> at = new HashMap<>();
        for (T t : into.values()) {
            at.put(id(t), new Located(origin(t), 0, 0));
        }
        for (Parsed<T> p : parsed) {
            put(p, kind, into, at, here);
        }
    }

    /** An entry keyed by a pair (model on provider, GPU on cloud): duplicates in one location are errors, later locations override. */
    private <T> void keyed(Parsed<T> parsed, String kind, String key, Map<String, Parsed<T>> into, Map<String, Located> seenInLocation) {
        Located here = parsed.at();
        Located same = seenInLocation.putIfAbsent(key, here);
        if (same != null) {
            sink.add(new Diagnostic(here.file(), here.line(), here.column(),
                    "duplicate " + kind + " '" + key + "' (also at " + same.where() + ")", "keep one of them"));
            return;
        }
        Parsed<T> before = into.put(key, parsed);
        if (before != null) {
            overrides.add(new Override(kind, key, before.at().where(), here.where()));
        }
    }

    private <T> void put(Parsed<T> parsed, String kind, Map<String, T> into, Map<String, Located> at,
            Map<String, Located> seenInLocation) {
        String key = id(parsed.value());
        Located here = parsed.at();
        Located same = seenInLocation.get(key);
        if (same != null) {
            sink.add(new Diagnostic(here.file(), here.line(), here.column(),
                    "duplicate " + kind + " id '" + key + "' (also at " + same.where() + ")",
                    "ids must be unique within a catalog; rename one"));
            return;
        }
        seenInLocation.put(key, here);
        Located before = at.get(key);
        if (before != null) {
            overrides.add(new Override(kind, key, before.where(), here.where()));
        }
        at.put(key, here);
        into.put(key, parsed.value());
    }
}
