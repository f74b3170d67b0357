package dev.owl.view;

import dev.owl.cost.CostEstimate;
import dev.owl.cost.CostOption;
import dev.owl.render.Column;
import dev.owl.render.Units;
import dev.owl.render.View;
import dev.owl.units.Quantities;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * How {@code cost} is laid out: one row per option (a hosted offer or the self-hosted configuration) for the table,
 * markdown, csv and tsv; under the table, the summary, the break-even and the assumptions.
 */
public final class CostViews {
    private CostViews() {}

    /** The options' columns; money in US dollars, prices per million tokens, monthly figures estimates. */
    public static final View<CostOption> OPTIONS = View.<CostOption>of(
            Column.<CostOption>text("OPTION", CostOption::option).truncate(),
            Column.<CostOption>text("PROVIDER", CostOption::provider).answer(),
            Column.<CostOption>text("MODEL ID", CostOption::providerModelId).droppable(),
            Column.<CostOption>text("REGIONS", o -> String.join(", ", o.regions())).values(CostOption::regions).droppable(),
            Column.<CostOption>text("EU", o -> o.euResidency() == null ? "" : Units.yesNo(o.euResidency())).values(CostOption::euResidency)
                    .droppable(),
            Column.<CostOption>text("GPU", CostOption::gpu).answer(),
            Column.<CostOption>text("QUANT", CostOption::quant),
            number("GPUS/COPY", CostOption::gpusPerReplica, n -> Units.count(n.longValue())),
            number("COPIES", CostOption::replicas, n -> Units.count(n.longValue())),
            usd("$/GPU-H", CostOption::gpuHourUsd).droppable(),
            usd("IN $/M", CostOption::inputUsdPerMtok).droppable(),
            usd("OUT $/M", CostOption::outputUsdPerMtok).droppable(),
            Column.<CostOption>number("$/M", o -> o.usdPerMtok() == null ? "" : (selfHost(o) ? "~" : "") + Quantities.usd(o.usdPerMtok()),
                    CostOption::usdPerMtok).approx(CostViews::selfHost),
            number("TOK/S/COPY", CostOption::outputTokensPerSecondPerReplica, n -> "~" + Units.count(Math.round(n.doubleValue())))
                    .approx(CostViews::selfHost).droppable(),
            number("TOKENS/DAY/COPY", CostOption::tokensPerDayPerReplica, n -> "~" + Units.count(Math.round(n.doubleValue())))
                    .approx(CostViews::selfHost).droppable(),
            number("$/MONTH", CostOption::monthlyUsd, n -> "~" + Quantities.usd(n.doubleValue()))
                    .approx(o -> o.monthlyUsd() != null).answer(),
            number("BREAK-EVEN TOKENS/DAY", CostOption::breakEvenTokensPerDay, n -> "~" + Units.count(Math.round(n.doubleValue())))
                    .approx(o -> o.breakEvenTokensPerDay() != null).answer(),
            Column.<CostOption>text("PRICE AS OF", o -> o.priceAsOf() == null ? "" : o.priceAsOf().toString()).values(CostOption::priceAsOf)
                    .droppable(),
            Column.<CostOption>text("SOURCE", CostOption::source).droppable())
            .notingHidden("a wider terminal or --format csv");

    /** The line under the table: the model and the volume, and that every figure is an estimate. */
    public static String summary(CostEstimate e) {
        return "Estimated monthly cost of " + e.model() + " at " + Units.count(e.tokensPerDay()) + " tokens a day. All figures are estimates.";
    }

    /** The lines under the summary: the break-even, the offers without a price, then every assumption. */
    public static List<String> notes(CostEstimate e) {
        List<String> notes = new ArrayList<>();
        CostEstimate.BreakEven b = e.breakEven();
        notes.add("break-even: " + (b.tokensPerDay() == null ? "none" : "~" + Units.count(Math.round(b.tokensPerDay())) + " tokens a day against "
                + b.cheapestProvider() + " (" + Quantities.usd(b.cheapestBlendedUsdPerMtok()) + "/M blended)") + "; " + b.reason());
        if (e.hosted().isEmpty() && e.selfHost() == null) { // the break-even line said why no offer; say what would price one
            notes.add("nothing priced: --gpu ID prices running it yourself ('owl fit --list-gpus' lists them; auto is this machine)");
        }
        if (!e.unpricedProviders().isEmpty()) {
            notes.add("also served, price not in the catalog: " + String.join(", ", e.unpricedProviders()));
        }
        if (e.selfHost() != null) {
            CostEstimate.SelfHostCost s = e.selfHost();
            notes.add("GPU price: " + Quantities.usd(s.gpuHourUsd()) + " per GPU-hour, " + s.gpuPriceSource() + "; "
                    + Quantities.plain(Math.round(s.hoursPerMonth() * 10) / 10.0) + " h a month; ~" + Quantities.gib(s.memoryBytesPerReplica())
                    + " per copy");
        }
        notes.addAll(e.assumptions());
        return notes;
    }

    private static boolean selfHost(CostOption o) {
        return CostOption.SELF_HOST.equals(o.option());
    }

    private static Column<CostOption> usd(String header, Function<CostOption, Double> value) {
        return number(header, value, n -> Quantities.usd(n.doubleValue()));
    }

    private static <N extends Number> Column<CostOption> number(String header, Function<CostOption, N> value, Function<N, String> text) {
        return Column.<CostOption>number(header, o -> value.apply(o) == null ? "" : text.apply(value.apply(o)), value);
    }
}
