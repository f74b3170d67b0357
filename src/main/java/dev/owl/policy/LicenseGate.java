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
    private final boolean strict;

    public LicenseGate(Catalog catalog, Policy policy, LocalDate today, boolean strict) {
        this.catalog = catalog;
        this.policy = policy;
        this.checker = new PolicyChecker(catalog, policy, today, strict);
        this.strict = strict;
    }

    /**
     * Checks the {@code given} references (command line, a list file) and those found under {@code paths}.
     * {@code gitignore} false scans what .gitignore excludes too; {@code ownFiles} (reports being written) are never judged.
     */
    public CheckResult check(List<Reference> given, List<ReferenceScanner.Skipped> unread, List<Path> paths, boolean gitignore,
            List<Path> ownFiles, String version) {
        List<Path> own = new ArrayList<>(ownFiles);
        if (policy.origin() != null) {
            own.add(Path.of(policy.origin()));
        }
        ReferenceScanner scanner = new ReferenceScanner(new ReferenceResolver(catalog), policy.scanExclude(), project(), gitignore, own);
        List<Reference> references = new ArrayList<>(given);
        if (!paths.isEmpty()) {
            references.addAll(scanner.scan(paths));
        }
        List<ReferenceScanner.Skipped> skipped = new ArrayList<>(unread);
        skipped.addAll(scanner.skipped());
        List<Finding> findings = new ArrayList<>(checker.check(references));
        findings.addAll(notScanned(skipped));
        return new CheckResult(policy.origin(), references, findings,
                references.stream().map(checker::occurrence).toList(), skipped, scanner.filesScanned(), version,
                policy.helpUri());
    }

    /** The project's root as the policy sees it: the policy file's directory, or the one holding {@code .owl/policy.yaml}. */
    private Path project() {
        if (policy.origin() == null) {
            return null;
        }
        Path dir = Path.of(policy.origin()).toAbsolutePath().normalize().getParent();
        return dir != null && dir.getFileName() != null && dir.getFileName().toString().equals(".owl") ? dir.getParent() : dir;
    }

    /**
     * Text files that were skipped unread (over the size cap, unreadable) may name models: each is a finding, so the
     * report names the file and {@code --strict} fails on it. Binary and non-UTF-8 files are counted only.
     */
    private List<Finding> notScanned(List<ReferenceScanner.Skipped> skipped) {
        List<Finding> out = new ArrayList<>();
        for (ReferenceScanner.Skipped s : skipped) {
            if (s.reason().startsWith("larger than") || s.reason().startsWith("unreadable")) {
                out.add(new Finding(new Reference(s.file(), 0, 0, s.file(), Reference.Kind.ARGUMENT, null, "file not scanned"), null, null,
                        Rule.FILE_NOT_SCANNED, strict ? Severity.ERROR : Severity.WARNING,
                        "not scanned (" + s.reason() + "): model references in it were not checked",
                        s.reason().startsWith("unreadable") ? "let the user running owl read it, or exclude it in the policy's "
                                + "paths.exclude if it names no model" : "exclude it in the policy's paths.exclude if it names no model, or split it"));
            }
        }
        return out;
    }
}
