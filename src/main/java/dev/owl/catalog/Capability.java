package dev.owl.catalog;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** What a model can do, as the catalog records it and {@code list --capability} filters on; each name once. */
public enum Capability {
    CHAT, CODE, REASONING, TOOLS, VISION, AUDIO, FIM, MULTILINGUAL;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static List<String> keys() {
        return Arrays.stream(values()).map(Capability::key).toList();
    }
}
