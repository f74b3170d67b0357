package dev.owl.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.owl.OwlRunner;
import dev.owl.OwlRunner.Result;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** list --provider / --region and show's hosted offers, over the bundled deployment records. */
class OffersCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static List<String> ids(Result r) throws Exception {
        assertThat(r.exitCode()).as(r.err()).isZero();
        List<String> ids = new ArrayList<>();
        for (JsonNode n : JSON.readTree(r.out())) {
            ids.add(n.get("id").asText());
        }
        return ids;
    }

    @Test
    void listByProviderAndByEuRegionFollowTheRecords() throws Exception {
        // every model deployments.yaml records on Groq, and only those
        assertThat(ids(OwlRunner.bundled().run("list", "--all", "--provider", "groq", "--format", "json"))).containsExactlyInAnyOrder(
                "gpt-oss-120b", "gpt-oss-20b", "llama-3.1-8b-instruct", "llama-3.3-70b-instruct", "llama-4-scout-17b-16e-instruct",
                "llama-4-maverick-17b-128e-instruct", "qwen3-32b", "kimi-k2-instruct", "gemma-2-9b-it");
        List<String> eu = ids(OwlRunner.bundled().run("list", "--all", "--region", "eu", "--format", "json"));
        // EU residency is recorded for Mistral's own API and for Bedrock models with an eu. inference profile; retired offers do not count
        assertThat(eu).contains("ministral-3-8b-instruct-2512", "mistral-large-3-675b-instruct-2512", "pixtral-large-instruct-2411")
                .doesNotContain("llama-3.3-70b-instruct", "mixtral-8x7b-instruct-v0.1");
        // Vertex AI's us-central1 offers: Llama 3.3 70B (its model page) and gpt-oss (Google's GA announcement)
        assertThat(ids(OwlRunner.bundled().run("list", "--all", "--region", "us-central1", "--format", "json")))
                .containsExactlyInAnyOrder("llama-3.3-70b-instruct", "gpt-oss-120b", "gpt-oss-20b");
        Result bad = OwlRunner.bundled().run("list", "--provider", "grok");
        assertThat(bad.exitCode()).isEqualTo(2);
        assertThat(bad.err()).contains("unknown provider 'grok'");
        // a region no offer names is a usage error with the known names, not an empty table that reads as "nothing runs there"
        Result mars = OwlRunner.bundled().run("list", "--region", "mars");
        assertThat(mars.exitCode()).isEqualTo(2);
        assertThat(mars.out()).isEmpty();
        assertThat(mars.err()).contains("unknown region 'mars'").contains("eu, ").contains("us-central1");
        assertThat(OwlRunner.bundled().run("list", "--region", "US-CENTRAL1").exitCode()).isZero();
        // a cloud region's own name points at the area owl knows it by
        for (String cloud : new String[] {"eu-west", "eu-west-1", "europe-west4", "westeurope"}) {
            Result r = OwlRunner.bundled().run("list", "--region", cloud);
            assertThat(r.exitCode()).as(cloud).isEqualTo(2);
            assertThat(r.err()).as(cloud).contains("unknown region '" + cloud + "'").contains("did you mean: eu?");
        }
        assertThat(OwlRunner.bundled().run("list", "--region", "us-east-1").err()).contains("did you mean: us?");
    }

    @Test
    void showListsHostedOffersWithRegionAndPrice() {
        Result r = OwlRunner.bundled().run("show", "ministral-3-8b-instruct-2512");
        assertThat(r.out()).contains("hosted  mistral-la-plateforme  ministral-8b-2512  EU (EU residency)")
                .contains("$0.15 in / $0.15 out per million tokens (as of 2026-08-21)");
    }

    @Test
    void showJsonGivesEachServedOfferAsItsRecordHasIt() throws Exception {
        Result r = OwlRunner.bundled().today("2026-12-02").run("show", "llama-3.3-70b-instruct", "--format", "json");
        assertThat(r.exitCode()).as(r.err()).isZero();
        JsonNode hosted = JSON.readTree(r.out()).get("hosted");
        dev.owl.catalog.Catalog c = new dev.owl.catalog.CatalogLoader().load(List.of(
                new dev.owl.catalog.CatalogLocation("catalog", java.nio.file.Path.of("catalog"), true)));
        List<dev.owl.catalog.Deployment> served = c.deployments("llama-3.3-70b-instruct").stream()
                .filter(d -> d.servedOn(java.time.LocalDate.parse("2026-12-02"))).toList();
        assertThat(hosted).hasSize(served.size());
        for (int i = 0; i < served.size(); i++) {
            dev.owl.catalog.Deployment d = served.get(i);
            JsonNode o = hosted.get(i);
            assertThat(o.get("provider").asText()).isEqualTo(d.provider());
            assertThat(o.get("provider_model_ids").size()).as(d.provider()).isEqualTo(d.providerModelIds().size());
            if (!d.providerModelIds().isEmpty()) {
                assertThat(o.get("provider_model_ids").get(0).asText()).isEqualTo(d.providerModelIds().get(0));
            }
            assertThat(o.get("regions").size()).isEqualTo(d.regions().size());
            assertThat(o.get("source").get("url").asText()).isEqualTo(d.source().url());
            if (d.price() == null) {
                assertThat(o.get("price").isNull()).as(d.provider()).isTrue();
            } else {
                assertThat(o.get("price").get("input_usd_per_mtok").asDouble()).isEqualTo(d.price().inputUsdPerMtok());
                assertThat(o.get("price").get("output_usd_per_mtok").asDouble()).isEqualTo(d.price().outputUsdPerMtok());
                assertThat(o.get("price").get("as_of").asText()).isEqualTo(d.price().asOf().toString());
            }
        }
        assertThat(hosted.findValuesAsText("provider")).contains("together", "groq");
    }

    @Test
    void showLeavesOutAnOfferWhoseRetirementDateHasPassed() {
        // La Plateforme retires devstral-small-2507 on 2026-05-31 (catalog/deployments.yaml); cost and list already drop it
        Result before = OwlRunner.bundled().today("2026-05-01").run("show", "devstral-small-2507");
        assertThat(before.out()).contains("hosted  mistral-la-plateforme  devstral-small-2507");
        Result after = OwlRunner.bundled().today("2026-11-22").run("show", "devstral-small-2507");
        assertThat(after.exitCode()).as(after.err()).isZero();
        assertThat(after.out()).doesNotContain("mistral-la-plateforme");
    }
}
