package dev.owl.render;

import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.PropertyAccessor;
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
        static final ObjectMapper MAPPER = configure(YAMLMapper.builder(YAMLFactory.builder()
                .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
                .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
                .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
                .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
                .build())).build();
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
