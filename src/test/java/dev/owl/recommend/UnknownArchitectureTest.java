package dev.owl.recommend;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.owl.OwlRunner;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A model whose architecture a user catalog leaves out cannot have its KV cache counted by fit; recommend must not let
 * it win on memory it may not have. Twins with the same size, date and figures, one without its architecture.
 */
class UnknownArchitectureTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dir;

    @BeforeAll
    static void twins() throws Exception {
        Files.createDirectories(dir.resolve("models"));
        Files.writeString(dir.resolve("models/twins.yaml"), """
                family: twins
                vendor: Test
                models:
                %s
                %s
                """.formatted(twin("twin-known", true), twin("twin-unknown", false)));
    }

    private static String twin(String id, boolean architecture) {
        String arch = !architecture ? "" : """
                    architecture:
                      attention: gqa
                      layers: 40
                      hidden_size: 5120
                      attention_heads: 32
                      kv_heads: 8
                      head_dim: 128
                      vocab_size: 131072
                      source: {url: "https://example.org/config.json", as_of: 2026-12-01}
                """;
        return """
                  - id: %s
                    name: %s
                    generation: "1"
                    status: released
                    weights: open
                    release_date: 2025-06-01
                    hf_repos: [test/%s]
                    license: apache-2.0
                    params_total_b: 24
                    context_tokens: 131072
                    capabilities: [chat, tools]
                %s    benchmarks:
                      - name: MMLU-Pro
                        score: 70.0
                        setting: "test figure"
                        source: {url: "https://example.org/card", as_of: 2026-12-01}
                    sources:
                      - {url: "https://example.org/card", as_of: 2026-12-01}
                """.formatted(id, id, id, arch);
    }

    private static JsonNode recommend(String... args) throws Exception {
        String[] all = new String[args.length + 8];
        System.arraycopy(new String[] {"--catalog", dir.toString(), "recommend", "--family", "twins", "--format", "json", "--top"}, 0, all, 0, 8);
        System.arraycopy(args, 0, all, 8, args.length);
        OwlRunner.Result r = OwlRunner.bundled().run(all);
        assertThat(r.exitCode()).as(r.err()).isZero();
        return JSON.readTree(r.out());
    }

    private static JsonNode row(JsonNode report, String id) {
        for (JsonNode n : report.get("recommendations")) {
            if (n.get("model").asText().equals(id)) {
                return n;
            }
        }
        return null;
    }

    @Test
    void theTwinWithoutAnArchitectureCountsAnEstimatedCacheAndRanksBelowTheOneWhoseCacheIsCounted() throws Exception {
        JsonNode r = recommend("5", "--task", "chat", "--gpu", "rtx-4090");
        JsonNode known = row(r, "twin-known");
        JsonNode unknown = row(r, "twin-unknown");
        assertThat(r.get("recommendations").get(0).get("model").asText()).isEqualTo("twin-known");
        assertThat(unknown.get("score").asDouble()).isLessThanOrEqualTo(known.get("score").asDouble());
        // the total it was sized with holds more than its weights: the estimated cache is in it, and the reason says so
        String reasons = unknown.get("reasons").toString();
        assertThat(reasons).contains("KV cache estimated from its size").doesNotContain("at most");
        assertThat(row(r, "twin-known").get("reasons").toString()).doesNotContain("estimated");
    }

    @Test
    void aContextWhoseCacheCannotFitExcludesTheUnknownTwinInsteadOfCallingItAFit() throws Exception {
        // at 128K a 24B GQA model's cache alone is ~20 GiB: neither twin fits a 24 GB card with it, and the one whose
        // cache fit cannot count is not let through on its weights alone
        JsonNode r = recommend("5", "--task", "chat", "--gpu", "rtx-4090", "--context", "128K");
        assertThat(r.get("recommendations")).isEmpty();
        String excluded = r.get("excluded").toString();
        assertThat(excluded).contains("twin-unknown").contains("KV cache estimated from its size");
    }

    @Test
    void explainShowsTheApproximatedCacheAndItsPrior() {
        OwlRunner.Result r = OwlRunner.bundled().run("--catalog", dir.toString(), "recommend", "--family", "twins", "--task", "chat",
                "--gpu", "rtx-4090", "--explain", "twin-unknown");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("KV cache").contains("approximated").contains("fitted on").contains("one residual standard error high");
        OwlRunner.Result known = OwlRunner.bundled().run("--catalog", dir.toString(), "recommend", "--family", "twins", "--task",
                "chat", "--gpu", "rtx-4090", "--explain", "twin-known");
        assertThat(known.out()).doesNotContain("approximated");
    }

    @Test
    void thePriorFitsOnModelsWhoseCacheIsCountedAndErrsHigh() {
        var catalog = new dev.owl.catalog.CatalogLoader().load(java.util.List.of(
                new dev.owl.catalog.CatalogLocation("catalog", Path.of("catalog"), true),
                new dev.owl.catalog.CatalogLocation(dir.toString(), dir, false)));
        KvPrior prior = KvPrior.fit(catalog.models());
        assertThat(prior).isNotNull();
        // the known twin caches 2 × 40 layers × 8 heads × 128 × 2 bytes = 160 KiB a token; the prior, one error high, more
        long perToken = dev.owl.fit.FitCalculator.kvCacheBytes(dev.owl.fit.ModelShape.of(catalog.models().stream()
                .filter(m -> m.id().equals("twin-known")).findFirst().orElseThrow()), 1, 1, dev.owl.fit.KvQuant.FP16);
        assertThat(perToken).isEqualTo(160 * 1024);
        assertThat(prior.bytes(24, 1)).isGreaterThan(perToken);
        assertThat(prior.bytes(24, 8192)).isCloseTo(prior.bytes(24, 1) * 8192L, org.assertj.core.data.Offset.offset(8192L));
        assertThat(prior.bytes(70, 1)).isGreaterThan(prior.bytes(8, 1));
        assertThat(KvPrior.fit(java.util.List.of())).isNull();
    }
}
