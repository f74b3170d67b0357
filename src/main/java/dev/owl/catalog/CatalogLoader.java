package dev.owl.catalog;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Loads catalog locations in order (built-in first, then each user directory), validates every file
 * strictly and collects all findings; a later entry with an existing id overrides the earlier one.
 */
public final class CatalogLoader {

    /**
     * The built-in catalog bundled with owl: the compiled resource the build wrote (read without YAML),
     * else, when running from sources without that build step, the YAML directory on the class path.
     */
    public static CatalogLocation builtin() {
        if (CatalogLoader.class.getResource(CompiledCatalog.RESOURCE) != null) {
            return new CatalogLocation("catalog", null, true);
        }
        return builtinYaml();
    }

    /** The built-in catalog's YAML files (a directory in the jar, or on disk during development). */
    static CatalogLocation builtinYaml() {
        URL url = CatalogLoader.class.getResource("/catalog/README.md");
        if (url == null) {
            throw new IllegalStateException("the built-in catalog is missing from the class path");
        }
        try {
            URI uri = url.toURI();
            Path file;
            if ("jar".equals(uri.getScheme())) {
                FileSystem fs;
                try {
                    fs = FileSystems.newFileSystem(uri, Map.of());
                } catch (FileSystemAlreadyExistsException e) {
                    fs = FileSystems.getFileSystem(uri);
                }
                file = fs.getPath("/catalog/README.md");
            } else {
                file = Path.of(uri);
            }
            return new CatalogLocation("catalog", file.getParent(), true);
        } catch (URISyntaxException | IOException e) {
            throw new IllegalStateException("cannot open the built-in catalog: " + e.getMessage(), e);
        }
    }

    /** Compiled catalogs are capped like YAML files are: a hostile file is an error, never an out-of-memory. */
    static final long MAX_COMPILED_BYTES = 512L * 1024 * 1024;

    /** Whether a location is a compiled catalog (the bundled resource, or a file {@code owl catalog compile} wrote). */
    static boolean compiled(CatalogLocation location) {
        return location.root() == null || Files.isRegularFile(location.root()) && CompiledCatalog.looksCompiled(location.root());
    }

    private static CompiledCatalog open(CatalogLocation location) {
        return location.root() == null ? CompiledCatalog.bundled()
                : CompiledCatalog.read(location.label(), location.root(), MAX_COMPILED_BYTES);
    }

    /** Loads and validates; throws {@link InputException} with every finding when anything is wrong. */
    public Catalog load(List<CatalogLocation> locations) {
        List<Diagnostic> sink = new ArrayList<>();
        Catalog catalog = read(locations, sink);
        if (!sink.isEmpty()) {
            throw new InputException(ordered(sink));
        }
        return catalog;
    }

    /** Findings file by file in the order the files were read, and within a file by line and column. */
    static List<Diagnostic> ordered(List<Diagnostic> findings) {
        Map<String, Integer> fileOrder = new HashMap<>();
        findings.forEach(d -> fileOrder.putIfAbsent(d.file(), fileOrder.size()));
        return findings.stream().sorted(java.util.Comparator.comparingInt((Diagnostic d) -> fileOrder.get(d.file()))
                .thenComparingInt(Diagnostic::line).thenComparingInt(Diagnostic::column)).toList();
    }

    /** What a validation found: the catalog as far as it could be read, and every finding. */
    public record Validation(Catalog catalog, List<Diagnostic> diagnostics) {}

    /** Loads and validates, returning every finding instead of throwing. */
    public Validation validate(List<CatalogLocation> locations) {
        List<Diagnostic> sink = new ArrayList<>();
        Catalog catalog = read(locations, sink);
        return new Validation(catalog, ordered(sink));
    }

    private Catalog read(List<CatalogLocation> locations, List<Diagnostic> sink) {
        if (locations.size() == 1 && compiled(locations.get(0))) {
            // validated when it was compiled: each section is decoded when a command first needs it
            try {
                return open(locations.get(0)).catalog(locations);
            } catch (InputException e) {
                sink.addAll(e.diagnostics());
                return new Catalog(List.of(), List.of(), List.of(), List.of(), locations, List.of());
            }
        }
        Map<String, Model> models = new LinkedHashMap<>();
        Map<String, License> licenses = new LinkedHashMap<>();
        Map<String, Accelerator> accelerators = new LinkedHashMap<>();
        Map<String, InferenceRuntime> runtimes = new LinkedHashMap<>();
        Map<String, CatalogLoader.Parsed<Deployment>> deployments = new LinkedHashMap<>();
        Map<String, CatalogLoader.Parsed<GpuPrice>> gpuPrices = new LinkedHashMap<>();
        Map<String, Located> modelAt = new HashMap<>();
        Map<String, Located> licenseAt = new HashMap<>();
        Map<String, Located> modelLicenseAt = new HashMap<>();
        List<Override> overrides = new ArrayList<>();

        for (CatalogLocation location : locations) {
            Path root = location.root();
            if (compiled(location)) {
                // a compiled catalog's entries join as if read from its files, so overrides and name clashes are found alike
                CompiledCatalog compiled;
                try {
                    compiled = open(location);
                } catch (InputException e) {
                    sink.addAll(e.diagnostics());
                    continue;
                }
                Map<String, Located> seenHere = new HashMap<>();
                for (Model m : compiled.section("models", Model.class)) {
                    put(new Parsed<>(m, new Located(m.origin(), 0, 0)), "model", Model::id, models, modelAt, seenHere, overrides, sink);
                }
                seenHere.clear();
                for (License l : compiled.section("licenses", License.class)) {
                    put(new Parsed<>(l, new Located(l.origin(), 0, 0)), "license", License::id, licenses, licenseAt, seenHere, overrides, sink);
                }
                seed(compiled.section("accelerators", Accelerator.class), "accelerator", Accelerator::id, Accelerator::origin, accelerators, sink, overrides);
                seed(compiled.section("runtimes", InferenceRuntime.class), "runtime", InferenceRuntime::id, InferenceRuntime::origin, runtimes, sink, overrides);
                Map<String, Located> here = new HashMap<>();
                for (Deployment d : compiled.section("deployments", Deployment.class)) {
                    Located at = new Located(d.origin(), 0, 0);
                    keyed(new Parsed<>(d, at, Map.of("model", at, "provider", at, "provider_model_ids", at)), "deployment",
                            d.model() + " on " + d.provider(), deployments, here, overrides, sink);
                }
                here.clear();
                for (GpuPrice p : compiled.section("gpuPrices", GpuPrice.class)) {
                    Located at = new Located(p.origin(), 0, 0);
                    keyed(new Parsed<>(p, at, Map.of("gpu", at)), "GPU price", p.gpu() + " on " + p.cloud(), gpuPrices, here, overrides, sink);
                }
                continue;
            }
            if (!Files.isDirectory(root)) {
                sink.add(new Diagnostic(location.label(), 0, 0,
                        Files.exists(root) ? "catalog path is neither a directory nor a compiled catalog" : "catalog directory not found",
                        "pass a directory that holds models/, licenses/, hardware.yaml or runtimes.yaml, or a file from 'owl catalog compile'"));
                continue;
            }
            List<Path> modelFiles = yamlFiles(root.resolve("models"), location, sink);
            List<Path> licenseFiles = yamlFiles(root.resolve("licenses"), location, sink);
            Path hardware = root.resolve("hardware.yaml");
            Path runtimesFile = root.resolve("runtimes.yaml");
            Path deploymentsFile = root.resolve("deployments.yaml");
            Path gpuPricesFile = root.resolve("gpu-prices.yaml");
            if (!location.builtin() && modelFiles.isEmpty() && licenseFiles.isEmpty()
                    && !Files.exists(hardware) && !Files.exists(runtimesFile) && !Files.exists(deploymentsFile)
                    && !Files.exists(gpuPricesFile)) {
                sink.add(new Diagnostic(location.label(), 0, 0, "no catalog files in this directory",
                        "put model files in models/*.yaml, licenses in licenses/*.yaml, or add hardware.yaml / runtimes.yaml"));
                continue;
            }
            Map<String, Located> seenHere = new HashMap<>();
            // Files parse independently, so they parse in parallel; results merge in file order, which keeps
            // diagnostics, duplicate detection and overrides deterministic.
            List<FileResult> results = modelFiles.parallelStream().map(file -> {
                String label = label(location, file);
                List<Diagnostic> own = new ArrayList<>();
                Node node = YamlReader.read(file, label, own);
                List<Parsed<Model>> ms = node == null ? List.of() : ModelParser.parseFamilyFile(node, label, own);
                return new FileResult(ms, own);
            }).toList();
            for (FileResult r : results) {
                sink.addAll(r.diagnostics());
                for (Parsed<Model> m : r.models()) {
                    put(m, "model", Model::id, models, modelAt, seenHere, overrides, sink);
                    if (models.get(m.value().id()) == m.value()) {
                        modelLicenseAt.put(m.value().id(), m.at("license"));
                    }
                }
            }
            Map<String, Located> licensesHere = new HashMap<>();
            for (Path file : licenseFiles) {
                String label = label(location, file);
                Node node = YamlReader.read(file, label, sink);
                if (node == null) {
                    continue;
                }
                Parsed<License> parsed = LicenseParser.parse(node, label, sink);
                if (parsed != null) {
                    put(parsed, "license", License::id, licenses, licenseAt, licensesHere, overrides, sink);
                }
            }
            if (Files.exists(hardware)) {
                String label = label(location, hardware);
                Node node = YamlReader.read(hardware, label, sink);
                if (node != null) {
                    Map<String, Located> here = new HashMap<>();
                    Map<String, Located> at = new HashMap<>();
                    accelerators.values().forEach(a -> at.put(a.id(), new Located(a.origin(), 0, 0)));
                    for (Parsed<Accelerator> p : HardwareParser.parse(node, label, sink)) {
                        put(p, "accelerator", Accelerator::id, accelerators, at, here, overrides, sink);
                    }
                }
            }
            if (Files.exists(runtimesFile)) {
                String label = label(location, runtimesFile);
                Node node = YamlReader.read(runtimesFile, label, sink);
                if (node != null) {
                    Map<String, Located> here = new HashMap<>();
                    Map<String, Located> at = new HashMap<>();
                    runtimes.values().forEach(r -> at.put(r.id(), new Located(r.origin(), 0, 0)));
                    for (Parsed<InferenceRuntime> p : HardwareParser.parseRuntimes(node, label, sink)) {
                        put(p, "runtime", InferenceRuntime::id, runtimes, at, here, overrides, sink);
                    }
                }
            }
            if (Files.exists(deploymentsFile)) {
                String label = label(location, deploymentsFile);
                Node node = YamlReader.read(deploymentsFile, label, sink);
                if (node != null) {
                    Map<String, Located> here = new HashMap<>();
                    for (Parsed<Deployment> p : DeploymentParser.parse(node, label, sink)) {
                        keyed(p, "deployment", p.value().model() + " on " + p.value().provider(), deployments, here, overrides, sink);
                    }
                }
            }
            if (Files.exists(gpuPricesFile)) {
                String label = label(location, gpuPricesFile);
                Node node = YamlReader.read(gpuPricesFile, label, sink);
                if (node != null) {
                    Map<String, Located> here = new HashMap<>();
                    for (Parsed<GpuPrice> p : DeploymentParser.parseGpuPrices(node, label, sink)) {
                        keyed(p, "GPU price", p.value().gpu() + " on " + p.value().cloud(), gpuPrices, here, overrides, sink);
                    }
                }
            }
        }
        crossCheck(models, licenses, modelAt, modelLicenseAt, sink);
        List<Deployment> served = checkDeployments(deployments.values(), models, runtimes, sink);
        List<GpuPrice> prices = new ArrayList<>();
        for (Parsed<GpuPrice> p : gpuPrices.values()) {
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
        return new Catalog(new ArrayList<>(models.values()), new ArrayList<>(licenses.values()),
                new ArrayList<>(accelerators.values()), new ArrayList<>(runtimes.values()), served, prices, locations, overrides);
    }

    /** An entry keyed by a pair (model on provider, GPU on cloud): duplicates in one location are errors, later locations override. */
    private static <T> void keyed(Parsed<T> parsed, String kind, String key, Map<String, Parsed<T>> into,
            Map<String, Located> seenInLocation, List<Override> overrides, List<Diagnostic> sink) {
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

    /**
     * Deployments must name a catalog model and a hosted runtime, and a provider's model id must lead to
     * one model only (ids resolve to catalog models wherever a model name is accepted).
     */
    private static List<Deployment> checkDeployments(java.util.Collection<Parsed<Deployment>> parsed, Map<String, Model> models,
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
                String owner = idOwner.putIfAbsent(id.toLowerCase(java.util.Locale.ROOT), d.model());
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

    private static <T> void seed(List<T> items, String kind, Function<T, String> id, Function<T, String> origin,
            Map<String, T> into, List<Diagnostic> sink, List<Override> overrides) {
        Map<String, Located> here = new HashMap<>();
        Map<String, Located> at = new HashMap<>();
        into.values().forEach(t -> at.put(id.apply(t), new Located(origin.apply(t), 0, 0)));
        for (T t : items) {
            put(new Parsed<>(t, new Located(origin.apply(t), 0, 0)), kind, id, into, at, here, overrides, sink);
        }
    }

    /** What one family file gave: its models and its findings. */
    private record FileResult(List<Parsed<Model>> models, List<Diagnostic> diagnostics) {}

    /** An entry parsed from a file, with where its id stands. */
    record Parsed<T>(T value, Located at, Map<String, Located> fields) {
        Parsed(T value, Located at) {
            this(value, at, Map.of());
        }

        /** Where a field's value was written, else where the entry starts. */
        Located at(String field) {
            return fields.getOrDefault(field, at);
        }
    }

    /** A place in a file. */
    record Located(String file, int line, int column) {
        String where() {
            return line > 0 ? file + ":" + line : file;
        }
    }

    private static <T> void put(Parsed<T> parsed, String kind, Function<T, String> id, Map<String, T> into,
            Map<String, Located> at, Map<String, Located> seenInLocation, List<Override> overrides, List<Diagnostic> sink) {
        String key = id.apply(parsed.value());
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

    private static void crossCheck(Map<String, Model> models, Map<String, License> licenses,
            Map<String, Located> modelAt, Map<String, Located> modelLicenseAt, List<Diagnostic> sink) {
        Map<String, String> names = new HashMap<>();
        for (Model m : models.values()) {
            Located at = modelAt.get(m.id());
            if (m.license() != null && !licenses.containsKey(m.license())) {
                String close = Names.closest(m.license(), licenses.keySet());
                Located where = modelLicenseAt.getOrDefault(m.id(), at);
                sink.add(new Diagnostic(where.file(), where.line(), where.column(),
                        "model '" + m.id() + "' names license '" + m.license() + "', which is not in the catalog",
                        close != null ? "did you mean '" + close + "'?" : "add licenses/" + m.license() + ".yaml"));
            }
            claim(names, m.id(), "id", m, at, sink);
            for (String alias : m.aliases()) {
                claim(names, alias, "alias", m, at, sink);
            }
            for (String repo : m.hfRepos()) {
                claim(names, "hf:" + repo.toLowerCase(java.util.Locale.ROOT), "Hugging Face repo " + repo, m, at, sink);
            }
            for (String tag : m.ollamaTags()) {
                claim(names, "ollama:" + tag, "Ollama tag " + tag, m, at, sink);
            }
        }
    }

    /** Every name a user can type must lead to one model only. */
    private static void claim(Map<String, String> names, String name, String what, Model m, Located at, List<Diagnostic> sink) {
        String owner = names.putIfAbsent(name, m.id());
        if (owner != null && !owner.equals(m.id())) {
            sink.add(new Diagnostic(at.file(), at.line(), at.column(),
                    "model '" + m.id() + "': " + what + " is already used by model '" + owner + "'",
                    "each id, alias, repo id and Ollama tag must name one model"));
        }
    }

    private static List<Path> yamlFiles(Path dir, CatalogLocation location, List<Diagnostic> sink) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir)) {
            for (Path p : stream) {
                String name = p.getFileName().toString();
                if (name.endsWith(".yaml") || name.endsWith(".yml")) {
                    files.add(p);
                }
            }
        } catch (IOException | SecurityException e) {
            sink.add(new Diagnostic(label(location, dir), 0, 0, "cannot list directory (" + e.getMessage() + ")",
                    "check its permissions"));
        }
        files.sort(null);
        return files;
    }

    private static String label(CatalogLocation location, Path file) {
        String relative = location.root().relativize(file).toString().replace('\\', '/');
        String base = location.label();
        return base.endsWith("/") ? base + relative : base + "/" + relative;
    }

    static boolean validId(String id) {
        return id != null && id.matches("[a-z0-9][a-z0-9._-]*");
    }
}
