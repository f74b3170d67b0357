package dev.owl.recommend;

import static org.assertj.core.api.Assertions.assertThat;

import dev.owl.catalog.Catalog;
import dev.owl.catalog.CatalogLoader;
import dev.owl.catalog.CatalogLocation;
import dev.owl.catalog.License;
import dev.owl.catalog.Model;
import dev.owl.catalog.ModelStatus;
import dev.owl.catalog.RegionalRestriction;
import dev.owl.fit.FitCalculator;
import dev.owl.fit.Hardware;
import dev.owl.fit.KvQuant;
import dev.owl.fit.ModelShape;
import dev.owl.fit.Quantization;
import dev.owl.policy.Policy;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Over random constraint combinations, no recommended model breaks a hard constraint. */
class RecommendPropertyTest {
    private static final Catalog CATALOG = new CatalogLoader().load(List.of(
            new CatalogLocation("fixture", Path.of("src/test/resources/fixture-catalog"), true),
            new CatalogLocation("overlay", Path.of("src/test/resources/license-fixture/catalog"), false)));
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    @Test
    void noRecommendationViolatesAHardConstraint() {
        Random random = new Random(20261122L);
        List<String> licenseIds = CATALOG.licenses().stream().map(License::id).toList();
        List<String> families = CATALOG.models().stream().map(Model::family).distinct().toList();
        int recommended = 0;
        int excluded = 0;
        for (int i = 0; i < 600; i++) {
            Task task = Task.values()[random.nextInt(Task.values().length)];
            Hardware hw = switch (random.nextInt(3)) {
                case 0 -> null;
                case 1 -> Hardware.custom(2 + random.nextInt(200), random.nextBoolean() ? null : 50.0 + random.nextInt(5000),
                        1 + random.nextInt(4));
                default -> Hardware.of(CATALOG.accelerators().get(random.nextInt(CATALOG.accelerators().size())), 1 + random.nextInt(2));
            };
            boolean contextGiven = random.nextBoolean();
            int context = List.of(4096, 8192, 32768, 131072, 1048576).get(random.nextInt(5));
            Quantization quant = random.nextInt(3) == 0 ? Quantization.values()[random.nextInt(Quantization.values().length)] : null;
            List<String> allow = subset(random, licenseIds, 4);
            List<String> deny = subset(random, licenseIds, 5);
            List<String> require = new ArrayList<>();
            if (random.nextBoolean()) {
                require.add("commercial_use");
            }
            if (random.nextInt(4) == 0) {
                require.add("osi_approved");
            }
            Long mau = random.nextBoolean() ? null : (long) random.nextInt(1_000_000_000);
            Boolean eu = random.nextBoolean() ? Boolean.TRUE : null;
            boolean apiOk = random.nextBoolean();
            List<String> fams = subset(random, families, 3);
            Double minTokS = hw != null && random.nextInt(3) == 0 ? 1.0 + random.nextInt(150) : null;
            Policy policy = new Policy("random", allow, deny, require, new Policy.Usage(mau, null, eu, null, null), List.of(), List.of());
            Requirements req = new Requirements(task, hw, context, contextGiven, quant, List.of(policy), apiOk, fams, minTokS,
                    random.nextBoolean(), false);
            for (Recommendation r : new Recommender(CATALOG).rank(req, TODAY)) {
                if (r.excluded()) {
                    excluded++;
                    continue;
                }
                recommended++;
                Model m = r.model();
                License l = CATALOG.license(m.license()).orElseThrow();
                String where = "case " + i + ": " + m.id();
                assertThat(m.status() == ModelStatus.RELEASED || (apiOk && m.status() == ModelStatus.API_ONLY)).as(where).isTrue();
                if (task.requiredInput() != null) {
                    assertThat(m.modalities().input()).as(where).contains(task.requiredInput());
                }
                if (contextGiven) {
                    assertThat(m.contextTokens()).as(where).isNotNull().isGreaterThanOrEqualTo(context);
                }
                if (!allow.isEmpty()) {
                    assertThat(allow).as(where).contains(l.id());
                }
                assertThat(deny).as(where).doesNotContain(l.id());
                if (require.contains("commercial_use")) {
                    assertThat(l.terms().commercialUse().value()).as(where).isTrue();
                    assertThat(l.terms().researchOnly().value()).as(where).isNotEqualTo(Boolean.TRUE);
                    assertThat(l.terms().nonProduction().value()).as(where).isNotEqualTo(Boolean.TRUE);
                }
                if (require.contains("osi_approved")) {
                    assertThat(l.osiApproved()).as(where).isTrue();
                }
                if (mau != null && l.terms().mauThreshold().value() != null) {
                    assertThat(mau).as(where).isLessThanOrEqualTo(l.terms().mauThreshold().value());
                }
                if (eu != null) {
                    for (RegionalRestriction rr : l.regionalRestrictions()) {
                        assertThat(rr.region().equalsIgnoreCase("EU") && rr.appliesTo().contains(m.id())).as(where).isFalse();
                    }
                }
                if (!fams.isEmpty()) {
                    assertThat(fams).as(where).contains(m.family());
                }
                if (hw != null && m.hasWeights()) {
                    assertThat(r.fit()).as(where).isNotNull();
                    if (quant != null) {
                        assertThat(r.fit().quant()).as(where).isEqualTo(quant);
                    }
                    // recompute the memory independently of the recommender's own estimate
                    ModelShape shape = ModelShape.of(m);
                    long need = FitCalculator.weightsBytes(shape, r.fit().quant())
                            + java.util.Optional.ofNullable(FitCalculator.kvCacheBytes(shape, context, 1, KvQuant.FP16)).orElse(0L)
                            + FitCalculator.RUNTIME_ALLOWANCE_BYTES * hw.count();
                    assertThat(need).as(where).isLessThanOrEqualTo(hw.availableBytes());
                    if (minTokS != null) {
                        assertThat(r.fit().decodeTokensPerSecond()).as(where).isNotNull().isGreaterThanOrEqualTo(minTokS);
                    }
                }
            }
        }
        // the generator must exercise both sides, or the property proves nothing
        assertThat(recommended).isGreaterThan(200);
        assertThat(excluded).isGreaterThan(200);
    }

    private static List<String> subset(Random random, List<String> from, int oneIn) {
        List<String> out = new ArrayList<>();
        if (random.nextInt(oneIn) != 0) {
            return out;
        }
        for (String s : from) {
            if (random.nextBoolean()) {
                out.add(s);
            }
        }
        return out;
    }
}
