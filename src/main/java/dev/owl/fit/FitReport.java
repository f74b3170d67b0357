package dev.owl.fit;

import dev.owl.units.Quantities;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What {@code owl fit MODEL} reports: one row per quantization, context and hardware, a summary of the model,
 * and the assumptions the rows rest on (each said once, the quantizations' bases last).
 */
public record FitReport(List<FitRow> rows, String summary, List<String> notes) {
    public FitReport {
        rows = List.copyOf(rows);
        notes = List.copyOf(notes);
    }

    /** The report on one model's estimates. */
    public static FitReport of(ModelShape shape, List<FitEstimate> estimates) {
        String summary = shape.id() + ": " + Quantities.plain(shape.paramsTotalB()) + "B parameters"
                + (shape.mixtureOfExperts() ? " (" + Quantities.plain(Math.round(shape.paramsActiveB() * 100) / 100.0) + "B active)" : "")
                + (shape.paramsApprox() ? ", approximate" : "") + ". All figures are estimates.";
        return new FitReport(estimates.stream().map(FitRow::of).toList(), summary, notes(estimates, false).notes());
    }

    /** Assumptions of {@code estimates}, and whether some held only for a few of them and were left out. */
    record Notes(List<String> notes, boolean omitted) {}

    /**
     * The assumptions behind {@code estimates}: every one once, or with {@code sharedOnly} only those that hold for
     * every estimate (a model's own, such as its experts or windows, is one 'owl fit MODEL' away); then where the bits
     * per weight of each estimated quantization come from.
     */
    static Notes notes(List<FitEstimate> estimates, boolean sharedOnly) {
        Set<String> notes = new LinkedHashSet<>();
        estimates.forEach(e -> notes.addAll(e.assumptions()));
        boolean omitted = sharedOnly && notes.removeIf(a -> !estimates.stream().allMatch(e -> e.assumptions().contains(a)));
        estimates.stream().map(FitEstimate::quantBasis).filter(Objects::nonNull).forEach(notes::add);
        return new Notes(List.copyOf(notes), omitted);
    }
}
