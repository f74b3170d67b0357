package dev.owl.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.owl.OwlRunner;
import dev.owl.OwlRunner.Result;
import dev.owl.catalog.Catalog;
import dev.owl.catalog.CatalogLoader;
import dev.owl.catalog.CatalogLocation;
import dev.owl.catalog.Model;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The questions of the issue, asked of the real bundled catalog; every assertion follows from catalog facts. */
class RecommendScenarioTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Catalog CATALOG = new CatalogLoader().load(List.of(new CatalogLocation("catalog", Path.of("catalog"), true)));

    private static JsonNode recommend(String... args) throws Exception {
        List<String> all = new ArrayList<>(List.of("recommend", "--format", "json", "--top", "50"));
        all.addAll(List.of(args));
        Result r = OwlRunner.bundled().run(all.toArray(String[]::new));
        assertThat(r.exitCode()).as(r.err()).isZero();
        return JSON.readTree(r.out());
    }

    private static Model model(String id) {
        return CATALOG.models().stream().filter(m -> m.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void multimodalWith128kContextOnOneH100() throws Exception {
        JsonNode r = recommend("--task", "vision", "--context", "128K", "--gpu", "h100-sxm");
        assertThat(r.get("recommendations")).isNotEmpty();
        for (JsonNode rec : r.get("recommendations")) {
            Model m = model(rec.get("model").asText());
            assertThat(m.modalities().input()).contains("image");
            assertThat(m.contextTokens()).isGreaterThanOrEqualTo(131072);
            assertThat(rec.get("total_bytes").asLong()).isLessThanOrEqualTo(80L << 30);
        }
        // Llama 3.2 90B Vision takes images at 128K but needs more than one H100 even at q3_k_m? Then it says so.
        for (JsonNode e : r.get("excluded")) {
            Model m = model(e.get("model").asText());
            String reasons = e.get("reasons").toString();
            if (!m.modalities().input().contains("image")) {
                assertThat(reasons).contains("no image input");
            }
        }
    }

    @Test
    void best70bClassForGeneralChatFitsItsHardware() throws Exception {
        // "70B class" in practice: what runs on 2 × 48 GB at 8K context
        JsonNode r = recommend("--task", "chat", "--vram", "48", "--gpu-count", "2");
        List<String> ids = new ArrayList<>();
        r.get("recommendations").forEach(n -> ids.add(n.get("model").asText()));
        assertThat(ids).contains("llama-3.3-70b-instruct");
        for (JsonNode rec : r.get("recommendations")) {
            assertThat(rec.get("fits").asBoolean()).isTrue();
            assertThat(rec.get("total_bytes").asLong()).isLessThanOrEqualTo(96L << 30);
        }
        // 405B does not fit 96 GiB at any format owl tries, and the reason carries the numbers
        String reasons = r.get("excluded").toString();
        assertThat(reasons).contains("llama-3.1-405b-instruct").contains("96.0 GiB available");
    }

    @Test
    void everyExclusionOfAnEuVisionQueryIsExplained() throws Exception {
        JsonNode r = recommend("--task", "vision", "--eu", "--mau", "2000000", "--commercial");
        for (JsonNode rec : r.get("recommendations")) {
            Model m = model(rec.get("model").asText());
            assertThat(CATALOG.license(m.license()).orElseThrow().regionalRestrictions())
                    .noneMatch(x -> x.region().equals("EU") && x.appliesTo().contains(m.id()));
        }
        String excluded = r.get("excluded").toString();
        assertThat(excluded).contains("llama-3.2-11b-vision-instruct").contains("withholds rights");
        assertThat(excluded).contains("llama-4-scout-17b-16e-instruct");
    }
}
