package dev.owl.recommend;

import java.util.Arrays;
import java.util.List;

/** One task as {@code owl recommend --list-tasks} reports it: its components, in order, are the JSON keys. */
public record TaskSummary(String task, String description, List<Evidence> evidence, String scale, List<String> capabilities,
        String requiredInput) {

    /** How figures from different suites become one evidence value; shown by --list-tasks and --explain. */
    public static final String SCALE = "Scale: each figure becomes its percentile among the catalog models its suite covers "
            + "(the i-th of n at (i - 0.5)/n, linear in between; where a lower figure is better, as EuroEval's rank score, the lowest "
            + "stands highest). Leaderboards ran different models, so each further common-protocol suite's percentiles are "
            + "carried onto the task's most trusted one through the models both rate (mean-sigma equating, at least "
            + Calibration.MIN_OVERLAP + " shared), or else through the models it shares with the reference and the suites already "
            + "carried onto it; a suite that shares too few keeps its own percentiles and counts as a vendor figure does. A model's "
            + "evidence is the mean of its percentiles weighted by trust (common protocol " + Suite.COMMON_TRUST + ", vendor-reported "
            + Suite.VENDOR_TRUST + "); a vendor figure of a benchmark the model also has a common-protocol figure for is not counted. "
            + "A model with no figure on the reference scale (vendor-reported or off-scale only) is counted one standard error "
            + "(0.1/√" + Suite.VENDOR_TRUST + ") low, however many it has: one vendor's cards do not average out. A model "
            + "without figures is imputed from a prior fitted on the models with figures (active and total parameters, release "
            + "date, family), counted one standard error low. A quantized format scales the figures by what llama.cpp's KL "
            + "divergence measurements say it keeps (an LMArena rating or a EuroEval rank score: its percentile).";

    /** One suite a task trusts. */
    public record Evidence(String benchmark, String protocol, boolean vendorReported, double trust, String description) {}

    public static TaskSummary of(Task t) {
        return new TaskSummary(t.key(), t.description(), t.evidence().stream()
                .map(s -> new Evidence(s.benchmark(), s.protocol(), !s.commonProtocol(), s.trust(), s.description())).toList(),
                SCALE, t.capabilities(), t.requiredInput());
    }

    /** Every task, in the order {@code --task} lists them. */
    public static List<TaskSummary> all() {
        return Arrays.stream(Task.values()).map(TaskSummary::of).toList();
    }
}
