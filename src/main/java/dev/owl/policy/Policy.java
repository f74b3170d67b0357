package dev.owl.policy;

import java.time.LocalDate;
import java.util.List;

/**
 * What a project allows: licenses, facts about its product, approved exceptions, what not to scan, and
 * reviewed names that are not catalog models ({@code ignore:}), so that {@code --strict} can fail on the rest;
 * {@code helpUri}, where the team publishes owl's license-gate documentation (for SARIF), when it says.
 */
public record Policy(
        String origin,
        List<String> allow,
        List<String> deny,
        List<String> require,
        Usage usage,
        List<Exception> exceptions,
        List<String> scanExclude,
        List<Ignore> ignores,
        String helpUri) {

    public Policy {
        allow = List.copyOf(allow);
        deny = List.copyOf(deny);
        require = List.copyOf(require);
        exceptions = List.copyOf(exceptions);
        scanExclude = List.copyOf(scanExclude);
        ignores = List.copyOf(ignores);
    }

    /** A policy without ignore entries (recommend's license flags). */
    public Policy(String origin, List<String> allow, List<String> deny, List<String> require, Usage usage,
            List<Exception> exceptions, List<String> scanExclude) {
        this(origin, allow, deny, require, usage, exceptions, scanExclude, List.of(), null);
    }

    /** Facts about the user's product that license terms depend on; null means "not stated". */
    public record Usage(Long monthlyActiveUsers, Long revenueUsdPerMonth, Boolean euEntity,
            Boolean trainsOtherModelsOnOutputs, Boolean distributesWeights) {
        public static final Usage NONE = new Usage(null, null, null, null, null);
    }

    /** A reviewed exception for one model, valid until {@code expires} (inclusive) when set. */
    public record Exception(String model, String reason, String approvedBy, LocalDate expires, int line) {}

    /**
     * A reviewed reference that is not a catalog model (an internal model, a placeholder a scan mistakes for a
     * name): {@code reference} is the name as written, {@code *} matching within a path segment; valid until
     * {@code expires} (inclusive) when set.
     */
    public record Ignore(String reference, String reason, String approvedBy, LocalDate expires, int line) {
        boolean matches(String text) {
            return Glob.toRegex(reference.toLowerCase(java.util.Locale.ROOT)).matcher(text.toLowerCase(java.util.Locale.ROOT)).matches();
        }
    }

    /** No policy file: only checks that need none (unknown references, mislabelled cards). */
    public static Policy empty() {
        return new Policy(null, List.of(), List.of(), List.of(), Usage.NONE, List.of(), List.of(), List.of(), null);
    }
}
