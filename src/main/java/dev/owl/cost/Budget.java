package dev.owl.cost;

import dev.owl.catalog.Model;
import dev.owl.fit.Quantization;
import dev.owl.input.UsageException;
import dev.owl.units.Quantities;
import java.util.List;

/**
 * A ceiling on what serving a daily token volume may cost a month, weighed over two ways to serve it: the cheapest
 * priced hosted offer still served ({@code hosted}: {@code --api-ok}), and self-hosting on rented GPUs of
 * {@code gpu} ({@code --gpu}) at the catalog's cheapest hourly price or {@code gpuHourUsd}. Both are priced as
 * {@code owl cost} prices them ({@link CostCalculator}): the API at volume × days per month × blended price per
 * million tokens, self-hosting at the GPUs one replica needs × replicas × hourly price × hours per month.
 */
public record Budget(double usdPerMonth, long tokensPerDay, double inputShare, boolean hosted, String gpu, Double gpuHourUsd) {
    public Budget {
        if (!Double.isFinite(usdPerMonth) || usdPerMonth <= 0) {
            throw new UsageException("a monthly budget must be above 0 US dollars, found " + usdPerMonth, "e.g. --budget-usd-month 200");
        }
        if (tokensPerDay < 1) {
            throw new UsageException("a budget needs a volume of at least 1 token a day, found " + tokensPerDay, "e.g. --tokens-per-day 10M");
        }
        if (!(inputShare >= 0 && inputShare <= 1)) {
            throw new UsageException("the input share must be 0 to 1, found " + inputShare, "e.g. --input-share 0.75 (three quarters of tokens are prompt)");
        }
        if (!hosted && gpu == null) {
            throw new UsageException("a budget prices hosted APIs or self-hosting on a GPU, and neither was given", "add --api-ok, or --gpu ID");
        }
    }

    /**
     * The budget {@code recommend}'s options describe, or null without {@code --budget-usd-month}; {@code gpu} is the
     * catalog GPU of {@code --gpu}, or null. Options that only size a budget, given without one, are a usage error.
     */
    public static Budget of(Double usdPerMonth, Long tokensPerDay, Double inputShare, boolean apiOk, String gpu, Double gpuHourUsd) {
        if (usdPerMonth == null) {
            if (tokensPerDay != null || inputShare != null || gpuHourUsd != null) {
                throw new UsageException("--tokens-per-day, --input-share and --gpu-hour-usd only size --budget-usd-month",
                        "add --budget-usd-month B, or drop them");
            }
            return null;
        }
        if (!apiOk && gpu == null) {
            throw new UsageException("--budget-usd-month prices hosted APIs (--api-ok) or self-hosting on a catalog GPU (--gpu ID)",
                    "add --api-ok, or --gpu ID ('owl fit --list-gpus')");
        }
        if (gpuHourUsd != null && gpu == null) {
            throw new UsageException("--gpu-hour-usd prices self-hosting on a catalog GPU", "add --gpu ID ('owl fit --list-gpus')");
        }
        if (tokensPerDay == null) {
            throw new UsageException("--budget-usd-month needs a volume to price", "add --tokens-per-day N, e.g. --tokens-per-day 10M");
        }
        return new Budget(usdPerMonth, tokensPerDay, inputShare == null ? 0.75 : inputShare, apiOk, gpu, gpuHourUsd);
    }

    /** A budget on hosted APIs alone. */
    public Budget(double usdPerMonth, long tokensPerDay, double inputShare) {
        this(usdPerMonth, tokensPerDay, inputShare, true, null, null);
    }

    /**
     * Whether a model is within the budget and by which option ({@code api} or {@code self_host}, the cheaper of those
     * within it; null when none is), with both months as priced: the cheapest hosted offer ({@code provider} and its
     * {@code providerModelId}; null when APIs do not count or none is priced) and self-hosting ({@code gpus} GPUs of
     * {@code gpu} in {@code quant} at {@code gpuHourUsd}; null when not asked or not priceable), and the reason in words.
     */
    public record Verdict(boolean within, String option, Double monthlyUsd, Double apiMonthlyUsd, String provider,
            String providerModelId, Double selfHostMonthlyUsd, String gpu, Integer gpus, String quant, Double gpuHourUsd,
            String reason) {
        public static final String API = "api";
        public static final String SELF_HOST = "self_host";

        /** Adds the reason to {@code reasons} when within the budget, else to {@code exclusions}; returns this verdict. */
        public Verdict addTo(List<String> reasons, List<String> exclusions) {
            (within ? reasons : exclusions).add(reason);
            return this;
        }

        /** Whether a hosted offer is the option the model is kept for. */
        public boolean api() {
            return API.equals(option);
        }
    }

    /** The verdict with self-hosting priced in the format the model's weights ship in, {@code owl cost}'s default. */
    public Verdict judge(CostCalculator costs, Model model) {
        return judge(costs, model, null);
    }

    /**
     * The verdict; {@code quant} is the format self-hosting is priced in (the one the recommendation sized), null for
     * {@code owl cost}'s default.
     */
    public Verdict judge(CostCalculator costs, Model model, Quantization quant) {
        String volume = " at " + Quantities.count(tokensPerDay) + " tokens/day";
        CostEstimate.HostedCost api = null;
        if (hosted) {
            List<CostEstimate.HostedCost> offers = costs.hostedCheapestFirst(model, tokensPerDay, inputShare);
            api = offers.isEmpty() ? null : offers.get(0);
        }
        CostEstimate.SelfHostCost self = null;
        String unpriced = null;
        if (gpu != null && !model.hasWeights()) {
            unpriced = "no weights to self-host";
        } else if (gpu != null) {
            try {
                self = costs.selfHost(model, gpu, gpuHourUsd, quant, tokensPerDay, inputShare);
            } catch (UsageException e) {
                unpriced = "self-hosting on " + gpu + " not priced: " + e.getMessage();
            }
        }
        String apiPart = api == null ? null : "cheapest offer " + api.provider() + " ~" + Quantities.usd(api.monthlyUsd()) + "/month";
        String selfPart = self == null ? null : "self-hosting on " + gpus(self) + " × " + self.gpu() + " (" + self.quant() + ") ~"
                + Quantities.usd(self.monthlyUsd()) + "/month";
        boolean selfFirst = self != null && (api == null || self.monthlyUsd() < api.monthlyUsd());
        double cheapest = selfFirst ? self.monthlyUsd() : api != null ? api.monthlyUsd() : Double.NaN;
        String reason;
        if (Double.isNaN(cheapest)) {
            reason = (hosted ? "no priced hosted offer in the catalog to hold to the budget of " + Quantities.usd(usdPerMonth) + "/month" : "")
                    + (hosted && unpriced != null ? "; " : "") + (unpriced == null ? "" : unpriced);
        } else {
            boolean within = cheapest <= usdPerMonth;
            String other = selfFirst ? apiPart : selfPart;
            Double otherMonth = selfFirst ? (api == null ? null : api.monthlyUsd()) : (self == null ? null : self.monthlyUsd());
            reason = (selfFirst ? selfPart : apiPart) + volume + (within ? " ≤ budget " : " > budget ") + Quantities.usd(usdPerMonth)
                    + (other == null ? "" : "; " + other + (otherMonth <= usdPerMonth ? " (also within it)" : within ? " (over it)" : ""))
                    + (unpriced == null ? "" : "; " + unpriced);
        }
        boolean within = !Double.isNaN(cheapest) && cheapest <= usdPerMonth;
        return new Verdict(within, within ? (selfFirst ? Verdict.SELF_HOST : Verdict.API) : null, within ? cheapest : null,
                api == null ? null : api.monthlyUsd(), api == null ? null : api.provider(), api == null ? null : api.providerModelId(),
                self == null ? null : self.monthlyUsd(), self == null ? null : self.gpu(), self == null ? null : gpus(self),
                self == null ? null : self.quant(), self == null ? null : self.gpuHourUsd(), reason);
    }

    private static int gpus(CostEstimate.SelfHostCost self) {
        return self.gpusPerReplica() * self.replicas();
    }
}
