package dev.owl.view;

import dev.owl.fit.AcceleratorRow;
import dev.owl.fit.FitRow;
import dev.owl.fit.WhatFits;
import dev.owl.render.Column;
import dev.owl.render.Units;
import dev.owl.render.View;
import java.util.Locale;
import java.util.function.Function;

/** How {@code owl fit} lays out its rows for people: one model's configurations, what fits, and the accelerators. */
public final class FitViews {
    private FitViews() {}

    /** One row per quantization, context and hardware of one model. */
    public static View<FitRow> model() {
        Function<FitRow, FitRow> row = r -> r;
        return View.<FitRow>of(
                Column.<FitRow>text("QUANT", FitRow::quant).truncate(),
                Column.<FitRow>number("BITS/W", r -> Units.plain(Math.round(r.bitsPerWeight() * 1e4) / 1e4), FitRow::bitsPerWeight),
                context(row),
                Column.<FitRow>number("WEIGHTS", r -> Units.gib(r.weightsBytes()), FitRow::weightsBytes),
                Column.<FitRow>number("KV CACHE", r -> r.kvCacheBytes() == null ? "unknown" : Units.gib(r.kvCacheBytes()),
                        FitRow::kvCacheBytes),
                Column.<FitRow>number("OVERHEAD", r -> Units.gib(r.overheadBytes()), FitRow::overheadBytes),
                total(row),
                hardware(row),
                Column.<FitRow>number("AVAILABLE", r -> Units.gib(r.availableBytes()), FitRow::availableBytes),
                Column.<FitRow>text("FITS", FitViews::fits).values(FitRow::fits),
                speed(row));
    }

    /** One row per model that fits, best first. */
    public static View<WhatFits.Candidate> whatFits() {
        Function<WhatFits.Candidate, FitRow> row = WhatFits.Candidate::fit;
        return View.<WhatFits.Candidate>of(
                Column.<WhatFits.Candidate>text("MODEL", c -> c.fit().model()).truncate(),
                Column.<WhatFits.Candidate>number("PARAMS", c -> Units.params(c.paramsTotalB(), c.paramsApprox()),
                        WhatFits.Candidate::paramsTotalB).approx(WhatFits.Candidate::paramsApprox),
                Column.<WhatFits.Candidate>text("QUANT", c -> c.fit().quant()),
                context(row),
                total(row),
                hardware(row),
                Column.<WhatFits.Candidate>number("FREE", c -> Units.gib(c.fit().availableBytes() - c.fit().totalBytes()),
                        c -> c.fit().availableBytes() - c.fit().totalBytes()),
                speed(row),
                Column.<WhatFits.Candidate>number("QUALITY", c -> Units.plain(c.quality()), WhatFits.Candidate::quality));
    }

    /** The accelerators {@code --gpu} accepts. */
    public static View<AcceleratorRow> accelerators() {
        return View.<AcceleratorRow>of(
                Column.<AcceleratorRow>text("ID", AcceleratorRow::id).truncate(),
                Column.<AcceleratorRow>text("NAME", AcceleratorRow::name),
                Column.<AcceleratorRow>text("KIND", AcceleratorRow::kind).droppable(),
                Column.<AcceleratorRow>number("MEMORY", a -> a.memoryGib() == null ? ""
                        : (a.isApprox("memory_gib") ? "~" : "") + Units.plain(a.memoryGib()) + " GiB", AcceleratorRow::memoryGib)
                        .approx(a -> a.isApprox("memory_gib")),
                Column.<AcceleratorRow>number("BANDWIDTH", a -> a.bandwidthGbS() == null ? ""
                        : (a.isApprox("bandwidth_gb_s") ? "~" : "") + Units.plain(a.bandwidthGbS()) + " GB/s", AcceleratorRow::bandwidthGbS)
                        .approx(a -> a.isApprox("bandwidth_gb_s")),
                Column.<AcceleratorRow>text("BF16", a -> a.bf16() == null ? "" : Units.yesNo(a.bf16())).droppable(),
                Column.<AcceleratorRow>text("FP8", a -> a.fp8() == null ? "" : Units.yesNo(a.fp8())).droppable());
    }

    private static <T> Column<T> context(Function<T, FitRow> row) {
        return Column.<T>number("CONTEXT", t -> Units.tokens(row.apply(t).contextTokens()), t -> row.apply(t).contextTokens());
    }

    /** "~" for an estimate; "≥" when the KV cache could not be counted, so the true total is higher. */
    private static <T> Column<T> total(Function<T, FitRow> row) {
        return Column.<T>number("TOTAL", t -> (row.apply(t).kvCacheBytes() == null ? "≥" : "~") + Units.gib(row.apply(t).totalBytes()),
                t -> row.apply(t).totalBytes()).approx(t -> row.apply(t).kvCacheBytes() != null);
    }

    private static <T> Column<T> hardware(Function<T, FitRow> row) {
        return Column.<T>text("HARDWARE", t -> {
            FitRow r = row.apply(t);
            return r.gpu() == null ? "" : r.gpu() + (r.gpuCount() > 1 ? " ×" + r.gpuCount() : "");
        });
    }

    /** The typical speed (calibrated on published measurements); the bound is in the assumptions and JSON. */
    private static <T> Column<T> speed(Function<T, FitRow> row) {
        return Column.<T>number("~TOK/S", t -> {
            Double v = row.apply(t).shownTokensPerSecond();
            return v == null ? "" : String.format(Locale.ROOT, "%.0f", v);
        }, t -> {
            Double v = row.apply(t).shownTokensPerSecond();
            return v == null ? null : Math.round(v * 10) / 10.0;
        }).approx(t -> row.apply(t).shownTokensPerSecond() != null);
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
