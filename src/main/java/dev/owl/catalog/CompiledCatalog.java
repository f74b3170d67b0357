package dev.owl.catalog;

import dev.owl.input.Diagnostic;
import dev.owl.input.InputException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * owl's compiled catalog: the records of a validated catalog in a compact binary that start-up reads
 * without YAML, one section at a time (a command that shows models never decodes licenses or hardware).
 *
 * <p>Why this form: each record is written and read by its codec ({@link ModelCodecs}, {@link SectionCodecs}),
 * component by component through its canonical constructor: no Java serialization, and no reflection at start-up.
 * Each section carries a fingerprint of its record types' shape (components, their types, enum constants), so a file
 * compiled by an owl whose records differ is refused with "compile it again", never misread; {@code CodecsTest} keeps
 * each fingerprint below equal to its records' shape and round-trips every component. A new section is one constant
 * here and one case in {@link Catalog#section}.
 *
 * <p>Layout: magic {@code OWLC}, format version, section count; per section its name, fingerprint and
 * length; then each section ({@link SectionWriter}, {@link SectionReader}): its own string table (every
 * distinct string once) and its items; last the models' default order over the catalog the file was validated
 * with ({@link ModelOrder}, section "order", whose fingerprint is {@link #ORDER}).
 */
public final class CompiledCatalog {
    private static final int MAGIC = 0x4f574c43; // "OWLC"
    // 2: items length-prefixed; 3: the models' default order ("order"); 4: hand-written codecs, a model's head first
    private static final int FORMAT = 4;
    /** The version of {@link ModelHead#DEFAULT_ORDER} an "order" section was sorted by: change both together. */
    static final long ORDER = 1;
    /** Where the build puts the compiled built-in catalog inside the jar. */
    public static final String RESOURCE = "/catalog.owlc";

    /** One section: its name in the file (the {@link Catalog} method that lists it), its records' shape, its codec. */
    record Section<T>(String name, long shape, Codec<T> codec) {}

    static final Section<Model> MODELS = new Section<>("models", 0x170c18929aa05e20L, ModelCodecs.MODEL);
    static final Section<License> LICENSES = new Section<>("licenses", 0xc11308237e27a41fL, SectionCodecs.LICENSE);
    static final Section<Accelerator> ACCELERATORS = new Section<>("accelerators", 0x407b33fffc5a7b83L, SectionCodecs.ACCELERATOR);
    static final Section<Deployment> DEPLOYMENTS = new Section<>("deployments", 0xe8c96c59a51a110bL, SectionCodecs.DEPLOYMENT);
    static final Section<GpuPrice> GPU_PRICES = new Section<>("gpuPrices", 0x7f1950de1ba3aa81L, SectionCodecs.GPU_PRICE);
    static final Section<InferenceRuntime> RUNTIMES = new Section<>("runtimes", 0xaaa1f74c20494a61L, SectionCodecs.RUNTIME);
    static final Section<ReferenceRule> REFERENCE_RULES =
            new Section<>("referenceRules", 0xa8950201b06647d6L, SectionCodecs.REFERENCE_RULE);
    static final Section<Measurement> MEASUREMENTS = new Section<>("measurements", 0xcf2315624f1fcdcbL, SectionCodecs.MEASUREMENT);

    /** Every section, in file order. A new section of {@link Catalog}: add it here (a test fails until then). */
    static final List<Section<?>> SECTIONS =
            List.of(MODELS, LICENSES, ACCELERATORS, DEPLOYMENTS, GPU_PRICES, RUNTIMES, REFERENCE_RULES, MEASUREMENTS);

    private final String label;
    private final ByteBuffer bytes;
    private final Map<String, int[]> sections; // name -> {offset, length}
    private final Map<String, Long> fingerprints;

    private CompiledCatalog(String label, ByteBuffer bytes) {
        this.label = label;
        this.bytes = bytes;
        ByteBuffer in = bytes.duplicate();
        if (bytes.capacity() < 8 || in.getInt() != MAGIC) {
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
            if (offset != bytes.capacity()) {
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
        return new CompiledCatalog(label, ByteBuffer.wrap(bytes));
    }

    /** The compiled built-in catalog bundled in the jar. */
    static CompiledCatalog bundled() {
        byte[] bytes = fromJar(System.getProperty("java.class.path", ""));
        if (bytes != null) {
            return of("catalog", bytes);
        }
        try (InputStream in = CompiledCatalog.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the built-in catalog " + RESOURCE + " is missing from the class path");
            }
            return of("catalog", in.readAllBytes());
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the built-in catalog: " + e.getMessage(), e);
        }
    }

    /**
     * The built-in catalog read straight from the jar the JVM runs ({@code java -jar owl.jar}, or the launcher's
     * {@code -cp owl.jar dev.owl.Main}: {@code classPath} is that jar), or null when the class path is not one jar (tests, IDEs) or the jar has no catalog. Class.getResourceAsStream goes through a jar: URL and its connection, which
     * cost ~4 ms of CPU on every start before the first byte; the class loader's jar is open already, so a ZipFile
     * shares its parsed directory.
     */
    static byte[] fromJar(String path) {
        if (!path.endsWith(".jar") || path.indexOf(java.io.File.pathSeparatorChar) >= 0) {
            return null;
        }
        try (java.util.zip.ZipFile jar = new java.util.zip.ZipFile(path)) {
            java.util.zip.ZipEntry entry = jar.getEntry(RESOURCE.substring(1));
            if (entry == null || entry.getSize() < 0 || entry.getSize() > Integer.MAX_VALUE) {
                return null;
            }
            try (InputStream in = jar.getInputStream(entry)) {
                byte[] bytes = new byte[(int) entry.getSize()];
                return in.readNBytes(bytes, 0, bytes.length) == bytes.length ? bytes : null;
            }
        } catch (IOException e) {
            return null; // read as a resource instead, which says what is wrong
        }
    }

    /** A compiled catalog file given with {@code --catalog FILE}. */
    static CompiledCatalog read(String label, Path file, long maxBytes) {
        try {
            if (Files.size(file) > maxBytes) {
                throw new InputException(List.of(new Diagnostic(label, 0, 0, "compiled catalog is larger than "
                        + maxBytes / (1024 * 1024) + " MiB", "split the catalog")));
            }
            // read outside the heap, so the collector never copies it; read, not mapped: a file rewritten meanwhile cannot crash owl
            try (java.nio.channels.FileChannel channel = java.nio.channels.FileChannel.open(file)) {
                ByteBuffer bytes = ByteBuffer.allocateDirect(Math.toIntExact(channel.size()));
                while (bytes.hasRemaining() && channel.read(bytes) >= 0) {
                    // read on until full or at the end
                }
                return new CompiledCatalog(label, bytes.flip());
            }
        } catch (IOException e) {
            throw new InputException(List.of(new Diagnostic(label, 0, 0, "cannot read compiled catalog (" + e.getMessage() + ")",
                    "check that the file exists and is readable")));
        }
    }

    /** Whether a file starts like a compiled catalog (so {@code --catalog FILE} knows what it was given). */
    public static boolean looksCompiled(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(4);
            return head.length == 4 && ByteBuffer.wrap(head).getInt() == MAGIC;
        } catch (IOException e) {
            return false;
        }
    }

    /** The catalog over this file, each section decoded on first use; a model alone when a command asks for one. */
    Catalog catalog(List<CatalogLocation> locations) {
        Catalog.Models models = models();
        models = new Catalog.Models(models.all(), models.heads(), models.at(), models.headAt(), new CompiledParts.AloneOrder(this));
        return new Catalog(models, new CompiledParts.Records<>(this, LICENSES), new CompiledParts.Records<>(this, ACCELERATORS),
                new CompiledParts.Records<>(this, RUNTIMES), new CompiledParts.Records<>(this, DEPLOYMENTS),
                new CompiledParts.Records<>(this, GPU_PRICES), new Catalog.Extras(new CompiledParts.Records<>(this, MEASUREMENTS),
                        new CompiledParts.Records<>(this, REFERENCE_RULES)), locations, List.of());
    }

    /** One section's records (empty when the file has no such section). */
    <T> List<T> section(Section<T> section) {
        return open(section).all(section.codec());
    }

    /** The models: each one's head for every model, and a model alone, decoded when asked for. */
    Catalog.Models models() {
        CompiledParts.Opened opened = new CompiledParts.Opened(this);
        CompiledParts.Models<Model> models = new CompiledParts.Models<>(opened, ModelCodecs.MODEL);
        CompiledParts.Models<ModelHead> heads = new CompiledParts.Models<>(opened, ModelCodecs.HEAD);
        return new Catalog.Models(models, heads, models, heads, null);
    }

    /** The models' default order as compiled ({@link ModelOrder}); an unknown base (never trusted) when the file has none. */
    ModelOrder order() {
        int[] at = sections.get("order");
        if (at == null || fingerprints.get("order") != ORDER) {
            return new ModelOrder(ModelOrder.UNKNOWN, -1, new int[0], new int[0], new int[0]);
        }
        try {
            return ModelOrder.read(new SectionReader(bytes, at[0], at[1]));
        } catch (RuntimeException e) { // past the section's end
            throw invalid("compiled catalog is damaged (its model order cannot be read)", "compile it again: owl catalog compile DIR -o FILE");
        }
    }

    /** Where a section's bytes are: {offset, length}, or null. */
    int[] where(String section) {
        return sections.get(section);
    }

    /** A fingerprint of this file's bytes (CRC-32C and length): what a file compiled over this one records as its base. */
    long fingerprint() {
        java.util.zip.CRC32C crc = new java.util.zip.CRC32C();
        crc.update(bytes.duplicate().clear());
        return (long) bytes.capacity() << 32 | crc.getValue();
    }

    /** A section's items, each decoded when asked for (none when the file has no such section). */
    CompiledSection open(Section<?> section) {
        int[] at = sections.get(section.name());
        if (at != null && fingerprints.get(section.name()) != section.shape()) {
            throw invalid("compiled by a different version of owl (its " + section.name() + " no longer match this owl's)",
                    "compile it again with this owl: owl catalog compile DIR -o FILE");
        }
        ByteBuffer empty = ByteBuffer.wrap(new byte[] {0, 0}); // no strings, no items
        return new CompiledSection(at == null ? new SectionReader(empty, 0, 2) : new SectionReader(bytes, at[0], at[1]));
    }

    /** Writes every section of a validated catalog, to be read alone (the built-in catalog). */
    public static byte[] write(Catalog catalog) {
        return write(catalog, SECTIONS, ModelOrder.of(ModelOrder.ALONE, List.of(), catalog.heads()));
    }

    /** Writes these sections only (a test writes a file as an owl without a newer section did). */
    static byte[] write(Catalog catalog, List<Section<?>> sections) {
        return write(catalog, sections, ModelOrder.of(ModelOrder.ALONE, List.of(), catalog.heads()));
    }

    /** Writes every section of a validated catalog and its models' order over the base it was validated with. */
    static byte[] write(Catalog catalog, ModelOrder order) {
        return write(catalog, SECTIONS, order);
    }

    private static byte[] write(Catalog catalog, List<Section<?>> sections, ModelOrder order) {
        List<byte[]> bodies = new ArrayList<>();
        for (Section<?> s : sections) {
            bodies.add(body(s, catalog));
        }
        SectionWriter index = new SectionWriter();
        order.write(index);
        bodies.add(index.toBytes());
        ByteBuffer head = ByteBuffer.allocate(8 + (sections.size() + 1) * 64);
        head.putInt(MAGIC).putShort((short) FORMAT).putShort((short) (sections.size() + 1));
        for (int i = 0; i <= sections.size(); i++) {
            boolean last = i == sections.size();
            byte[] name = (last ? "order" : sections.get(i).name()).getBytes(StandardCharsets.UTF_8);
            head.putShort((short) name.length).put(name).putLong(last ? ORDER : sections.get(i).shape()).putInt(bodies.get(i).length);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(head.array(), 0, head.position());
        bodies.forEach(b -> out.write(b, 0, b.length));
        return out.toByteArray();
    }

    /** One section's bytes: its item count, then each item, length first. */
    private static <T> byte[] body(Section<T> section, Catalog catalog) {
        SectionWriter out = new SectionWriter();
        @SuppressWarnings("unchecked")
        List<T> items = (List<T>) catalog.section(section.name());
        out.varint(items.size());
        for (T item : items) {
            out.item(() -> section.codec().write(out, item));
        }
        return out.toBytes();
    }

    private InputException invalid(String message, String hint) {
        return new InputException(List.of(new Diagnostic(label, 0, 0, message, hint)));
    }
}
