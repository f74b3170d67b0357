package dev.owl.query;

import dev.owl.catalog.ModelHead;
import java.util.Comparator;
import java.util.Locale;
import java.util.function.Function;

/** The fields {@code owl list --sort} orders by; unknown values sort last, in either direction. */
public enum SortField {
    FAMILY(ModelHead.DEFAULT_ORDER, m -> false), // the order a compiled catalog stores (Catalog#defaultOrder)
    ID(Comparator.comparing(ModelHead::id), m -> false),
    NAME(Comparator.comparing(m -> m.name().toLowerCase(Locale.ROOT)), m -> false),
    VENDOR(Comparator.comparing(m -> m.vendor().toLowerCase(Locale.ROOT)), m -> false),
    LICENSE(Comparator.comparing(ModelHead::license), m -> false),
    RELEASED(nullsLast(ModelHead::releaseDate), m -> m.releaseDate() == null),
    PARAMS(nullsLast(ModelHead::paramsTotalB), m -> m.paramsTotalB() == null),
    ACTIVE(nullsLast(ModelHead::effectiveActiveParamsB), m -> m.effectiveActiveParamsB() == null),
    CONTEXT(nullsLast(ModelHead::contextTokens), m -> m.contextTokens() == null);

    private final Comparator<ModelHead> order;
    private final java.util.function.Predicate<ModelHead> unknown;

    SortField(Comparator<ModelHead> order, java.util.function.Predicate<ModelHead> unknown) {
        this.order = order;
        this.unknown = unknown;
    }

    private static <T extends Comparable<? super T>> Comparator<ModelHead> nullsLast(Function<ModelHead, T> key) {
        return Comparator.comparing(key, Comparator.nullsLast(Comparator.naturalOrder()));
    }

    /** The order, ties broken by id so output is stable. */
    public Comparator<ModelHead> comparator() {
        return comparator(false);
    }

    /** The order or its reverse; models whose value is unknown (no release date) come last either way. */
    public Comparator<ModelHead> comparator(boolean reverse) {
        Comparator<ModelHead> known = Comparator.comparing(unknown::test);
        return known.thenComparing(reverse ? order.reversed() : order).thenComparing(ModelHead::id);
    }

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
