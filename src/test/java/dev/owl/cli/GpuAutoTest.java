package dev.owl.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.owl.OwlRunner;
import dev.owl.OwlRunner.Result;
import dev.owl.fit.RecordedHost;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/** {@code --gpu auto} through the commands, on recorded tool outputs (src/test/resources/detect/). */
class GpuAutoTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static Result run(String machine, String... args) {
        return OwlRunner.bundled().host(RecordedHost.of(machine)).run(args);
    }

    @Test
    void fitSaysWhatItFoundUnderTheTable() {
        Result r = run("rtx-4090", "fit", "llama-3.1-8b-instruct", "--gpu", "auto", "--quant", "q4_k_m", "--context", "8K");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("rtx-4090").contains("  - detected (nvidia-smi): NVIDIA GeForce RTX 4090, 24.0 GiB → rtx-4090");
        assertThat(r.err()).isEmpty();
    }

    @Test
    void fitJsonCarriesTheDetectedRecord() throws IOException {
        Result r = run("2xa100-80gb", "fit", "llama-3.3-70b-instruct", "--gpu", "auto", "--quant", "bf16", "--context", "8K",
                "--format", "json");
        assertThat(r.exitCode()).isZero();
        JsonNode row = JSON.readTree(r.out()).get(0);
        assertThat(row.get("gpu").asText()).isEqualTo("a100-80gb");
        assertThat(row.get("gpu_count").asInt()).isEqualTo(2);
        JsonNode d = row.get("detected");
        assertThat(d.get("tool").asText()).isEqualTo("nvidia-smi");
        assertThat(d.get("device").asText()).isEqualTo("NVIDIA A100-SXM4-80GB");
        assertThat(d.get("memory_bytes").asLong()).isEqualTo(81920L * 1024 * 1024);
        assertThat(d.get("count").asInt()).isEqualTo(2);
        assertThat(d.get("matched").asText()).isEqualTo("a100-80gb");
        assertThat(d.get("note").isNull()).isTrue();
    }

    @Test
    void hardwareGivenByIdHasNoDetectedRecord() throws IOException {
        Result r = run("rtx-4090", "fit", "llama-3.1-8b-instruct", "--gpu", "rtx-4090", "--quant", "q4_k_m", "--context", "8K",
                "--format", "json");
        assertThat(JSON.readTree(r.out()).get(0).get("detected").isNull()).isTrue();
    }

    @Test
    void whatFitsOnAnUnknownCardNeedsNoBandwidth() throws IOException {
        Result r = run("a40", "fit", "--gpu", "auto", "--quant", "q4_k_m", "--context", "8K", "--format", "json");
        assertThat(r.exitCode()).isZero();
        JsonNode rows = JSON.readTree(r.out());
        assertThat(rows.size()).isPositive();
        assertThat(rows.get(0).get("gpu").asText()).isEqualTo("custom");
        assertThat(rows.get(0).get("detected").get("matched").isNull()).isTrue();
        assertThat(rows.get(0).get("decode_tokens_per_s").isNull()).isTrue(); // bandwidth unknown: no speed
        Result table = run("a40", "fit", "--gpu", "auto", "--quant", "q4_k_m", "--context", "8K");
        assertThat(table.out().replaceAll("\\s+", " ")).contains("detected (nvidia-smi): NVIDIA A40, 45.0 GiB → not in "
                + "the catalog; sized with the memory nvidia-smi reports; bandwidth unknown, so no speed (add --bandwidth GB_PER_S)");
    }

    @Test
    void anUnknownCardTakesBandwidth() throws IOException {
        Result r = run("a40", "fit", "llama-3.1-8b-instruct", "--gpu", "auto", "--bandwidth", "696", "--quant", "bf16",
                "--context", "8K", "--format", "json");
        assertThat(r.exitCode()).isZero();
        assertThat(JSON.readTree(r.out()).get(0).get("decode_tokens_per_s").asDouble()).isPositive();
    }

    @Test
    void recommendReportsItInTheQuery() throws IOException {
        Result r = run("m3-max", "recommend", "--task", "chat", "--gpu", "auto", "--format", "json");
        assertThat(r.exitCode()).isZero();
        JsonNode q = JSON.readTree(r.out()).get("query");
        assertThat(q.get("gpu").asText()).isEqualTo("m3-max-48gb");
        assertThat(q.get("detected").get("tool").asText()).isEqualTo("sysctl");
        assertThat(q.get("detected").get("device").asText()).isEqualTo("Apple M3 Max");
        assertThat(q.get("detected").get("matched").asText()).isEqualTo("m3-max");
        Result table = run("m3-max", "recommend", "--task", "chat", "--gpu", "auto");
        assertThat(table.out().replaceAll("\\s+", " ")).contains("Hardware detected (sysctl): Apple M3 Max, 48.0 GiB → m3-max");
    }

    @Test
    void autoComparesWithACatalogCard() throws IOException {
        Result r = run("linux-cpu", "fit", "llama-3.1-8b-instruct", "--gpu", "auto,rtx-4090", "--quant", "q4_k_m", "--context",
                "8K", "--format", "json");
        assertThat(r.exitCode()).isZero();
        JsonNode rows = JSON.readTree(r.out());
        assertThat(rows.findValuesAsText("gpu")).containsExactly("cpu-ddr5-62gb", "rtx-4090");
    }

    @Test
    void nothingUsableIsExitTwoWithAHintAndNoStackTrace() {
        Result r = run("windows-hang", "fit", "llama-3.1-8b-instruct", "--gpu", "auto");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).contains("nvidia-smi did not answer within 10 s").contains("--gpu ID").doesNotContain("Exception")
                .doesNotContain("\tat ");
    }

    @Test
    void autoRefusesWhatContradictsIt() {
        assertThat(run("rtx-4090", "fit", "--gpu", "auto", "--vram", "24").err()).contains("--gpu auto reads the memory");
        assertThat(run("rtx-4090", "fit", "--gpu", "auto", "--gpu-count", "2").err()).contains("counts this machine's GPUs");
        Result bandwidth = run("rtx-4090", "fit", "--gpu", "auto", "--bandwidth", "900");
        assertThat(bandwidth.exitCode()).isEqualTo(2);
        assertThat(bandwidth.err()).contains("the detected rtx-4090 has 1008 GB/s");
    }

    @Test
    void costPricesTheDetectedCard() throws IOException {
        Result r = run("2xa100-80gb", "cost", "llama-3.1-8b-instruct", "--tokens-per-day", "20M", "--gpu", "auto", "--format", "json");
        assertThat(r.exitCode()).as(r.err()).isZero();
        JsonNode self = JSON.readTree(r.out()).get("self_host");
        assertThat(self.get("gpu").asText()).isEqualTo("a100-80gb");
        assertThat(self.get("detected").get("device").asText()).isEqualTo("NVIDIA A100-SXM4-80GB");
        Result table = run("2xa100-80gb", "cost", "llama-3.1-8b-instruct", "--tokens-per-day", "20M", "--gpu", "auto");
        assertThat(table.out()).contains("detected (nvidia-smi): 2× NVIDIA A100-SXM4-80GB, 80.0 GiB each → a100-80gb");
        Result unknown = run("a40", "cost", "llama-3.1-8b-instruct", "--tokens-per-day", "20M", "--gpu", "auto");
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).contains("--gpu auto found NVIDIA A40, which the catalog does not know").contains("--gpu ID");
        assertThat(run("linux-cpu", "cost", "llama-3.1-8b-instruct", "--tokens-per-day", "20M", "--gpu", "auto").err())
                .contains("found AMD Ryzen 9 7950X 16-Core Processor, no GPU");
    }

    @Test
    void theConfigFileCanSayAuto(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws IOException {
        java.nio.file.Path config = java.nio.file.Files.writeString(dir.resolve("config.yaml"), "gpu: auto\n");
        Result r = OwlRunner.bundled().host(RecordedHost.of("mi300x")).env("OWL_CONFIG", config.toString())
                .run("fit", "llama-3.1-8b-instruct", "--quant", "bf16", "--context", "8K", "--format", "json");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(JSON.readTree(r.out()).get(0).get("detected").get("matched").asText()).isEqualTo("mi300x");
        // --vram on the command line still wins over the config file's GPU
        Result vram = OwlRunner.bundled().host(RecordedHost.of("mi300x")).env("OWL_CONFIG", config.toString())
                .run("fit", "llama-3.1-8b-instruct", "--vram", "24", "--quant", "bf16", "--context", "8K", "--format", "json");
        assertThat(JSON.readTree(vram.out()).get(0).get("detected").isNull()).isTrue();
    }

    @Test
    void autoIsInTheHelpAndTheCompletions() {
        assertThat(run("nothing", "fit", "--help").out().replaceAll("\\s+", " ")).contains("auto for this machine's");
        assertThat(Candidates.from(new dev.owl.catalog.CatalogLoader().load(java.util.List.of(
                new dev.owl.catalog.CatalogLocation("catalog", java.nio.file.Path.of("catalog"), true))), new Candidates.Gpus()))
                .contains("auto", "rtx-4090");
        assertThat(new Candidates.Gpus()).contains("auto");
    }
}
