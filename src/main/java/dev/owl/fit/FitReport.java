package dev.owl.fit;

import dev.owl.units.Quantities;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.TreeSet;

/**
 * What {@code owl fit MODEL} reports: one row per quantization, context and hardware, a summary of the model,
 * and the assumptions the rows rest on (each said once, the quantizations' bases last).
 */
public record FitReport(List<FitRow> rows, String summary, List<String> notes) {
    public FitReport {
        rows = List.copyOf(rows);
        notes = List.copyOf(notes);
    }

    /** Context steps shown when none is asked for, below the model's maximum (which is shown too). */
    private static final List<Integer> CONTEXT_STEPS = List.of(4096, 32768, 131072);

    /**
     * The report on one model: every quantization in {@code quants} (none: the model's shipped format, then the
     * common ones) at every context in {@code contexts} (none: a few steps up to the model's maximum), on each
     * hardware of {@code setup}.
     */
    public static FitReport of(FitCalculator calculator, ModelShape shape, List<Quantization> quants, List<Integer> contexts,
            FitSetup setup) {
        List<FitEstimate> estimates = new ArrayList<>();
        for (Quantization q : quants.isEmpty() ? defaultQuants(shape) : quants) {
            for (int c : contexts.isEmpty() ? defaultContexts(shape) : contexts) {
                estimates.addAll(setup.estimates(calculator, shape, q, c));
            }
        }
        return of(shape, estimates);
    }

    /** The model's shipped format first ({@link ModelShape#shippedFormat}), then the common ones. */
    static List<Quantization> defaultQuants(ModelShape shape) {
        Quantization shipped = shape.shippedFormat();
        List<Quantization> out = new ArrayList<>(List.of(shipped));
        Quantization.COMMON.stream().filter(q -> q != shipped).forEach(out::add);
        return out;
    }

    private static List<Integer> defaultContexts(ModelShape shape) {
        TreeSet<Integer> steps = new TreeSet<>();
        Integer max = shape.maxContextTokens();
        for (int s : CONTEXT_STEPS) {
            if (max == null || s < max) {
                steps.add(s);
            }
        }
        if (max != null) {
            steps.add(max);
        }
        return new ArrayList<>(steps);
    }

    /** The report on one model's estimates. */
    static FitReport of(ModelShape shape, List<FitEstimate> estimates) {
        String summary = shape.id() + ": " + shape.billions(shape.paramsTotalB()) + "B parameters"
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
        // the typical-speed factor stays even when rows differ in it (dense and mixture rows): it names its group
        boolean omitted = sharedOnly && notes.removeIf(a -> !a.startsWith(FitAssumptions.TYPICAL)
                && !estimates.stream().allMatch(e -> e.assumptions().contains(a)));
        // rows on different runtimes differ in their speed notes: each such note names the quantizations it holds for
        boolean mixed = estimates.stream().map(FitEstimate::runtime).filter(Objects::nonNull).distinct().count() > 1;
        // rows on several machines differ in speed notes too (GDDR vs HBM factors, one device vs a split): name the machines
        boolean machines = estimates.stream().map(FitReport::machine).distinct().count() > 1;
        List<String> named = notes.stream().map(a -> sharedOnly ? a : withRows(a, estimates, mixed, machines)).collect(Collectors.toList());
        estimates.stream().map(FitEstimate::quantBasis).filter(Objects::nonNull).distinct().forEach(named::add);
        return new Notes(List.copyOf(named), omitted);
    }

    /**
     * {@code note}, naming the quantizations it holds for when runtimes are mixed and it does not hold for some row of
     * every one of them, and the machines it holds for when there are several and it does not hold on every one.
     */
    private static String withRows(String note, List<FitEstimate> estimates, boolean mixed, boolean machines) {
        List<FitEstimate> holding = estimates.stream().filter(e -> e.assumptions().contains(note)).toList();
        List<String> quants = holding.stream().map(e -> e.quant().key()).distinct().toList();
        boolean allQuants = !mixed || quants.size() == estimates.stream().map(e -> e.quant().key()).distinct().count();
        List<String> on = holding.stream().map(FitReport::machine).distinct().toList();
        boolean allMachines = !machines || on.size() == estimates.stream().map(FitReport::machine).distinct().count();
        String prefix = (allQuants ? "" : "rows " + String.join(", ", quants)) + (allMachines ? "" : (allQuants ? "on " : " on ") + String.join(", ", on));
        return prefix.isEmpty() ? note : prefix + ": " + note;
    }

    /** The HARDWARE cell of an estimate: the accelerator id, with its count when there are several. */
    private static String machine(FitEstimate e) {
        Hardware hw = e.hardware();
        return hw == null ? "" : hw.id() + (hw.count() > 1 ? " ×" + hw.count() : "");
    }
}
