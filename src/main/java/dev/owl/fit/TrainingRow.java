package dev.owl.fit;

/**
 * One part of the memory a training run needs ({@code weights}, {@code adapters}, {@code gradients}, …): its bytes
 * (null when the catalog lacks the architecture to count it), whether the figure is an estimate beyond the arithmetic
 * of the stated assumptions, and the formula it comes from.
 */
public record TrainingRow(String component, Long bytes, boolean approx, String basis) {}
