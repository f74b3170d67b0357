package dev.owl.catalog;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A compiled catalog's models in {@code owl list}'s default order ({@link ModelHead#DEFAULT_ORDER}), worked out when
 * it was compiled, over the catalog it was validated with (its base: the built-in catalog), so that listing the first
 * twenty of 100,000 models decodes about twenty.
 *
 * <p>It holds only over the same base: {@link #base} fingerprints the compiled files below it ({@link #then}), and a
 * loader whose locations differ merges and checks the file model by model instead. Over its base, the merged models
 * are the base's in their order (those the file overrides replaced in place), then the file's other models in file
 * order, as {@link CatalogMerge} merges them; {@link #order} lists those merged indexes.
 *
 * @param base        the fingerprint of the base, or {@link #UNKNOWN} (a YAML directory was part of it: never trusted)
 * @param baseModels  how many models the base has
 * @param overriding  the file's models that override a base model, by index in the file, ascending
 * @param overridden  for each of those, its place in the base
 * @param order       the merged models' indexes, in the default order (empty when the base is unknown)
 */
record ModelOrder(long base, int baseModels, int[] overriding, int[] overridden, int[] order) {
    /** No base at all: the catalog alone (the built-in one). */
    static final long ALONE = 1;
    /** A base with a YAML directory in it: what it holds cannot be known from a fingerprint. */
    static final long UNKNOWN = 0;

    /** The fingerprint of a base with {@code file} (a compiled file's own fingerprint) added on top of {@code below}. */
    static long then(long below, long file) {
        if (below == UNKNOWN) {
            return UNKNOWN;
        }
        long h = (below ^ file) * 0x9E3779B97F4A7C15L;
        return h == UNKNOWN ? ALONE + 1 : h;
    }

    /** The order of {@code own} over {@code base} (heads in each one's merged order) whose fingerprint is {@code fingerprint}. */
    static ModelOrder of(long fingerprint, List<ModelHead> base, List<ModelHead> own) {
        if (fingerprint == UNKNOWN) {
            return new ModelOrder(UNKNOWN, base.size(), new int[0], new int[0], new int[0]);
        }
        Map<String, Integer> ownIndex = new HashMap<>();
        for (int u = 0; u < own.size(); u++) {
            ownIndex.put(own.get(u).id(), u);
        }
        List<ModelHead> merged = new ArrayList<>(base.size() + own.size());
        int[] overridden = new int[own.size()]; // by file index: its place in the base, or -1
        Arrays.fill(overridden, -1);
        for (int i = 0; i < base.size(); i++) {
            Integer u = ownIndex.get(base.get(i).id());
            merged.add(u == null ? base.get(i) : own.get(u));
            if (u != null) {
                overridden[u] = i;
            }
        }
        List<Integer> overriding = new ArrayList<>();
        for (int u = 0; u < own.size(); u++) {
            if (overridden[u] < 0) {
                merged.add(own.get(u));
            } else {
                overriding.add(u);
            }
        }
        Integer[] order = new Integer[merged.size()];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, (a, b) -> ModelHead.DEFAULT_ORDER.compare(merged.get(a), merged.get(b)));
        return new ModelOrder(fingerprint, base.size(), overriding.stream().mapToInt(Integer::intValue).toArray(),
                overriding.stream().mapToInt(u -> overridden[u]).toArray(), Arrays.stream(order).mapToInt(Integer::intValue).toArray());
    }

    /** The file's index of merged model {@code merged} past the base ({@code merged >= baseModels}): the file's models not overriding one. */
    int fileIndex(int merged) {
        int j = merged - baseModels; // the j-th (from 0) file index that is not overriding: the least u with j + 1 such up to u
        int lo = j;
        int hi = j + overriding.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            int at = Arrays.binarySearch(overriding, mid);
            int overridingUpToMid = at >= 0 ? at + 1 : -at - 1;
            if (mid + 1 - overridingUpToMid >= j + 1) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo;
    }

    /** How many models the merged catalog has. */
    int mergedSize(int fileModels) {
        return baseModels + fileModels - overriding.length;
    }

    void write(SectionWriter out) {
        out.varint(base);
        out.varint(baseModels);
        out.varint(overriding.length);
        for (int i = 0; i < overriding.length; i++) {
            out.varint(overriding[i]);
            out.varint(overridden[i]);
        }
        out.varint(order.length);
        for (int i : order) {
            out.varint(i);
        }
    }

    static ModelOrder read(SectionReader in) {
        long base = in.varlong();
        int baseModels = in.varint();
        int[] overriding = new int[in.varint()];
        int[] overridden = new int[overriding.length];
        for (int i = 0; i < overriding.length; i++) {
            overriding[i] = in.varint();
            overridden[i] = in.varint();
        }
        int[] order = new int[in.varint()];
        for (int i = 0; i < order.length; i++) {
            order[i] = in.varint();
        }
        return new ModelOrder(base, baseModels, overriding, overridden, order);
    }
}
