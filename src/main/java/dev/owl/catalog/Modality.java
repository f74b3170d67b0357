package dev.owl.catalog;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** What a model takes in or gives out, as the catalog records it and {@code list --modality} filters on; each name once. */
public enum Modality {
    TEXT, IMAGE, AUDIO, VIDEO;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static List<String> keys() {
        return Arrays.stream(values()).map(Modality::key).toList();
    }
}
