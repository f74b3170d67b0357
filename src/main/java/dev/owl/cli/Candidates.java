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

    /** Model ids. */
    static final class Models implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return fromCatalog(c -> c.models().stream().map(Model::id).toList()).iterator();
        }
    }

    /** License ids. */
    static final class Licenses implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return fromCatalog(c -> c.licenses().stream().map(License::id).toList()).iterator();
        }
    }

    /** Accelerator ids. */
    static final class Gpus implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return fromCatalog(c -> c.accelerators().stream().map(Accelerator::id).toList()).iterator();
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

    /** Weight formats. */
    static final class Quants implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return Arrays.stream(dev.owl.fit.Quantization.values()).map(dev.owl.fit.Quantization::key).iterator();
        }
    }

    /** Runtimes {@code fit --runtime} accepts. */
    static final class Runtimes implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return dev.owl.fit.FitCalculator.RUNTIMES.iterator();
        }
    }
}
