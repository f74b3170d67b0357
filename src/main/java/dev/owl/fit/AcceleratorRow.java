package dev.owl.fit;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import dev.owl.catalog.Accelerator;

/**
 * One accelerator as {@code owl fit --list-gpus} reports it: the catalog record's components are the JSON keys,
 * in order, less where it was loaded from.
 */
public record AcceleratorRow(@JsonUnwrapped @JsonIgnoreProperties("origin") Accelerator accelerator) {

    public static AcceleratorRow of(Accelerator a) {
        return new AcceleratorRow(a);
    }

    public boolean isApprox(String field) {
        return accelerator.approxFields().contains(field);
    }
}
