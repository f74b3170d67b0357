package dev.owl.catalog;

import java.util.List;
import java.util.function.IntFunction;
import java.util.function.Supplier;

/**
 * What a {@link Catalog} asks a {@link CompiledCatalog} for, as small objects rather than lambdas: a lambda is linked
 * on its first call, and a catalog load created a dozen of them (4-7 ms of main-thread CPU on every start).
 */
final class CompiledParts {
    private CompiledParts() {}

    /** One section's records, all of them. */
    record Records<T>(CompiledCatalog file, CompiledCatalog.Section<T> section) implements Supplier<List<T>> {
        @java.lang.Override
        public List<T> get() {
            return file.section(section);
        }
    }

    /** The models section, opened once, on first use, for every way of reading it. */
    static final class Opened {
        private final CompiledCatalog file;
        private CompiledSection models;

        Opened(CompiledCatalog file) {
            this.file = file;
        }

        synchronized CompiledSection get() {
            if (models == null) {
                models = file.open(CompiledCatalog.MODELS);
            }
            return models;
        }
    }

    /** The models read by one codec (a whole model, or its head): all of them, or one by its index. */
    record Models<T>(Opened models, Codec<T> codec) implements Supplier<List<T>>, IntFunction<T> {
        @java.lang.Override
        public List<T> get() {
            return models.get().all(codec);
        }

        @java.lang.Override
        public T apply(int index) {
            return models.get().get(index, codec);
        }
    }

    /** The models' default order as stored, when the file alone is what it was worked out over; else null. */
    record AloneOrder(CompiledCatalog file) implements Supplier<int[]> {
        @java.lang.Override
        public int[] get() {
            ModelOrder order = file.order();
            return order.base() == ModelOrder.ALONE && order.baseModels() == 0 ? order.order() : null;
        }
    }
}
