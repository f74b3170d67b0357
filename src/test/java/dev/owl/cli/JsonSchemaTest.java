package dev.owl.cli;

import dev.owl.config.Environment;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.victools.jsonschema.generator.Option;
import com.github.victools.jsonschema.generator.OptionPreset;
import com.github.victools.jsonschema.generator.SchemaGenerator;
import com.github.victools.jsonschema.generator.SchemaGeneratorConfigBuilder;
import com.github.victools.jsonschema.generator.SchemaVersion;
import com.github.victools.jsonschema.module.jackson.JacksonModule;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.owl.OwlRunner;
import dev.owl.catalog.CatalogLocation;
import dev.owl.render.Format;
import dev.owl.render.Renderer;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import picocli.CommandLine;

/**
 * Issue 18's machine-readable contract: every {@code --format json} document has a JSON Schema (draft 2020-12) under
 * docs/schema/, generated from the result record the command hands the renderer, so the schema cannot drift from the
 * code (a changed record fails here until {@code -Dgolden.update=true} rewrites the schema, to be reviewed), and real
 * output of the bundled catalog validates against the committed schema.
 */
class JsonSchemaTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path DIR = Path.of("docs/schema");
    private static final String FIX = "src/test/resources/license-fixture/";

    @ParameterizedTest(name = "{0}: owl {1}")
    @CsvSource(delimiter = '|', value = {
        "list|list --all",
        "list|list --family qwen",
        "show|show llama-3.1-8b-instruct",
        "show|show mixtral-8x7b-instruct-v0.1",
        "show|show deepseek-v3",
        "compare|compare llama-3.1-8b-instruct mistral-7b-instruct-v0.3 qwen2.5-7b-instruct",
        "compare-families|compare --families llama,mistral",
        "fit|fit llama-3.1-8b-instruct --gpu rtx-4090",
        "fit|fit deepseek-v3 --gpu h100-sxm --offload",
        "fit|fit llama-3.1-70b-instruct",
        "fit-what-fits|fit --gpu rtx-4090",
        "fit-train|fit llama-3.1-8b-instruct --train qlora --gpu rtx-4090",
        "fit-train|fit mixtral-8x7b-instruct-v0.1 --train full --gradient-checkpointing",
        "fit-gpus|fit --list-gpus",
        "recommend|recommend --task code --gpu rtx-4090",
        "recommend|recommend --task chat --commercial --eu",
        "recommend-explain|recommend --task code --gpu rtx-4090 --explain mixtral-8x7b-instruct-v0.1",
        "recommend-tasks|recommend --list-tasks",
        "license-list|license list",
        "license-show|license show llama-3.1-community",
        "license-show|license show mistral-research",
        "license-compare|license compare apache-2.0 llama-3.1-community",
        "license-check|license check " + FIX + "repo --policy " + FIX + "policies/apache-only.yaml --inventory",
        "license-check|license check " + FIX + "repo --policy " + FIX + "policies/mau.yaml",
        "license-check-explain|license check --explain mau-threshold",
        "catalog-info|catalog info",
        "catalog-validate|catalog validate",
        "config-show|config show",
        "cost|cost llama-3.1-8b-instruct --tokens-per-day 1M",
        "cost|cost mistral-small-3.2-24b-instruct-2506 --tokens-per-day 50M --gpu l4",
        "cost|cost llama3.3:70b --tokens-per-day 50M --gpu h100-sxm --gpu-hour-usd 2.5",
        "license-show|license show llama-4-community",
        "license-compare|license compare llama-3-community apache-2.0 qwen",
        "catalog-info|--catalog examples/my-catalog catalog info",
        "catalog-validate|catalog validate examples/broken-catalog",
    })
    void theDocumentHasACommittedSchemaGeneratedFromItsRecordAndValidatesAgainstIt(String name, String line) throws IOException {
        String[] args = line.split(" ");
        Object captured = capture(args);
        String generated = JSON.writerWithDefaultPrettyPrinter().writeValueAsString(schemaOf(name, captured)) + "\n";
        Path file = DIR.resolve(name + ".schema.json");
        if (Boolean.getBoolean("golden.update")) {
            Files.createDirectories(DIR);
            Files.writeString(file, generated, StandardCharsets.UTF_8);
        }
        assertThat(file).as("schema %s (create it with -Dgolden.update=true)", file).exists();
        assertThat(generated).as("the schema generated from %s vs %s", captured.getClass().getSimpleName(), file)
                .isEqualTo(Files.readString(file, StandardCharsets.UTF_8));

        List<String> json = new ArrayList<>(List.of(args));
        json.addAll(List.of("--format", "json"));
        OwlRunner.Result r = OwlRunner.bundled().run(json.toArray(String[]::new));
        assertThat(r.exitCode()).as(r.err()).isIn(0, 1);
        JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(Files.readString(file),
                com.networknt.schema.SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build());
        JsonNode doc = JSON.readTree(r.out());
        Set<ValidationMessage> errors = schema.validate(doc);
        assertThat(errors).as("owl %s --format json against %s", line, file).isEmpty();
        ObjectNode target = (ObjectNode) (doc.isArray() ? doc.get(0) : doc);
        target.put("not_documented", 1);
        assertThat(schema.validate(doc)).as("a key the schema does not name fails it").isNotEmpty();
    }

    @ParameterizedTest(name = "owl {0}")
    @CsvSource(delimiter = '|', value = {
        "show lama|2|unknown model 'lama'",
        "lsit|2|unknown command",
        "fit llama-3.1-8b-instruct --batch 0|2|out of range (1 to 4096)",
        "--catalog src/test/resources/license-fixture/policies list|3|no catalog files",
        "license check --policy src/test/resources/license-fixture/policies/invalid.yaml|3|",
    })
    void errorsAreJsonLinesThatMatchTheErrorSchema(String line, int exit, String message) throws IOException {
        String generated = JSON.writerWithDefaultPrettyPrinter().writeValueAsString(
                schemaOf("error", new dev.owl.render.ErrorLine("error", "m", "h", List.of(), null, null, null, null, 2))) + "\n";
        Path file = DIR.resolve("error.schema.json");
        if (Boolean.getBoolean("golden.update")) {
            Files.writeString(file, generated, StandardCharsets.UTF_8);
        }
        assertThat(generated).isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
        List<String> args = new ArrayList<>(List.of(line.split(" ")));
        args.addAll(List.of("--error-format", "json"));
        OwlRunner.Result r = OwlRunner.bundled().run(args.toArray(String[]::new));
        assertThat(r.exitCode()).as(r.err()).isEqualTo(exit);
        assertThat(r.out()).isEmpty();
        List<String> lines = r.err().lines().toList();
        assertThat(lines).isNotEmpty();
        JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(Files.readString(file));
        for (String l : lines) {
            JsonNode error = JSON.readTree(l);
            assertThat(schema.validate(error)).as(l).isEmpty();
            assertThat(error.get("exit_code").asInt()).isEqualTo(exit);
            assertThat(error.get("help").asText()).isNotBlank();
        }
        assertThat(lines.get(0)).contains(message == null ? "" : message);
    }

    /** The object the command hands the renderer for json (before schema_version is added). */
    private static Object capture(String... args) {
        Object[] seen = new Object[1];
        Environment env = new Environment(Map.of("OWL_CONFIG", "/dev/null"), false, () -> 0,
                () -> new CatalogLocation("catalog", Path.of("catalog"), true), java.io.InputStream::nullInputStream,
                Clock.fixed(Instant.parse("2026-11-22T12:00:00Z"), ZoneOffset.UTC));
        List<String> json = new ArrayList<>(List.of(args));
        json.addAll(List.of("--format", "json"));
        String[] all = json.toArray(String[]::new);
        CommandLine cl = OwlCommand.commandLine(env, all, f -> new Renderer(Format.JSON, false, 0) {
            @Override
            public void tree(Object tree, PrintWriter out) {
                seen[0] = tree;
                super.tree(tree, out);
            }
        });
        cl.setOut(new PrintWriter(new StringWriter(), true));
        StringWriter err = new StringWriter();
        cl.setErr(new PrintWriter(err, true));
        assertThat(cl.execute(all)).as(err.toString()).isIn(0, 1);
        assertThat(seen[0]).as("owl %s hands the renderer a document", String.join(" ", args)).isNotNull();
        return seen[0];
    }

    /** Draft 2020-12, every key required (owl writes null rather than leaving a key out), no other keys. */
    static JsonNode schemaOf(String name, Object document) {
        boolean array = document instanceof Collection<?>;
        Class<?> type = array ? ((Collection<?>) document).iterator().next().getClass() : document.getClass();
        SchemaGeneratorConfigBuilder b = new SchemaGeneratorConfigBuilder(JSON, SchemaVersion.DRAFT_2020_12, OptionPreset.PLAIN_JSON)
                .with(new JacksonModule())
                .with(Option.FORBIDDEN_ADDITIONAL_PROPERTIES_BY_DEFAULT, Option.DEFINITIONS_FOR_ALL_OBJECTS,
                        Option.NULLABLE_FIELDS_BY_DEFAULT, Option.NULLABLE_ARRAY_ITEMS_ALLOWED,
                        Option.MAP_VALUES_AS_ADDITIONAL_PROPERTIES)
                .without(Option.SCHEMA_VERSION_INDICATOR);
        b.forFields().withPropertyNameOverrideResolver(f -> snake(f.getDeclaredName()))
                .withRequiredCheck(f -> true)
                .withNullableCheck(f -> !f.getType().getErasedType().isPrimitive());
        b.forFields().withCustomDefinitionProvider((field, ctx) -> {
            var ignored = field.getAnnotationConsideringFieldAndGetter(com.fasterxml.jackson.annotation.JsonIgnoreProperties.class);
            if (ignored == null) {
                return null; // a component whose own keys are trimmed (@JsonIgnoreProperties) gets its own definition
            }
            ObjectNode own = ctx.createStandardDefinition(field.getType(), null);
            withoutKeys(own, ignored.value());
            own.putArray("type").add("object").add("null");
            return new com.github.victools.jsonschema.generator.CustomPropertyDefinition(own);
        });
        b.forTypesInGeneral().withCustomDefinitionProvider((t, ctx) -> t.getErasedType() == java.time.LocalDate.class
                || Path.class.isAssignableFrom(t.getErasedType())
                ? new com.github.victools.jsonschema.generator.CustomDefinition(ctx.getGeneratorConfig().createObjectNode().put("type", "string"))
                : null);
        ObjectNode body = new SchemaGenerator(b.build()).generateSchema(type);
        ObjectNode root = JSON.createObjectNode();
        root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        root.put("$id", "urn:owl:schema:" + name + ":" + Renderer.SCHEMA_VERSION); // owl has no published URL to host them
        root.put("title", "owl " + name.replace('-', ' ') + " --format json (schema_version " + Renderer.SCHEMA_VERSION + ")");
        ObjectNode item = flattened(body);
        item.remove("$defs");
        for (var component : type.getDeclaredFields()) { // a record component's annotations sit on its field
            var ignored = component.getAnnotation(com.fasterxml.jackson.annotation.JsonIgnoreProperties.class);
            if (ignored != null && component.isAnnotationPresent(com.fasterxml.jackson.annotation.JsonUnwrapped.class)) {
                withoutKeys(item, ignored.value()); // an unwrapped component's trimmed keys
            }
        }
        ObjectNode props = JSON.createObjectNode();
        props.putObject("schema_version").put("const", Renderer.SCHEMA_VERSION);
        props.setAll((ObjectNode) item.get("properties"));
        item.set("properties", props);
        ((com.fasterxml.jackson.databind.node.ArrayNode) item.withArray("required")).insert(0, "schema_version");
        if (array) {
            root.put("type", "array");
            root.set("items", item);
        } else {
            root.setAll(item);
        }
        if (body.has("$defs")) {
            root.set("$defs", body.get("$defs"));
        }
        return root;
    }

    /** The object schema without {@code keys}, in its properties and its required list. */
    private static void withoutKeys(ObjectNode schema, String... keys) {
        for (String key : keys) {
            ((ObjectNode) schema.get("properties")).remove(key);
            var required = (com.fasterxml.jackson.databind.node.ArrayNode) schema.get("required");
            for (int i = required.size() - 1; i >= 0; i--) {
                if (required.get(i).asText().equals(key)) {
                    required.remove(i);
                }
            }
        }
    }

    /**
     * A root made of {@code allOf} parts (a record with a @JsonUnwrapped component) as one object: its parts' keys,
     * then its own.
     */
    private static ObjectNode flattened(ObjectNode body) {
        ObjectNode item = body.deepCopy();
        if (!item.has("allOf")) {
            return item;
        }
        ObjectNode own = item.has("properties") ? (ObjectNode) item.remove("properties") : JSON.createObjectNode();
        JsonNode ownRequired = item.has("required") ? item.remove("required") : JSON.createArrayNode();
        ObjectNode props = JSON.createObjectNode();
        var required = JSON.createArrayNode();
        for (JsonNode part : item.remove("allOf")) {
            JsonNode resolved = part.has("$ref") ? body.get("$defs").get(part.get("$ref").asText().replace("#/$defs/", "")) : part;
            props.setAll((ObjectNode) resolved.get("properties"));
            resolved.path("required").forEach(k -> {
                if (!required.toString().contains("\"" + k.asText() + "\"")) {
                    required.add(k);
                }
            });
        }
        props.setAll(own);
        ownRequired.forEach(required::add);
        item.put("type", "object");
        item.set("properties", props);
        item.set("required", required);
        item.put("additionalProperties", false);
        return item;
    }

    private static final Pattern HUMP = Pattern.compile("([a-z0-9])([A-Z])");

    /** Jackson's SNAKE_CASE for the names our records use. */
    static String snake(String name) {
        return HUMP.matcher(name).replaceAll("$1_$2").toLowerCase(java.util.Locale.ROOT);
    }
}
