package dev.owl.catalog;

/** One published benchmark score, with the setting it was measured in and its source. */
public record Benchmark(String name, double score, String setting, Source source, boolean approx) {}
