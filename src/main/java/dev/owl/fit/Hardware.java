package dev.owl.fit;

import dev.owl.catalog.Accelerator;

/**
 * The memory side of a machine: how many devices, how much memory each may use, and how fast it is
 * read. Apple silicon and CPUs share memory with the system, so only a part of it is usable.
 */
public record Hardware(String id, String name, int count, double memoryBytesEach, double usableShare,
        Double bandwidthBytesPerSecondEach, String usableNote) {

    /** macOS lets the GPU wire about three quarters of unified memory by default. */
    public static final double APPLE_USABLE_SHARE = 0.75;
    /** On a CPU the operating system and other programs keep a part of RAM. */
    public static final double CPU_USABLE_SHARE = 0.9;
    public static final double GIB = 1024.0 * 1024 * 1024;

    public static Hardware of(Accelerator a, int count) {
        double share = 1.0;
        String note = null;
        if (a.unifiedMemory() || "apple".equals(a.kind())) {
            share = APPLE_USABLE_SHARE;
            note = "unified memory: assumes the GPU may use ~75% of it (macOS default working-set limit)";
        } else if ("cpu".equals(a.kind())) {
            share = CPU_USABLE_SHARE;
            note = "system RAM: assumes ~90% is free for the model";
        }
        return new Hardware(a.id(), a.name(), count, a.memoryGib() * GIB, share,
                a.bandwidthGbS() == null ? null : a.bandwidthGbS() * 1e9, note);
    }

    /** Hardware described on the command line: {@code --vram GIB [--bandwidth GB_PER_S]}. */
    public static Hardware custom(double vramGib, Double bandwidthGbS, int count) {
        return new Hardware("custom", vramGib + " GiB", count, vramGib * GIB, 1.0,
                bandwidthGbS == null ? null : bandwidthGbS * 1e9, null);
    }

    public long availableBytes() {
        return (long) (count * memoryBytesEach * usableShare);
    }
}
