package dev.owl.query;

import dev.owl.catalog.ModelHead;
import java.util.Comparator;
import java.util.Locale;
import java.util.function.Function;

/** The fields {@code owl list --sort} orders by; unknown values sort last, in either direction. */
public enum SortField {
    FAMILY, ID, NAME, VENDOR, LICENSE, RELEASED, PARAMS, ACTIVE, CONTEXT;

    /**
     * The field's own order. Made when a sort asks for it, not when the class is loaded: every {@code owl list}
     * loads it, and nine comparators built of lambdas cost their linking at start-up (issue 16).
     */
    private Comparator<ModelHead> order() {
        return switch (this) {
            case FAMILY -> ModelHead.DEFAULT_ORDER; // the order a compiled catalog stores (Catalog#defaultOrder)
            case ID -> Comparator.comparing(ModelHead::id);
            case NAME -> Comparator.comparing(m -> m.name().toLowerCase(Locale.ROOT));
            case VENDOR -> Comparator.comparing(m -> m.vendor().toLowerCase(Locale.ROOT));
            case LICENSE -> Comparator.comparing(ModelHead::license);
            case RELEASED -> nullsLast(ModelHead::releaseDate);
            case PARAMS -> nullsLast(ModelHead::paramsTotalB);
            case ACTIVE -> nullsLast(ModelHead::effectiveActiveParamsB);
            case CONTEXT -> nullsLast(ModelHead::contextTokens);
        };
    }

    /** Whether the model's value of this field is unknown (it then sorts last). */
    private boolean unknown(ModelHead m) {
        return switch (this) {
            case RELEASED -> m.releaseDate() == null;
            case PARAMS -> m.paramsTotalB() == null;
            case ACTIVE -> m.effectiveActiveParamsB() == null;
            case CONTEXT -> m.contextTokens() == null;
            default -> false;
        };
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
        Comparator<ModelHead> known = Comparator.comparing(this::unknown);
        Comparator<ModelHead> order = order();
        return known.thenComparing(reverse ? order.reversed() : order).thenComparing(ModelHead::id);
    }

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
