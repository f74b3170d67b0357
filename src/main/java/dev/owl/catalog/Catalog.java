package dev.owl.catalog;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The loaded, validated, read-only catalog: models, licenses, accelerators and runtimes. Each section
 * is built on first use, so a command that lists models never decodes licenses or hardware.
 */
public final class Catalog {
    private final Lazy<List<Model>> models;
    private final Lazy<Map<String, Model>> modelsById;
    private final Lazy<Map<String, License>> licenses;
    private final Lazy<Map<String, Accelerator>> accelerators;
    private final Lazy<List<InferenceRuntime>> runtimes;
    private final Lazy<List<Deployment>> deployments;
    private final Lazy<List<GpuPrice>> gpuPrices;
    private final List<CatalogLocation> locations;
    private final List<Override> overrides;

    public Catalog(List<Model> models, List<License> licenses, List<Accelerator> accelerators,
            List<InferenceRuntime> runtimes, List<CatalogLocation> locations, List<Override> overrides) {
        this(models, licenses, accelerators, runtimes, List.of(), List.of(), locations, overrides);
    }

    public Catalog(List<Model> models, List<License> licenses, List<Accelerator> accelerators,
            List<InferenceRuntime> runtimes, List<Deployment> deployments, List<GpuPrice> gpuPrices,
            List<CatalogLocation> locations, List<Override> overrides) {
        this(() -> models, () -> licenses, () -> accelerators, () -> runtimes, () -> deployments, () -> gpuPrices,
                locations, overrides);
    }

    /** A catalog whose sections come from their suppliers, each called at most once, when first needed. */
    Catalog(Supplier<List<Model>> models, Supplier<List<License>> licenses, Supplier<List<Accelerator>> accelerators,
            Supplier<List<InferenceRuntime>> runtimes, Supplier<List<Deployment>> deployments, Supplier<List<GpuPrice>> gpuPrices,
            List<CatalogLocation> locations, List<Override> overrides) {
        this.models = new Lazy<>(() -> List.copyOf(models.get()));
        this.modelsById = new Lazy<>(() -> index(this.models.get(), Model::id));
        this.licenses = new Lazy<>(() -> index(licenses.get(), License::id));
        this.accelerators = new Lazy<>(() -> index(accelerators.get(), Accelerator::id));
        this.runtimes = new Lazy<>(() -> List.copyOf(runtimes.get()));
        this.deployments = new Lazy<>(() -> List.copyOf(deployments.get()));
        this.gpuPrices = new Lazy<>(() -> List.copyOf(gpuPrices.get()));
        this.locations = List.copyOf(locations);
        this.overrides = List.copyOf(overrides);
    }

    /** A value computed once, on first use. */
    private static final class Lazy<T> {
        private Supplier<T> supplier;
        private T value;

        Lazy(Supplier<T> supplier) {
            this.supplier = supplier;
        }

        synchronized T get() {
            if (supplier != null) {
                value = supplier.get();
                supplier = null;
            }
            return value;
        }
    }

    private static <T> Map<String, T> index(List<T> items, Function<T, String> id) {
        Map<String, T> map = new LinkedHashMap<>();
        for (T t : items) {
            map.put(id.apply(t), t);
        }
        return java.util.Collections.unmodifiableMap(map);
    }

    public List<Model> models() {
        return models.get();
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

    public List<InferenceRuntime> runtimes() {
        return runtimes.get();
    }

    public Optional<InferenceRuntime> runtime(String id) {
        return runtimes().stream().filter(r -> r.id().equals(id)).findFirst();
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

    public List<CatalogLocation> locations() {
        return locations;
    }

    public List<Override> overrides() {
        return overrides;
    }
}
