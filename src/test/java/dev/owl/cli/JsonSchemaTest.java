package dev.owl.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import dev.owl.OwlRunner;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Each documented JSON output validates against its schema in docs/schema/, and a stray key would not. */
class JsonSchemaTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    static Stream<Arguments> outputs() {
        return Stream.of(
                Arguments.of("license-list", false, new String[] {"license", "list"}),
                Arguments.of("license-list", true, new String[] {"license", "list"}),
                Arguments.of("license", true, new String[] {"license", "show", "llama-4-community"}),
                Arguments.of("license", false, new String[] {"license", "show", "mixtral"}),
                Arguments.of("license-compare", true, new String[] {"license", "compare", "llama-3-community", "apache-2.0", "qwen"}),
                Arguments.of("catalog-info", false, new String[] {"--catalog", "examples/my-catalog", "catalog", "info"}),
                Arguments.of("catalog-validate", false, new String[] {"catalog", "validate"}),
                Arguments.of("catalog-validate", false, new String[] {"catalog", "validate", "examples/broken-catalog"}),
                Arguments.of("config-show", false, new String[] {"config", "show"}),
                Arguments.of("cost", true, new String[] {"cost", "ministral-3-8b-instruct-2512", "--tokens-per-day", "20M"}),
                Arguments.of("cost", true, new String[] {"cost", "llama3.3:70b", "--tokens-per-day", "50M", "--gpu", "h100-sxm",
                    "--gpu-hour-usd", "2.5"}));
    }

    @ParameterizedTest(name = "{0}: {2}")
    @MethodSource("outputs")
    void outputValidatesAgainstItsSchema(String schemaName, boolean bundled, String[] args) throws Exception {
        SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
        JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(com.networknt.schema.SchemaLocation.of(Path.of("docs/schema", schemaName + ".schema.json").toAbsolutePath().toUri().toString()), config);
        OwlRunner runner = bundled ? OwlRunner.bundled() : OwlRunner.fixture();
        OwlRunner.Result r = runner.run(Stream.concat(Stream.of(args), Stream.of("--format", "json")).toArray(String[]::new));
        assertThat(r.err()).isEmpty();
        JsonNode doc = JSON.readTree(r.out());

        assertThat(schema.validate(doc)).as(r.out()).isEmpty();
        ObjectNode target = (ObjectNode) (doc.isArray() ? doc.get(0) : doc);
        target.put("not_documented", 1);
        assertThat(schema.validate(doc)).isNotEmpty();
    }
}
