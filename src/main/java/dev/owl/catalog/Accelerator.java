package dev.owl.catalog;

import java.util.List;

/**
 * A GPU, Apple chip or CPU memory system: how much memory it has and how fast it reads it. {@code match} lists the
 * names the local tools report for it (nvidia-smi, rocm-smi, the macOS chip name, the CPU model name), for
 * {@code --gpu auto}; {@code *} stands for any run of characters.
 */
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
        List<String> match,
        String origin) {
    public Accelerator {
        memoryOptionsGib = List.copyOf(memoryOptionsGib);
        approxFields = List.copyOf(approxFields);
        notes = List.copyOf(notes);
        sources = List.copyOf(sources);
        match = List.copyOf(match);
    }
}
