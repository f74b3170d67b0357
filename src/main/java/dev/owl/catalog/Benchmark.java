package dev.owl.catalog;

/**
 * One published benchmark score, with the setting it was measured in and its source. {@code protocol} names
 * the common-protocol leaderboard that ran it the same way for every model (e.g. {@code aider-polyglot});
 * null means the vendor reported it in a setting of its own choosing.
 */
public record Benchmark(String name, double score, String setting, Source source, boolean approx, String protocol) {
    public boolean vendorReported() {
        return protocol == null;
    }
}
