package dev.owl.catalog;

/**
 * An on-demand list price for renting one accelerator for an hour from one cloud.
 *
 * @param gpu an accelerator id of {@code hardware.yaml}
 * @param offer the cloud's own name for what the price buys (instance type or GPU line)
 */
public record GpuPrice(String gpu, String cloud, String offer, double usdPerGpuHour, String note, Source source, String origin) {}
