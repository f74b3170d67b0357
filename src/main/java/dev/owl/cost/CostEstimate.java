package dev.owl.cost;

import java.time.LocalDate;
import java.util.List;

/**
 * What serving a model at a daily token volume costs a month: each priced hosted offer, self-hosting on
 * rented GPUs, and the volume at which the two break even. Every figure is an estimate resting on
 * {@link #assumptions}. The components, in order and in snake_case, are the JSON keys the README documents
 * ({@code source} is the offer's source URL; {@code selfHost} is null without {@code --gpu}).
 */
public record CostEstimate(
        String model,
        long tokensPerDay,
        double inputShare,
        double daysPerMonth,
        List<HostedCost> hosted,
        List<String> unpricedProviders,
        List<UnpricedOffer> unpricedOffers,
        SelfHostCost selfHost,
        BreakEven breakEven,
        List<String> assumptions) {

    public CostEstimate {
        hosted = List.copyOf(hosted);
        unpricedProviders = List.copyOf(unpricedProviders);
        unpricedOffers = List.copyOf(unpricedOffers);
        assumptions = List.copyOf(assumptions);
    }

    /** One hosted offer at the volume asked: its list prices, their blend at the input share, and the month. */
    public record HostedCost(String provider, String providerModelId, List<String> regions, boolean euResidency,
            double inputUsdPerMtok, double outputUsdPerMtok, LocalDate priceAsOf, double blendedUsdPerMtok,
            double monthlyUsd, String source) {
        public HostedCost {
            regions = List.copyOf(regions);
        }
    }

    /** An offer still served whose price the catalog lacks: who serves it, under which id, where, and the page that says so. */
    public record UnpricedOffer(String provider, String providerModelId, List<String> regions, boolean euResidency, String source) {
        public UnpricedOffer {
            regions = List.copyOf(regions);
        }
    }

    /**
     * Self-hosting: {@code gpusPerReplica} GPUs hold one copy of the model; {@code replicas} copies carry the
     * volume. Throughput counts output tokens at the memory-bandwidth bound of a batch of {@code batch}.
     * {@code detected} is what {@code --gpu auto} found, else null.
     */
    public record SelfHostCost(String gpu, String quant, int batch, int contextTokens, int gpusPerReplica, int replicas,
            long memoryBytesPerReplica, double outputTokensPerSecondPerReplica, double tokensPerDayPerReplica,
            double gpuHourUsd, String gpuPriceSource, double hoursPerMonth, double monthlyUsd, double usdPerMtok,
            dev.owl.fit.Detected detected) {}

    /**
     * Where the cheapest priced API and one self-hosted replica cost the same: {@code tokensPerDay} is null
     * when no API is priced or when one replica's capacity runs out before that volume (self-hosting then
     * never catches up at this price), and {@code reason} says which.
     */
    public record BreakEven(String cheapestProvider, Double cheapestBlendedUsdPerMtok, Double tokensPerDay, String reason) {}
}
