package dev.owl.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import java.util.function.Supplier;

/** A model in {@link CatalogMerge}: its head, and the model itself or where a compiled file has it. */
record ModelEntry(ModelHead head, Model model, IntFunction<Model> from, int index) {
    String id() {
        return head.id();
    }

    Model decoded() {
        return model != null ? model : from.apply(index);
    }

    /**
     * The merged models, each decoded when asked for: all of them, or model {@code i} alone. A class, not two lambdas:
     * the merge runs whenever a user catalog is given, and on JDK 17 each lambda is a call site linked on every run.
     */
    record Decoded(List<ModelEntry> entries) implements Supplier<List<Model>>, IntFunction<Model> {
        @java.lang.Override
        public List<Model> get() {
            List<Model> all = new ArrayList<>(entries.size());
            for (ModelEntry e : entries) {
                all.add(e.decoded());
            }
            return List.copyOf(all);
        }

        @java.lang.Override
        public Model apply(int i) {
            return entries.get(i).decoded();
        }
    }
}
