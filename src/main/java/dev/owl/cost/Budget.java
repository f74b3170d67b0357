package dev.owl.cost;

import dev.owl.catalog.Model;
import dev.owl.input.UsageException;
import dev.owl.units.Quantities;
import java.util.List;

/**
 * A ceiling on what a hosted API may cost a month at a daily token volume. A model is within it when its
 * cheapest priced offer still served, at that volume and input share, costs no more than the ceiling
 * ({@link CostCalculator#hostedCheapestFirst}: volume × days per month × blended price per million tokens).
 * Self-hosting is not priced here: {@code owl cost MODEL --gpu …} compares it.
 */
public record Budget(double usdPerMonth, long tokensPerDay, double inputShare) {
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
    }

    /** Whether a model is within the budget, and why in words (the cheapest offer and its month, or what is missing). */
    public record Verdict(boolean within, String reason) {
        /** The reason goes to {@code reasons} when within the budget, else to {@code exclusions}. */
        public void addTo(List<String> reasons, List<String> exclusions) {
            (within ? reasons : exclusions).add(reason);
        }
    }

    public Verdict judge(CostCalculator costs, Model model) {
        List<CostEstimate.HostedCost> offers = costs.hostedCheapestFirst(model, tokensPerDay, inputShare);
        String volume = Quantities.count(tokensPerDay) + " tokens/day";
        if (offers.isEmpty()) {
            return new Verdict(false, "no priced hosted offer in the catalog to hold to the budget of "
                    + Quantities.usd(usdPerMonth) + "/month");
        }
        CostEstimate.HostedCost cheapest = offers.get(0);
        String cost = "cheapest offer " + cheapest.provider() + " ~" + Quantities.usd(cheapest.monthlyUsd()) + "/month at " + volume;
        return cheapest.monthlyUsd() <= usdPerMonth
                ? new Verdict(true, cost + " ≤ budget " + Quantities.usd(usdPerMonth))
                : new Verdict(false, cost + " > budget " + Quantities.usd(usdPerMonth));
    }
}
