package dev.owl.catalog;

import java.time.LocalDate;
import java.util.List;

/**
 * One model as one hosted provider serves it: the provider's own model ids, where it runs, what it
 * costs, all from the provider's published page ({@code source}). Unknown stays null.
 *
 * @param providerModelIds the names the provider's API takes for this model, the pinned one first
 * @param status {@code available}, {@code deprecated} (still served, retiring) or {@code retired}
 * @param euResidency true only where the provider documents EU processing for this model
 * @param price null when the provider's page gives none
 */
public record Deployment(
        String model,
        String provider,
        List<String> providerModelIds,
        String status,
        LocalDate retires,
        List<String> regions,
        boolean euResidency,
        Integer contextTokens,
        String quantization,
        Price price,
        List<String> notes,
        Source source,
        String origin) {

    public Deployment {
        providerModelIds = List.copyOf(providerModelIds);
        regions = List.copyOf(regions);
        notes = List.copyOf(notes);
    }

    /** Whether the provider still takes requests for it. */
    public boolean served() {
        return !"retired".equals(status);
    }

    /** Still taking requests on {@code today}: not retired, and any announced retirement date not yet passed. */
    public boolean servedOn(java.time.LocalDate today) {
        return served() && (retires == null || !retires.isBefore(today));
    }

    /**
     * A list price per million tokens, in US dollars.
     *
     * @param asOf the date the price was read, which can be older than the record's source date
     */
    public record Price(double inputUsdPerMtok, double outputUsdPerMtok, LocalDate asOf) {
        /** The blended price of a million tokens of which {@code inputShare} are input tokens. */
        public double blendedUsdPerMtok(double inputShare) {
            return inputShare * inputUsdPerMtok + (1 - inputShare) * outputUsdPerMtok;
        }
    }
}
