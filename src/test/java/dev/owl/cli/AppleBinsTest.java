package dev.owl.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.owl.OwlRunner;
import dev.owl.OwlRunner.Result;
import dev.owl.fit.RecordedHost;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/**
 * Apple chips whose cut-down bins read memory more slowly than the full chip (the 36 GB M3 and M4 Max), and the
 * H100 NVL: what {@code fit} and {@code fit --list-gpus} make of them, by id and through {@code --gpu auto}.
 */
class AppleBinsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode fit(String gpu) throws IOException {
        Result r = OwlRunner.bundled().run("fit", "llama-3.1-8b-instruct", "--gpu", gpu, "--quant", "q4_k_m", "--context", "8K",
                "--format", "json");
        assertThat(r.exitCode()).as(r.err()).isZero();
        return JSON.readTree(r.out()).get(0);
    }

    @Test
    void fitOnTheCutDownBinGivesItsLowerBandwidth() throws IOException {
        JsonNode cut = fit("m3-max-30gpu-36gb");
        JsonNode full = fit("m3-max-48gb");
        assertThat(cut.get("gpu").asText()).isEqualTo("m3-max-30gpu-36gb");
        assertThat(cut.get("available_bytes").asLong()).isEqualTo((long) (36 * 0.75 * (1L << 30)));
        // the decode bound is bandwidth ÷ bytes read per token, the same model on both: 300 against 400 GB/s
        assertThat(cut.get("decode_tokens_per_s").asDouble()).isCloseTo(full.get("decode_tokens_per_s").asDouble() * 300 / 400,
                within(1.0));
        assertThat(cut.get("decode_tokens_per_s").asDouble()).isLessThan(full.get("decode_tokens_per_s").asDouble());
        JsonNode m4cut = fit("m4-max-32gpu");
        JsonNode m4full = fit("m4-max-48gb");
        assertThat(m4cut.get("gpu").asText()).isEqualTo("m4-max-32gpu");
        assertThat(m4cut.get("decode_tokens_per_s").asDouble()).isCloseTo(m4full.get("decode_tokens_per_s").asDouble() * 410 / 546,
                within(1.0));
    }

    @Test
    void aSizeOnlyTheOtherBinIsSoldWithNamesThatBin() {
        Result r = OwlRunner.bundled().run("fit", "llama-3.1-8b-instruct", "--gpu", "m3-max", "--memory", "36");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).contains("Apple M3 Max (16-core CPU, 40-core GPU) is sold with 48, 64, 128 GB, not 36")
                .contains("the 36 GB one is m3-max-30gpu (Apple M3 Max (14-core CPU, 30-core GPU), 300 GB/s): --gpu m3-max-30gpu-36gb");
        Result suffix = OwlRunner.bundled().run("fit", "llama-3.1-8b-instruct", "--gpu", "m4-max-36gb");
        assertThat(suffix.exitCode()).isEqualTo(2);
        assertThat(suffix.err()).contains("--gpu m4-max-32gpu").doesNotContain("m4-max-32gpu-36gb");
        Result none = OwlRunner.bundled().run("fit", "llama-3.1-8b-instruct", "--gpu", "m4-max", "--memory", "40");
        assertThat(none.err()).contains("use --memory 48 or --memory 64 or --memory 128");
        // --vram takes any unified memory size, but not one only the other bin is sold with
        Result vram = OwlRunner.bundled().run("fit", "llama-3.1-8b-instruct", "--gpu", "m3-max", "--vram", "36");
        assertThat(vram.exitCode()).isEqualTo(2);
        assertThat(vram.err()).contains("--gpu m3-max-30gpu-36gb");
        assertThat(OwlRunner.bundled().run("fit", "llama-3.1-8b-instruct", "--gpu", "m3-max", "--vram", "40").exitCode()).isZero();
    }

    @Test
    void listGpusShowsBothBinsAndTheNvl() throws IOException {
        Result r = OwlRunner.bundled().run("fit", "--list-gpus", "--gpu", "m3-max,m3-max-30gpu,m4-max,m4-max-32gpu,h100-nvl",
                "--format", "json");
        assertThat(r.exitCode()).as(r.err()).isZero();
        JsonNode rows = JSON.readTree(r.out());
        assertThat(rows.findValuesAsText("id")).containsExactly("m3-max", "m3-max-30gpu", "m4-max", "m4-max-32gpu", "h100-nvl");
        assertThat(rows.findValues("bandwidth_gb_s")).extracting(JsonNode::asDouble).containsExactly(400.0, 300.0, 546.0, 410.0, 3900.0);
        JsonNode cut = rows.get(1);
        assertThat(cut.get("name").asText()).isEqualTo("Apple M3 Max (14-core CPU, 30-core GPU)");
        assertThat(cut.get("memory_gib").asDouble()).isEqualTo(96.0);
        assertThat(cut.get("memory_options_gib")).extracting(JsonNode::asDouble).containsExactly(36.0, 96.0);
        assertThat(cut.get("match")).extracting(JsonNode::asText).containsExactly("Apple M3 Max");
        assertThat(rows.get(3).get("memory_options_gib")).extracting(JsonNode::asDouble).containsExactly(36.0);
        JsonNode nvl = rows.get(4);
        assertThat(nvl.get("memory_gib").asDouble()).isEqualTo(94.0);
        assertThat(nvl.get("fp8").asBoolean()).isTrue();
        assertThat(nvl.get("match")).extracting(JsonNode::asText).containsExactly("NVIDIA H100 NVL");
        Result table = OwlRunner.bundled().run("fit", "--list-gpus", "--gpu", "m4-max-32gpu,ryzen-ai-max-395");
        assertThat(table.out()).contains("m4-max-32gpu").contains("410 GB/s").contains("~256 GB/s");
    }

    /** fit's first row on a recorded machine ({@code src/test/resources/detect/MACHINE}) with {@code --gpu auto}. */
    private static JsonNode auto(String machine) throws IOException {
        Result r = OwlRunner.bundled().host(RecordedHost.of(machine)).run("fit", "llama-3.1-8b-instruct", "--gpu", "auto",
                "--quant", "q4_k_m", "--context", "8K", "--format", "json");
        assertThat(r.exitCode()).as(r.err()).isZero();
        return JSON.readTree(r.out()).get(0);
    }

    @Test
    void gpuAutoOnA36GbM3MaxFitsWithTheCutDownBin() throws IOException {
        JsonNode row = auto("m3-max-36gb");
        assertThat(row.get("gpu").asText()).isEqualTo("m3-max-30gpu-36gb");
        assertThat(row.get("decode_tokens_per_s").asDouble()).isEqualTo(fit("m3-max-30gpu-36gb").get("decode_tokens_per_s").asDouble());
        JsonNode d = row.get("detected");
        assertThat(d.get("device").asText()).isEqualTo("Apple M3 Max");
        assertThat(d.get("memory_bytes").asLong()).isEqualTo(36L << 30);
        assertThat(d.get("matched").asText()).isEqualTo("m3-max-30gpu");
        assertThat(d.get("note").asText()).isEqualTo("of m3-max, m3-max-30gpu only m3-max-30gpu is sold with 36 GB");
    }

    @Test
    void gpuAutoFindsTheH100Nvl() throws IOException {
        JsonNode row = auto("h100-nvl");
        assertThat(row.get("gpu").asText()).isEqualTo("h100-nvl");
        assertThat(row.get("detected").get("matched").asText()).isEqualTo("h100-nvl");
        assertThat(row.get("decode_tokens_per_s").asDouble()).isPositive();
    }
}
