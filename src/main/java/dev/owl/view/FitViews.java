package dev.owl.view;

import dev.owl.fit.AcceleratorRow;
import dev.owl.fit.FitRow;
import dev.owl.fit.TrainingRow;
import dev.owl.fit.WhatFits;
import dev.owl.render.Column;
import dev.owl.render.Units;
import dev.owl.render.View;
import java.util.function.Function;

/** How {@code owl fit} lays out its rows for people: one model's configurations, what fits, and the accelerators. */
public final class FitViews {
    /** How to see every column when a narrow terminal left some out. */
    public static final String WIDER = "--wide";

    private FitViews() {}

    /** One row per quantization, context and hardware of one model; {@code hardwareCompared}: several were given. */
    public static View<FitRow> model(boolean hardwareCompared) {
        Function<FitRow, FitRow> row = r -> r;
        return View.<FitRow>of(
                Column.<FitRow>text("QUANT", FitRow::quant).truncate(),
                Column.<FitRow>number("BITS/W", r -> Units.plain(Math.round(r.bitsPerWeight() * 1e4) / 1e4), FitRow::bitsPerWeight)
                        .droppable(),
                context(row),
                Column.<FitRow>number("WEIGHTS", r -> Units.gib(r.weightsBytes()), FitRow::weightsBytes),
                Column.<FitRow>number("KV CACHE", r -> r.kvCacheBytes() == null ? "unknown" : Units.gib(r.kvCacheBytes()),
                        FitRow::kvCacheBytes).droppable(),
                Column.<FitRow>number("OVERHEAD", r -> Units.gib(r.overheadBytes()), FitRow::overheadBytes).droppable(),
                total(row),
                hardware(row, hardwareCompared),
                Column.<FitRow>number("AVAILABLE", r -> Units.gib(r.availableBytes()), FitRow::availableBytes).answer(),
                Column.<FitRow>text("FITS", FitViews::fits).values(FitRow::fits).answer(),
                speed(row)).notingHidden(WIDER);
    }

    /** One row per model that fits, best first; {@code hardwareCompared}: several hardware were given. */
    public static View<WhatFits.Candidate> whatFits(boolean hardwareCompared) {
        Function<WhatFits.Candidate, FitRow> row = WhatFits.Candidate::fit;
        return View.<WhatFits.Candidate>of(
                Column.<WhatFits.Candidate>text("MODEL", c -> c.fit().model()).truncate(),
                Column.<WhatFits.Candidate>number("PARAMS", c -> Units.params(c.paramsTotalB(), c.paramsApprox()),
                        WhatFits.Candidate::paramsTotalB).approx(WhatFits.Candidate::paramsApprox),
                Column.<WhatFits.Candidate>text("QUANT", c -> c.fit().quant()).droppable(),
                context(row).droppable(),
                total(row),
                hardware(row, hardwareCompared),
                Column.<WhatFits.Candidate>number("FREE", c -> Units.gib(c.fit().availableBytes() - c.fit().totalBytes()),
                        c -> c.fit().availableBytes() - c.fit().totalBytes()).answer(),
                speed(row),
                Column.<WhatFits.Candidate>number("QUALITY", c -> Units.plain(c.quality()), WhatFits.Candidate::quality).answer())
                .notingHidden(WIDER);
    }

    /** The accelerators {@code --gpu} accepts. */
    public static View<AcceleratorRow> accelerators() {
        return View.<AcceleratorRow>of(
                Column.<AcceleratorRow>text("ID", a -> a.accelerator().id()).truncate(),
                Column.<AcceleratorRow>text("NAME", a -> a.accelerator().name()),
                Column.<AcceleratorRow>text("KIND", a -> a.accelerator().kind()).droppable(),
                Column.<AcceleratorRow>number("MEMORY", a -> a.accelerator().memoryGib() == null ? ""
                        : (a.isApprox("memory_gib") ? "~" : "") + Units.plain(a.accelerator().memoryGib()) + " GiB", a -> a.accelerator().memoryGib())
                        .approx(a -> a.isApprox("memory_gib")),
                Column.<AcceleratorRow>number("BANDWIDTH", a -> a.accelerator().bandwidthGbS() == null ? ""
                        : (a.isApprox("bandwidth_gb_s") ? "~" : "") + Units.plain(a.accelerator().bandwidthGbS()) + " GB/s", a -> a.accelerator().bandwidthGbS())
                        .approx(a -> a.isApprox("bandwidth_gb_s")),
                Column.<AcceleratorRow>text("BF16", a -> a.accelerator().bf16() == null ? "" : Units.yesNo(a.accelerator().bf16())).droppable(),
                Column.<AcceleratorRow>text("FP8", a -> a.accelerator().fp8() == null ? "" : Units.yesNo(a.accelerator().fp8())).droppable())
                .notingHidden(WIDER);
    }

    /** The parts of a training run's memory, then their total (owl fit MODEL --train …). */
    public static View<TrainingRow> training() {
        return View.<TrainingRow>of(
                Column.<TrainingRow>text("COMPONENT", r -> r.component().replace('_', ' ')).values(TrainingRow::component),
                Column.<TrainingRow>number("MEMORY", r -> r.bytes() == null ? "unknown" : (r.approx() ? "~" : "") + Units.gib(r.bytes()),
                        TrainingRow::bytes).approx(TrainingRow::approx).answer(),
                Column.<TrainingRow>text("BASIS", TrainingRow::basis).droppable()).notingHidden(WIDER);
    }

    private static <T> Column<T> context(Function<T, FitRow> row) {
        return Column.<T>number("CONTEXT", t -> Units.tokens(row.apply(t).contextTokens()), t -> row.apply(t).contextTokens());
    }

    /** "~" for an estimate; "≥" when the KV cache could not be counted, so the true total is higher. */
    private static <T> Column<T> total(Function<T, FitRow> row) {
        return Column.<T>number("TOTAL", t -> (row.apply(t).kvCacheBytes() == null ? "≥" : "~") + Units.gib(row.apply(t).totalBytes()),
                t -> row.apply(t).totalBytes()).approx(t -> row.apply(t).kvCacheBytes() != null).answer();
    }

    /** Which hardware a row is on: an answer when several are compared. */
    private static <T> Column<T> hardware(Function<T, FitRow> row, boolean compared) {
        Column<T> c = Column.<T>text("HARDWARE", t -> {
            FitRow r = row.apply(t);
            return r.gpu() == null ? "" : r.gpu() + (r.gpuCount() > 1 ? " ×" + r.gpuCount() : "");
        });
        return compared ? c.answer() : c;
    }

    /** The typical speed (calibrated on published measurements); the bound is in the assumptions and JSON. */
    private static <T> Column<T> speed(Function<T, FitRow> row) {
        return Column.<T>number("~TOK/S", t -> {
            Double v = row.apply(t).shownTokensPerSecond();
            return v == null ? "" : Units.fixed(v, 0);
        }, t -> {
            Double v = row.apply(t).shownTokensPerSecond();
            return v == null ? null : Math.round(v * 10) / 10.0;
        }).approx(t -> row.apply(t).shownTokensPerSecond() != null).answer();
    }

    private static String fits(FitRow r) {
        if (r.fits() == null) {
            return "";
        }
        if (r.fits()) {
            return "yes";
        }
        return r.offloadBytes() > 0 ? "offload " + Units.gib(r.offloadBytes()) : "no";
    }
}
