package dev.owl.query;

import dev.owl.catalog.Model;
import java.util.Comparator;
import java.util.Locale;
import java.util.function.Function;

/** The fields {@code owl list --sort} orders by; unknown values sort last, in either direction. */
public enum SortField {
    FAMILY(Comparator.comparing(Model::family).thenComparing(Model::releaseDate, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(Model::paramsTotalB, Comparator.nullsLast(Comparator.naturalOrder())), m -> false),
    ID(Comparator.comparing(Model::id), m -> false),
    NAME(Comparator.comparing(m -> m.name().toLowerCase(Locale.ROOT)), m -> false),
    VENDOR(Comparator.comparing(m -> m.vendor().toLowerCase(Locale.ROOT)), m -> false),
    LICENSE(Comparator.comparing(Model::license), m -> false),
    RELEASED(nullsLast(Model::releaseDate), m -> m.releaseDate() == null),
    PARAMS(nullsLast(Model::paramsTotalB), m -> m.paramsTotalB() == null),
    ACTIVE(nullsLast(Model::effectiveActiveParamsB), m -> m.effectiveActiveParamsB() == null),
    CONTEXT(nullsLast(Model::contextTokens), m -> m.contextTokens() == null);

    private final Comparator<Model> order;
    private final java.util.function.Predicate<Model> unknown;

    SortField(Comparator<Model> order, java.util.function.Predicate<Model> unknown) {
        this.order = order;
        this.unknown = unknown;
    }

    private static <T extends Comparable<? super T>> Comparator<Model> nullsLast(Function<Model, T> key) {
        return Comparator.comparing(key, Comparator.nullsLast(Comparator.naturalOrder()));
    }

    /** The order, ties broken by id so output is stable. */
    public Comparator<Model> comparator() {
        return comparator(false);
    }

    /** The order or its reverse; models whose value is unknown (no release date) come last either way. */
    public Comparator<Model> comparator(boolean reverse) {
        Comparator<Model> known = Comparator.comparing(unknown::test);
        return known.thenComparing(reverse ? order.reversed() : order).thenComparing(Model::id);
    }

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
