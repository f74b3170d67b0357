package dev.owl.policy;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What {@code owl license check} found: the policy it read (null without one), every reference, the findings,
 * each reference as the inventory lists it, the files it could not read, how many it read, owl's version, and the
 * policy's address of the license gate's documentation ({@code sarif: help_uri:}; null when it gives none).
 */
public record CheckResult(String policy, List<Reference> references, List<Finding> findings, List<Occurrence> inventory,
        List<ReferenceScanner.Skipped> skipped, int filesScanned, String version, String helpUri) {
    public CheckResult {
        references = List.copyOf(references);
        findings = List.copyOf(findings);
        inventory = List.copyOf(inventory);
        skipped = List.copyOf(skipped);
    }

    public long count(Severity s) {
        return findings.stream().filter(f -> f.severity() == s).count();
    }

    /** No errors: warnings and notes pass. */
    public boolean passed() {
        return count(Severity.ERROR) == 0;
    }

    public int filesSkipped() {
        return skipped.size();
    }

    /** The findings of one reference (by identity: two mentions of a name are two references). */
    public List<Finding> findingsOf(Reference ref) {
        return findings.stream().filter(f -> f.reference() == ref).toList();
    }

    /** The catalog models that have findings, in order of first finding. */
    public List<String> modelsWithFindings() {
        Set<String> models = new LinkedHashSet<>();
        findings.stream().filter(f -> f.model() != null).forEach(f -> models.add(f.model()));
        return List.copyOf(models);
    }

    /** The documented json/yaml form. */
    public CheckReport report() {
        return CheckReport.of(this);
    }
}
