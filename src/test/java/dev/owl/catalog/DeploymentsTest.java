package dev.owl.catalog;

import dev.owl.input.Diagnostic;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** deployments.yaml and gpu-prices.yaml: strict loading, and the invariants of the records owl ships. */
class DeploymentsTest {
    private static final CatalogLocation BUNDLED = new CatalogLocation("catalog", Path.of("catalog"), true);
    private static final Catalog CATALOG = new CatalogLoader().load(List.of(BUNDLED));

    @TempDir
    Path tmp;

    private List<Diagnostic> validateUser(String file, String text) throws IOException {
        Files.writeString(tmp.resolve(file), text);
        return new CatalogLoader().validate(List.of(BUNDLED, new CatalogLocation("user", tmp, false))).diagnostics();
    }

    private static final String GOOD = """
            deployments:
              - model: llama-3.3-70b-instruct
                provider: fireworks
                provider_model_ids: [llama-v3p3-70b-instruct]
                status: available
                price: {input_usd_per_mtok: 0.59, output_usd_per_mtok: 0.79, as_of: 2026-11-01}
                source: {url: "https://example.com/groq", as_of: 2026-11-22}
            """;

    @Test
    void aUserDeploymentLoadsAndItsProviderIdResolves() throws IOException {
        assertThat(validateUser("deployments.yaml", GOOD)).isEmpty();
        Catalog c = new CatalogLoader().load(List.of(BUNDLED, new CatalogLocation("user", tmp, false)));
        Deployment d = c.deployments("llama-3.3-70b-instruct").stream().filter(x -> x.provider().equals("fireworks")).findFirst().orElseThrow();
        assertThat(d.price().blendedUsdPerMtok(0.75)).isEqualTo(0.75 * 0.59 + 0.25 * 0.79);
        dev.owl.query.ModelResolver resolver = new dev.owl.query.ModelResolver(c);
        assertThat(resolver.resolve("llama-v3p3-70b-instruct").id()).isEqualTo("llama-3.3-70b-instruct");
        assertThat(resolver.resolve("LLAMA-V3P3-70B-INSTRUCT").id()).isEqualTo("llama-3.3-70b-instruct");
        assertThat(resolver.providerOffer("llama-v3p3-70b-instruct").map(Deployment::provider)).contains("fireworks");
    }

    @Test
    void anUnknownKeyIsAnErrorWithItsPosition() throws IOException {
        List<Diagnostic> ds = validateUser("deployments.yaml", GOOD.replace("    status: available\n", "    status: available\n    region: [EU]\n"));
        assertThat(ds).hasSize(1);
        assertThat(ds.get(0).file()).isEqualTo("user/deployments.yaml");
        assertThat(ds.get(0).line()).isEqualTo(6);
        assertThat(ds.get(0).column()).isEqualTo(5);
        assertThat(ds.get(0).message()).isEqualTo("unknown key 'region' in a deployment");
        assertThat(ds.get(0).hint()).isEqualTo("did you mean 'regions'?");
    }

    @Test
    void aDanglingModelOrANonHostedProviderIsAnErrorAtItsValue() throws IOException {
        List<Diagnostic> ds = validateUser("deployments.yaml", GOOD.replace("model: llama-3.3-70b-instruct", "model: llama-3.3-70b-instrct")
                .replace("provider: fireworks", "provider: vllm"));
        assertThat(ds).extracting(Diagnostic::message).containsExactly(
                "deployment names model 'llama-3.3-70b-instrct', which is not in the catalog",
                "deployment names provider 'vllm', which is not a hosted runtime in runtimes.yaml");
        assertThat(ds).extracting(Diagnostic::line).containsExactly(2, 3);
        assertThat(ds).extracting(Diagnostic::column).containsExactly(12, 15);
        assertThat(ds.get(0).hint()).isEqualTo("did you mean 'llama-3.3-70b-instruct'?");
    }

    @Test
    void aProviderIdNamingTwoModelsAPriceNewerThanItsSourceAndABadStatusAreErrors() throws IOException {
        String two = GOOD + """
                  - model: llama-3.1-8b-instruct
                    provider: groq
                    provider_model_ids: [llama-v3p3-70b-instruct]
                    status: gone
                    price: {input_usd_per_mtok: 0.05, output_usd_per_mtok: 0.08, as_of: 2026-12-01}
                    source: {url: "https://example.com/groq", as_of: 2026-11-22}
                """;
        assertThat(validateUser("deployments.yaml", two)).extracting(Diagnostic::message).containsExactlyInAnyOrder(
                "'status' must be one of available, deprecated, retired, found 'gone'",
                "deployment of 'llama-3.1-8b-instruct' on 'groq': the price is dated 2026-12-01, after its source was read (2026-11-22)",
                // the groq record replaces a built-in one, so it is met first (catalog order)
                "provider model id 'llama-v3p3-70b-instruct' of 'llama-3.3-70b-instruct' already names model 'llama-3.1-8b-instruct'");
    }

    @Test
    void aGpuPriceMustNameAKnownAccelerator() throws IOException {
        List<Diagnostic> ds = validateUser("gpu-prices.yaml", """
                gpu_prices:
                  - gpu: h100-sxn
                    cloud: example
                    offer: "1x H100"
                    usd_per_gpu_hour: 2.5
                    source: {url: "https://example.com/p", as_of: 2026-11-22}
                """);
        assertThat(ds).extracting(Diagnostic::message).containsExactly("GPU price names accelerator 'h100-sxn', which is not in the catalog");
        assertThat(ds.get(0).line()).isEqualTo(2);
        assertThat(ds.get(0).hint()).isEqualTo("did you mean 'h100-sxm'?");
    }

    @Test
    void anInstancePriceMustDivideToThePerGpuPriceAndNeedsItsGpuCount() throws IOException {
        List<Diagnostic> ds = validateUser("gpu-prices.yaml", """
                gpu_prices:
                  - gpu: a100-80gb
                    cloud: example
                    offer: "8x A100"
                    usd_per_gpu_hour: 2.8
                    gpu_count: 8
                    instance_usd_per_hour: 22.32
                    source: {url: "https://example.com/p", as_of: 2026-11-22}
                  - gpu: l4
                    cloud: example
                    offer: "1x L4"
                    usd_per_gpu_hour: 0.7
                    instance_usd_per_hour: 0.7
                    source: {url: "https://example.com/p", as_of: 2026-11-22}
                """);
        assertThat(ds).extracting(Diagnostic::message).containsExactly(
                "price of 'a100-80gb' on 'example': 2.8 per GPU-hour is not the instance price 22.32 ÷ 8 = 2.79",
                "price of 'l4' on 'example': an instance price needs the instance's 'gpu_count'");
        assertThat(ds).extracting(Diagnostic::line).containsExactly(5, 13); // the per-GPU price; the instance price
        // the unrounded quotient passes
        assertThat(validateUser("gpu-prices.yaml", """
                gpu_prices:
                  - gpu: a100-80gb
                    cloud: example
                    offer: "8x A100"
                    usd_per_gpu_hour: 2.79
                    gpu_count: 8
                    instance_usd_per_hour: 22.32
                    region: us-east-1
                    source: {url: "https://example.com/p", as_of: 2026-11-22}
                """)).isEmpty();
    }

    @Test
    void eachOfH100A100L40sAndL4HasAPriceFromTwoClouds() {
        for (String gpu : List.of("h100-sxm", "a100-80gb", "l40s", "l4")) {
            assertThat(CATALOG.gpuPrices().stream().filter(p -> p.gpu().equals(gpu)).map(GpuPrice::cloud).distinct())
                    .as(gpu).hasSizeGreaterThanOrEqualTo(2);
        }
    }

    @Test
    void eachOfH100A100L40sAndL4HasPricesFromTwoCloudsOwnPages() {
        for (String gpu : List.of("h100-sxm", "a100-80gb", "l40s", "l4")) {
            assertThat(CATALOG.gpuPrices().stream().filter(p -> p.gpu().equals(gpu) && !p.thirdParty()).map(GpuPrice::cloud).distinct())
                    .as(gpu).hasSizeGreaterThanOrEqualTo(2);
        }
        // the H100's second own page names no variant: the row says how Google's own GPU page settles it
        assertThat(CATALOG.gpuPrices().stream().filter(p -> p.gpu().equals("h100-sxm") && p.cloud().equals("hugging-face")))
                .singleElement().satisfies(p -> assertThat(p.note()).contains("HBM3").contains("cloud.google.com/compute/docs/gpus"));
    }

    @Test
    void everyBundledGpuPriceShowsItsArithmeticAndSaysWhenItIsThirdParty() {
        assertThat(CATALOG.gpuPrices()).isNotEmpty().allSatisfy(p -> {
            String what = p.gpu() + " on " + p.cloud();
            assertThat(p.gpuCount()).as(what).isNotNull();
            if (p.gpuCount() > 1) {
                assertThat(p.instanceUsdPerHour()).as(what + ": a multi-GPU offer records its instance price").isNotNull();
            }
            assertThat(p.arithmeticHolds()).as(what).isTrue();
            assertThat(p.source().url()).as(what).startsWith("https://");
            assertThat(p.note() != null && p.note().contains("Third-party source")).as(what).isEqualTo(p.thirdParty());
        });
    }

    /** Each hosted provider's family with no deployment record of a model of that family, as a sentence. */
    private static List<String> familiesWithoutAModel(Catalog c) {
        return c.runtimes().stream().flatMap(r -> {
            Set<String> served = c.deployments().stream().filter(d -> d.provider().equals(r.id()))
                    .map(d -> c.model(d.model()).orElseThrow().family()).collect(Collectors.toCollection(java.util.TreeSet::new));
            return r.families().stream().filter(f -> !served.contains(f))
                    .map(f -> r.id() + " lists family '" + f + "' but has models only of " + served);
        }).toList();
    }

    @Test
    void everyFamilyAProviderListsHasAtLeastOneModelOnIt() {
        assertThat(familiesWithoutAModel(CATALOG)).isEmpty();
        assertThat(CATALOG.runtimes()).filteredOn(r -> r.id().equals("together")).singleElement()
                .satisfies(r -> assertThat(r.families()).containsExactly("gpt-oss", "llama"));
    }

    @Test
    void everyDeploymentIsSourcedAndEuResidencyOnlyWithAnEuRegion() {
        assertThat(CATALOG.deployments()).isNotEmpty().allSatisfy(d -> {
            assertThat(d.source()).as(d.model() + " on " + d.provider()).isNotNull();
            assertThat(d.source().url()).startsWith("https://");
            if (d.euResidency()) {
                assertThat(d.regions()).as(d.model() + " on " + d.provider()).contains("EU");
            }
            if (d.price() != null) {
                assertThat(d.price().asOf()).isBeforeOrEqualTo(d.source().asOf());
            }
        });
    }

    @Test
    void aBedrockOfferIsEuResidentOnlyThroughAnEuInferenceProfileItLists() {
        // AWS keeps a geographic profile's processing inside its geography; a bare Bedrock model id says nothing of where
        assertThat(CATALOG.deployments()).filteredOn(d -> d.provider().equals("aws-bedrock")).isNotEmpty().allSatisfy(d ->
                assertThat(d.euResidency()).as(d.model()).isEqualTo(d.providerModelIds().stream().anyMatch(id -> id.startsWith("eu."))));
        assertThat(CATALOG.deployments()).filteredOn(d -> d.provider().equals("aws-bedrock") && d.euResidency())
                .extracting(Deployment::model).contains("pixtral-large-instruct-2411");
    }

    @Test
    void bundledProviderIdsResolveToTheirModel() {
        dev.owl.query.ModelResolver resolver = new dev.owl.query.ModelResolver(CATALOG);
        assertThat(resolver.resolve("llama-3.3-70b-instruct-maas").id()).isEqualTo("llama-3.3-70b-instruct");
        assertThat(resolver.resolve("mistral.mistral-large-2407-v1:0").id()).isEqualTo("mistral-large-instruct-2407");
        assertThat(resolver.resolve("mistral-large-latest").id()).isEqualTo("mistral-large-3-675b-instruct-2512");
        assertThat(resolver.resolve("open-mixtral-8x7b").id()).isEqualTo("mixtral-8x7b-instruct-v0.1");
        for (Deployment d : CATALOG.deployments()) {
            for (String id : d.providerModelIds()) {
                assertThat(resolver.resolve(id).id()).as(id).isEqualTo(d.model());
            }
        }
    }

    @Test
    void theLicenseGateReadsEveryBundledProviderIdAsAnApiReferenceToItsModel() {
        dev.owl.policy.ReferenceResolver gate = new dev.owl.policy.ReferenceResolver(CATALOG);
        long ids = 0;
        for (Deployment d : CATALOG.deployments()) {
            for (String id : d.providerModelIds()) {
                dev.owl.policy.ReferenceResolver.Resolution r = gate.resolve(
                        new dev.owl.policy.Reference("app.py", 1, 1, id, dev.owl.policy.Reference.Kind.API, null, null));
                assertThat(r.model()).as(id + " on " + d.provider()).isNotNull();
                assertThat(r.model().id()).as(id + " on " + d.provider()).isEqualTo(d.model());
                ids++;
            }
        }
        assertThat(ids).isGreaterThan(40);
        // Together's and OpenRouter's ids for the same models (catalog/deployments.yaml)
        assertThat(new dev.owl.query.ModelResolver(CATALOG).resolve("meta-llama/Llama-3.3-70B-Instruct-Turbo").id()).isEqualTo("llama-3.3-70b-instruct");
        assertThat(new dev.owl.query.ModelResolver(CATALOG).resolve("Qwen/Qwen2.5-7B-Instruct-Turbo").id()).isEqualTo("qwen2.5-7b-instruct");
        // Together's retired free vision endpoint, still named in old code
        assertThat(new dev.owl.query.ModelResolver(CATALOG).resolve("meta-llama/Llama-Vision-Free").id()).isEqualTo("llama-3.2-11b-vision-instruct");
    }

    @Test
    void theFamilyCheckCatchesAProviderThatListsAFamilyWithNoModelOnIt() throws IOException {
        Files.writeString(tmp.resolve("runtimes.yaml"), """
                runtimes:
                  - id: fireworks
                    name: Fireworks AI
                    kind: hosted
                    quant_formats: []
                    families: [gpt-oss, qwen]
                    regions: []
                    notes: []
                    sources:
                      - {url: "https://example.com/fireworks", as_of: 2026-12-02}
                """);
        Catalog c = new CatalogLoader().load(List.of(BUNDLED, new CatalogLocation("user", tmp, false)));
        assertThat(familiesWithoutAModel(c)).containsExactly("fireworks lists family 'qwen' but has models only of [gpt-oss]");
    }
}
