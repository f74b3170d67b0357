package dev.owl.render;

import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.PrettyPrinter;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.core.util.Instantiatable;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.cfg.MapperBuilder;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.file.Path;
import java.time.LocalDate;

/**
 * The one Jackson configuration behind every json and yaml result, stated once: a record's components are
 * its keys, in declaration order, in snake_case; methods are never keys; an unknown value is written as
 * {@code null} rather than left out (the README promises stable keys with null for unknown), so the
 * inclusion rule is ALWAYS for every result. Dates and paths are written as their text.
 */
final class Mappers {
    private Mappers() {}

    /** Built on first use: a table result never pays for Jackson's start-up. */
    static ObjectMapper json() {
        return Json.MAPPER;
    }

    static ObjectMapper yaml() {
        return Yaml.MAPPER;
    }

    private static final class Json {
        static final ObjectMapper MAPPER = configure(JsonMapper.builder()).build();
    }

    private static final class Yaml {
        static final ObjectMapper MAPPER = configure(YAMLMapper.builder(Factories.yaml())).build();
    }

    /**
     * JSON of a result as UTF-8 bytes, laid out by {@code pp}: what {@code json().writer(pp)} with
     * COMBINE_UNICODE_SURROGATES_IN_UTF8 writes, by {@link TreeWriter} (the mapper is built only for what that leaves
     * to it). Closes the generator, and so {@code out}, as the mapper does.
     */
    static void json(Object tree, OutputStream out, PrettyPrinter pp) throws IOException {
        write(Factories.JSON_BYTES.createGenerator(out, JsonEncoding.UTF8), pp, tree, false);
    }

    /** JSON of a result as text, laid out by {@code pp}, as {@code json().writer(pp).writeValue(out, tree)} writes it. */
    static void json(Object tree, Writer out, PrettyPrinter pp) throws IOException {
        write(Factories.JSON.createGenerator(out), pp, tree, false);
    }

    /** YAML of a result, as {@code yaml().writeValue(out, tree)} writes it. */
    static void yaml(Object tree, Writer out) throws IOException {
        write(Factories.yaml().createGenerator(out), null, tree, true);
    }

    private static void write(JsonGenerator gen, PrettyPrinter pp, Object tree, boolean yaml) throws IOException {
        if (pp != null) {
            gen.setPrettyPrinter(pp instanceof Instantiatable<?> i ? (PrettyPrinter) i.createInstance() : pp);
        }
        try (gen) {
            new TreeWriter(gen, yaml).write(tree);
        }
    }

    /** The generators' factories, configured as the mappers' own (a mapper's is a plain JsonFactory, or this YAMLFactory). */
    private static final class Factories {
        static final JsonFactory JSON = new JsonFactory();
        static final JsonFactory JSON_BYTES = JsonFactory.builder().enable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8).build();
        private static YAMLFactory yamlFactory;

        static synchronized YAMLFactory yaml() {
            if (yamlFactory == null) {
                yamlFactory = YAMLFactory.builder()
                        .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
                        .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
                        .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
                        .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
                        .build();
            }
            return yamlFactory;
        }
    }

    private static <M extends ObjectMapper, B extends MapperBuilder<M, B>> B configure(B builder) {
        SimpleModule text = new SimpleModule("owl-text-values");
        text.addSerializer(LocalDate.class, ToStringSerializer.instance);
        text.addSerializer(Path.class, ToStringSerializer.instance);
        return builder
                .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
                .visibility(PropertyAccessor.ALL, Visibility.NONE)
                .visibility(PropertyAccessor.FIELD, Visibility.ANY)
                .serializationInclusion(JsonInclude.Include.ALWAYS)
                .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
                .addModule(text);
    }
}
