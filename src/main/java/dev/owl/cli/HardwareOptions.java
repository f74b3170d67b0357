package dev.owl.cli;

import dev.owl.catalog.Accelerator;
import dev.owl.catalog.Catalog;
import dev.owl.fit.Hardware;
import dev.owl.query.UnknownNameException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Option;

/** The hardware options shared by {@code fit} and {@code recommend}: a catalog GPU, or memory and bandwidth. */
final class HardwareOptions {
    @picocli.CommandLine.Spec(picocli.CommandLine.Spec.Target.MIXEE)
    picocli.CommandLine.Model.CommandSpec mixee;

    @Option(names = "--gpu", split = ",", paramLabel = "ID", completionCandidates = Candidates.Gpus.class,
            description = "Accelerator id from the catalog (rtx-4090, h100-sxm, m3-max, …).")
    List<String> gpus = new ArrayList<>();

    @Option(names = "--vram", paramLabel = "GIB", description = "Memory per device in GiB (the unit behind a GPU's \"24 GB\").")
    Double vram;

    @Option(names = "--bandwidth", paramLabel = "GB_PER_S", description = "Memory bandwidth in GB/s, with --vram.")
    Double bandwidth;

    @Option(names = "--gpu-count", paramLabel = "N", converter = Values.Positive.class, description = "Identical devices (tensor parallel).")
    int gpuCount = 1;

    /** Every hardware described (several --gpu ids compare); empty when none was given. */
    List<Hardware> resolve(Catalog catalog) {
        boolean gpuTyped = mixee != null && mixee.commandLine().getParseResult() != null
                && mixee.commandLine().getParseResult().hasMatchedOption("--gpu");
        List<String> gpus = vram != null && !gpuTyped ? List.of() : this.gpus; // --vram wins over a config default GPU
        if (vram != null && !gpus.isEmpty()) {
            throw new UsageException("--gpu and --vram both describe the hardware", "use one of them");
        }
        if (bandwidth != null && vram == null) {
            throw new UsageException("--bandwidth describes hardware given with --vram", "add --vram GIB");
        }
        for (Double d : java.util.Arrays.asList(vram, bandwidth)) {
            if (d != null && (!Double.isFinite(d) || d <= 0 || d > 1_000_000)) {
                throw new UsageException("--vram and --bandwidth take positive numbers, got " + d, null);
            }
        }
        List<Hardware> out = new ArrayList<>();
        if (vram != null) {
            out.add(Hardware.custom(vram, bandwidth, gpuCount));
        }
        for (String id : gpus) {
            Accelerator a = catalog.accelerator(id.toLowerCase(Locale.ROOT)).orElseThrow(() -> new UnknownNameException("GPU", id,
                    dev.owl.input.Names.suggestions(id, catalog.accelerators().stream().map(Accelerator::id).toList(), 3), false,
                    "'owl fit --list-gpus' lists them"));
            out.add(Hardware.of(a, gpuCount));
        }
        return out;
    }
}
