package dev.owl.catalog;

/** Whether a model's weights were released, only announced, or only served through an API. */
public enum ModelStatus {
    RELEASED, ANNOUNCED, API_ONLY;

    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
