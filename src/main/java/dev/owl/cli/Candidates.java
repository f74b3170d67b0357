package dev.owl.cli;

import dev.owl.catalog.Accelerator;
import dev.owl.catalog.Catalog;
import dev.owl.catalog.CatalogLoader;
import dev.owl.catalog.License;
import dev.owl.catalog.Model;
import dev.owl.recommend.Task;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Completion candidates from the built-in catalog. picocli creates these objects for every run but only
 * iterates them to print help or completion scripts, so the catalog is loaded only then.
 */
final class Candidates {
    private Candidates() {}

    private static List<String> fromCatalog(Function<Catalog, List<String>> names) {
        try {
            Catalog c = new CatalogLoader().load(List.of(CatalogLoader.builtin()));
            return List.copyOf(new TreeSet<>(names.apply(c)));
        } catch (RuntimeException e) {
            return List.of(); // completion must never break a shell
        }
    }

    /** Like {@link #fromCatalog}, in the catalog's own order. */
    private static List<String> fromCatalogInOrder(Function<Catalog, List<String>> names) {
        try {
            return List.copyOf(names.apply(new CatalogLoader().load(List.of(CatalogLoader.builtin()))));
        } catch (RuntimeException e) {
            return List.of(); // completion must never break a shell
        }
    }

    /** Every name a model answers to that a shell can complete: ids, aliases and Ollama tags. */
    static final class Models implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return fromCatalog(Models::names).iterator();
        }

        static List<String> names(Catalog c) {
            return c.models().stream()
                    .flatMap(m -> java.util.stream.Stream.concat(java.util.stream.Stream.of(m.id()),
                            java.util.stream.Stream.concat(m.aliases().stream(), m.ollamaTags().stream())))
                    .filter(name -> name.chars().noneMatch(ch -> Character.isWhitespace(ch) || ch == '\'' || ch == '"'))
                    .toList();
        }
    }

    /** The same names from a given catalog (the built-in one overlaid with the user's), sorted, or null for other candidates. */
    static List<String> from(Catalog c, Iterable<String> candidates) {
        List<String> names = candidates instanceof Models ? Models.names(c)
                : candidates instanceof Licenses ? c.licenses().stream().map(License::id).toList()
                : candidates instanceof LicensesOrModels ? LicensesOrModels.names(c)
                : candidates instanceof Gpus ? Gpus.names(c)
                : candidates instanceof Families ? c.models().stream().map(Model::family).toList()
                : candidates instanceof Runtimes ? dev.owl.fit.Runtimes.of(c).names()
                : null;
        return names == null ? null : List.copyOf(new TreeSet<>(names));
    }

    /** Model capabilities (list --capability). */
    static final class Capabilities implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return dev.owl.catalog.Capability.keys().iterator();
        }
    }

    /** Input and output modalities (list --modality). */
    static final class Modalities implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return dev.owl.catalog.Modality.keys().iterator();
        }
    }

    /** list --sort fields, in the lower case users type and errors name them. */
    static final class SortFields implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return java.util.Arrays.stream(dev.owl.query.SortField.values()).map(c -> c.name().toLowerCase(java.util.Locale.ROOT)).iterator();
        }
    }

    /** Colour choices, in the lower case the documentation uses. */
    static final class Colors implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return java.util.Arrays.stream(dev.owl.render.ColorMode.values()).map(c -> c.name().toLowerCase(java.util.Locale.ROOT)).iterator();
        }
    }

    /** --error-format values, in lower case as users type them. */
    static final class ErrorFormats implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return java.util.Arrays.stream(OutputOptions.ErrorFormat.values()).map(c -> c.name().toLowerCase(java.util.Locale.ROOT)).iterator();
        }
    }

    /** License ids. */
    static final class Licenses implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return fromCatalog(c -> c.licenses().stream().map(License::id).toList()).iterator();
        }
    }

    /** License ids, then every model name (license show and compare take a model for its license). */
    static final class LicensesOrModels implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return fromCatalog(LicensesOrModels::names).iterator();
        }

        static List<String> names(Catalog c) {
            return java.util.stream.Stream.concat(c.licenses().stream().map(License::id), Models.names(c).stream()).toList();
        }
    }

    /** Accelerator ids, and {@code auto} (this machine's). */
    static final class Gpus implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return fromCatalog(Gpus::names).iterator();
        }

        static List<String> names(Catalog c) {
            return java.util.stream.Stream.concat(java.util.stream.Stream.of(HardwareOptions.AUTO),
                    c.accelerators().stream().map(Accelerator::id)).toList();
        }
    }

    /** Family ids. */
    static final class Families implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return fromCatalog(c -> c.models().stream().map(Model::family).toList()).iterator();
        }
    }

    /** Recommendation tasks. */
    static final class Tasks implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return Arrays.stream(Task.values()).map(Task::key).iterator();
        }
    }

    /** Presets {@code recommend --need} accepts. */
    static final class Needs implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return Arrays.stream(dev.owl.recommend.Needs.Need.values()).map(dev.owl.recommend.Needs.Need::key).iterator();
        }
    }

    /** Weight formats. */
    static final class Quants implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return Arrays.stream(dev.owl.fit.Quantization.values()).map(dev.owl.fit.Quantization::key).iterator();
        }
    }

    /** Runtimes {@code fit --runtime} and {@code recommend --runtime} accept: the catalog's engines with memory rules. */
    static final class Runtimes implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return fromCatalogInOrder(c -> dev.owl.fit.Runtimes.of(c).names()).iterator();
        }
    }
}
