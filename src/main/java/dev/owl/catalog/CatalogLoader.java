package dev.owl.catalog;

import dev.owl.input.Diagnostic;
import dev.owl.input.Fields;
import dev.owl.input.InputException;
import dev.owl.input.YamlReader;
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
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.yaml.snakeyaml.error.Mark;
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
        if (compiledOnClassPath()) {
            return new CatalogLocation("catalog", null, true);
        }
        return builtinYaml();
    }

    /** Asked of the one jar run, as CompiledCatalog.fromJar reads it: a getResource's jar: URL costs ~3 ms at each start. */
    private static boolean compiledOnClassPath() {
        String path = System.getProperty("java.class.path", "");
        if (path.endsWith(".jar") && path.indexOf(java.io.File.pathSeparatorChar) < 0) {
            try (java.util.zip.ZipFile jar = new java.util.zip.ZipFile(path)) {
                return jar.getEntry(CompiledCatalog.RESOURCE.substring(1)) != null;
            } catch (IOException e) { // asked of the class loader instead
            }
        }
        return CatalogLoader.class.getResource(CompiledCatalog.RESOURCE) != null;
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

    static CompiledCatalog open(CatalogLocation location) {
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
        CatalogMerge merge = new CatalogMerge(sink);
        long below = ModelOrder.ALONE; // what the locations merged so far are, for a compiled file compiled over them
        for (int i = 0; i < locations.size(); i++) {
            CatalogLocation location = locations.get(i);
            if (!compiled(location)) {
                readDirectory(location, merge, sink);
                below = ModelOrder.UNKNOWN;
                continue;
            }
            CompiledCatalog compiled;
            try {
                compiled = open(location);
            } catch (InputException e) {
                sink.addAll(e.diagnostics());
                below = ModelOrder.UNKNOWN;
                continue;
            }
            // the last location, compiled over exactly these: validated then, so its models are not merged one by one
            if (i < locations.size() - 1 || !merge.addTrusted(compiled, below)) {
                merge.addCompiled(compiled);
            }
            if (i < locations.size() - 1) {
                below = ModelOrder.then(below, compiled.fingerprint());
            }
        }
        return merge.catalog(locations);
    }

    /**
     * One catalog directory's YAML files, merged in a fixed order: models, licenses, hardware, runtimes, deployments, prices,
     * measurements, reference rules.
     */
    /** More model files than this in one directory parse in parallel. */
    static final int PARALLEL_FILES = 8;

    private static void readDirectory(CatalogLocation location, CatalogMerge merge, List<Diagnostic> sink) {
        Path root = location.root();
        if (!Files.isDirectory(root)) {
            sink.add(new Diagnostic(location.label(), 0, 0,
                    Files.exists(root) ? "catalog path is neither a directory nor a compiled catalog" : "catalog directory not found",
                    "pass a directory that holds models/, licenses/, hardware.yaml or runtimes.yaml, or a file from 'owl catalog compile'"));
            return;
        }
        List<Path> modelFiles = yamlFiles(root.resolve("models"), location, sink);
        List<Path> licenseFiles = yamlFiles(root.resolve("licenses"), location, sink);
        if (!location.builtin() && modelFiles.isEmpty() && licenseFiles.isEmpty()
                && Stream.of("hardware.yaml", "runtimes.yaml", "deployments.yaml", "gpu-prices.yaml", "reference-rules.yaml").noneMatch(f -> Files.exists(root.resolve(f)))) {
            sink.add(new Diagnostic(location.label(), 0, 0, "no catalog files in this directory",
                    "put model files in models/*.yaml, licenses in licenses/*.yaml, or add hardware.yaml / runtimes.yaml"));
            return;
        }
        // Files parse independently, so many parse in parallel; results merge in file order, which keeps
        // diagnostics, duplicate detection and overrides deterministic. A few parse on this thread: starting the common
        // pool's workers, each warming up SnakeYAML in the interpreter, costs more CPU than a handful of files take.
        // Loops and a switch, not a lambda per file kind: on JDK 17 each was a call site linked on every run with a user
        // catalog (~0.2 ms of the main thread each), whether or not that file exists.
        List<FileResult> results;
        if (modelFiles.size() > PARALLEL_FILES) {
            results = modelFiles.parallelStream().map(file -> familyFile(location, file)).toList();
        } else {
            results = new ArrayList<>();
            for (Path file : modelFiles) {
                results.add(familyFile(location, file));
            }
        }
        Map<String, Located> modelsHere = new HashMap<>();
        for (FileResult r : results) {
            sink.addAll(r.diagnostics());
            for (Parsed<Model> m : r.models()) {
                merge.model(m, modelsHere);
            }
        }
        Map<String, Located> licensesHere = new HashMap<>();
        for (Path file : licenseFiles) {
            String label = label(location, file);
            Node node = YamlReader.read(file, label, sink);
            Parsed<License> parsed = node == null ? null : LicenseParser.parse(node, label, sink);
            if (parsed != null) {
                merge.license(parsed, licensesHere);
            }
        }
        readSectionFiles(location, merge, sink);
    }

    /** The location's hardware, runtimes, deployments, GPU prices, measurements and reference rules, those it has. */
    private static void readSectionFiles(CatalogLocation location, CatalogMerge merge, List<Diagnostic> sink) {
        for (String name : SECTION_FILES) {
            Path file = location.root().resolve(name);
            String label = label(location, file);
            Node node = Files.exists(file) ? YamlReader.read(file, label, sink) : null;
            if (node != null) {
                switch (name) {
                    case "hardware.yaml" -> merge.accelerators(HardwareParser.parse(node, label, sink));
                    case "runtimes.yaml" -> merge.runtimes(HardwareParser.parseRuntimes(node, label, sink));
                    case "deployments.yaml" -> merge.deployments(DeploymentParser.parse(node, label, sink));
                    case "gpu-prices.yaml" -> merge.gpuPrices(DeploymentParser.parseGpuPrices(node, label, sink));
                    case "measurements.yaml" -> merge.measurements(HardwareParser.parseMeasurements(node, label, sink));
                    default -> merge.referenceRules(ReferenceRuleParser.parse(node, label, sink));
                }
            }
        }
    }

    /** A location's files besides models/ and licenses/, in the order they are read (their entries merge in this order). */
    private static final List<String> SECTION_FILES = List.of("hardware.yaml", "runtimes.yaml", "deployments.yaml", "gpu-prices.yaml",
            "measurements.yaml", "reference-rules.yaml");

    private static FileResult familyFile(CatalogLocation location, Path file) {
        List<Diagnostic> own = new ArrayList<>();
        return new FileResult(new ArrayList<>(ModelParser.readFamilyFile(file, label(location, file), own)), own);
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
        /** Where a key's value stands in a mapping (the mapping itself when the key is absent). */
        static Located of(Fields f, String key, String file) {
            Mark m = f.locate(key).getStartMark();
            return new Located(file, m.getLine() + 1, m.getColumn() + 1);
        }

        String where() {
            return line > 0 ? file + ":" + line : file;
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
