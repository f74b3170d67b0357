package dev.owl.query;

import dev.owl.catalog.Model;
import java.util.Comparator;
import java.util.Locale;
import java.util.function.Function;

/** The fields {@code owl list --sort} orders by; unknown values sort last. */
public enum SortField {
    FAMILY(Comparator.comparing(Model::family).thenComparing(Model::releaseDate, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(Model::paramsTotalB, Comparator.nullsLast(Comparator.naturalOrder()))),
    ID(Comparator.comparing(Model::id)),
    NAME(Comparator.comparing(m -> m.name().toLowerCase(Locale.ROOT))),
    VENDOR(Comparator.comparing(m -> m.vendor().toLowerCase(Locale.ROOT))),
    LICENSE(Comparator.comparing(Model::license)),
    RELEASED(nullsLast(Model::releaseDate)),
    PARAMS(nullsLast(Model::paramsTotalB)),
    ACTIVE(nullsLast(Model::effectiveActiveParamsB)),
    CONTEXT(nullsLast(Model::contextTokens));

    private final Comparator<Model> order;

    SortField(Comparator<Model> order) {
        this.order = order;
    }

    private static <T extends Comparable<? super T>> Comparator<Model> nullsLast(Function<Model, T> key) {
        return Comparator.comparing(key, Comparator.nullsLast(Comparator.naturalOrder()));
    }

    /** The order, ties broken by id so output is stable. */
    public Comparator<Model> comparator() {
        return order.thenComparing(Model::id);
    }

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
