package dev.owl.catalog;

import dev.owl.input.Names;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The loaded, validated, read-only catalog: models, licenses, accelerators and runtimes. Each section
 * is built on first use, so a command that lists models never decodes licenses or hardware.
 */
public final class Catalog {
    private final Lazy<List<Model>> models;
    private final Lazy<List<ModelHead>> heads;
    private final java.util.function.IntFunction<Model> modelAt;
    private final java.util.function.IntFunction<ModelHead> headAt;
    private final Lazy<int[]> order;
    private final Lazy<Map<String, Model>> modelsById;
    private final Lazy<Map<String, License>> licenses;
    private final Lazy<Map<String, Accelerator>> accelerators;
    private final Lazy<List<InferenceRuntime>> runtimes;
    private final Lazy<List<Deployment>> deployments;
    private final Lazy<List<GpuPrice>> gpuPrices;
    private final Lazy<List<Measurement>> measurements;
    private final Lazy<List<ReferenceRule>> referenceRules;
    private final List<CatalogLocation> locations;
    private final List<Override> overrides;

    public Catalog(List<Model> models, List<License> licenses, List<Accelerator> accelerators,
            List<InferenceRuntime> runtimes, List<CatalogLocation> locations, List<Override> overrides) {
        this(models, licenses, accelerators, runtimes, List.of(), List.of(), locations, overrides);
    }

    public Catalog(List<Model> models, List<License> licenses, List<Accelerator> accelerators,
            List<InferenceRuntime> runtimes, List<Deployment> deployments, List<GpuPrice> gpuPrices,
            List<CatalogLocation> locations, List<Override> overrides) {
        this(models, licenses, accelerators, runtimes, deployments, gpuPrices, List.of(), locations, overrides);
    }

    public Catalog(List<Model> models, List<License> licenses, List<Accelerator> accelerators,
            List<InferenceRuntime> runtimes, List<Deployment> deployments, List<GpuPrice> gpuPrices,
            List<Measurement> measurements, List<CatalogLocation> locations, List<Override> overrides) {
        this(new Models(() -> models, null, null), () -> licenses, () -> accelerators, () -> runtimes, () -> deployments,
                () -> gpuPrices, new Extras(() -> measurements, List::of), locations, overrides);
    }

    /**
     * A catalog's models: all of them; each one's head, in the same order (null: taken from the models); model
     * {@code i} alone and head {@code i} alone (null: from the lists), so that a large compiled catalog decodes only
     * what is shown; and their indexes in {@link ModelHead#DEFAULT_ORDER} when a compiled file knows them (else null, or
     * a supplier of null).
     */
    record Models(Supplier<List<Model>> all, Supplier<List<ModelHead>> heads, java.util.function.IntFunction<Model> at,
            java.util.function.IntFunction<ModelHead> headAt, Supplier<int[]> order) {
        Models(Supplier<List<Model>> all, Supplier<List<ModelHead>> heads, java.util.function.IntFunction<Model> at) {
            this(all, heads, at, null, null);
        }
    }

    /** The sections that only some commands read: speed measurements ({@code fit}) and reference rules ({@code license check}). */
    record Extras(Supplier<List<Measurement>> measurements, Supplier<List<ReferenceRule>> referenceRules) {}

    /** A catalog whose sections come from their suppliers, each called at most once, when first needed. */
    Catalog(Models models, Supplier<List<License>> licenses, Supplier<List<Accelerator>> accelerators,
            Supplier<List<InferenceRuntime>> runtimes, Supplier<List<Deployment>> deployments, Supplier<List<GpuPrice>> gpuPrices,
            Extras extras, List<CatalogLocation> locations, List<Override> overrides) {
        // Copied and ById, not lambdas: each lambda here was a call site linked on every run (on JDK 17, through the
        // LambdaMetafactory in the interpreter, ~0.2 ms of the main thread each), and a catalog is made on every run
        this.models = new Lazy<>(new Copied<>(models.all()));
        this.heads = new Lazy<>(models.heads() != null ? models.heads()
                : () -> this.models.get().stream().map(ModelHead::of).toList());
        this.modelAt = models.at() != null ? models.at() : i -> this.models.get().get(i);
        this.headAt = models.headAt();
        this.order = models.order() != null ? new Lazy<>(models.order()) : null;
        this.modelsById = new Lazy<>(new ById<>(this.models));
        this.licenses = new Lazy<>(new ById<>(licenses));
        this.accelerators = new Lazy<>(new ById<>(accelerators));
        this.runtimes = new Lazy<>(new Copied<>(runtimes));
        this.deployments = new Lazy<>(new Copied<>(deployments));
        this.gpuPrices = new Lazy<>(new Copied<>(gpuPrices));
        this.measurements = new Lazy<>(new Copied<>(extras.measurements()));
        this.referenceRules = new Lazy<>(new Copied<>(extras.referenceRules()));
        this.locations = List.copyOf(locations);
        this.overrides = List.copyOf(overrides);
    }

    /** A value computed once, on first use. */
    static final class Lazy<T> implements Supplier<T> {
        private Supplier<T> supplier;
        private T value;

        Lazy(Supplier<T> supplier) {
            this.supplier = supplier;
        }

        @java.lang.Override
        public synchronized T get() {
            if (supplier != null) {
                value = supplier.get();
                supplier = null;
            }
            return value;
        }

        synchronized boolean done() {
            return supplier == null;
        }
    }

    /** A value already at hand, as a supplier (a class, not a lambda per value: no call site to link at start-up). */
    record Given<T>(T value) implements Supplier<T> {
        @java.lang.Override
        public T get() {
            return value;
        }
    }

    /** A section's records as an unmodifiable copy. */
    private record Copied<T>(Supplier<? extends List<T>> from) implements Supplier<List<T>> {
        @java.lang.Override
        public List<T> get() {
            return List.copyOf(from.get());
        }
    }

    /** Models, licenses or accelerators by id, in their order. */
    private record ById<T>(Supplier<? extends List<T>> from) implements Supplier<Map<String, T>> {
        @java.lang.Override
        public Map<String, T> get() {
            Map<String, T> map = new LinkedHashMap<>();
            for (T t : from.get()) {
                map.put(id(t), t);
            }
            return java.util.Collections.unmodifiableMap(map);
        }

        private static String id(Object item) {
            if (item instanceof Model m) {
                return m.id();
            }
            return item instanceof License l ? l.id() : ((Accelerator) item).id();
        }
    }

    public List<Model> models() {
        return models.get();
    }

    /** Each model's head ({@link ModelHead}), in the order of {@link #models()}. */
    public List<ModelHead> heads() {
        return heads.get();
    }

    /**
     * The model at {@code index} of {@link #models()}. A command that shows a few models of a large compiled catalog
     * asks for them this way, so that the others are never decoded; once every model is decoded, it is that one.
     */
    public Model model(int index) {
        return models.done() ? models.get().get(index) : modelAt.apply(index);
    }

    /** The head of model {@code index}: decoded alone unless every head already is. */
    public ModelHead head(int index) {
        return headAt == null || heads.done() ? heads.get().get(index) : headAt.apply(index);
    }

    /**
     * The indexes of {@link #models()} in {@link ModelHead#DEFAULT_ORDER}, when the catalog knows them without sorting
     * (a compiled catalog over the base it was compiled against); with {@link #head(int)}, a list in that order reads
     * only the heads it reaches.
     */
    public java.util.Optional<java.util.stream.IntStream> defaultOrder() {
        int[] stored = order == null ? null : order.get();
        return stored == null ? java.util.Optional.empty() : java.util.Optional.of(java.util.Arrays.stream(stored));
    }

    /** The model with exactly this id (names, aliases and prefixes are {@code ModelResolver}'s job). */
    public Optional<Model> model(String id) {
        return Optional.ofNullable(modelsById.get().get(id));
    }

    public List<License> licenses() {
        return List.copyOf(licenses.get().values());
    }

    public Optional<License> license(String id) {
        return Optional.ofNullable(licenses.get().get(id));
    }

    public List<Accelerator> accelerators() {
        return List.copyOf(accelerators.get().values());
    }

    public Optional<Accelerator> accelerator(String id) {
        return Optional.ofNullable(accelerators.get().get(id));
    }

    /**
     * An accelerator as a person types it: its id, or the id spelt without its hyphens and in any case
     * ({@code rtx4090}, {@code RTX 4090}, {@code A100_80GB}) when exactly one id reads so.
     */
    public Optional<Accelerator> acceleratorNamed(String typed) {
        String lower = typed.strip().toLowerCase(java.util.Locale.ROOT);
        Optional<Accelerator> exact = accelerator(lower);
        if (exact.isPresent()) {
            return exact;
        }
        String key = Names.spelling(lower);
        Accelerator only = null;
        for (Accelerator a : accelerators.get().values()) {
            if (Names.spelling(a.id()).equals(key)) {
                if (only != null) {
                    return Optional.empty();
                }
                only = a;
            }
        }
        return Optional.ofNullable(only);
    }

    public List<InferenceRuntime> runtimes() {
        return runtimes.get();
    }

    public Optional<InferenceRuntime> runtime(String id) {
        for (InferenceRuntime r : runtimes()) { // a loop, not a stream's filter: no lambda to link at start-up
            if (r.id().equals(id)) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }

    /** Every (model, provider) deployment record, in file order. */
    public List<Deployment> deployments() {
        return deployments.get();
    }

    /** The hosted offers of one model, in file order. */
    public List<Deployment> deployments(String modelId) {
        return deployments().stream().filter(d -> d.model().equals(modelId)).toList();
    }

    /** On-demand hourly GPU list prices, in file order. */
    public List<GpuPrice> gpuPrices() {
        return gpuPrices.get();
    }

    /** Published speed measurements ({@code measurements.yaml}), in file order. */
    public List<Measurement> measurements() {
        return measurements.get();
    }

    /** How {@code license check} reads names found in files ({@code reference-rules.yaml}), every catalog's merged, in file order. */
    public List<ReferenceRule> referenceRules() {
        return referenceRules.get();
    }

    /** The records of a section by its name (the method that lists them), for {@link CompiledCatalog} to write. */
    List<?> section(String name) {
        return switch (name) {
            case "models" -> models();
            case "licenses" -> licenses();
            case "accelerators" -> accelerators();
            case "deployments" -> deployments();
            case "gpuPrices" -> gpuPrices();
            case "runtimes" -> runtimes();
            case "referenceRules" -> referenceRules();
            case "measurements" -> measurements();
            default -> throw new IllegalArgumentException("no section " + name + " in Catalog");
        };
    }

    public List<CatalogLocation> locations() {
        return locations;
    }

    public List<Override> overrides() {
        return overrides;
    }
}
