package dev.owl.catalog;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * owl's compiled catalog: the records of a validated catalog in a compact binary that start-up reads
 * without YAML, one section at a time (a command that shows models never decodes licenses or hardware).
 *
 * <p>Why this form: it is written and read by the records' own shape (record components, in declaration
 * order), so a new field of a record, or a new record type inside one, needs no code here; a new section
 * is one line in {@link #SECTIONS}. No Java serialization, no reflection beyond the records' public
 * components and canonical constructors. Each section carries a fingerprint of its record types, so a
 * file compiled by an owl whose records differ is refused with "compile it again", never misread.
 *
 * <p>Layout: magic {@code OWLC}, format version, section count; per section its name, fingerprint and
 * length; then each section: its own string table (every distinct string once) and its items.
 */
public final class CompiledCatalog {
    private static final int MAGIC = 0x4f574c43; // "OWLC"
    private static final int FORMAT = 1;
    /** Where the build puts the compiled built-in catalog inside the jar. */
    public static final String RESOURCE = "/catalog.owlc";

    /** One section: its name in the file, its record type, and how a {@link Catalog} lists it. */
    record Section<T>(String name, Class<T> type, Function<Catalog, List<T>> of) {}

    /** Every section, in file order. A new section of {@link Catalog}: add it here (a test fails until then). */
    static final List<Section<?>> SECTIONS = List.of(
            new Section<>("models", Model.class, Catalog::models),
            new Section<>("licenses", License.class, Catalog::licenses),
            new Section<>("accelerators", Accelerator.class, Catalog::accelerators),
            new Section<>("deployments", Deployment.class, Catalog::deployments),
            new Section<>("gpuPrices", GpuPrice.class, Catalog::gpuPrices),
            new Section<>("runtimes", InferenceRuntime.class, Catalog::runtimes));

    private final String label;
    private final byte[] bytes;
    private final Map<String, int[]> sections; // name -> {offset, length}
    private final Map<String, Long> fingerprints;

    private CompiledCatalog(String label, byte[] bytes) {
        this.label = label;
        this.bytes = bytes;
        ByteBuffer in = ByteBuffer.wrap(bytes);
        if (bytes.length < 8 || in.getInt() != MAGIC) {
            throw invalid("not a compiled owl catalog", "compile one with: owl catalog compile DIR -o FILE");
        }
        int format = in.getShort();
        if (format != FORMAT) {
            throw invalid("compiled catalog format " + format + ", this owl reads format " + FORMAT,
                    "compile it again with this owl: owl catalog compile DIR -o FILE");
        }
        try {
            int count = in.getShort();
            Map<String, int[]> toc = new LinkedHashMap<>();
            Map<String, Long> prints = new HashMap<>();
            int[] lengths = new int[count];
            String[] names = new String[count];
            for (int i = 0; i < count; i++) {
                byte[] name = new byte[in.getShort()];
                in.get(name);
                names[i] = new String(name, StandardCharsets.UTF_8);
                prints.put(names[i], in.getLong());
                lengths[i] = in.getInt();
            }
            int offset = in.position();
            for (int i = 0; i < count; i++) {
                toc.put(names[i], new int[] {offset, lengths[i]});
                offset += lengths[i];
            }
            if (offset != bytes.length) {
                throw invalid("compiled catalog is truncated or has trailing bytes", "compile it again: owl catalog compile DIR -o FILE");
            }
            this.sections = toc;
            this.fingerprints = prints;
        } catch (java.nio.BufferUnderflowException | NegativeArraySizeException e) {
            throw invalid("compiled catalog is truncated", "compile it again: owl catalog compile DIR -o FILE");
        }
    }

    /** A compiled catalog held in memory. */
    static CompiledCatalog of(String label, byte[] bytes) {
        return new CompiledCatalog(label, bytes);
    }

    /** The compiled built-in catalog bundled in the jar. */
    static CompiledCatalog bundled() {
        try (InputStream in = CompiledCatalog.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the built-in catalog " + RESOURCE + " is missing from the class path");
            }
            return new CompiledCatalog("catalog", in.readAllBytes());
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the built-in catalog: " + e.getMessage(), e);
        }
    }

    /** A compiled catalog file given with {@code --catalog FILE}. */
    static CompiledCatalog read(String label, Path file, long maxBytes) {
        try {
            if (Files.size(file) > maxBytes) {
                throw new InputException(List.of(new Diagnostic(label, 0, 0, "compiled catalog is larger than "
                        + maxBytes / (1024 * 1024) + " MiB", "split the catalog")));
            }
            return new CompiledCatalog(label, Files.readAllBytes(file));
        } catch (IOException e) {
            throw new InputException(List.of(new Diagnostic(label, 0, 0, "cannot read compiled catalog (" + e.getMessage() + ")",
                    "check that the file exists and is readable")));
        }
    }

    /** Whether a file starts like a compiled catalog (so {@code --catalog FILE} knows what it was given). */
    static boolean looksCompiled(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(4);
            return head.length == 4 && ByteBuffer.wrap(head).getInt() == MAGIC;
        } catch (IOException e) {
            return false;
        }
    }

    /** The catalog over this file, each section decoded on first use. */
    Catalog catalog(List<CatalogLocation> locations) {
        return new Catalog(() -> section("models", Model.class), () -> section("licenses", License.class),
                () -> section("accelerators", Accelerator.class), () -> section("runtimes", InferenceRuntime.class),
                () -> section("deployments", Deployment.class), () -> section("gpuPrices", GpuPrice.class),
                locations, List.of());
    }

    /** One section's records (empty when the file has no such section). */
    <T> List<T> section(String name, Class<T> type) {
        int[] at = sections.get(name);
        if (at == null) {
            return List.of();
        }
        Codecs codecs = new Codecs();
        Codec codec = codecs.of(type);
        if (fingerprints.get(name) != codecs.fingerprint(type)) {
            throw invalid("compiled by a different version of owl (its " + name + " no longer match this owl's)",
                    "compile it again with this owl: owl catalog compile DIR -o FILE");
        }
        Reader in = new Reader(ByteBuffer.wrap(bytes, at[0], at[1]).slice());
        int strings = in.varint();
        in.strings = new String[strings];
        for (int i = 0; i < strings; i++) {
            int len = in.varint();
            in.strings[i] = new String(bytes, at[0] + in.buf.position(), len, StandardCharsets.UTF_8);
            in.buf.position(in.buf.position() + len);
        }
        int n = in.varint();
        List<Object> items = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            items.add(codec.read(in));
        }
        @SuppressWarnings("unchecked")
        List<T> typed = (List<T>) (List<?>) items;
        return List.copyOf(typed);
    }

    /** Writes every section of a validated catalog. */
    public static byte[] write(Catalog catalog) {
        Codecs codecs = new Codecs();
        List<byte[]> bodies = new ArrayList<>();
        for (Section<?> s : SECTIONS) {
            Writer body = new Writer();
            Codec codec = codecs.of(s.type());
            List<?> items = s.of().apply(catalog);
            body.varint(items.size());
            for (Object item : items) {
                codec.write(body, item);
            }
            Writer section = new Writer();
            section.varint(body.strings.size());
            for (String str : body.strings.keySet()) {
                byte[] utf8 = str.getBytes(StandardCharsets.UTF_8);
                section.varint(utf8.length);
                section.out.write(utf8, 0, utf8.length);
            }
            section.out.write(body.out.toByteArray(), 0, body.out.size());
            bodies.add(section.out.toByteArray());
        }
        ByteBuffer head = ByteBuffer.allocate(8 + SECTIONS.size() * 64);
        head.putInt(MAGIC).putShort((short) FORMAT).putShort((short) SECTIONS.size());
        for (int i = 0; i < SECTIONS.size(); i++) {
            byte[] name = SECTIONS.get(i).name().getBytes(StandardCharsets.UTF_8);
            head.putShort((short) name.length).put(name).putLong(codecs.fingerprint(SECTIONS.get(i).type())).putInt(bodies.get(i).length);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(head.array(), 0, head.position());
        bodies.forEach(b -> out.write(b, 0, b.length));
        return out.toByteArray();
    }

    private InputException invalid(String message, String hint) {
        return new InputException(List.of(new Diagnostic(label, 0, 0, message, hint)));
    }

    /** Encodes and decodes one type. */
    private interface Codec {
        void write(Writer out, Object value);

        Object read(Reader in);
    }

    private static final class Writer {
        final ByteArrayOutputStream out = new ByteArrayOutputStream();
        final Map<String, Integer> strings = new LinkedHashMap<>();

        void varint(long v) {
            while ((v & ~0x7fL) != 0) {
                out.write((int) ((v & 0x7f) | 0x80));
                v >>>= 7;
            }
            out.write((int) v);
        }

        void string(String s) {
            varint(strings.computeIfAbsent(s, k -> strings.size()));
        }

        void float64(double d) {
            long bits = Double.doubleToRawLongBits(d);
            for (int i = 56; i >= 0; i -= 8) {
                out.write((int) (bits >>> i));
            }
        }
    }

    private static final class Reader {
        final ByteBuffer buf;
        String[] strings;

        Reader(ByteBuffer buf) {
            this.buf = buf;
        }

        long varlong() {
            long v = 0;
            for (int shift = 0; ; shift += 7) {
                byte b = buf.get();
                v |= (long) (b & 0x7f) << shift;
                if (b >= 0) {
                    return v;
                }
            }
        }

        int varint() {
            return (int) varlong();
        }

        String string() {
            return strings[varint()];
        }
    }

    private static long zigzag(long v) {
        return (v << 1) ^ (v >> 63);
    }

    private static long unzigzag(long v) {
        return (v >>> 1) ^ -(v & 1);
    }

    /** Codecs built from the record types, with a fingerprint of their shape. */
    private static final class Codecs {
        private final Map<Type, Codec> cache = new HashMap<>();

        long fingerprint(Type type) {
            StringBuilder sb = new StringBuilder();
            describe(type, sb, new java.util.HashSet<>());
            long h = 0xcbf29ce484222325L; // FNV-1a, 64 bits
            for (int i = 0; i < sb.length(); i++) {
                h = (h ^ sb.charAt(i)) * 0x100000001b3L;
            }
            return h;
        }

        private void describe(Type type, StringBuilder sb, java.util.Set<Type> seen) {
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
            Codec codec = build(type, bindings);
            cache.put(type, codec);
            return codec;
        }

        private Codec build(Type type, Map<String, Type> bindings) {
            if (type instanceof ParameterizedType p) {
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
            }
            if (type instanceof Class<?> c) {
                if (c == String.class) {
                    return nullable(new Codec() {
                        public void write(Writer out, Object v) {
                            out.string((String) v);
                        }

                        public Object read(Reader in) {
                            return in.string();
                        }
                    });
                }
                if (c == int.class || c == Integer.class) {
                    Codec i = new Codec() {
                        public void write(Writer out, Object v) {
                            out.varint(zigzag((Integer) v));
                        }

                        public Object read(Reader in) {
                            return (int) unzigzag(in.varlong());
                        }
                    };
                    return c.isPrimitive() ? i : nullable(i);
                }
                if (c == long.class || c == Long.class) {
                    Codec l = new Codec() {
                        public void write(Writer out, Object v) {
                            out.varint(zigzag((Long) v));
                        }

                        public Object read(Reader in) {
                            return unzigzag(in.varlong());
                        }
                    };
                    return c.isPrimitive() ? l : nullable(l);
                }
                if (c == double.class || c == Double.class) {
                    Codec d = new Codec() {
                        public void write(Writer out, Object v) {
                            out.float64((Double) v);
                        }

                        public Object read(Reader in) {
                            return in.buf.getDouble();
                        }
                    };
                    return c.isPrimitive() ? d : nullable(d);
                }
                if (c == boolean.class || c == Boolean.class) {
                    Codec b = new Codec() {
                        public void write(Writer out, Object v) {
                            out.out.write((Boolean) v ? 1 : 0);
                        }

                        public Object read(Reader in) {
                            return in.buf.get() != 0;
                        }
                    };
                    return c.isPrimitive() ? b : nullable(b);
                }
                if (c == LocalDate.class) {
                    return nullable(new Codec() {
                        public void write(Writer out, Object v) {
                            out.varint(zigzag(((LocalDate) v).toEpochDay()));
                        }

                        public Object read(Reader in) {
                            return LocalDate.ofEpochDay(unzigzag(in.varlong()));
                        }
                    });
                }
                if (c.isEnum()) {
                    Object[] constants = c.getEnumConstants();
                    return nullable(new Codec() {
                        public void write(Writer out, Object v) {
                            out.varint(((Enum<?>) v).ordinal());
                        }

                        public Object read(Reader in) {
                            return constants[in.varint()];
                        }
                    });
                }
                if (c == Object.class) {
                    return dynamic();
                }
                if (c.isRecord()) {
                    return nullable(record(c, Map.of()));
                }
            }
            throw new IllegalArgumentException("the compiled catalog has no encoding for " + type.getTypeName()
                    + "; use a record, String, number, boolean, LocalDate, enum, List or Map, or add it to CompiledCatalog");
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
            return new Codec() {
                public void write(Writer out, Object v) {
                    for (int i = 0; i < components.length; i++) {
                        try {
                            codecs[i].write(out, components[i].getAccessor().invoke(v));
                        } catch (IllegalAccessException | InvocationTargetException e) {
                            throw new IllegalStateException("cannot read " + type.getSimpleName() + "." + components[i].getName(), e);
                        }
                    }
                }

                public Object read(Reader in) {
                    Object[] values = new Object[codecs.length];
                    for (int i = 0; i < codecs.length; i++) {
                        values[i] = codecs[i].read(in);
                    }
                    try {
                        return constructor.newInstance(values);
                    } catch (ReflectiveOperationException e) {
                        throw new IllegalStateException("cannot rebuild " + type.getSimpleName() + " from the compiled catalog", e);
                    }
                }
            };
        }

        private static Codec nullable(Codec inner) {
            return new Codec() {
                public void write(Writer out, Object v) {
                    out.out.write(v == null ? 0 : 1);
                    if (v != null) {
                        inner.write(out, v);
                    }
                }

                public Object read(Reader in) {
                    return in.buf.get() == 0 ? null : inner.read(in);
                }
            };
        }

        private static Codec list(Codec element) {
            return new Codec() {
                public void write(Writer out, Object v) {
                    List<?> list = (List<?>) v;
                    out.varint(list.size());
                    list.forEach(e -> element.write(out, e));
                }

                public Object read(Reader in) {
                    int n = in.varint();
                    Object[] items = new Object[n];
                    for (int i = 0; i < n; i++) {
                        items[i] = element.read(in);
                    }
                    return java.util.Collections.unmodifiableList(Arrays.asList(items));
                }
            };
        }

        private static Codec map(Codec key, Codec value) {
            return new Codec() {
                public void write(Writer out, Object v) {
                    Map<?, ?> map = (Map<?, ?>) v;
                    out.varint(map.size());
                    map.forEach((k, x) -> {
                        key.write(out, k);
                        value.write(out, x);
                    });
                }

                public Object read(Reader in) {
                    int n = in.varint();
                    Map<Object, Object> map = new LinkedHashMap<>();
                    for (int i = 0; i < n; i++) {
                        map.put(key.read(in), value.read(in));
                    }
                    return java.util.Collections.unmodifiableMap(map);
                }
            };
        }

        /** A value whose type is only known at run time (a type variable): a tag, then the value. */
        private Codec dynamic() {
            Codec[] byTag = {of(String.class), of(Long.class), of(Integer.class), of(Double.class), of(Boolean.class), of(LocalDate.class)};
            List<Class<?>> tags = List.of(String.class, Long.class, Integer.class, Double.class, Boolean.class, LocalDate.class);
            return new Codec() {
                public void write(Writer out, Object v) {
                    int tag = v == null ? -1 : tags.indexOf(v.getClass());
                    if (v != null && tag < 0) {
                        throw new IllegalArgumentException("the compiled catalog cannot hold a " + v.getClass().getName());
                    }
                    out.out.write(tag + 1);
                    if (v != null) {
                        byTag[tag].write(out, v);
                    }
                }

                public Object read(Reader in) {
                    int tag = in.buf.get();
                    return tag == 0 ? null : byTag[tag - 1].read(in);
                }
            };
        }
    }
}
