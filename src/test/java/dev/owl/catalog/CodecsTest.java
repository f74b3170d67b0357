package dev.owl.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.nio.ByteBuffer;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The hand-written codecs against the records' own shape, found here by reflection (start-up uses none): every
 * component of every record written and read back in its place, and each section's fingerprint equal to its records'
 * shape, so that a record that gains, loses or retypes a component fails here until its codec and fingerprint follow.
 */
class CodecsTest {

    /** The record type a section lists: the element type of the {@link Catalog} method of the section's name. */
    private static Class<?> recordOf(CompiledCatalog.Section<?> section) throws NoSuchMethodException {
        ParameterizedType list = (ParameterizedType) Catalog.class.getMethod(section.name()).getGenericReturnType();
        return (Class<?>) list.getActualTypeArguments()[0];
    }

    @Test
    void eachSectionsFingerprintIsItsRecordsShape() throws Exception {
        for (CompiledCatalog.Section<?> section : CompiledCatalog.SECTIONS) {
            long shape = fingerprint(recordOf(section));
            assertThat(section.shape()).as("%s changed shape: update its codec, then set its fingerprint in CompiledCatalog to 0x%sL",
                    recordOf(section).getSimpleName(), Long.toHexString(shape)).isEqualTo(shape);
        }
    }

    @Test
    void everyComponentOfEverySectionRoundTrips() throws Exception {
        for (CompiledCatalog.Section<?> section : CompiledCatalog.SECTIONS) {
            for (boolean sparse : new boolean[] {false, true}) {
                Object value = new Samples(sparse).record(recordOf(section), Map.of());
                assertThat(roundTrip(section.codec(), value)).as(section.name() + (sparse ? ", nulls" : "")).isEqualTo(value);
            }
        }
    }

    @Test
    void aModelsHeadIsReadFromTheStartOfTheModel() throws Exception {
        Model m = (Model) new Samples(false).record(Model.class, Map.of());
        SectionWriter out = new SectionWriter();
        ModelCodecs.MODEL.write(out, m);
        byte[] bytes = out.toBytes();
        assertThat(ModelCodecs.HEAD.read(new SectionReader(ByteBuffer.wrap(bytes), 0, bytes.length))).isEqualTo(ModelHead.of(m));
    }

    @SuppressWarnings("unchecked")
    private static <T> T roundTrip(Codec<T> codec, Object value) {
        SectionWriter out = new SectionWriter();
        codec.write(out, (T) value);
        byte[] bytes = out.toBytes();
        SectionReader in = new SectionReader(ByteBuffer.wrap(bytes), 0, bytes.length);
        T back = codec.read(in);
        assertThat(in.position()).as("every byte read, no more").isEqualTo(bytes.length);
        return back;
    }

    /** Values for every component, each different from the others (sparse: null where a component may be null). */
    private static final class Samples {
        private final boolean sparse;
        private int n;

        Samples(boolean sparse) {
            this.sparse = sparse;
            this.n = sparse ? 1 : 0;
        }

        Object of(Type type, Map<String, Type> bindings) throws ReflectiveOperationException {
            if (type instanceof TypeVariable<?> v) {
                return of(bindings.get(v.getName()), Map.of());
            }
            if (type instanceof ParameterizedType p) {
                Class<?> raw = (Class<?>) p.getRawType();
                if (raw == List.class) {
                    return sparse ? List.of() : List.of(of(p.getActualTypeArguments()[0], bindings), of(p.getActualTypeArguments()[0], bindings));
                }
                Map<String, Type> bound = new HashMap<>();
                for (int i = 0; i < raw.getTypeParameters().length; i++) {
                    bound.put(raw.getTypeParameters()[i].getName(), p.getActualTypeArguments()[i]);
                }
                return record(raw, bound);
            }
            Class<?> c = (Class<?>) type;
            n++;
            if (sparse && !c.isPrimitive()) {
                return null;
            }
            return scalar(c, bindings);
        }

        private Object scalar(Class<?> c, Map<String, Type> bindings) throws ReflectiveOperationException {
            if (c == String.class) {
                return "v" + n;
            } else if (c == Integer.class || c == int.class) {
                return n;
            } else if (c == Long.class || c == long.class) {
                return 1000L * n;
            } else if (c == Double.class || c == double.class) {
                return n + 0.5;
            } else if (c == Boolean.class || c == boolean.class) {
                return n % 2 == 0;
            } else if (c == LocalDate.class) {
                return LocalDate.ofEpochDay(n);
            } else if (c.isEnum()) {
                return c.getEnumConstants()[n % c.getEnumConstants().length];
            } else if (c.isRecord()) {
                return record(c, bindings);
            }
            throw new IllegalArgumentException("no sample for " + c);
        }

        Object record(Class<?> c, Map<String, Type> bindings) throws ReflectiveOperationException {
            RecordComponent[] components = c.getRecordComponents();
            Object[] values = new Object[components.length];
            Class<?>[] types = new Class<?>[components.length];
            for (int i = 0; i < components.length; i++) {
                values[i] = of(components[i].getGenericType(), bindings);
                types[i] = components[i].getType();
            }
            return c.getDeclaredConstructor(types).newInstance(values);
        }
    }

    /** A record type's shape as text (components, their types, enum constants), hashed with 64-bit FNV-1a. */
    static long fingerprint(Type type) {
        StringBuilder sb = new StringBuilder();
        describe(type, sb, new HashSet<>());
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < sb.length(); i++) {
            h = (h ^ sb.charAt(i)) * 0x100000001b3L;
        }
        return h;
    }

    private static void describe(Type type, StringBuilder sb, Set<Type> seen) {
        sb.append(type.getTypeName());
        if (type instanceof ParameterizedType p) {
            for (Type arg : p.getActualTypeArguments()) {
                describe(arg, sb.append('<'), seen);
            }
            type = p.getRawType();
        }
        if (type instanceof Class<?> c && seen.add(c)) {
            if (c.isRecord()) {
                sb.append('(');
                for (RecordComponent rc : c.getRecordComponents()) {
                    sb.append(rc.getName()).append(':');
                    describe(rc.getGenericType(), sb, seen);
                    sb.append(',');
                }
                sb.append(')');
            } else if (c.isEnum()) {
                sb.append(Arrays.toString(c.getEnumConstants()));
            }
        }
    }
}
