package dev.owl.catalog;

/**
 * An on-demand list price for renting one accelerator for an hour from one cloud.
 *
 * @param gpu an accelerator id of {@code hardware.yaml}
 * @param offer the cloud's own name for what the price buys (instance type or GPU line)
 * @param gpuCount how many of the accelerator the offer rents; null where the record does not say
 * @param instanceUsdPerHour the offer's own hourly price, of which {@code usdPerGpuHour} is the share of one GPU
 *     ({@code instanceUsdPerHour / gpuCount}, checked at load); null where the cloud prices one GPU directly
 * @param region where the price applies, as the cloud names it; null where the price is the same everywhere
 */
public record GpuPrice(String gpu, String cloud, String offer, double usdPerGpuHour, Integer gpuCount, Double instanceUsdPerHour,
        String region, String note, Source source, String origin) {

    /** How far a per-GPU price may sit from the instance price divided by the GPU count: float noise, not rounding. */
    static final double ARITHMETIC_TOLERANCE = 1e-9;

    /** Whether the price comes from a third party's copy of the cloud's data, not the cloud's own page ({@code source.note}). */
    public boolean thirdParty() {
        return source != null && source.note() != null && source.note().startsWith("third party");
    }

    /** The per-GPU price the instance price gives, or null when the record has no instance price. */
    public Double perGpuFromInstance() {
        return instanceUsdPerHour == null || gpuCount == null ? null : instanceUsdPerHour / gpuCount;
    }

    /** Whether the recorded per-GPU price is, to float noise, the instance price divided by the GPU count. */
    public boolean arithmeticHolds() {
        Double q = perGpuFromInstance();
        return q == null || Math.abs(q - usdPerGpuHour) <= ARITHMETIC_TOLERANCE * Math.max(1, usdPerGpuHour);
    }
}
