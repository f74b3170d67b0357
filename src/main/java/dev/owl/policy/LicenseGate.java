package dev.owl.policy;

import dev.owl.catalog.Catalog;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** {@code owl license check} as one domain call: scan the paths, resolve every reference, judge it against the policy. */
public final class LicenseGate {
    private final Catalog catalog;
    private final Policy policy;
    private final PolicyChecker checker;

    public LicenseGate(Catalog catalog, Policy policy, LocalDate today, boolean strict) {
        this.catalog = catalog;
        this.policy = policy;
        this.checker = new PolicyChecker(catalog, policy, today, strict);
    }

    /**
     * Checks the {@code given} references (command line, a list file) and those found under {@code paths}.
     * {@code gitignore} false scans what .gitignore excludes too; {@code ownFiles} (reports being written) are never judged.
     */
    public CheckResult check(List<Reference> given, List<Path> paths, boolean gitignore, List<Path> ownFiles, String version) {
        List<Path> own = new ArrayList<>(ownFiles);
        if (policy.origin() != null) {
            own.add(Path.of(policy.origin()));
        }
        ReferenceScanner scanner = new ReferenceScanner(new ReferenceResolver(catalog), policy.scanExclude(), gitignore, own);
        List<Reference> references = new ArrayList<>(given);
        if (!paths.isEmpty()) {
            references.addAll(scanner.scan(paths));
        }
        return new CheckResult(policy.origin(), references, checker.check(references),
                references.stream().map(checker::occurrence).toList(), scanner.skipped(), scanner.filesScanned(), version);
    }
}
