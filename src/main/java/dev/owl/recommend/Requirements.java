package dev.owl.recommend;

import dev.owl.cost.Budget;
import dev.owl.fit.Hardware;
import dev.owl.fit.Quantization;
import dev.owl.policy.Policy;
import java.util.List;

/**
 * A recommendation query. Hard constraints exclude a model; the task and preferences rank the rest.
 * {@code policies} are checked exactly as {@code owl license check} would check them. {@code budget} (null for
 * none) caps the monthly cost of a model's cheapest hosted offer.
 */
public record Requirements(
        Task task,
        Hardware hardware,
        int contextTokens,
        boolean contextGiven,
        Quantization quant,
        List<Policy> policies,
        boolean apiOk,
        List<String> families,
        Double minTokensPerSecond,
        boolean preferOpenLicense,
        boolean requireEuResidency,
        Budget budget) {
    public Requirements {
        policies = List.copyOf(policies);
        families = List.copyOf(families);
    }

    /** Without a budget. */
    public Requirements(Task task, Hardware hardware, int contextTokens, boolean contextGiven, Quantization quant,
            List<Policy> policies, boolean apiOk, List<String> families, Double minTokensPerSecond, boolean preferOpenLicense,
            boolean requireEuResidency) {
        this(task, hardware, contextTokens, contextGiven, quant, policies, apiOk, families, minTokensPerSecond, preferOpenLicense,
                requireEuResidency, null);
    }

    /** The same query with this budget (null: none). */
    public Requirements withBudget(Budget b) {
        return new Requirements(task, hardware, contextTokens, contextGiven, quant, policies, apiOk, families, minTokensPerSecond,
                preferOpenLicense, requireEuResidency, b);
    }
}
