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

    /** Written out: a record's generated hashCode builds a method-handle chain on first use, at start-up cost. */
    @Override
    public int hashCode() {
        return java.util.Objects.hash(benchmark, protocol, description, trust);
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
