package dev.owl.fit;

import dev.owl.catalog.Accelerator;
import dev.owl.input.UsageException;
import dev.owl.units.Quantities;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * {@code --gpu auto}: finds this machine's accelerator with the tools it has (nvidia-smi, then rocm-smi; on macOS the
 * chip name and memory from sysctl; else the CPU and /proc/meminfo) and maps it to a catalog accelerator by the names
 * each lists under {@code match}, checking the memory a GPU reports; a Mac's memory also picks its chip's bin. An
 * unknown card is sized from the memory it reports, its bandwidth unknown. Nothing usable at all is a usage error with a hint, never a crash.
 */
public final class HardwareDetector {
    static final List<String> NVIDIA_SMI = List.of("nvidia-smi", "--query-gpu=name,memory.total", "--format=csv,noheader,nounits");
    static final List<String> ROCM_SMI = List.of("rocm-smi", "--showproductname", "--showmeminfo", "vram", "--json");
    static final List<String> MAC_CHIP = List.of("sysctl", "-n", "machdep.cpu.brand_string");
    static final List<String> MAC_MEMORY = List.of("sysctl", "-n", "hw.memsize");
    static final List<String> LSCPU = List.of("lscpu");
    private static final String HINT = "describe the hardware instead: --gpu ID ('owl fit --list-gpus') or --vram GIB [--bandwidth GB_PER_S]";
    /** A GPU's reported memory next to the catalog's: ECC can hide 1/16 of GDDR, drivers keep a little. */
    private static final double LOWEST_SHARE = 0.90;
    private static final double HIGHEST_SHARE = 1.04;

    private final Host host;
    private final List<Accelerator> accelerators;

    public HardwareDetector(Host host, List<Accelerator> accelerators) {
        this.host = host;
        this.accelerators = List.copyOf(accelerators);
    }

    /**
     * This machine's hardware, with what was found in {@link Hardware#detected()}. {@code bandwidthGbS} is the
     * bandwidth of a card the catalog does not know (null: unknown); for a known one it is a usage error.
     */
    public Hardware detect(Double bandwidthGbS) {
        if (host.osName().toLowerCase(Locale.ROOT).startsWith("mac")) {
            return mac(bandwidthGbS);
        }
        List<String> tried = new ArrayList<>();
        Host.Output nvidia = host.run(NVIDIA_SMI);
        List<ToolOutputs.Device> gpus = nvidia.ok() ? ToolOutputs.nvidia(nvidia.stdout(), tried) : failed(nvidia, tried);
        String tool = "nvidia-smi";
        if (gpus.isEmpty()) {
            Host.Output rocm = host.run(ROCM_SMI);
            gpus = rocm.ok() ? ToolOutputs.rocm(rocm.stdout(), tried) : failed(rocm, tried);
            tool = "rocm-smi";
        }
        return gpus.isEmpty() ? cpu(tried, bandwidthGbS) : gpu(tool, gpus, bandwidthGbS);
    }

    private static List<ToolOutputs.Device> failed(Host.Output output, List<String> tried) {
        tried.add(output.failure());
        return List.of();
    }

    /** The first kind of card found, as many as there are of it; other kinds are named in the note. */
    private Hardware gpu(String tool, List<ToolOutputs.Device> devices, Double bandwidthGbS) {
        ToolOutputs.Device first = devices.get(0);
        int count = (int) devices.stream().filter(d -> d.name().equals(first.name())).count();
        List<String> notes = new ArrayList<>();
        List<String> others = devices.stream().map(ToolOutputs.Device::name).filter(n -> !n.equals(first.name())).distinct()
                .map(n -> devices.stream().filter(d -> d.name().equals(n)).count() + "× " + n).toList();
        if (!others.isEmpty()) {
            notes.add("mixed cards: also " + String.join(", ", others) + ", not counted (owl sizes one kind of card; "
                    + "--gpu ID,ID compares them)");
        }
        Double gib = first.memoryBytes() == null ? null : first.memoryBytes() / Hardware.GIB;
        List<Accelerator> named = named(first.name(), a -> "gpu".equals(a.kind()));
        Accelerator a = named.stream().filter(x -> gib == null || memoryFits(x, gib)).findFirst().orElse(null);
        if (a != null) {
            known(a, bandwidthGbS);
            return Hardware.of(a, count).detected(detected(tool, first, count, a.id(), notes));
        }
        if (gib == null) {
            throw new UsageException("--gpu auto: " + tool + " names '" + first.name() + "' but not its memory, and the catalog "
                    + "does not know the card", HINT);
        }
        if (!named.isEmpty()) {
            notes.add(0, "its name matches " + named.get(0).id() + " but its memory does not (" + plainGib(named.get(0).memoryGib())
                    + "): another variant");
        }
        double rounded = Math.round(gib * 100) / 100.0;
        notes.add(bandwidthGbS == null
                ? "sized with the memory " + tool + " reports; bandwidth unknown, so no speed (add --bandwidth GB_PER_S)"
                : "sized with the memory " + tool + " reports and --bandwidth " + Quantities.plain(bandwidthGbS) + " GB/s");
        return Hardware.custom(rounded, bandwidthGbS, count).detected(detected(tool, first, count, null, notes));
    }

    /** macOS: the chip's name and its unified memory. */
    private Hardware mac(Double bandwidthGbS) {
        Host.Output chip = host.run(MAC_CHIP);
        Host.Output memory = host.run(MAC_MEMORY);
        Double bytes = memory.ok() ? ToolOutputs.number(memory.stdout().strip()) : null;
        if (!chip.ok() || bytes == null || chip.stdout().isBlank()) {
            String why = !chip.ok() ? chip.failure() : !memory.ok() ? memory.failure()
                    : bytes == null ? "sysctl printed '" + ToolOutputs.shorten(memory.stdout().strip()) + "' for hw.memsize" : "sysctl printed no chip name";
            throw new UsageException("--gpu auto could not read this Mac's chip and memory: " + why, HINT);
        }
        ToolOutputs.Device device = new ToolOutputs.Device(chip.stdout().strip(), bytes.longValue());
        if (!device.name().startsWith("Apple")) { // an Intel Mac: its RAM, like a PC without GPU
            return ram("sysctl", device, List.of("an Intel Mac"), bandwidthGbS);
        }
        double gib = Math.round(bytes / Hardware.GIB * 10) / 10.0;
        List<Accelerator> named = named(device.name(), a -> "apple".equals(a.kind()));
        if (named.isEmpty()) {
            return Hardware.appleChip(gib, bandwidthGbS).detected(detected("sysctl", device, 1, null,
                    List.of(bandwidthGbS == null ? "bandwidth unknown, so no speed (add --bandwidth GB_PER_S)"
                            : "bandwidth from --bandwidth")));
        }
        List<String> notes = new ArrayList<>();
        Accelerator a = bin(named, gib, notes);
        known(a, bandwidthGbS);
        return Hardware.of(a, 1, gib == a.memoryGib() ? null : gib).detected(detected("sysctl", device, 1, a.id(), notes));
    }

    /**
     * Of the catalog entries a chip's name matches (its bins: an M3 Max with a 30- or a 40-core GPU), the one sold with
     * this much memory. Where bins differ in bandwidth Apple sells them with different sizes, so the memory tells them
     * apart; if it does not, the first entry, and the note says so.
     */
    private static Accelerator bin(List<Accelerator> named, double gib, List<String> notes) {
        if (named.size() == 1) {
            return named.get(0);
        }
        String ids = String.join(", ", named.stream().map(Accelerator::id).toList());
        List<Accelerator> sold = named.stream().filter(a -> memoryFits(a, gib)).toList();
        if (sold.size() == 1) {
            notes.add("of " + ids + " only " + sold.get(0).id() + " is sold with " + Quantities.plain(gib) + " GB");
            return sold.get(0);
        }
        notes.add("its memory does not tell " + ids + " apart: assumed " + named.get(0).id() + " (name the chip with --gpu ID)");
        return named.get(0);
    }

    /** No GPU: system RAM from /proc/meminfo, the CPU's name from lscpu or /proc/cpuinfo. */
    private Hardware cpu(List<String> tried, Double bandwidthGbS) {
        Long bytes = ToolOutputs.memTotal(host.read("/proc/meminfo"));
        if (bytes == null) {
            throw new UsageException("--gpu auto found no GPU (" + String.join("; ", tried) + ") and could not read "
                    + "the system memory from /proc/meminfo", HINT);
        }
        return ram("/proc/meminfo", new ToolOutputs.Device(cpuName(), bytes), tried, bandwidthGbS);
    }

    /** A machine sized by its RAM: the catalog's entry for its CPU (the generic one matches any). */
    private Hardware ram(String tool, ToolOutputs.Device cpu, List<String> why, Double bandwidthGbS) {
        List<Accelerator> named = named(cpu.name(), a -> "cpu".equals(a.kind()) || a.unifiedMemory() && !"apple".equals(a.kind()));
        if (named.isEmpty()) {
            throw new UsageException("--gpu auto found no GPU (" + String.join("; ", why) + ") and no catalog entry for "
                    + "the CPU '" + cpu.name() + "'", HINT);
        }
        if (bandwidthGbS != null) {
            throw new UsageException("--bandwidth describes an unknown GPU; --gpu auto found none", "leave out --bandwidth, or give --vram GIB with it");
        }
        Accelerator a = named.get(0);
        String assumed = a.approxFields().contains("bandwidth_gb_s")
                ? "; bandwidth assumed: " + Quantities.plain(a.bandwidthGbS()) + " GB/s (" + a.name() + ")" : "";
        double gib = Math.round(cpu.memoryBytes() / Hardware.GIB * 10) / 10.0;
        return Hardware.of(a, 1, gib).detected(detected(tool, cpu, 1, a.id(),
                List.of("no GPU found (" + String.join("; ", why) + "): sized for system RAM" + assumed)));
    }

    private String cpuName() {
        Host.Output lscpu = host.run(LSCPU);
        String name = lscpu.ok() ? ToolOutputs.value(lscpu.stdout(), "model name") : null;
        return name != null ? name : java.util.Objects.requireNonNullElse(ToolOutputs.value(host.read("/proc/cpuinfo"), "model name"), "unknown CPU");
    }

    private static void known(Accelerator a, Double bandwidthGbS) {
        if (bandwidthGbS != null) {
            throw new UsageException("--bandwidth describes a card the catalog does not know; the detected " + a.id()
                    + " has " + (a.bandwidthGbS() == null ? "none in the catalog" : Quantities.plain(a.bandwidthGbS()) + " GB/s"),
                    "leave out --bandwidth, or give --vram GIB with it");
        }
    }

    private static Detected detected(String tool, ToolOutputs.Device d, int count, String matched, List<String> notes) {
        return new Detected(tool, d.name(), d.memoryBytes(), count, matched, notes.isEmpty() ? null : String.join("; ", notes));
    }

    /** Catalog accelerators of the kinds {@code kind} accepts whose {@code match} names fit {@code name}, most specific first. */
    List<Accelerator> named(String name, Predicate<Accelerator> kind) {
        String n = name.strip().replaceAll("\\s+", " ");
        record Hit(Accelerator a, int literal) {}
        List<Hit> hits = new ArrayList<>();
        for (Accelerator a : accelerators) {
            if (!kind.test(a)) {
                continue;
            }
            a.match().stream().filter(p -> pattern(p).matcher(n).matches())
                    .mapToInt(p -> p.replace("*", "").length()).max()
                    .ifPresent(literal -> hits.add(new Hit(a, literal)));
        }
        hits.sort((x, y) -> Integer.compare(y.literal(), x.literal()));
        return hits.stream().map(Hit::a).toList();
    }

    /** A {@code match} name: case and runs of spaces do not matter, {@code *} is any run of characters. */
    static Pattern pattern(String match) {
        String regex = java.util.Arrays.stream(match.strip().replaceAll("\\s+", " ").split("\\*", -1)).map(Pattern::quote)
                .collect(java.util.stream.Collectors.joining(".*"));
        return Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /** Whether {@code gib} reported is one of the sizes the catalog sells the card with. */
    private static boolean memoryFits(Accelerator a, double gib) {
        List<Double> sizes = new ArrayList<>(a.memoryOptionsGib());
        sizes.add(a.memoryGib());
        return sizes.stream().anyMatch(s -> gib >= s * LOWEST_SHARE && gib <= s * HIGHEST_SHARE);
    }

    private static String plainGib(Double gib) {
        return gib == null ? "unknown" : Quantities.plain(gib) + " GB in the catalog";
    }
}
