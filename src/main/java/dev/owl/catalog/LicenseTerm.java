package dev.owl.catalog;

import java.util.List;

/** The names of a license's terms, once: their catalog and JSON key, in the order people read them. */
public enum LicenseTerm {
    COMMERCIAL_USE,
    MAU_THRESHOLD,
    REVENUE_CAP_USD,
    RESEARCH_ONLY,
    NON_PRODUCTION,
    OUTPUTS_TRAINING,
    DERIVATIVE_NAMING,
    ATTRIBUTION,
    REDISTRIBUTION,
    ACCEPTABLE_USE_POLICY;

    /** The key in license files and JSON: {@code mau_threshold}. */
    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** How a person reads the name: {@code mau threshold}. */
    public String label() {
        return key().replace('_', ' ');
    }

    /**
     * This term of {@code terms}. A switch, not a method reference per constant: those ten call sites were linked on every
     * run that touched a license term (the YAML license parser's keys, the policy checker).
     */
    public Term<?> of(LicenseTerms terms) {
        return switch (this) {
            case COMMERCIAL_USE -> terms.commercialUse();
            case MAU_THRESHOLD -> terms.mauThreshold();
            case REVENUE_CAP_USD -> terms.revenueCapUsd();
            case RESEARCH_ONLY -> terms.researchOnly();
            case NON_PRODUCTION -> terms.nonProduction();
            case OUTPUTS_TRAINING -> terms.outputsTraining();
            case DERIVATIVE_NAMING -> terms.derivativeNaming();
            case ATTRIBUTION -> terms.attribution();
            case REDISTRIBUTION -> terms.redistribution();
            case ACCEPTABLE_USE_POLICY -> terms.acceptableUsePolicy();
        };
    }

    public static List<String> keys() {
        List<String> keys = new java.util.ArrayList<>();
        for (LicenseTerm t : values()) {
            keys.add(t.key());
        }
        return List.copyOf(keys);
    }
}
