package dev.owl.fit;

import dev.owl.catalog.Accelerator;

/**
 * The memory side of a machine: how many devices, how much memory each may use, and how fast it is
 * read. Apple silicon and CPUs share memory with the system, so only a part of it is usable. {@code detected} says
 * what {@code --gpu auto} found, or is null for hardware described on the command line.
 */
public record Hardware(String id, String name, int count, double memoryBytesEach, double usableShare,
        Double bandwidthBytesPerSecondEach, String usableNote, String vendor, String kind, Detected detected) {

    /**
     * macOS lets the GPU wire about three quarters of unified memory above 32 GiB by default, two thirds up to 32 GiB
     * (Metal's recommendedMaxWorkingSetSize as llama.cpp logs it: 10922.67 MiB on 16 GiB and 21845.34 on 32 GiB Macs,
     * 73728 on a 96 GiB one; sources in the README). Approximate: Apple documents no rule.
     */
    public static final double APPLE_USABLE_SHARE = 0.75;
    public static final double APPLE_SMALL_USABLE_SHARE = 2.0 / 3;
    /** The largest unified memory (GiB) that macOS's default GPU working set was seen to be two thirds of. */
    public static final double APPLE_SMALL_MEMORY_GIB = 32;
    /** On a CPU, or a unified-memory machine running Linux, the system and other programs keep a part of RAM. */
    public static final double CPU_USABLE_SHARE = 0.9;
    public static final double GIB = 1024.0 * 1024 * 1024;

    /** Where Apple's default GPU share of unified memory comes from, and how to change it. */
    public static final String APPLE_NOTE = "unified memory: assumes the GPU may use ~2/3 of it up to 32 GiB and ~3/4 "
            + "above, macOS's default GPU working-set limit (Metal's recommendedMaxWorkingSetSize as llama.cpp logs it; "
            + "approximate, Apple documents no rule); 'sudo sysctl iogpu.wired_limit_mb=N' raises it until reboot (macOS 14+)";

    /** The share of an Apple chip's unified memory the GPU may use by default. */
    public static double appleShare(double memoryGib) {
        return memoryGib <= APPLE_SMALL_MEMORY_GIB ? APPLE_SMALL_USABLE_SHARE : APPLE_USABLE_SHARE;
    }

    public static Hardware of(Accelerator a, int count) {
        return of(a, count, null);
    }

    /** {@code memoryGib} overrides the catalog's memory (a chip sold with several sizes); null keeps it. */
    public static Hardware of(Accelerator a, int count, Double memoryGib) {
        double share = 1.0;
        String note = null;
        if ("apple".equals(a.kind()) || "Apple".equals(a.vendor()) && a.unifiedMemory()) {
            share = appleShare(memoryGib != null ? memoryGib : a.memoryGib());
            note = APPLE_NOTE;
        } else if (a.unifiedMemory() && "AMD".equals(a.vendor())) {
            share = APPLE_USABLE_SHARE;
            note = "unified memory: assumes the GPU may use ~75% of it (AMD lets up to 96 of 128 GB be set aside as "
                    + "GPU memory on Windows)";
        } else if (a.unifiedMemory()) {
            share = CPU_USABLE_SHARE;
            note = "unified memory shared with the CPU: assumes ~90% is free for the model";
        } else if ("cpu".equals(a.kind())) {
            share = CPU_USABLE_SHARE;
            note = "system RAM: assumes ~90% is free for the model";
        }
        double memory = memoryGib != null ? memoryGib : a.memoryGib();
        String id = memoryGib == null ? a.id() : a.id() + "-" + dev.owl.units.Quantities.plain(memoryGib) + "gb";
        return new Hardware(id, a.name() + (memoryGib == null ? "" : ", " + dev.owl.units.Quantities.plain(memoryGib) + " GB"),
                count, memory * GIB, share, a.bandwidthGbS() == null ? null : a.bandwidthGbS() * 1e9, note, a.vendor(), a.kind(), null);
    }

    /** Hardware described on the command line: {@code --vram GIB [--bandwidth GB_PER_S]}. */
    public static Hardware custom(double vramGib, Double bandwidthGbS, int count) {
        return new Hardware("custom", vramGib + " GiB", count, vramGib * GIB, 1.0,
                bandwidthGbS == null ? null : bandwidthGbS * 1e9, null, null, "gpu", null);
    }

    /** An Apple chip the catalog does not know: its unified memory (the GPU's usual share of it) and, if given, bandwidth. */
    public static Hardware appleChip(double memoryGib, Double bandwidthGbS) {
        return new Hardware("custom", memoryGib + " GiB", 1, memoryGib * GIB, appleShare(memoryGib),
                bandwidthGbS == null ? null : bandwidthGbS * 1e9, APPLE_NOTE, "Apple", "apple", null);
    }

    /** The same hardware, found by {@code --gpu auto}. */
    public Hardware detected(Detected found) {
        return new Hardware(id, name, count, memoryBytesEach, usableShare, bandwidthBytesPerSecondEach, usableNote, vendor, kind, found);
    }

    public long availableBytes() {
        return (long) (count * memoryBytesEach * usableShare);
    }
}
