package dev.owl.recommend;

/**
 * One kind of evidence a task trusts: a benchmark by its catalog name, either run the same way for every
 * model by a public leaderboard (a common protocol, named by {@code protocol}) or reported by each vendor
 * in its own setting ({@code protocol} null), with the weight owl gives it when figures are combined.
 */
public record Suite(String benchmark, String protocol, String description, double trust) {
    /** Weight of a common-protocol suite: the same harness, prompts and scoring for every model. */
    public static final double COMMON_TRUST = 1.0;
    /** Weight of a vendor-reported figure: each card picks its own shots, prompts and subset. */
    public static final double VENDOR_TRUST = 0.4;

    /**
     * Written out, as {@link #equals}: a record's generated hashCode and equals each build a method-handle chain on first
     * use (on JDK 17, 20 LambdaForm classes spun at run time for equals, which no archive holds; ~12% of {@code fit}'s main thread).
     */
    @Override
    public int hashCode() {
        return java.util.Objects.hash(benchmark, protocol, description, trust);
    }

    /** The record's own equality (every component; {@code trust} as {@link Double#compare} sees it), written out. */
    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof Suite s && java.util.Objects.equals(benchmark, s.benchmark)
                && java.util.Objects.equals(protocol, s.protocol) && java.util.Objects.equals(description, s.description)
                && Double.compare(trust, s.trust) == 0;
    }

    static Suite common(String benchmark, String protocol, String description) {
        return new Suite(benchmark, protocol, description, COMMON_TRUST);
    }

    static Suite vendor(String benchmark) {
        return new Suite(benchmark, null, "vendor-reported; settings differ between cards", VENDOR_TRUST);
    }

    public boolean commonProtocol() {
        return protocol != null;
    }

    /**
     * Whether the suite's figures are ratings (LMArena's Elo-style scale) or rank scores (EuroEval's) rather than
     * percentages: a fraction of either means nothing, so a quantization penalty scales such a figure's percentile
     * instead of the figure.
     */
    public boolean ratingScale() {
        return protocol != null && (protocol.startsWith("lmarena-") || lowerIsBetter());
    }

    /** Whether a smaller figure is the better one: EuroEval's mean rank score, where 1 is best on every dataset. */
    public boolean lowerIsBetter() {
        return "euroeval".equals(protocol);
    }

    /** The suite as one phrase: its name, and its protocol or that vendors report it. */
    public String label() {
        return benchmark + (commonProtocol() ? " (" + protocol + ")" : " (vendor-reported)");
    }
}
