package dev.owl.cli;

import dev.owl.input.UsageException;

import dev.owl.catalog.Accelerator;
import dev.owl.catalog.Catalog;
import dev.owl.units.Quantities;
import dev.owl.fit.Hardware;
import dev.owl.fit.HardwareDetector;
import dev.owl.query.UnknownNameException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.Option;

/** The hardware options shared by {@code fit} and {@code recommend}: a catalog GPU, or memory and bandwidth. */
final class HardwareOptions {
    private static final Pattern COUNT_PREFIX = Pattern.compile("(\\d+)\\s*[x×]\\s*(.+)");
    private static final Pattern COUNT_SUFFIX = Pattern.compile("(.+):(\\d+)");
    private static final Pattern MEMORY_SUFFIX = Pattern.compile("(.+)-(\\d+(?:\\.\\d+)?)gb");
    /** The {@code --gpu} value that asks owl to find this machine's hardware. */
    static final String AUTO = "auto";

    @picocli.CommandLine.Spec(picocli.CommandLine.Spec.Target.MIXEE)
    picocli.CommandLine.Model.CommandSpec mixee;

    /**
     * The help of --gpu, which each command declares itself: fit takes a list to compare, recommend one (the build-time
     * model generator reads a mixin's own fields only, so the option cannot live in two subclasses of this one).
     */
    static final String GPU_HELP = "Accelerator id from the catalog (rtx-4090, h100-sxm, m3-max, …); 2xa100-80gb or "
            + "a100-80gb:2 for two; m3-16gb for a chip's memory option; auto for this machine's (nvidia-smi, rocm-smi, the "
            + "chip on macOS, else the CPU and RAM).";

    @Option(names = "--vram", paramLabel = "GIB", converter = Values.Gib.class, description = "Memory per device in GiB (the unit behind a GPU's \"24 GB\"); "
            + "with an Apple --gpu, its unified memory.")
    Double vram;

    @Option(names = "--memory", paramLabel = "GIB", converter = Values.Gib.class, description = "Memory option of a chip sold in several sizes (--gpu m3 --memory 16).")
    Double memory;

    @Option(names = "--bandwidth", paramLabel = "GB_PER_S", converter = Values.Rate.class, description = "Memory bandwidth in GB/s, with --vram "
            + "(or for a card --gpu auto finds but the catalog does not know).")
    Double bandwidth;

    @Option(names = "--gpu-count", paramLabel = "N", converter = Values.Positive.class, description = "Identical devices.")
    int gpuCount = 1;

    /** Every hardware described (several --gpu ids compare); empty when none was given. */
    List<Hardware> resolve(Catalog catalog, List<String> typedGpus) {
        List<String> gpus = vram != null && !typed("--gpu") ? List.of() : typedGpus; // --vram wins over a config default GPU
        boolean auto = gpus.stream().anyMatch(HardwareOptions::auto);
        if (bandwidth != null && vram == null && !auto) {
            throw new UsageException("--bandwidth describes hardware given with --vram", "add --vram GIB");
        }
        List<Hardware> out = new ArrayList<>();
        if (vram != null && gpus.isEmpty()) {
            out.add(Hardware.custom(vram, bandwidth, gpuCount));
        }
        for (String typed : gpus) {
            Hardware h = auto(typed) ? detect(catalog) : resolveOne(catalog, typed.strip().toLowerCase(Locale.ROOT), typed);
            if (out.stream().noneMatch(o -> o.id().equals(h.id()) && o.count() == h.count())) {
                out.add(h); // a repeated id is one machine, not two rows
            }
        }
        return out;
    }

    /**
     * What {@code fit --list-gpus} shows: every catalog accelerator, or only those a typed {@code --gpu} names (a config
     * file's default GPU does not narrow the list), each spelled as --gpu takes it ({@code 2xa100-80gb}, {@code m3-16gb}).
     */
    List<Accelerator> listed(Catalog catalog, List<String> gpus) {
        if (!typed("--gpu")) {
            return catalog.accelerators();
        }
        List<Accelerator> out = new ArrayList<>();
        for (String typed : gpus) {
            if (auto(typed)) {
                throw new UsageException("--list-gpus lists the catalog's accelerators; --gpu auto looks at this machine",
                        "run 'owl fit --gpu auto' to see what it finds and what fits it");
            }
            Accelerator a = resolveNamed(catalog, typed.strip().toLowerCase(Locale.ROOT), typed).accelerator();
            if (!out.contains(a)) {
                out.add(a);
            }
        }
        return out;
    }

    private static boolean auto(String typed) {
        return AUTO.equalsIgnoreCase(typed.strip());
    }

    /** {@code --gpu auto}: this machine's hardware, as the tools it has report it. */
    private Hardware detect(Catalog catalog) {
        if (vram != null || memory != null) {
            throw new UsageException("--gpu auto reads the memory from this machine; " + (vram != null ? "--vram" : "--memory")
                    + " describes other hardware", "use one of them");
        }
        if (typed("--gpu-count")) {
            throw new UsageException("--gpu auto counts this machine's GPUs itself", "leave out --gpu-count, or name the card: --gpu ID");
        }
        return new HardwareDetector(Session.of(mixee).environment().host(), catalog.accelerators()).detect(bandwidth);
    }

    private boolean typed(String option) {
        return mixee != null && mixee.commandLine().getParseResult() != null
                && mixee.commandLine().getParseResult().hasMatchedOption(option);
    }

    private Hardware resolveOne(Catalog catalog, String id, String typed) {
        return resolveNamed(catalog, id, typed).hardware();
    }

    /** A typed --gpu value: the catalog accelerator it names, and the hardware it describes with the count and memory. */
    private record Named(Accelerator accelerator, Hardware hardware) {}

    private Named resolveNamed(Catalog catalog, String id, String typed) {
        int count = gpuCount;
        Matcher m = COUNT_PREFIX.matcher(id);
        Matcher s = COUNT_SUFFIX.matcher(id);
        Integer shorthand = null;
        if (m.matches()) {
            shorthand = count(m.group(1), typed);
            id = m.group(2);
        } else if (s.matches()) {
            shorthand = count(s.group(2), typed);
            id = s.group(1);
        }
        if (shorthand != null) {
            if (typed("--gpu-count") && gpuCount != shorthand) {
                throw new UsageException("'" + typed + "' says " + shorthand + " devices but --gpu-count says " + gpuCount,
                        "give the count once");
            }
            count = shorthand;
        }
        Double memoryGib = memory != null ? memory : null;
        Optional<Accelerator> found = catalog.acceleratorNamed(id);
        Matcher mem = MEMORY_SUFFIX.matcher(id);
        if (found.isEmpty() && mem.matches() && catalog.acceleratorNamed(mem.group(1)).isPresent()) {
            found = catalog.acceleratorNamed(mem.group(1));
            double fromId = Double.parseDouble(mem.group(2));
            if (memoryGib != null && memoryGib != fromId) {
                throw new UsageException("'" + typed + "' says " + mem.group(2) + " GB but --memory says "
                        + Quantities.plain(memoryGib), "give the memory once");
            }
            memoryGib = fromId;
        }
        String bare = id;
        Accelerator a = found.orElseThrow(() -> new UnknownNameException("GPU", typed,
                dev.owl.query.Known.suggestions(bare, catalog.accelerators().stream().map(Accelerator::id).toList()), false,
                typed("--gpu") || mixee == null ? "'owl fit --list-gpus' lists them"
                        : "the config file " + Session.of(mixee).config().file() + " sets gpu: " + typed
                                + "; fix it there or pass --gpu ('owl fit --list-gpus' lists them)"));
        boolean apple = "apple".equals(a.kind()) || a.unifiedMemory();
        if (vram != null) {
            if (!apple) {
                throw new UsageException("--gpu and --vram both describe the hardware", "use one of them");
            }
            memoryGib = vram; // an Apple chip's unified memory: the usable share still applies
        }
        if (memoryGib != null) {
            checkMemoryOption(catalog, a, memoryGib, apple, vram != null);
        }
        if (memoryGib != null && memoryGib.equals(a.memoryGib())) {
            memoryGib = null;
        }
        return new Named(a, Hardware.of(a, count, memoryGib));
    }

    /**
     * A memory size given with {@code --memory} or in the id ({@code m3-16gb}) must be one the chip is sold with; where
     * another bin of the chip (an entry matching the same name) is sold with it, the hint names that bin's id. Any size
     * goes with {@code --vram} (an Apple chip's unified memory), except one only another bin of the chip is sold with.
     */
    private static void checkMemoryOption(Catalog catalog, Accelerator a, double memoryGib, boolean apple, boolean vram) {
        if (a.memoryOptionsGib().isEmpty() && !apple && !vram) {
            throw new UsageException(a.name() + " comes with one memory size (" + Quantities.plain(a.memoryGib()) + " GB)",
                    "leave out --memory, or describe other hardware with --vram GIB");
        }
        if (a.memoryOptionsGib().isEmpty() || a.memoryOptionsGib().contains(memoryGib)) {
            return;
        }
        String size = Quantities.plain(memoryGib);
        Optional<Accelerator> bin = catalog.accelerators().stream()
                .filter(o -> o != a && o.memoryOptionsGib().contains(memoryGib) && o.match().stream().anyMatch(a.match()::contains))
                .findFirst();
        if (vram && bin.isEmpty()) {
            return;
        }
        throw new UsageException(a.name() + " is sold with " + options(a) + " GB, not " + size, bin
                .map(b -> "the " + size + " GB one is " + b.id() + " (" + b.name()
                        + (b.bandwidthGbS() == null ? "" : ", " + Quantities.plain(b.bandwidthGbS()) + " GB/s") + "): --gpu "
                        + b.id() + (size.equals(Quantities.plain(b.memoryGib())) ? "" : "-" + size + "gb"))
                .orElse("use --memory " + options(a).replace(", ", " or --memory ")));
    }

    private static String options(Accelerator a) {
        return String.join(", ", a.memoryOptionsGib().stream().map(Quantities::plain).toList());
    }

    private static int count(String digits, String typed) {
        try {
            int n = Integer.parseInt(digits);
            if (n >= 1 && n <= Values.Positive.MAX) {
                return n;
            }
        } catch (NumberFormatException e) {
            // falls through to the usage error
        }
        throw new UsageException("'" + typed + "': a device count must be 1 to " + Values.Positive.MAX, "e.g. --gpu 2xa100-80gb");
    }
}
