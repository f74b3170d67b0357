package dev.owl.catalog;

import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/** The names of a license's terms, once: their catalog and JSON key, in the order people read them. */
public enum LicenseTerm {
    COMMERCIAL_USE(LicenseTerms::commercialUse),
    MAU_THRESHOLD(LicenseTerms::mauThreshold),
    REVENUE_CAP_USD(LicenseTerms::revenueCapUsd),
    RESEARCH_ONLY(LicenseTerms::researchOnly),
    NON_PRODUCTION(LicenseTerms::nonProduction),
    OUTPUTS_TRAINING(LicenseTerms::outputsTraining),
    DERIVATIVE_NAMING(LicenseTerms::derivativeNaming),
    ATTRIBUTION(LicenseTerms::attribution),
    REDISTRIBUTION(LicenseTerms::redistribution),
    ACCEPTABLE_USE_POLICY(LicenseTerms::acceptableUsePolicy);

    private final Function<LicenseTerms, Term<?>> read;

    LicenseTerm(Function<LicenseTerms, Term<?>> read) {
        this.read = read;
    }

    /** The key in license files and JSON: {@code mau_threshold}. */
    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** How a person reads the name: {@code mau threshold}. */
    public String label() {
        return key().replace('_', ' ');
    }

    /** This term of {@code terms}. */
    public Term<?> of(LicenseTerms terms) {
        return read.apply(terms);
    }

    public static List<String> keys() {
        return Arrays.stream(values()).map(LicenseTerm::key).toList();
    }
}
