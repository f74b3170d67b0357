package dev.owl.query;

import dev.owl.catalog.Catalog;
import dev.owl.catalog.License;
import dev.owl.catalog.Model;
import dev.owl.catalog.ModelStatus;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.PriorityQueue;

/** Selects and orders models for {@code owl list}. */
public final class ModelFilter {
    private final Catalog catalog;

    public ModelFilter(Catalog catalog) {
        this.catalog = catalog;
    }

    public List<Model> apply(ModelQuery q) {
        Comparator<Model> order = q.sort().comparator(q.reverse());
        if (q.limit() != null) {
            return first(q, order, q.limit());
        }
        List<Model> out = new ArrayList<>();
        for (Model m : catalog.models()) {
            if (matches(m, q)) {
                out.add(m);
            }
        }
        out.sort(order);
        return out;
    }

    /**
     * The first {@code limit} matches in order, without sorting every match: a heap keeps the best so far (its
     * root the worst of them). The order is total (ties end at the unique id), so this is the sorted list's head.
     */
    private List<Model> first(ModelQuery q, Comparator<Model> order, int limit) {
        PriorityQueue<Model> best = new PriorityQueue<>(Math.min(limit, 1024) + 1, order.reversed());
        for (Model m : catalog.models()) {
            if (matches(m, q) && (best.size() < limit || order.compare(m, best.peek()) < 0)) {
                best.add(m);
                if (best.size() > limit) {
                    best.poll();
                }
            }
        }
        List<Model> out = new ArrayList<>(best);
        out.sort(order);
        return out;
    }

    private boolean matches(Model m, ModelQuery q) {
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
    private boolean licenseMatches(Model m, String wanted) {
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
