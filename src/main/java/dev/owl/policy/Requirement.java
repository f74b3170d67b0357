package dev.owl.policy;

import dev.owl.catalog.License;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.BiPredicate;

/**
 * The terms a policy's {@code licenses.require} (and recommend's --commercial/--osi) can demand of every model's
 * license, each named once: its key, what the verdict calls it, and the check.
 */
public enum Requirement {
    COMMERCIAL_USE("commercial use", (l, nonCommercial) -> !nonCommercial && l.terms().commercialUse().value() != null),
    OSI_APPROVED("OSI approval", (l, nonCommercial) -> Boolean.TRUE.equals(l.osiApproved())),
    NO_MAU_THRESHOLD("no user threshold", (l, nonCommercial) -> l.terms().mauThreshold().value() == null),
    OUTPUTS_TRAINING_ALLOWED("training on outputs", (l, nonCommercial) -> "allowed".equals(l.terms().outputsTraining().value())),
    NO_REGIONAL_RESTRICTIONS("no regional restrictions", (l, nonCommercial) -> l.regionalRestrictions().isEmpty());

    private final String label;
    /** Whether the license grants it; the flag says the license limits use to research or non-production. */
    private final BiPredicate<License, Boolean> granted;

    Requirement(String label, BiPredicate<License, Boolean> granted) {
        this.label = label;
        this.granted = granted;
    }

    /** As written in a policy file, e.g. {@code commercial_use}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** What a finding says the license does not grant. */
    public String label() {
        return label;
    }

    public boolean grantedBy(License license, boolean nonCommercial) {
        return granted.test(license, nonCommercial);
    }

    public static List<String> keys() {
        return Arrays.stream(values()).map(Requirement::key).toList();
    }

    /** The requirement with this key, or null. */
    public static Requirement of(String key) {
        return Arrays.stream(values()).filter(r -> r.key().equals(key)).findFirst().orElse(null);
    }
}
