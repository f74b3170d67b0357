package dev.owl.recommend;

import dev.owl.cost.Budget;
import dev.owl.fit.Hardware;
import dev.owl.fit.Quantization;
import dev.owl.policy.Policy;
import java.util.List;

/**
 * A recommendation query. Hard constraints exclude a model; the task and preferences rank the rest.
 * {@code policies} are checked exactly as {@code owl license check} would check them. {@code runtime} is the engine
 * the fit assumes (a name from {@code fit.Runtimes}), or null for the default per format and hardware. {@code budget}
 * (null for none) caps the monthly cost of a model's cheapest hosted offer.
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
        String runtime,
        Budget budget) {
    public Requirements {
        policies = List.copyOf(policies);
        families = List.copyOf(families);
    }

    /** A query under the default runtime for each format and hardware, without a budget. */
    public Requirements(Task task, Hardware hardware, int contextTokens, boolean contextGiven, Quantization quant,
            List<Policy> policies, boolean apiOk, List<String> families, Double minTokensPerSecond, boolean preferOpenLicense,
            boolean requireEuResidency) {
        this(task, hardware, contextTokens, contextGiven, quant, policies, apiOk, families, minTokensPerSecond, preferOpenLicense,
                requireEuResidency, null, null);
    }
}
