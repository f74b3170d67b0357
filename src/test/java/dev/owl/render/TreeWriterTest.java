package dev.owl.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.ByteArrayOutputStream;
import java.io.StringWriter;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * {@link TreeWriter} writes what the ObjectMapper of {@link Mappers} writes, byte for byte, in json (bytes and text) and
 * yaml: over a sample of every record in owl's classes (each component set, text with quotes, escapes and an emoji),
 * alone, with owl's schema_version, and in a list.
 */
class TreeWriterTest {

    @Test
    void everyRecordIsWrittenAsTheMapperWritesIt() throws Exception {
        List<String> compared = new ArrayList<>();
        for (Class<?> type : records()) {
            Object sample;
            try {
                sample = new Samples().record(type);
            } catch (ReflectiveOperationException | RuntimeException e) {
                continue; // a record whose constructor refuses made-up values, or a component type made up here
            }
            for (Object tree : List.of(sample, Renderer.Versioned.of(sample), Renderer.Versioned.of(List.of(sample, sample)))) {
                assertSame(tree, type.getName());
            }
            compared.add(type.getSimpleName());
        }
        assertThat(compared).as("records compared").hasSizeGreaterThan(100).contains("ModelSummary", "FitRow", "Versioned");
    }

    @Test
    void valuesOfEveryKindAreWrittenAsTheMapperWritesThem() throws Exception {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("a \"quoted\" key", 1.5);
        map.put("none", null);
        map.put("path", Path.of("/tmp/x y"));
        List<Object> values = new ArrayList<>(List.of("plain", "tab\there, emoji \uD83E\uDD89, quote \" backslash \\", 0, -7, 12345678901L,
                0.1, 1e21, -0.0, Double.NaN, true, LocalDate.of(2026, 12, 3), Format.JSON, Set.of("one"), map, List.of(),
                3.5f, (short) 4, java.math.BigDecimal.ONE, Map.of(1, "number key"), java.util.Optional.of("x")));
        values.add(null);
        for (Object v : values) {
            assertSame(v, String.valueOf(v));
        }
        assertSame(values, "all of them in a list");
    }

    private static void assertSame(Object tree, String what) throws Exception {
        ByteArrayOutputStream expected = new ByteArrayOutputStream();
        try {
            Mappers.json().writer(pp()).with(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8).writeValue(expected, tree);
        } catch (java.io.IOException refused) { // the mapper cannot write it (Optional without its module): neither may the writer
            assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> Mappers.json(tree, new ByteArrayOutputStream(), pp())))
                    .as(what).isInstanceOf(refused.getClass());
            return;
        }
        ByteArrayOutputStream actual = new ByteArrayOutputStream();
        Mappers.json(tree, actual, pp());
        assertThat(actual.toString(StandardCharsets.UTF_8)).as("json bytes of " + what).isEqualTo(expected.toString(StandardCharsets.UTF_8));

        StringWriter text = new StringWriter();
        Mappers.json(tree, text, pp());
        assertThat(text.toString()).as("json text of " + what).isEqualTo(Mappers.json().writer(pp()).writeValueAsString(tree));

        StringWriter yaml = new StringWriter();
        Mappers.yaml(tree, yaml);
        assertThat(yaml.toString()).as("yaml of " + what).isEqualTo(Mappers.yaml().writeValueAsString(tree));
    }

    private static DefaultPrettyPrinter pp() {
        return new DefaultPrettyPrinter().withArrayIndenter(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE);
    }

    /** Every record class compiled from src/main. */
    private static List<Class<?>> records() throws Exception {
        Path classes = Path.of("target/classes");
        List<Class<?>> records = new ArrayList<>();
        try (Stream<Path> files = Files.walk(classes.resolve("dev/owl"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".class")).toList()) {
                String name = classes.relativize(f).toString().replace('/', '.').replaceAll("\\.class$", "");
                Class<?> c = Class.forName(name, false, TreeWriterTest.class.getClassLoader());
                if (c.isRecord()) {
                    records.add(c);
                }
            }
        }
        return records;
    }

    /** A value for each component, different from the others. */
    private static final class Samples {
        private int n;
        private int depth;

        private Map<String, Type> bindings = Map.of();

        Object record(Class<?> c) throws ReflectiveOperationException {
            RecordComponent[] components = c.getRecordComponents();
            Object[] values = new Object[components.length];
            Class<?>[] types = new Class<?>[components.length];
            depth++;
            for (int i = 0; i < components.length; i++) {
                values[i] = of(components[i].getGenericType());
                types[i] = components[i].getType();
            }
            depth--;
            var constructor = c.getDeclaredConstructor(types);
            constructor.setAccessible(true);
            return constructor.newInstance(values);
        }

        private Object of(Type type) throws ReflectiveOperationException {
            n++;
            if (type instanceof java.lang.reflect.TypeVariable<?> v) {
                return bindings.containsKey(v.getName()) ? of(bindings.get(v.getName())) : "text " + n;
            }
            if (type instanceof ParameterizedType p) {
                Class<?> raw = (Class<?>) p.getRawType();
                if (raw.isRecord()) { // Term<Long>: its value is a Long
                    Map<String, Type> outer = bindings;
                    bindings = new java.util.HashMap<>();
                    for (int i = 0; i < raw.getTypeParameters().length; i++) {
                        bindings.put(raw.getTypeParameters()[i].getName(), p.getActualTypeArguments()[i]);
                    }
                    try {
                        return record(raw);
                    } finally {
                        bindings = outer;
                    }
                }
                Type arg = p.getActualTypeArguments()[0];
                if (raw == List.class || raw == java.util.Collection.class) {
                    return depth > 4 ? List.of() : List.of(of(arg), of(arg));
                }
                if (raw == Set.class) {
                    return Set.of(of(arg));
                }
                if (raw == Map.class && arg == String.class) {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("k" + n, of(p.getActualTypeArguments()[1]));
                    return m;
                }
                return of(raw);
            }
            if (!(type instanceof Class<?> c)) {
                return "text " + n;
            }
            if (c == String.class || c == Object.class) {
                return "v" + n + (n % 3 == 0 ? " \"q\" \uD83E\uDD89" : "");
            } else if (c == Integer.class || c == int.class) {
                return n;
            } else if (c == Long.class || c == long.class) {
                return 100000L * n;
            } else if (c == Double.class || c == double.class) {
                return n + 0.25;
            } else if (c == Boolean.class || c == boolean.class) {
                return n % 2 == 0;
            } else if (c == LocalDate.class) {
                return LocalDate.ofEpochDay(20000 + n);
            } else if (c == Path.class) {
                return Path.of("dir", "f" + n);
            } else if (c.isEnum()) {
                return c.getEnumConstants()[n % c.getEnumConstants().length];
            } else if (c.isRecord() && depth < 6) {
                return record(c);
            }
            return null; // a type only its own code makes: left null (a primitive one makes the record fail, and it is skipped)
        }
    }
}
