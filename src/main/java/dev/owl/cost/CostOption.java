package dev.owl.cost;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * One way to serve the volume of a {@link CostEstimate}, as csv, tsv and the table show it: a hosted offer
 * ({@code option} {@value #API}) or the self-hosted configuration ({@value #SELF_HOST}). Fields that do not
 * apply to the option, and prices the catalog lacks, are null. Money is in US dollars, prices per million tokens;
 * {@code usdPerMtok} is the blended list price of an offer, or what self-hosting costs per million at this volume;
 * {@code breakEvenTokensPerDay} is the volume where this configuration costs what the cheapest priced offer does
 * (self-hosting only; null when there is none).
 */
public record CostOption(String option, String provider, String providerModelId, List<String> regions, Boolean euResidency,
        String gpu, String quant, Integer gpusPerReplica, Integer replicas, Double gpuHourUsd, Double inputUsdPerMtok,
        Double outputUsdPerMtok, Double usdPerMtok, Double outputTokensPerSecondPerReplica, Double tokensPerDayPerReplica,
        Double monthlyUsd, Double breakEvenTokensPerDay, LocalDate priceAsOf, String source) {
    public static final String API = "api";
    public static final String SELF_HOST = "self_host";

    public CostOption {
        regions = regions == null ? List.of() : List.copyOf(regions);
    }

    /** The estimate's options: the priced ones cheapest month first, then the offers served without a catalog price. */
    public static List<CostOption> of(CostEstimate e) {
        List<CostOption> priced = new ArrayList<>();
        for (CostEstimate.HostedCost h : e.hosted()) {
            priced.add(new CostOption(API, h.provider(), h.providerModelId(), h.regions(), h.euResidency(), null, null, null, null,
                    null, h.inputUsdPerMtok(), h.outputUsdPerMtok(), h.blendedUsdPerMtok(), null, null, h.monthlyUsd(), null,
                    h.priceAsOf(), h.source()));
        }
        CostEstimate.SelfHostCost s = e.selfHost();
        if (s != null) {
            priced.add(new CostOption(SELF_HOST, null, null, List.of(), null, s.gpu(), s.quant(), s.gpusPerReplica(), s.replicas(),
                    s.gpuHourUsd(), null, null, s.usdPerMtok(), s.outputTokensPerSecondPerReplica(), s.tokensPerDayPerReplica(),
                    s.monthlyUsd(), e.breakEven().tokensPerDay(), null, s.gpuPriceSource()));
        }
        priced.sort(Comparator.comparingDouble(CostOption::monthlyUsd)); // stable: offers of equal month keep their order
        List<CostOption> all = new ArrayList<>(priced);
        for (CostEstimate.UnpricedOffer u : e.unpricedOffers()) {
            all.add(new CostOption(API, u.provider(), u.providerModelId(), u.regions(), u.euResidency(), null, null, null, null, null,
                    null, null, null, null, null, null, null, null, u.source()));
        }
        return all;
    }
}
