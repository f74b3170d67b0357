package dev.owl.catalog;

/** The terms of a license that decide whether a product may use a model, as structured fields. */
public record LicenseTerms(
        Term<Boolean> commercialUse,
        Term<Long> mauThreshold,
        Term<Long> revenueCapUsd,
        Term<Boolean> researchOnly,
        Term<Boolean> nonProduction,
        Term<String> outputsTraining,
        Term<String> derivativeNaming,
        Term<String> attribution,
        Term<String> redistribution,
        Term<String> acceptableUsePolicy) {}
