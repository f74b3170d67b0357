package dev.owl.catalog;

/** How the weights can be had: freely, after accepting terms on the hub, or not at all. */
public enum Weights {
    OPEN, GATED, NONE;

    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
