package dev.owl.catalog;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The loaded, validated, read-only catalog: models, licenses, accelerators and runtimes. */
public final class Catalog {
    private final List<Model> models;
    private final Map<String, Model> modelsById;
    private final Map<String, License> licenses;
    private final Map<String, Accelerator> accelerators;
    private final List<InferenceRuntime> runtimes;
    private final List<Deployment> deployments;
    private final List<GpuPrice> gpuPrices;
    private final List<CatalogLocation> locations;
    private final List<Override> overrides;

    public Catalog(List<Model> models, List<License> licenses, List<Accelerator> accelerators,
            List<InferenceRuntime> runtimes, List<CatalogLocation> locations, List<Override> overrides) {
        this(models, licenses, accelerators, runtimes, List.of(), List.of(), locations, overrides);
    }

    public Catalog(List<Model> models, List<License> licenses, List<Accelerator> accelerators,
            List<InferenceRuntime> runtimes, List<Deployment> deployments, List<GpuPrice> gpuPrices,
            List<CatalogLocation> locations, List<Override> overrides) {
        this.models = List.copyOf(models);
        this.modelsById = index(this.models, Model::id);
        this.licenses = index(licenses, License::id);
        this.accelerators = index(accelerators, Accelerator::id);
        this.runtimes = List.copyOf(runtimes);
        this.deployments = List.copyOf(deployments);
        this.gpuPrices = List.copyOf(gpuPrices);
        this.locations = List.copyOf(locations);
        this.overrides = List.copyOf(overrides);
    }

    private static <T> Map<String, T> index(List<T> items, java.util.function.Function<T, String> id) {
        Map<String, T> map = new LinkedHashMap<>();
        for (T t : items) {
            map.put(id.apply(t), t);
        }
        return java.util.Collections.unmodifiableMap(map);
    }

    public List<Model> models() {
        return models;
    }

    /** The model with exactly this id (names, aliases and prefixes are {@code ModelResolver}'s job). */
    public Optional<Model> model(String id) {
        return Optional.ofNullable(modelsById.get(id));
    }

    public List<License> licenses() {
        return List.copyOf(licenses.values());
    }

    public Optional<License> license(String id) {
        return Optional.ofNullable(licenses.get(id));
    }

    public List<Accelerator> accelerators() {
        return List.copyOf(accelerators.values());
    }

    public Optional<Accelerator> accelerator(String id) {
        return Optional.ofNullable(accelerators.get(id));
    }

    public List<InferenceRuntime> runtimes() {
        return runtimes;
    }

    public Optional<InferenceRuntime> runtime(String id) {
        return runtimes.stream().filter(r -> r.id().equals(id)).findFirst();
    }

    /** Every (model, provider) deployment record, in file order. */
    public List<Deployment> deployments() {
        return deployments;
    }

    /** The hosted offers of one model, in file order. */
    public List<Deployment> deployments(String modelId) {
        return deployments.stream().filter(d -> d.model().equals(modelId)).toList();
    }

    /** On-demand hourly GPU list prices, in file order. */
    public List<GpuPrice> gpuPrices() {
        return gpuPrices;
    }

    public List<CatalogLocation> locations() {
        return locations;
    }

    public List<Override> overrides() {
        return overrides;
    }
}
