package dev.owl.catalog;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * How the compiled catalog encodes a type, derived from the records' own shape (components in declaration
 * order, canonical constructors), with a fingerprint of that shape so a file from other records is refused.
 */
final class RecordCodecs {
    /** Encodes and decodes one type, or reads past it without building anything. */
    interface Codec {
        void write(SectionWriter out, Object value);

        Object read(SectionReader in);

        void skip(SectionReader in);
    }

    private static Codec codec(BiConsumer<SectionWriter, Object> write, Function<SectionReader, Object> read,
            java.util.function.Consumer<SectionReader> skip) {
        return new Codec() {
            public void write(SectionWriter out, Object value) {
                write.accept(out, value);
            }

            public Object read(SectionReader in) {
                return read.apply(in);
            }

            public void skip(SectionReader in) {
                skip.accept(in);
            }
        };
    }

    /** The scalar types by their boxed class; a primitive is never null, so only its box is nullable. */
    private static final Map<Class<?>, Codec> SCALARS = Map.of(
            String.class, codec((out, v) -> out.string((String) v), SectionReader::string, SectionReader::varlong),
            Integer.class, codec((out, v) -> out.signed((Integer) v), in -> (int) in.signed(), SectionReader::varlong),
            Long.class, codec((out, v) -> out.signed((Long) v), SectionReader::signed, SectionReader::varlong),
            Double.class, codec((out, v) -> out.float64((Double) v), SectionReader::float64, SectionReader::float64),
            Boolean.class, codec((out, v) -> out.write((Boolean) v ? 1 : 0), in -> in.read() != 0, SectionReader::read),
            LocalDate.class, codec((out, v) -> out.signed(((LocalDate) v).toEpochDay()), in -> LocalDate.ofEpochDay(in.signed()),
                    SectionReader::varlong));
    private static final Map<Class<?>, Class<?>> BOXES = Map.of(
            int.class, Integer.class, long.class, Long.class, double.class, Double.class, boolean.class, Boolean.class);

    private final Map<Type, Codec> cache = new HashMap<>();

    long fingerprint(Type type) {
        StringBuilder sb = new StringBuilder();
        describe(type, sb, new HashSet<>());
        long h = 0xcbf29ce484222325L; // FNV-1a, 64 bits
        for (int i = 0; i < sb.length(); i++) {
            h = (h ^ sb.charAt(i)) * 0x100000001b3L;
        }
        return h;
    }

    private void describe(Type type, StringBuilder sb, Set<Type> seen) {
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

    Codec of(Type type) {
        return of(type, Map.of());
    }

    private Codec of(Type type, Map<String, Type> bindings) {
        if (type instanceof TypeVariable<?> v) {
            Type bound = bindings.get(v.getName());
            return bound != null ? of(bound, Map.of()) : dynamic();
        }
        if (type instanceof WildcardType w) {
            return of(w.getUpperBounds()[0], bindings);
        }
        Codec cached = cache.get(type);
        if (cached != null) {
            return cached;
        }
        Codec codec = type instanceof ParameterizedType p ? parameterized(p, bindings) : build(type);
        cache.put(type, codec);
        return codec;
    }

    private Codec parameterized(ParameterizedType p, Map<String, Type> bindings) {
        Class<?> raw = (Class<?>) p.getRawType();
        Type[] args = p.getActualTypeArguments();
        if (raw == List.class) {
            return nullable(list(of(args[0], bindings)));
        }
        if (raw == Map.class) {
            return nullable(map(of(args[0], bindings), of(args[1], bindings)));
        }
        if (raw.isRecord()) {
            Map<String, Type> bound = new HashMap<>();
            TypeVariable<?>[] vars = raw.getTypeParameters();
            for (int i = 0; i < vars.length; i++) {
                bound.put(vars[i].getName(), args[i] instanceof TypeVariable<?> tv && bindings.containsKey(tv.getName())
                        ? bindings.get(tv.getName()) : args[i]);
            }
            return nullable(record(raw, bound));
        }
        throw unsupported(p);
    }

    private Codec build(Type type) {
        if (type instanceof Class<?> c) {
            Codec scalar = SCALARS.get(BOXES.getOrDefault(c, c));
            if (scalar != null) {
                return c.isPrimitive() ? scalar : nullable(scalar);
            }
            if (c.isEnum()) {
                Object[] constants = c.getEnumConstants();
                return nullable(codec((out, v) -> out.varint(((Enum<?>) v).ordinal()), in -> constants[in.varint()],
                        SectionReader::varlong));
            }
            if (c == Object.class) {
                return dynamic();
            }
            if (c.isRecord()) {
                return nullable(record(c, Map.of()));
            }
        }
        throw unsupported(type);
    }

    private static IllegalArgumentException unsupported(Type type) {
        return new IllegalArgumentException("the compiled catalog has no encoding for " + type.getTypeName()
                + "; use a record, String, number, boolean, LocalDate, enum, List or Map, or add it to RecordCodecs");
    }

    private Codec record(Class<?> type, Map<String, Type> bindings) {
        RecordComponent[] components = type.getRecordComponents();
        Codec[] codecs = new Codec[components.length];
        Class<?>[] raw = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            codecs[i] = of(components[i].getGenericType(), bindings);
            raw[i] = components[i].getType();
        }
        Constructor<?> constructor;
        try {
            constructor = type.getDeclaredConstructor(raw);
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException("record " + type.getName() + " has no canonical constructor", e);
        }
        return codec((out, v) -> {
            for (int i = 0; i < components.length; i++) {
                try {
                    codecs[i].write(out, components[i].getAccessor().invoke(v));
                } catch (IllegalAccessException | InvocationTargetException e) {
                    throw new IllegalStateException("cannot read " + type.getSimpleName() + "." + components[i].getName(), e);
                }
            }
        }, in -> {
            Object[] values = new Object[codecs.length];
            for (int i = 0; i < codecs.length; i++) {
                values[i] = codecs[i].read(in);
            }
            try {
                return constructor.newInstance(values);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot rebuild " + type.getSimpleName() + " from the compiled catalog", e);
            }
        }, in -> {
            for (Codec c : codecs) {
                c.skip(in);
            }
        });
    }

    /** A presence byte, then the value when present. */
    private static Codec nullable(Codec inner) {
        return codec((out, v) -> {
            out.write(v == null ? 0 : 1);
            if (v != null) {
                inner.write(out, v);
            }
        }, in -> in.read() == 0 ? null : inner.read(in), in -> {
            if (in.read() != 0) {
                inner.skip(in);
            }
        });
    }

    private static Codec list(Codec element) {
        return codec((out, v) -> {
            List<?> list = (List<?>) v;
            out.varint(list.size());
            list.forEach(e -> element.write(out, e));
        }, in -> {
            int n = in.varint();
            if (n == 0) {
                return List.of();
            }
            Object[] items = new Object[n];
            boolean nulls = false;
            for (int i = 0; i < n; i++) {
                items[i] = element.read(in);
                nulls |= items[i] == null;
            }
            // List.of: the records' List.copyOf then keeps it as it is instead of copying it again
            return nulls ? Collections.unmodifiableList(Arrays.asList(items)) : List.of(items);
        }, in -> {
            for (int i = in.varint(); i > 0; i--) {
                element.skip(in);
            }
        });
    }

    private static Codec map(Codec key, Codec value) {
        return codec((out, v) -> {
            Map<?, ?> map = (Map<?, ?>) v;
            out.varint(map.size());
            map.forEach((k, x) -> {
                key.write(out, k);
                value.write(out, x);
            });
        }, in -> {
            int n = in.varint();
            Map<Object, Object> map = new LinkedHashMap<>();
            for (int i = 0; i < n; i++) {
                map.put(key.read(in), value.read(in));
            }
            return Collections.unmodifiableMap(map);
        }, in -> {
            for (int i = in.varint(); i > 0; i--) {
                key.skip(in);
                value.skip(in);
            }
        });
    }

    /** A value whose type is only known at run time (a type variable): a tag, then the value. */
    private Codec dynamic() {
        List<Class<?>> tags = List.of(String.class, Long.class, Integer.class, Double.class, Boolean.class, LocalDate.class);
        Codec[] byTag = tags.stream().map(this::of).toArray(Codec[]::new);
        return codec((out, v) -> {
            int tag = v == null ? -1 : tags.indexOf(v.getClass());
            if (v != null && tag < 0) {
                throw new IllegalArgumentException("the compiled catalog cannot hold a " + v.getClass().getName());
            }
            out.write(tag + 1);
            if (v != null) {
                byTag[tag].write(out, v);
            }
        }, in -> {
            int tag = in.read();
            return tag == 0 ? null : byTag[tag - 1].read(in);
        }, in -> {
            int tag = in.read();
            if (tag != 0) {
                byTag[tag - 1].skip(in);
            }
        });
    }
}
