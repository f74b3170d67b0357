package dev.owl.view;

import dev.owl.cost.CostEstimate;
import dev.owl.render.Sections;
import dev.owl.render.Sections.Field;
import dev.owl.render.Table;
import dev.owl.render.Units;
import dev.owl.units.Quantities;
import java.util.ArrayList;
import java.util.List;

/** How {@code cost} is laid out for people: hosted offers, self-hosting, the break-even and the assumptions. */
public final class CostViews {
    private CostViews() {}

    public static Sections sections(CostEstimate e) {
        Sections s = new Sections("Estimated monthly cost of " + e.model() + " at " + Units.count(e.tokensPerDay()) + " tokens a day");
        Table hosted = Table.of("PROVIDER", "MODEL ID", "REGIONS", ">IN $/M", ">OUT $/M", ">BLENDED $/M", ">~$/MONTH", "PRICE AS OF");
        for (CostEstimate.HostedCost h : e.hosted()) {
            hosted.row(h.provider(), h.providerModelId() == null ? "" : h.providerModelId(),
                    String.join(", ", h.regions()) + (h.euResidency() ? " (EU residency)" : ""), Quantities.usd(h.inputUsdPerMtok()),
                    Quantities.usd(h.outputUsdPerMtok()), Quantities.usd(h.blendedUsdPerMtok()), "~" + Quantities.usd(h.monthlyUsd()), h.priceAsOf().toString());
        }
        s.table("Hosted APIs", hosted);
        List<Field> none = new ArrayList<>();
        if (e.hosted().isEmpty()) {
            none.add(new Field("-", "no hosted offer of this model has a price in the catalog"));
        }
        if (!e.unpricedProviders().isEmpty()) {
            none.add(new Field("-", "also served, price not in the catalog: " + String.join(", ", e.unpricedProviders())));
        }
        s.section("Hosted APIs without a price", none);
        if (e.selfHost() != null) {
            s.section("Self-hosted", selfHost(e.selfHost()));
        }
        List<Field> be = new ArrayList<>();
        CostEstimate.BreakEven b = e.breakEven();
        if (b.tokensPerDay() != null) {
            be.add(new Field("break-even", "~" + Units.count(Math.round(b.tokensPerDay())) + " tokens a day against "
                    + b.cheapestProvider() + " (" + Quantities.usd(b.cheapestBlendedUsdPerMtok()) + "/M blended)"));
        }
        be.add(new Field("-", b.reason()));
        s.section("Break-even", be);
        s.commentary("Assumptions (every figure is an estimate)", e.assumptions().stream().map(a -> new Field("-", a)).toList());
        return s;
    }

    private static List<Field> selfHost(CostEstimate.SelfHostCost h) {
        return List.of(
                new Field("hardware", h.replicas() + " × " + h.gpusPerReplica() + " × " + h.gpu() + " (" + h.quant()
                        + ", ~" + Quantities.gib(h.memoryBytesPerReplica()) + " per copy)"),
                new Field("throughput", "~" + Math.round(h.outputTokensPerSecondPerReplica()) + " output tokens/s per copy, "
                        + "batch " + h.batch() + " (typical speed)"),
                new Field("capacity", "~" + Units.count(Math.round(h.tokensPerDayPerReplica())) + " tokens a day per copy"),
                new Field("GPU price", Quantities.usd(h.gpuHourUsd()) + " per GPU-hour, " + h.gpuPriceSource()),
                new Field("per month", "~" + Quantities.usd(h.monthlyUsd()) + " (" + Math.round(h.hoursPerMonth() * 10) / 10.0 + " h)"),
                new Field("per million", "~" + Quantities.usd(h.usdPerMtok()) + " per million tokens at this volume"));
    }
}
