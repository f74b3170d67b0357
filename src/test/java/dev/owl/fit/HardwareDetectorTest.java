package dev.owl.fit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.owl.catalog.Accelerator;
import dev.owl.catalog.CatalogLoader;
import dev.owl.catalog.CatalogLocation;
import dev.owl.input.UsageException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** --gpu auto on recorded outputs of nvidia-smi, rocm-smi, sysctl, lscpu and /proc (src/test/resources/detect/). */
class HardwareDetectorTest {
    private static final List<Accelerator> CATALOG = new CatalogLoader()
            .load(List.of(new CatalogLocation("catalog", Path.of("catalog"), true))).accelerators();
    private static final double GIB = 1024.0 * 1024 * 1024;

    private static Hardware detect(String machine) {
        return new HardwareDetector(RecordedHost.of(machine), CATALOG).detect(null);
    }

    @Test
    void oneRtx4090IsTheCatalogCard() {
        Hardware h = detect("rtx-4090");
        assertThat(h.id()).isEqualTo("rtx-4090");
        assertThat(h.count()).isEqualTo(1);
        assertThat(h.memoryBytesEach()).isEqualTo(24 * GIB); // the catalog's figure, not the 23.99 GiB reported
        assertThat(h.bandwidthBytesPerSecondEach()).isEqualTo(1008e9);
        Detected d = h.detected();
        assertThat(d.tool()).isEqualTo("nvidia-smi");
        assertThat(d.device()).isEqualTo("NVIDIA GeForce RTX 4090");
        assertThat(d.memoryBytes()).isEqualTo(24564L * 1024 * 1024);
        assertThat(d.matched()).isEqualTo("rtx-4090");
        assertThat(d.note()).isNull();
        assertThat(d.line()).isEqualTo("detected (nvidia-smi): NVIDIA GeForce RTX 4090, 24.0 GiB → rtx-4090");
    }

    @Test
    void twoA100sAreCounted() {
        Hardware h = detect("2xa100-80gb");
        assertThat(h.id()).isEqualTo("a100-80gb");
        assertThat(h.count()).isEqualTo(2);
        assertThat(h.detected().line()).isEqualTo("detected (nvidia-smi): 2× NVIDIA A100-SXM4-80GB, 80.0 GiB each → a100-80gb");
    }

    @Test
    void anH100NvlIsItsOwnCardNotTheSxmOrThePcieOne() {
        Hardware h = detect("h100-nvl"); // NVIDIA H100 NVL, 95830 MiB: 93.6 GiB of the catalog's 94
        assertThat(h.id()).isEqualTo("h100-nvl");
        assertThat(h.memoryBytesEach()).isEqualTo(94 * GIB);
        assertThat(h.bandwidthBytesPerSecondEach()).isEqualTo(3900e9);
        assertThat(h.detected().matched()).isEqualTo("h100-nvl");
        assertThat(h.detected().note()).isNull();
    }

    @Test
    void aCardTheCatalogLacksIsSizedFromItsReportedMemory() {
        Hardware h = detect("a40");
        assertThat(h.id()).isEqualTo("custom");
        assertThat(h.memoryBytesEach() / GIB).isEqualTo(44.99); // 46068 MiB, to the hundredth
        assertThat(h.bandwidthBytesPerSecondEach()).isNull();
        assertThat(h.detected().matched()).isNull();
        assertThat(h.detected().note()).contains("bandwidth unknown, so no speed (add --bandwidth GB_PER_S)");
    }

    @Test
    void anUnknownCardTakesTheBandwidthGiven() {
        Hardware h = new HardwareDetector(RecordedHost.of("a40"), CATALOG).detect(696.0);
        assertThat(h.bandwidthBytesPerSecondEach()).isEqualTo(696e9);
        assertThat(h.detected().note()).contains("--bandwidth 696 GB/s");
    }

    @Test
    void aKnownCardRefusesABandwidth() {
        assertThatThrownBy(() -> new HardwareDetector(RecordedHost.of("rtx-4090"), CATALOG).detect(900.0))
                .isInstanceOf(UsageException.class).hasMessageContaining("rtx-4090 has 1008 GB/s");
    }

    @Test
    void aNameWhoseMemoryDiffersIsAnotherVariant() {
        Hardware h = detect("rtx-3060-8gb"); // the 8 GB RTX 3060 has a narrower bus than the 12 GB one in the catalog
        assertThat(h.id()).isEqualTo("custom");
        assertThat(h.memoryBytesEach()).isEqualTo(8 * GIB);
        assertThat(h.detected().note()).startsWith("its name matches rtx-3060-12gb but its memory does not (12 GB in the catalog)");
    }

    @Test
    void mixedCardsSizeTheFirstKindAndSaySo() {
        Hardware h = detect("mixed");
        assertThat(h.id()).isEqualTo("rtx-4090");
        assertThat(h.count()).isEqualTo(2);
        assertThat(h.detected().note()).startsWith("mixed cards: also 1× NVIDIA GeForce RTX 3090, not counted");
    }

    @Test
    void rocmSmiFindsAnMi300x() {
        RecordedHost host = RecordedHost.of("mi300x");
        Hardware h = new HardwareDetector(host, CATALOG).detect(null);
        assertThat(h.id()).isEqualTo("mi300x");
        assertThat(h.detected().tool()).isEqualTo("rocm-smi");
        assertThat(h.detected().memoryBytes()).isEqualTo(206158430208L);
        assertThat(host.ran).containsExactly(HardwareDetector.NVIDIA_SMI, HardwareDetector.ROCM_SMI);
    }

    @Test
    void aMacIsItsChipWithItsMemory() {
        Hardware h = detect("m3-max");
        assertThat(h.id()).isEqualTo("m3-max-48gb");
        assertThat(h.memoryBytesEach()).isEqualTo(48 * GIB);
        assertThat(h.usableShare()).isEqualTo(Hardware.APPLE_USABLE_SHARE);
        assertThat(h.detected().tool()).isEqualTo("sysctl");
        assertThat(h.detected().matched()).isEqualTo("m3-max");
    }

    @Test
    void a36GbM3MaxIsTheCutDownBinWithItsLowerBandwidth() {
        Hardware h = detect("m3-max-36gb"); // macOS names both bins 'Apple M3 Max'; only the 30-core one has 36 GB
        assertThat(h.id()).isEqualTo("m3-max-30gpu-36gb");
        assertThat(h.memoryBytesEach()).isEqualTo(36 * GIB);
        assertThat(h.bandwidthBytesPerSecondEach()).isEqualTo(300e9);
        assertThat(h.detected().matched()).isEqualTo("m3-max-30gpu");
        assertThat(h.detected().note()).isEqualTo("of m3-max, m3-max-30gpu only m3-max-30gpu is sold with 36 GB");
        Hardware full = detect("m3-max"); // 48 GB: the 40-core chip
        assertThat(full.bandwidthBytesPerSecondEach()).isEqualTo(400e9);
        assertThat(full.detected().note()).isEqualTo("of m3-max, m3-max-30gpu only m3-max is sold with 48 GB");
    }

    @Test
    void anM4MaxIsToldByItsMemory() {
        Hardware cut = detect("m4-max-36gb");
        assertThat(cut.id()).isEqualTo("m4-max-32gpu"); // 36 GB is the bin's only size: no memory suffix
        assertThat(cut.bandwidthBytesPerSecondEach()).isEqualTo(410e9);
        assertThat(cut.detected().line()).isEqualTo("detected (sysctl): Apple M4 Max, 36.0 GiB → m4-max-32gpu; "
                + "of m4-max, m4-max-32gpu only m4-max-32gpu is sold with 36 GB");
        Hardware full = detect("m4-max-128gb");
        assertThat(full.id()).isEqualTo("m4-max");
        assertThat(full.bandwidthBytesPerSecondEach()).isEqualTo(546e9);
    }

    @Test
    void aMemoryNoBinIsSoldWithKeepsTheFirstAndSaysSo() {
        Hardware h = detect("m3-max-72gb");
        assertThat(h.id()).isEqualTo("m3-max-72gb");
        assertThat(h.detected().matched()).isEqualTo("m3-max");
        assertThat(h.detected().note()).isEqualTo("its memory does not tell m3-max, m3-max-30gpu apart: assumed m3-max "
                + "(name the chip with --gpu ID)");
    }

    @Test
    void anIntelMacIsItsRam() {
        Hardware h = detect("intel-mac");
        assertThat(h.kind()).isEqualTo("cpu");
        assertThat(h.id()).isEqualTo("cpu-ddr5-32gb");
        assertThat(h.detected().tool()).isEqualTo("sysctl");
        assertThat(h.detected().note()).startsWith("no GPU found (an Intel Mac): sized for system RAM");
    }

    @Test
    void anAppleChipTheCatalogLacksKeepsAppleRules() {
        Hardware h = detect("apple-m5");
        assertThat(h.kind()).isEqualTo("apple");
        assertThat(h.memoryBytesEach()).isEqualTo(32 * GIB);
        assertThat(h.usableShare()).isEqualTo(2.0 / 3); // macOS's default GPU share at 32 GiB
        assertThat(h.bandwidthBytesPerSecondEach()).isNull();
        assertThat(h.detected().matched()).isNull();
    }

    @Test
    void aLinuxBoxWithoutGpuIsItsRam() {
        Hardware h = detect("linux-cpu");
        assertThat(h.kind()).isEqualTo("cpu");
        assertThat(h.id()).isEqualTo("cpu-ddr5-62gb"); // MemTotal 65015612 kB = 62.0 GiB
        assertThat(h.detected().device()).isEqualTo("AMD Ryzen 9 7950X 16-Core Processor");
        assertThat(h.detected().tool()).isEqualTo("/proc/meminfo");
        assertThat(h.detected().note()).isEqualTo("no GPU found (nvidia-smi not found; rocm-smi not found): sized for system RAM; "
                + "bandwidth assumed: 89.6 GB/s (Desktop CPU, dual-channel DDR5-5600)");
    }

    @Test
    void aFailingDriverFallsBackToTheCpuAndSaysWhy() {
        Hardware h = detect("nvidia-driver-down");
        assertThat(h.detected().device()).isEqualTo("13th Gen Intel(R) Core(TM) i9-13900K"); // from /proc/cpuinfo: no lscpu
        assertThat(h.detected().note()).contains("nvidia-smi exited with status 9: NVIDIA-SMI has failed");
    }

    @Test
    void nothingUsableIsAUsageErrorWithAHint() {
        assertThatThrownBy(() -> detect("windows-hang")).isInstanceOf(UsageException.class)
                .hasMessageContaining("nvidia-smi did not answer within 10 s")
                .hasMessageContaining("could not read the system memory from /proc/meminfo")
                .extracting(e -> ((UsageException) e).hint()).asString().contains("--gpu ID");
    }

    @Test
    void aCardWithoutReportedMemoryIsMatchedByName() {
        Hardware h = detect("dgx-spark");
        assertThat(h.id()).isEqualTo("dgx-spark");
        assertThat(h.detected().memoryBytes()).isNull();
        assertThat(h.detected().line()).contains("memory not reported");
    }

    @Test
    void namesMatchWholeAndTheMostSpecificWins() {
        HardwareDetector d = new HardwareDetector(RecordedHost.of("rtx-4090"), CATALOG);
        java.util.function.Predicate<Accelerator> gpu = a -> "gpu".equals(a.kind());
        assertThat(d.named("NVIDIA GeForce RTX 4080 SUPER", gpu)).extracting(Accelerator::id).containsExactly("rtx-4080-super");
        assertThat(d.named("nvidia  geforce rtx 4080", gpu)).extracting(Accelerator::id).containsExactly("rtx-4080");
        assertThat(d.named("NVIDIA GeForce RTX 4090 Laptop GPU", gpu)).isEmpty();
        assertThat(d.named("NVIDIA GeForce RTX 3090 Ti", gpu)).isEmpty();
        assertThat(d.named("AMD RYZEN AI MAX+ 395 w/ Radeon 8060S", a -> "cpu".equals(a.kind()) || a.unifiedMemory()))
                .extracting(Accelerator::id).containsExactly("ryzen-ai-max-395", "cpu-ddr5"); // the catch-all '*' last
    }

    @Test
    void everyLiteralMatchNameInTheCatalogFindsItsOwnEntryFirst() {
        HardwareDetector d = new HardwareDetector(RecordedHost.of("rtx-4090"), CATALOG);
        int checked = 0;
        for (Accelerator a : CATALOG) {
            for (String name : a.match()) {
                if (!name.contains("*")) {
                    List<Accelerator> hits = d.named(name, x -> x.kind().equals(a.kind()));
                    // bins of one chip share its name (Apple M3 Max): they come first together, told apart by memory
                    List<Accelerator> bins = CATALOG.stream().filter(x -> x.kind().equals(a.kind()) && x.match().contains(name)).toList();
                    assertThat(hits.subList(0, Math.min(bins.size(), hits.size()))).as(name).containsExactlyInAnyOrderElementsOf(bins);
                    checked++;
                }
            }
        }
        assertThat(checked).isGreaterThan(40);
    }

    @Test
    void binsSharingANameAreSoldWithDifferentMemorySizes() {
        int shared = 0;
        for (Accelerator a : CATALOG) {
            for (Accelerator b : CATALOG) {
                if (a != b && a.match().stream().anyMatch(b.match()::contains)) {
                    shared++;
                    assertThat(sizes(a)).as(a.id() + " and " + b.id()).doesNotContainAnyElementsOf(sizes(b));
                }
            }
        }
        assertThat(shared).isGreaterThanOrEqualTo(6); // m3-max/m3-max-30gpu, m4-max/m4-max-32gpu, rx-7900-xt/xtx, each way
    }

    private static List<Double> sizes(Accelerator a) {
        List<Double> out = new java.util.ArrayList<>(a.memoryOptionsGib());
        out.add(a.memoryGib());
        return out;
    }

    @Test
    void garbledToolOutputIsNotAGpu() {
        List<String> tried = new java.util.ArrayList<>();
        assertThat(ToolOutputs.nvidia("No devices were found\n", tried)).isEmpty();
        assertThat(ToolOutputs.rocm("ERROR: GPU[0]: not supported", tried)).isEmpty();
        assertThat(tried).containsExactly("nvidia-smi printed 'No devices were found', not a GPU", "rocm-smi printed no JSON");
    }
}
