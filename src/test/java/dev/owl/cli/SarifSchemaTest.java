package dev.owl.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.owl.OwlRunner;
import java.io.InputStream;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The SARIF report validates against the OASIS SARIF 2.1.0 JSON schema. */
class SarifSchemaTest {
    @Test
    void sarifReportIsValidSarif210() throws Exception {
        JsonSchema schema;
        try (InputStream in = SarifSchemaTest.class.getResourceAsStream("/schema/sarif-schema-2.1.0.json")) {
            assertThat(in).as("SARIF schema on the test class path").isNotNull();
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(in);
        }
        String out = OwlRunner.fixture().run("--catalog", "src/test/resources/license-fixture/catalog", "license", "check",
                "src/test/resources/license-fixture/repo", "--policy", "src/test/resources/license-fixture/policies/apache-only.yaml",
                "--model", "acme/unknown", "--format", "sarif").out();
        JsonNode log = new ObjectMapper().readTree(out);
        assertThat(log.get("runs").get(0).get("results").size()).isGreaterThan(5);
        Set<ValidationMessage> errors = schema.validate(log);
        assertThat(errors).isEmpty();
        // and a broken log is caught, so the check above can fail
        ((com.fasterxml.jackson.databind.node.ObjectNode) log.get("runs").get(0).get("results").get(0)).put("level", "fatal");
        assertThat(schema.validate(log)).isNotEmpty();
    }
}
