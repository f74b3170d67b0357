package dev.owl.fit;

import dev.owl.catalog.Accelerator;
import dev.owl.catalog.Source;
import java.util.List;

/** One accelerator as {@code owl fit --list-gpus} reports it: its components are the JSON keys, in order. */
public record AcceleratorRow(
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
        List<Source> sources) {

    public static AcceleratorRow of(Accelerator a) {
        return new AcceleratorRow(a.id(), a.name(), a.vendor(), a.kind(), a.memoryGib(), a.bandwidthGbS(), a.bf16(), a.fp8(),
                a.unifiedMemory(), a.memoryOptionsGib(), a.approxFields(), a.notes(), a.sources());
    }

    public boolean isApprox(String field) {
        return approxFields.contains(field);
    }
}
