package dev.owl.catalog;

import java.util.List;

/**
 * An inference engine or hosted provider, the formats it runs and the families and regions it serves; an engine's
 * {@code memory} rules (null when not recorded) are what {@code fit --runtime} applies, under its id or an alias.
 */
public record InferenceRuntime(
        String id,
        String name,
        String kind,
        List<String> aliases,
        List<String> quantFormats,
        List<String> families,
        List<String> regions,
        List<String> notes,
        List<Source> sources,
        RuntimeMemory memory,
        String origin) {
    public InferenceRuntime {
        aliases = List.copyOf(aliases);
        quantFormats = List.copyOf(quantFormats);
        families = List.copyOf(families);
        regions = List.copyOf(regions);
        notes = List.copyOf(notes);
        sources = List.copyOf(sources);
    }

    /** The name {@code fit} shows and {@code --runtime} takes first: the first alias (llama.cpp), else the id. */
    public String shortName() {
        return aliases.isEmpty() ? id : aliases.get(0);
    }
}
