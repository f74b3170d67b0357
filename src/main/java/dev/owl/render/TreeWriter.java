package dev.owl.render;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes a result through a Jackson generator with the very calls {@link Mappers}' ObjectMapper makes for it, without
 * building that mapper: creating one (its class set-up reaches java.text's date formats and locale data) and its
 * serializers (introspecting every record) was a third of a {@code --format json} run. It knows what owl's results are
 * made of: records (components in declaration order, snake_case keys, nulls written; {@code @JsonIgnore},
 * {@code @JsonUnwrapped}, {@code @JsonIgnoreProperties} on a component), lists and other collections, maps with text
 * keys, text, numbers, booleans, enums by name, dates and paths as text. Anything else (another annotation, a class that
 * is no record, an unusual number) is handed to the mapper itself, on the same generator, so the document is the same.
 * {@code TreeWriterTest} compares both byte for byte over every result record.
 */
final class TreeWriter {
    private static final Map<Class<?>, Property[]> SHAPES = new HashMap<>();
    private static final Map<Class<?>, Boolean> PLAIN_ENUMS = new HashMap<>();
    /** A record the mapper must write (an annotation or shape this class does not follow). */
    private static final Property[] UNSUPPORTED = new Property[0];

    private final JsonGenerator gen;
    private final boolean yaml;

    /** One component as a key: its field, its key, and what its annotations ask. */
    private record Property(Field field, String key, boolean unwrapped, Set<String> ignored) {}

    TreeWriter(JsonGenerator gen, boolean yaml) {
        this.gen = gen;
        this.yaml = yaml;
    }

    void write(Object value) throws IOException {
        if (value == null) {
            gen.writeNull();
        } else if (value instanceof String s) {
            gen.writeString(s);
        } else if (value instanceof Integer i) {
            gen.writeNumber(i.intValue());
        } else if (value instanceof Long l) {
            gen.writeNumber(l.longValue());
        } else if (value instanceof Double d) {
            gen.writeNumber(d.doubleValue());
        } else if (value instanceof Boolean b) {
            gen.writeBoolean(b);
        } else if (value instanceof LocalDate || value instanceof Path) {
            gen.writeString(value.toString()); // Mappers' ToStringSerializer
        } else if (value instanceof Enum<?> e && plain(e.getDeclaringClass())) {
            gen.writeString(e.name());
        } else if (value instanceof Collection<?> items) {
            gen.writeStartArray(items, items.size());
            for (Object item : items) {
                write(item);
            }
            gen.writeEndArray();
        } else if (value instanceof Map<?, ?> map && textKeys(map)) {
            gen.writeStartObject(map);
            for (Map.Entry<?, ?> e : map.entrySet()) {
                gen.writeFieldName((String) e.getKey());
                write(e.getValue());
            }
            gen.writeEndObject();
        } else if (value instanceof Record r && writable(r)) {
            gen.writeStartObject(r);
            fields(r, Set.of());
            gen.writeEndObject();
        } else {
            mapper().writeValue(gen, value);
        }
    }

    private ObjectMapper mapper() {
        return yaml ? Mappers.yaml() : Mappers.json();
    }

    private static boolean textKeys(Map<?, ?> map) {
        for (Object key : map.keySet()) {
            if (!(key instanceof String)) {
                return false;
            }
        }
        return true;
    }

    /** Whether this writer can write the record, and every record unwrapped into it. */
    private static boolean writable(Record r) {
        Property[] shape = shape(r.getClass());
        if (shape == UNSUPPORTED) {
            return false;
        }
        for (Property p : shape) {
            if (p.unwrapped() || !p.ignored().isEmpty()) { // written here, so this writer must be able to
                Object inner = get(p, r);
                if (inner != null && !(inner instanceof Record nested && writable(nested))) {
                    return false;
                }
            }
        }
        return true;
    }

    private void fields(Record r, Set<String> ignored) throws IOException {
        for (Property p : shape(r.getClass())) {
            if (ignored.contains(p.key()) || ignored.contains(p.field().getName())) {
                continue;
            }
            Object value = get(p, r);
            if (p.unwrapped()) {
                if (value != null) {
                    fields((Record) value, p.ignored());
                }
                continue;
            }
            gen.writeFieldName(p.key());
            if (value != null && !p.ignored().isEmpty()) { // a record without some of its keys
                gen.writeStartObject(value);
                fields((Record) value, p.ignored());
                gen.writeEndObject();
            } else {
                write(value);
            }
        }
    }

    private static Object get(Property p, Record r) {
        try {
            return p.field().get(r);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("cannot read " + p.field(), e);
        }
    }

    /** A record's keys in order, or {@link #UNSUPPORTED}; worked out once per class. */
    private static synchronized Property[] shape(Class<?> type) {
        Property[] shape = SHAPES.get(type);
        if (shape == null) {
            shape = introspect(type);
            SHAPES.put(type, shape);
        }
        return shape;
    }

    private static Property[] introspect(Class<?> type) {
        RecordComponent[] components = type.getRecordComponents();
        if (components.length == 0 || jackson(type.getDeclaredAnnotations())) {
            return UNSUPPORTED; // an empty record is an error to the mapper; a class annotation changes the rules
        }
        List<String> names = new java.util.ArrayList<>();
        for (RecordComponent c : components) {
            names.add(c.getName());
        }
        for (Method m : type.getDeclaredMethods()) {
            if (jackson(m.getDeclaredAnnotations()) && (m.getParameterCount() != 0 || !names.contains(m.getName()))) {
                return UNSUPPORTED; // a method the mapper would see (@JsonValue, @JsonProperty on a method, …)
            }
        }
        List<Property> properties = new java.util.ArrayList<>();
        for (RecordComponent c : components) {
            Field field;
            try {
                field = type.getDeclaredField(c.getName());
                field.setAccessible(true);
            } catch (ReflectiveOperationException | RuntimeException e) {
                return UNSUPPORTED;
            }
            Annotation[] on = field.getDeclaredAnnotations();
            Method accessor;
            try {
                accessor = type.getDeclaredMethod(c.getName());
            } catch (NoSuchMethodException e) {
                return UNSUPPORTED;
            }
            if (!java.util.Arrays.equals(on, accessor.getDeclaredAnnotations()) && jackson(accessor.getDeclaredAnnotations())) {
                return UNSUPPORTED; // an annotation on an accessor written out by hand
            }
            boolean ignore = false;
            boolean unwrapped = false;
            Set<String> ignored = Set.of();
            for (Annotation a : on) {
                if (a instanceof JsonIgnore i) {
                    ignore = i.value();
                } else if (a instanceof JsonUnwrapped u && u.prefix().isEmpty() && u.suffix().isEmpty()) {
                    unwrapped = u.enabled();
                } else if (a instanceof JsonIgnoreProperties i) {
                    ignored = Set.of(i.value());
                } else if (jackson(new Annotation[] {a})) {
                    return UNSUPPORTED;
                }
            }
            if (!ignored.isEmpty() && !c.getType().isRecord()) {
                return UNSUPPORTED; // the mapper applies it to the value's own serializer, whatever that is
            }
            if (!ignore) {
                properties.add(new Property(field, snakeCase(c.getName()), unwrapped, ignored));
            }
        }
        return properties.toArray(new Property[0]);
    }

    private static boolean jackson(Annotation[] annotations) {
        for (Annotation a : annotations) {
            if (a.annotationType().getName().startsWith("com.fasterxml.")) {
                return true;
            }
        }
        return false;
    }

    /** An enum the mapper writes by its constant's name: no Jackson annotation on it, its constants or its methods. */
    private static synchronized boolean plain(Class<?> type) {
        Boolean plain = PLAIN_ENUMS.get(type);
        if (plain == null) {
            plain = !jackson(type.getDeclaredAnnotations());
            for (Field f : type.getDeclaredFields()) {
                plain &= !jackson(f.getDeclaredAnnotations());
            }
            for (Method m : type.getDeclaredMethods()) {
                plain &= !jackson(m.getDeclaredAnnotations());
            }
            PLAIN_ENUMS.put(type, plain);
        }
        return plain;
    }

    /** Jackson's SNAKE_CASE: an upper-case letter becomes {@code _} and its lower case, a run of them one {@code _}. */
    static String snakeCase(String name) {
        StringBuilder sb = new StringBuilder(name.length() * 2);
        boolean wasUpper = false;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (i == 0 && c == '_') {
                continue;
            }
            if (Character.isUpperCase(c)) {
                if (!wasUpper && sb.length() > 0 && sb.charAt(sb.length() - 1) != '_') {
                    sb.append('_');
                }
                c = Character.toLowerCase(c);
                wasUpper = true;
            } else {
                wasUpper = false;
            }
            sb.append(c);
        }
        return sb.length() > 0 ? sb.toString() : name;
    }
}
