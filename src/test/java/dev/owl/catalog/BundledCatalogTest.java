package dev.owl.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import dev.owl.input.Diagnostic;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Invariants of the catalog owl ships: every file valid, every fact sourced and possible. */
class BundledCatalogTest {
    private static final CatalogLocation BUNDLED = new CatalogLocation("catalog", Path.of("catalog"), true);
    private static Catalog catalog;

    @BeforeAll
    static void load() {
        catalog = new CatalogLoader().load(List.of(BUNDLED));
    }

    @Test
    void everyFilePassesValidation() {
        assertThat(new CatalogLoader().validate(List.of(BUNDLED)).diagnostics()).extracting(Diagnostic::headline).isEmpty();
    }

    @Test
    void theSeedModelsLicensesAndHardwareArePresent() {
        assertThat(catalog.models()).extracting(Model::id).contains("llama-3.1-8b-instruct", "llama-3.3-70b-instruct",
                "mistral-7b-instruct-v0.3", "mixtral-8x7b-instruct-v0.1", "mistral-small-24b-instruct-2501");
        assertThat(catalog.licenses()).extracting(License::id).contains("apache-2.0", "llama-3.1-community", "llama-3.3-community");
        assertThat(catalog.accelerators()).hasSizeGreaterThanOrEqualTo(20);
    }

    @Test
    void everyModelResolvesItsLicense() {
        for (Model m : catalog.models()) {
            assertThat(catalog.license(m.license())).as(m.id()).isPresent();
        }
    }

    @Test
    void activeParametersNeverExceedTotalAndMixturesOfExpertsSayHowManyExperts() {
        for (Model m : catalog.models()) {
            if (m.paramsActiveB() != null && m.paramsTotalB() != null) {
                assertThat(m.paramsActiveB()).as(m.id()).isLessThanOrEqualTo(m.paramsTotalB());
                if (m.paramsActiveB() < m.paramsTotalB() && m.architecture() != null && m.architecture().layers() != null) {
                    assertThat(m.architecture().expertsTotal()).as(m.id() + " is sparse but lists no experts").isNotNull();
                }
            }
            if (m.architecture() != null && m.architecture().isMixtureOfExperts()) {
                assertThat(m.paramsActiveB()).as(m.id() + " is a mixture of experts without active params").isNotNull();
            }
        }
    }

    @Test
    void everyNumberHasASource() {
        for (Model m : catalog.models()) {
            assertThat(m.sources()).as(m.id()).isNotEmpty();
            if (m.architecture() != null) {
                assertThat(m.architecture().source()).as(m.id() + " architecture").isNotNull();
            }
            m.benchmarks().forEach(b -> assertThat(b.source()).as(m.id() + " " + b.name()).isNotNull());
        }
        catalog.licenses().forEach(l -> assertThat(l.sources()).as(l.id()).isNotEmpty());
        catalog.accelerators().forEach(a -> assertThat(a.sources()).as(a.id()).isNotEmpty());
        catalog.runtimes().forEach(r -> assertThat(r.sources()).as(r.id()).isNotEmpty());
    }

    @Test
    void datesParseAndAreNotInTheFuture() {
        LocalDate today = LocalDate.now();
        List<String> future = new ArrayList<>();
        for (Model m : catalog.models()) {
            if (m.releaseDate() != null && m.releaseDate().isAfter(today)) {
                future.add(m.id() + " release_date " + m.releaseDate());
            }
            m.sources().stream().filter(s -> s.asOf() == null || s.asOf().isAfter(today)).forEach(s -> future.add(m.id() + " " + s.url()));
        }
        assertThat(future).isEmpty();
    }

    @Test
    void releasedModelsWithWeightsHaveAHuggingFaceRepo() {
        for (Model m : catalog.models()) {
            if (m.status() == ModelStatus.RELEASED) {
                assertThat(m.hfRepos()).as(m.id()).isNotEmpty();
            }
        }
    }

    /** Issue 14: fit and recommend can count the KV cache of every model whose weights can be downloaded. */
    @Test
    void everyReleasedModelWithWeightsHasTheArchitectureTheKvCacheNeeds() {
        List<String> missing = new ArrayList<>();
        for (Model m : catalog.models()) {
            Architecture a = m.architecture();
            boolean counted = a != null && a.layers() != null && (a.kvLoraRank() != null || a.kvHeads() != null)
                    && a.source() != null;
            if (m.status() == ModelStatus.RELEASED && m.hasWeights() && !counted) {
                missing.add(m.id());
            }
        }
        assertThat(missing).isEmpty();
    }

    private static Model model(String id) {
        return catalog.models().stream().filter(m -> m.id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("catalog has no " + id));
    }

    /** The popular claims of CLAIMS.md that primary sources contradict stay corrected in the catalog. */
    @Test
    void claimTrapsStayCorrected() {
        // Llama 3 was 8K; 128K came with 3.1
        assertThat(model("llama-3-8b-instruct").contextTokens()).isEqualTo(8192);
        assertThat(model("llama-3.1-8b-instruct").contextTokens()).isEqualTo(131072);
        // Mistral Small 3 (2501) was 32K; 3.1 (2503) brought 128K
        assertThat(model("mistral-small-24b-instruct-2501").contextTokens()).isEqualTo(32768);
        assertThat(model("mistral-small-3.1-24b-instruct-2503").contextTokens()).isEqualTo(131072);
        // R1-Distill-Qwen-32B: no context on the card, so config.json's positions, not the 32,768 of DeepSeek's vLLM example
        assertThat(model("deepseek-r1-distill-qwen-32b").contextTokens()).isEqualTo(131072);
        // only Mistral 7B v0.1 uses a sliding window; Mixtral attends densely
        assertThat(model("mistral-7b-instruct-v0.1").architecture().slidingWindow()).isEqualTo(4096);
        assertThat(model("mixtral-8x7b-instruct-v0.1").architecture().slidingWindow()).isNull();
        // Mixtral keeps every expert in memory: 46.7B total, 12.9B active
        assertThat(model("mixtral-8x7b-instruct-v0.1").paramsTotalB()).isEqualTo(46.7);
        assertThat(model("mixtral-8x7b-instruct-v0.1").paramsActiveB()).isEqualTo(12.9);
        // not every Mistral model is Apache 2.0
        assertThat(model("mistral-large-instruct-2407").license()).isEqualTo("mistral-research");
        assertThat(model("ministral-8b-instruct-2410").license()).isEqualTo("mistral-research");
        // Llama licenses: 700M MAU; outputs clause in 3.0, gone in 3.1; the 3.2 vision models carry the EU clause
        assertThat(catalog.license("llama-3.1-community").orElseThrow().terms().mauThreshold().value()).isEqualTo(700_000_000L);
        assertThat(catalog.license("llama-3-community").orElseThrow().terms().outputsTraining().value()).isEqualTo("restricted");
        assertThat(catalog.license("llama-3.1-community").orElseThrow().terms().outputsTraining().value()).isEqualTo("allowed");
        assertThat(catalog.license("llama-3.2-community").orElseThrow().regionalRestrictions())
                .anySatisfy(r -> assertThat(r.appliesTo()).contains("llama-3.2-11b-vision-instruct"));
        // DeepSeek V3's original weights are not MIT; R1 is
        assertThat(model("deepseek-v3").license()).isEqualTo("deepseek");
        assertThat(model("deepseek-r1").license()).isEqualTo("mit");
        // Qwen2.5 72B is under the Qwen license, not Apache 2.0
        assertThat(model("qwen2.5-72b-instruct").license()).isEqualTo("qwen");
        // Codestral 22B was never Apache 2.0; Devstral 2 is a modified MIT with a revenue cap; Phi-4 is 16K
        assertThat(model("codestral-22b-v0.1").license()).isEqualTo("mistral-non-production");
        assertThat(model("devstral-2").license()).isEqualTo("devstral-2-modified-mit");
        assertThat(model("phi-4").contextTokens()).isEqualTo(16384);
        // Llama 4 Behemoth was announced, never released
        assertThat(model("llama-4-behemoth").status()).isEqualTo(ModelStatus.ANNOUNCED);
        assertThat(model("llama-4-behemoth").hasWeights()).isFalse();
    }

    @Test
    void everyGpuExampleInAHardwareNoteNamesAnExistingMemoryOption() {
        // notes say "pick another with --gpu m1-max-32gb": the size must be one the chip is sold with
        java.util.regex.Pattern example = java.util.regex.Pattern.compile("--gpu ([a-z0-9-]+?)-(\\d+)gb");
        int seen = 0;
        for (Accelerator a : catalog.accelerators()) {
            for (String note : a.notes()) {
                java.util.regex.Matcher m = example.matcher(note);
                while (m.find()) {
                    seen++;
                    assertThat(m.group(1)).as(note).isEqualTo(a.id());
                    assertThat(a.memoryOptionsGib()).as(a.id() + ": " + note).contains(Double.parseDouble(m.group(2)));
                }
            }
        }
        assertThat(seen).isGreaterThanOrEqualTo(10);
    }
}
