package dev.owl.cost;

import dev.owl.input.UsageException;

import dev.owl.catalog.Accelerator;
import dev.owl.catalog.Catalog;
import dev.owl.catalog.Deployment;
import dev.owl.catalog.GpuPrice;
import dev.owl.catalog.Model;
import dev.owl.units.Quantities;
import dev.owl.fit.FitCalculator;
import dev.owl.fit.FitEstimate;
import dev.owl.fit.Hardware;
import dev.owl.fit.KvQuant;
import dev.owl.fit.ModelShape;
import dev.owl.fit.Quantization;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Monthly cost of a daily token volume on each priced hosted offer of a model and on self-hosted GPUs,
 * and the volume where the cheapest API and one self-hosted replica cost the same.
 */
public final class CostCalculator {
    /** An average month: 365.25 days ÷ 12. */
    public static final double DAYS_PER_MONTH = 365.25 / 12;
    /** GPUs rented around the clock for an average month. */
    public static final double HOURS_PER_MONTH = DAYS_PER_MONTH * 24;
    /** The most GPUs one replica may span when the count is not given. */
    static final int MAX_GPUS_PER_REPLICA = 8;
    /**
     * Self-hosting's defaults, {@code owl cost}'s and a budget's: sequences decoded together, tokens held per sequence. The
     * weights format defaults to the one {@code fit} shows first, {@link ModelShape#shippedFormat}.
     */
    public static final int DEFAULT_BATCH = 16;
    public static final int DEFAULT_CONTEXT_TOKENS = 4096;

    private final Catalog catalog;
    private final LocalDate today;

    public CostCalculator(Catalog catalog, LocalDate today) {
        this.catalog = catalog;
        this.today = today;
    }

    /**
     * What to estimate: the volume and its input share; {@code provider} limits hosted offers to one
     * provider; {@code gpu} (with optional count and hourly price) adds self-hosting, in {@code quant} (null: the
     * format the model's weights ship in, as {@code fit} shows first).
     */
    public record Request(long tokensPerDay, double inputShare, String provider, Accelerator gpu, Integer gpuCount,
            Double gpuHourUsd, Quantization quant, int batch, int contextTokens, dev.owl.fit.Detected detected) {}

    public CostEstimate estimate(Model model, Request r) {
        List<String> assumptions = new ArrayList<>();
        assumptions.add("a month is " + Quantities.plain(DAYS_PER_MONTH) + " days (365.25 ÷ 12); the volume is the same every day");
        assumptions.add(Quantities.plain(r.inputShare() * 100) + "% of tokens are input (prompt), the rest output");
        List<CostEstimate.UnpricedOffer> unpriced = new ArrayList<>();
        List<CostEstimate.HostedCost> hosted = hosted(model, r.tokensPerDay(), r.inputShare(), r.provider(), unpriced);
        if (r.provider() != null && hosted.isEmpty()) {
            throw new UsageException(noOffer(model, r.provider()), null);
        }
        if (!hosted.isEmpty()) {
            assumptions.add("hosted: list prices per million tokens, without batch discounts, caching or free tiers");
        }
        CostEstimate.SelfHostCost self = r.gpu() == null ? null : selfHost(model, r, assumptions);
        if (r.detected() != null) {
            assumptions.add(r.detected().line());
        }
        return new CostEstimate(model.id(), r.tokensPerDay(), r.inputShare(), DAYS_PER_MONTH, hosted,
                unpriced.stream().map(CostEstimate.UnpricedOffer::provider).toList(), unpriced, self,
                breakEven(hosted, self, r.inputShare()), assumptions);
    }

    /**
     * Self-hosting the model on the fewest GPUs of {@code gpu} (a catalog id) that hold it in {@code quant} (null: the
     * format its weights ship in), with the
     * default batch and context, at {@code gpuHourUsd} or the catalog's cheapest price: as {@code owl cost MODEL --gpu ID
     * --quant Q} prices it. A usage error says why it cannot be priced (unknown GPU, no price, does not fit).
     */
    public CostEstimate.SelfHostCost selfHost(Model model, String gpu, Double gpuHourUsd, Quantization quant, long tokensPerDay,
            double inputShare) {
        Accelerator a = catalog.accelerator(gpu).orElseThrow(() -> new UsageException("no accelerator '" + gpu + "' in the catalog", null));
        return selfHost(model, new Request(tokensPerDay, inputShare, null, a, null, gpuHourUsd, quant, DEFAULT_BATCH,
                DEFAULT_CONTEXT_TOKENS, null), new ArrayList<>());
    }

    /** The model's priced hosted offers still served today at this volume, cheapest month first. */
    public List<CostEstimate.HostedCost> hostedCheapestFirst(Model model, long tokensPerDay, double inputShare) {
        return hosted(model, tokensPerDay, inputShare, null, new ArrayList<>());
    }

    /** The priced offers served today (of one provider when {@code provider} is given); unpriced ones go to {@code unpriced}. */
    private List<CostEstimate.HostedCost> hosted(Model model, long tokensPerDay, double inputShare, String provider,
            List<CostEstimate.UnpricedOffer> unpriced) {
        List<CostEstimate.HostedCost> hosted = new ArrayList<>();
        for (Deployment d : catalog.deployments(model.id())) {
            if (provider != null && !provider.equals(d.provider()) || !d.servedOn(today)) {
                continue;
            }
            if (d.price() == null) {
                unpriced.add(new CostEstimate.UnpricedOffer(d.provider(), firstId(d), d.regions(), d.euResidency(),
                        d.source() == null ? null : d.source().url()));
                continue;
            }
            double blended = d.price().blendedUsdPerMtok(inputShare);
            hosted.add(new CostEstimate.HostedCost(d.provider(), firstId(d),
                    d.regions(), d.euResidency(), d.price().inputUsdPerMtok(), d.price().outputUsdPerMtok(), d.price().asOf(),
                    blended, tokensPerDay * DAYS_PER_MONTH / 1e6 * blended, d.source() == null ? null : d.source().url()));
        }
        hosted.sort(Comparator.comparingDouble(CostEstimate.HostedCost::monthlyUsd));
        return hosted;
    }


    /** The provider's main id for the model (its first), or null when the record names none. */
    private static String firstId(Deployment d) {
        return d.providerModelIds().isEmpty() ? null : d.providerModelIds().get(0);
    }

    private String noOffer(Model model, String provider) {
        Optional<Deployment> any = catalog.deployments(model.id()).stream().filter(d -> d.provider().equals(provider)).findFirst();
        if (any.isEmpty()) {
            return "provider '" + provider + "' has no offer for " + model.id() + " in the catalog (see 'owl show " + model.id() + "')";
        }
        Deployment d = any.get();
        if (!d.servedOn(today)) {
            return provider + " no longer serves " + model.id() + (d.retires() != null ? " (retired " + d.retires() + ")" : " (retired)");
        }
        return "no price for " + model.id() + " on " + provider + ": its record (" + (d.source() == null ? "no source" : d.source().url())
                + ") gives none; pass another --provider, or --gpu to price self-hosting";
    }

    private CostEstimate.SelfHostCost selfHost(Model model, Request r, List<String> assumptions) {
        Accelerator gpu = r.gpu();
        if (r.inputShare() >= 1) { // the copies are sized by output tokens a second: with none, any number would do
            throw new UsageException("an input share of 1 leaves no output tokens, and self-hosting is sized by output throughput "
                    + "(prefill is not modelled)", "give the share of prompt tokens below 1, e.g. --input-share 0.9, or drop --gpu to price APIs only");
        }
        GpuPrice cheapest = r.gpuHourUsd() != null ? null : cheapestPrice(gpu.id()).orElseThrow(() -> new UsageException(
                "no hourly price for " + gpu.id() + " in the catalog", "pass your own with --gpu-hour-usd"));
        double hourly = cheapest == null ? r.gpuHourUsd() : cheapest.usdPerGpuHour();
        String priceSource = cheapest == null ? "--gpu-hour-usd" : describe(cheapest);
        ModelShape shape = ModelShape.of(model);
        if (shape == null) {
            throw new UsageException(model.id() + " has no parameter count in the catalog, so its memory cannot be estimated", null);
        }
        if (gpu.bandwidthGbS() == null) {
            throw new UsageException(gpu.id() + " has no memory bandwidth in the catalog, so its throughput cannot be estimated", null);
        }
        Quantization quant = r.quant() != null ? r.quant() : shape.shippedFormat(); // fit's first row
        FitEstimate e = replica(model, shape, quant, gpu, r);
        int k = e.hardware().count();
        // each decode step advances every sequence of the batch, at the typical speed fit shows (the bound where nothing calibrates it)
        double perReplica = r.batch() * e.shownTokensPerSecond();
        double boundPerReplica = r.batch() * e.decodeTokensPerSecond();
        double outputPerSecondNeeded = r.tokensPerDay() * (1 - r.inputShare()) / 86_400.0;
        int replicas = Math.max(1, (int) Math.ceil(outputPerSecondNeeded / perReplica));
        double tokensPerDayPerReplica = perReplica * 86_400.0 / (1 - r.inputShare());
        double monthly = (double) k * replicas * hourly * HOURS_PER_MONTH;
        assumptions.addAll(e.assumptions());
        assumptions.add("self-hosting: " + quant.key() + " weights" + (r.quant() == null ? " (the format they ship in, fit's first row; --quant for another)" : "")
                + ", a batch of " + r.batch() + " sequences of "
                + Quantities.tokens(r.contextTokens()) + " tokens each held in GPU memory (fp16 KV cache)");
        assumptions.add("throughput: the batch × the typical decode speed fit shows for it (~TOK/S, as above), "
                + Quantities.count(Math.round(perReplica)) + " output tokens/s per copy; the memory-bandwidth bound alone (batch × bandwidth ÷ "
                + "bytes read per step) would be " + Quantities.count(Math.round(boundPerReplica)) + "; the factor was fitted on published "
                + "measurements, not on batched serving; input tokens are taken to fit in the same GPU time (prefill not modelled)");
        assumptions.add("GPUs rented around the clock: " + Quantities.plain(HOURS_PER_MONTH) + " hours a month, no idle scaling");
        return new CostEstimate.SelfHostCost(gpu.id(), quant.key(), r.batch(), r.contextTokens(), k, replicas, e.totalBytes(),
                perReplica, tokensPerDayPerReplica, hourly, priceSource, HOURS_PER_MONTH, monthly,
                monthly / (r.tokensPerDay() * DAYS_PER_MONTH / 1e6), r.detected());
    }

    /** One copy of the model on {@code r.gpuCount()} GPUs, or on the fewest that hold it; a usage error where none does. */
    private FitEstimate replica(Model model, ModelShape shape, Quantization quant, Accelerator gpu, Request r) {
        FitCalculator fit = FitCalculator.of(catalog); // the engine rules decide how a replica splits across GPUs
        FitEstimate e = null;
        if (r.gpuCount() != null) {
            e = fit.estimate(shape, quant, r.contextTokens(), r.batch(), KvQuant.FP16, Hardware.of(gpu, r.gpuCount()), false, null);
            if (!FitCalculator.splitsHeads(shape.attentionHeads(), r.gpuCount())) { // the count the runtime refuses, not the memory
                throw new UsageException(model.id() + " on " + r.gpuCount() + " × " + gpu.id() + ": "
                        + FitCalculator.unevenSplit(e.runtime(), shape.attentionHeads(), r.gpuCount()),
                        "give a --gpu-count that divides the attention heads, or leave it out for the fewest GPUs that hold the model");
            }
            if (!Boolean.TRUE.equals(e.fits())) {
                throw new UsageException(model.id() + " in " + quant.key() + " with a batch of " + r.batch() + " × "
                        + Quantities.tokens(r.contextTokens()) + " tokens needs " + Quantities.gib(e.totalBytes()) + "; " + r.gpuCount() + " × "
                        + gpu.id() + " hold " + Quantities.gib(e.availableBytes()), "raise --gpu-count, or lower --batch or --quant");
            }
        } else {
            for (int k = 1; k <= MAX_GPUS_PER_REPLICA; k++) {
                e = fit.estimate(shape, quant, r.contextTokens(), r.batch(), KvQuant.FP16, Hardware.of(gpu, k), false, null);
                if (Boolean.TRUE.equals(e.fits())) {
                    break;
                }
            }
            if (!Boolean.TRUE.equals(e.fits())) {
                throw new UsageException(model.id() + " in " + quant.key() + " does not fit on " + MAX_GPUS_PER_REPLICA + " × "
                        + gpu.id() + " with a batch of " + r.batch(), "give --gpu-count, or a smaller --quant or --batch");
            }
        }
        return e;
    }

    /**
     * One replica costs R a month and the API a per million tokens blended; they meet at R ÷ (a × days) million
     * tokens a day. Past one replica's capacity more replicas add R each while the API adds at most R per
     * capacity, so when R ÷ a exceeds the capacity self-hosting never catches up.
     */
    static CostEstimate.BreakEven breakEven(List<CostEstimate.HostedCost> hosted, CostEstimate.SelfHostCost self, double inputShare) {
        if (hosted.isEmpty()) {
            return new CostEstimate.BreakEven(null, null, null, "no hosted offer of this model has a price in the catalog");
        }
        CostEstimate.HostedCost cheapest = hosted.stream().min(Comparator.comparingDouble(CostEstimate.HostedCost::blendedUsdPerMtok)).orElseThrow();
        if (self == null) {
            return new CostEstimate.BreakEven(cheapest.provider(), cheapest.blendedUsdPerMtok(), null, "no self-hosting asked (--gpu)");
        }
        double replicaMonthly = self.gpusPerReplica() * self.gpuHourUsd() * self.hoursPerMonth();
        double volume = replicaMonthly / (cheapest.blendedUsdPerMtok() * DAYS_PER_MONTH) * 1e6;
        if (volume > self.tokensPerDayPerReplica()) {
            return new CostEstimate.BreakEven(cheapest.provider(), cheapest.blendedUsdPerMtok(), null,
                    "one replica's capacity (" + Math.round(self.tokensPerDayPerReplica()) + " tokens/day) is used up before its cost "
                            + "matches " + cheapest.provider() + "'s price: the API stays cheaper at every volume");
        }
        return new CostEstimate.BreakEven(cheapest.provider(), cheapest.blendedUsdPerMtok(), volume,
                "above it one replica is cheaper than " + cheapest.provider() + " until its capacity is used up");
    }

    /**
     * The catalog's cheapest hourly price for a GPU that its cloud publishes itself; a third party's copy of a cloud's
     * price counts only when no cloud's own price is recorded for that GPU.
     */
    Optional<GpuPrice> cheapestPrice(String gpu) {
        Comparator<GpuPrice> order = Comparator.comparing(GpuPrice::thirdParty).thenComparingDouble(GpuPrice::usdPerGpuHour);
        return catalog.gpuPrices().stream().filter(p -> p.gpu().equals(gpu)).min(order);
    }

    /** The catalog price as the table and JSON cite it: offer, region, the instance arithmetic, source and date. */
    static String describe(GpuPrice p) {
        StringBuilder s = new StringBuilder(p.cloud()).append(' ').append(p.offer());
        if (p.region() != null) {
            s.append(", ").append(p.region());
        }
        if (p.instanceUsdPerHour() != null && p.gpuCount() != null && p.gpuCount() > 1) {
            s.append(", $").append(Quantities.plain(p.instanceUsdPerHour())).append(" an hour ÷ ").append(p.gpuCount()).append(" GPUs");
        }
        return s.append(" (").append(p.thirdParty() ? "third party: " : "").append(p.source().url()).append(", ")
                .append(p.source().asOf()).append(')').toString();
    }
}
