package dev.owl.query;

import dev.owl.catalog.Catalog;
import dev.owl.catalog.License;
import dev.owl.catalog.Model;
import dev.owl.catalog.ModelHead;
import dev.owl.catalog.ModelStatus;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.RandomAccess;

/**
 * Selects and orders models for {@code owl list}. It filters and sorts each model's head ({@link Catalog#heads()});
 * the models it returns are read from the catalog one at a time, as they are used, so that a large compiled
 * catalog decodes only the models that are shown and holds none of them longer than it takes to show it.
 */
public final class ModelFilter {
    private final Catalog catalog;

    public ModelFilter(Catalog catalog) {
        this.catalog = catalog;
    }

    public List<Model> apply(ModelQuery q) {
        java.util.Optional<java.util.stream.IntStream> stored = q.sort() == SortField.FAMILY && !q.reverse()
                ? catalog.defaultOrder() : java.util.Optional.empty();
        if (stored.isPresent()) {
            return new Chosen(catalog, inOrder(q, stored.get()));
        }
        List<ModelHead> heads = catalog.heads();
        Comparator<Integer> order = Comparator.comparing(heads::get, q.sort().comparator(q.reverse()));
        List<Integer> chosen = q.limit() != null ? first(q, heads, order, q.limit()) : all(q, heads, order);
        return new Chosen(catalog, chosen);
    }

    private List<Integer> all(ModelQuery q, List<ModelHead> heads, Comparator<Integer> order) {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < heads.size(); i++) {
            if (matches(heads.get(i), q)) {
                out.add(i);
            }
        }
        out.sort(order);
        return out;
    }

    /** The matches in the catalog's stored default order (the order of --sort family), up to the limit: only heads reached are read. */
    private List<Integer> inOrder(ModelQuery q, java.util.stream.IntStream order) {
        List<Integer> out = new ArrayList<>();
        java.util.PrimitiveIterator.OfInt it = order.iterator();
        while (it.hasNext() && (q.limit() == null || out.size() < q.limit())) {
            int i = it.nextInt();
            if (matches(catalog.head(i), q)) {
                out.add(i);
            }
        }
        return out;
    }

    /**
     * The first {@code limit} matches in order, without sorting every match: a heap keeps the best so far (its
     * root the worst of them). The order is total (ties end at the unique id), so this is the sorted list's head.
     */
    private List<Integer> first(ModelQuery q, List<ModelHead> heads, Comparator<Integer> order, int limit) {
        PriorityQueue<Integer> best = new PriorityQueue<>(Math.min(limit, 1024) + 1, order.reversed());
        for (int i = 0; i < heads.size(); i++) {
            if (matches(heads.get(i), q) && (best.size() < limit || order.compare(i, best.peek()) < 0)) {
                best.add(i);
                if (best.size() > limit) {
                    best.poll();
                }
            }
        }
        List<Integer> out = new ArrayList<>(best);
        out.sort(order);
        return out;
    }

    /** The chosen models, each read from the catalog when it is used. */
    private static final class Chosen extends AbstractList<Model> implements RandomAccess {
        private final Catalog catalog;
        private final List<Integer> indexes;

        Chosen(Catalog catalog, List<Integer> indexes) {
            this.catalog = catalog;
            this.indexes = indexes;
        }

        @Override
        public Model get(int i) {
            return catalog.model(indexes.get(i));
        }

        @Override
        public int size() {
            return indexes.size();
        }
    }

    private boolean matches(ModelHead m, ModelQuery q) {
        if (!q.includeUnreleased() && m.status() != ModelStatus.RELEASED) {
            return false;
        }
        if (!q.families().isEmpty() && !anyEquals(q.families(), m.family())) {
            return false;
        }
        if (!q.vendors().isEmpty() && !anyEquals(q.vendors(), m.vendor())) {
            return false;
        }
        if (!q.licenses().isEmpty() && q.licenses().stream().noneMatch(l -> licenseMatches(m, l))) {
            return false;
        }
        if (!q.modalities().isEmpty() && q.modalities().stream().noneMatch(x -> m.modalities().input().contains(x)
                || m.modalities().output().contains(x))) {
            return false;
        }
        if (!q.capabilities().isEmpty() && q.capabilities().stream().noneMatch(m.capabilities()::contains)) {
            return false;
        }
        if (q.minContextTokens() != null && (m.contextTokens() == null || m.contextTokens() < q.minContextTokens())) {
            return false;
        }
        if (q.maxParamsB() != null && (m.paramsTotalB() == null || m.paramsTotalB() > q.maxParamsB())) {
            return false;
        }
        return q.releasedAfter() == null || (m.releaseDate() != null && m.releaseDate().isAfter(q.releasedAfter()));
    }

    /** A license filter value matches the license id or its Hugging Face tag. */
    private boolean licenseMatches(ModelHead m, String wanted) {
        if (wanted.equalsIgnoreCase(m.license())) {
            return true;
        }
        Optional<License> license = catalog.license(m.license());
        return license.map(l -> l.hfTag() != null && l.hfTag().equalsIgnoreCase(wanted)
                || l.spdx() != null && l.spdx().equalsIgnoreCase(wanted)).orElse(false);
    }

    private static boolean anyEquals(List<String> wanted, String value) {
        String v = value.toLowerCase(Locale.ROOT);
        return wanted.stream().anyMatch(w -> w.toLowerCase(Locale.ROOT).equals(v));
    }
}
