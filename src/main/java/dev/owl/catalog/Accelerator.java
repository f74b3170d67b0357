package dev.owl.catalog;

import java.util.List;

/** A GPU, Apple chip or CPU memory system: how much memory it has and how fast it reads it. */
public record Accelerator(
        String id,
        String name,
        String vendor,
        String kind,
        Double memoryGib,
        Double bandwidthGbS,
        Boolean bf16,
        Boolean fp8,
        boolean unifiedMemory,
        List<Double> memoryOptionsGib,
        List<String> approxFields,
        List<String> notes,
        List<Source> sources,
        String origin) {
    public Accelerator {
        memoryOptionsGib = List.copyOf(memoryOptionsGib);
        approxFields = List.copyOf(approxFields);
        notes = List.copyOf(notes);
        sources = List.copyOf(sources);
    }
}
