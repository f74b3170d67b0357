package dev.owl.catalog;

import java.util.List;

/** An inference engine or hosted provider, the formats it runs and the families and regions it serves. */
public record InferenceRuntime(
        String id,
        String name,
        String kind,
        List<String> quantFormats,
        List<String> families,
        List<String> regions,
        List<String> notes,
        List<Source> sources,
        String origin) {
    public InferenceRuntime {
        quantFormats = List.copyOf(quantFormats);
        families = List.copyOf(families);
        regions = List.copyOf(regions);
        notes = List.copyOf(notes);
        sources = List.copyOf(sources);
    }
}
