package dev.owl.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import dev.owl.OwlRunner;
import dev.owl.OwlRunner.Result;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code license check --format cyclonedx}: a CycloneDX 1.6 ML-BOM, valid against the CycloneDX schema. */
class CycloneDxBomTest {
    private static final String FIX = "src/test/resources/license-fixture/";
    private static JsonSchema schema;

    @BeforeAll
    static void loadSchema() {
        // the schemas ship at the root of org.cyclonedx:cyclonedx-core-java (test scope); their $ids are cyclonedx.org URLs
        JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7,
                b -> b.schemaMappers(m -> m.mapPrefix("http://cyclonedx.org/schema/", "classpath:")));
        schema = factory.getSchema(SchemaLocation.of("http://cyclonedx.org/schema/bom-1.6.schema.json"));
    }

    private static Result check(String... args) {
        List<String> all = new ArrayList<>(List.of("--catalog", FIX + "catalog", "license", "check", FIX + "repo",
                "--policy", FIX + "policies/apache-only.yaml", "--model", "acme/unknown-7b"));
        all.addAll(List.of(args));
        return OwlRunner.fixture().run(all.toArray(String[]::new));
    }

    private static JsonNode component(JsonNode bom, String bomRef) {
        for (JsonNode c : bom.get("components")) {
            if (c.get("bom-ref").asText().equals(bomRef)) {
                return c;
            }
        }
        throw new AssertionError("no component " + bomRef + " in " + bom);
    }

    @Test
    void theBomIsValidCycloneDx16WithOneModelComponentPerDistinctModel() throws Exception {
        Result r = check("--format", "cyclonedx");
        assertThat(r.exitCode()).as("violations still fail the check").isEqualTo(1);
        JsonNode bom = new ObjectMapper().readTree(r.out());
        assertThat(schema.validate(bom)).isEmpty();
        assertThat(bom.get("bomFormat").asText()).isEqualTo("CycloneDX");
        assertThat(bom.get("specVersion").asText()).isEqualTo("1.6");
        List<String> refs = new ArrayList<>();
        bom.get("components").forEach(c -> refs.add(c.get("bom-ref").asText()));
        assertThat(refs).doesNotHaveDuplicates().contains("model:llama-3.1-8b-instruct", "model:mixtral-8x7b-instruct-v0.1");
        bom.get("components").forEach(c -> assertThat(c.get("type").asText()).isEqualTo("machine-learning-model"));

        // llama3.1:8b is referenced twice (Modelfile, pull.sh) and by a card's base_model: one component, three occurrences
        JsonNode llama = component(bom, "model:llama-3.1-8b-instruct");
        assertThat(llama.get("purl").asText()).isEqualTo("pkg:huggingface/meta-llama/Llama-3.1-8B-Instruct");
        assertThat(llama.get("licenses").get(0).get("license").has("id")).as("Llama's license has no SPDX id").isFalse();
        assertThat(llama.get("licenses").get(0).get("license").get("name").asText()).contains("Llama 3.1");
        assertThat(llama.get("evidence").get("occurrences")).hasSize(3);
        assertThat(llama.get("evidence").get("occurrences").get(0).get("location").asText()).endsWith("repo/Modelfile");
        assertThat(llama.get("evidence").get("occurrences").get(0).get("line").asInt()).isEqualTo(1);

        JsonNode mixtral = component(bom, "model:mixtral-8x7b-instruct-v0.1");
        assertThat(mixtral.get("licenses").get(0).get("license").get("id").asText()).isEqualTo("Apache-2.0");
        assertThat(mixtral.get("group").asText()).isEqualTo("mistralai");

        JsonNode unknown = component(bom, "unresolved:acme/unknown-7b");
        assertThat(unknown.has("licenses")).isFalse();
        assertThat(unknown.get("purl").asText()).isEqualTo("pkg:huggingface/acme/unknown-7b");
        assertThat(unknown.get("evidence").get("occurrences").get(0).get("location").asText()).isEqualTo("(argument)");

        // the check above can fail: a component type CycloneDX does not know is caught
        ((ObjectNode) bom.get("components").get(0)).put("type", "llm");
        assertThat(schema.validate(bom)).isNotEmpty();
    }

    @Test
    void aBomWrittenWithReportIsValidAndIsNotJudgedWhenScannedAgain(@org.junit.jupiter.api.io.TempDir java.nio.file.Path tmp)
            throws Exception {
        java.nio.file.Path repo = java.nio.file.Files.createDirectories(tmp.resolve("repo"));
        java.nio.file.Files.writeString(repo.resolve("app.py"), "m = AutoModel.from_pretrained(\"mistralai/Mixtral-8x7B-Instruct-v0.1\")\n");
        java.nio.file.Path bom = repo.resolve("ml-bom.json");
        Result r = OwlRunner.fixture().run("--catalog", FIX + "catalog", "license", "check", repo.toString(), "--report",
                "cyclonedx=" + bom, "--format", "json");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(schema.validate(new ObjectMapper().readTree(bom.toFile()))).isEmpty();
        Result again = OwlRunner.fixture().run("--catalog", FIX + "catalog", "license", "check", repo.toString(), "--format", "json");
        assertThat(new ObjectMapper().readTree(again.out()).get("summary").get("references").asInt()).isEqualTo(1);
    }

    @Test
    void cyclonedxIsAReportFormatOfLicenseCheckOnly() {
        assertThat(OwlRunner.fixture().run("list", "--format", "cyclonedx").exitCode()).isEqualTo(2);
    }
}
