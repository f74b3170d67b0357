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
import java.util.function.Function;

/**
 * owl's compiled catalog: the records of a validated catalog in a compact binary that start-up reads
 * without YAML, one section at a time (a command that shows models never decodes licenses or hardware).
 *
 * <p>Why this form: it is written and read by the records' own shape (record components, in declaration
 * order), so a new field of a record, or a new record type inside one, needs no code here; a new section
 * is one line in {@link #SECTIONS}. No Java serialization, no reflection beyond the records' public
 * components and canonical constructors ({@link RecordCodecs}). Each section carries a fingerprint of its
 * record types, so a file compiled by an owl whose records differ is refused with "compile it again", never
 * misread.
 *
 * <p>Layout: magic {@code OWLC}, format version, section count; per section its name, fingerprint and
 * length; then each section ({@link SectionWriter}, {@link SectionReader}): its own string table (every
 * distinct string once) and its items; last the models' default order over the catalog the file was validated
 * with ({@link ModelOrder}, section "order", whose fingerprint is {@link #ORDER}).
 */
public final class CompiledCatalog {
    private static final int MAGIC = 0x4f574c43; // "OWLC"
    private static final int FORMAT = 3; // 2: items length-prefixed; 3: the models' default order ("order")
    /** The version of {@link ModelHead#DEFAULT_ORDER} an "order" section was sorted by: change both together. */
    static final long ORDER = 1;
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
            new Section<>("runtimes", InferenceRuntime.class, Catalog::runtimes),
            new Section<>("referenceRules", ReferenceRule.class, Catalog::referenceRules),
            new Section<>("measurements", Measurement.class, Catalog::measurements));

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
        try (InputStream in = CompiledCatalog.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the built-in catalog " + RESOURCE + " is missing from the class path");
            }
            return of("catalog", in.readAllBytes());
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
        models = new Catalog.Models(models.all(), models.heads(), models.at(), models.headAt(), () -> {
            ModelOrder order = order(); // holds when the file alone is what its order was worked out over
            return order.base() == ModelOrder.ALONE && order.baseModels() == 0 ? order.order() : null;
        });
        return new Catalog(models, () -> section("licenses", License.class),
                () -> section("accelerators", Accelerator.class), () -> section("runtimes", InferenceRuntime.class),
                () -> section("deployments", Deployment.class), () -> section("gpuPrices", GpuPrice.class),
                new Catalog.Extras(() -> section("measurements", Measurement.class),
                        () -> section("referenceRules", ReferenceRule.class)), locations, List.of());
    }

    /** One section's records (empty when the file has no such section). */
    <T> List<T> section(String name, Class<T> type) {
        return open(name, type, new RecordCodecs()).all();
    }

    /** The models: each one's head for every model, and a model alone, decoded when asked for. */
    Catalog.Models models() {
        RecordCodecs codecs = new RecordCodecs();
        Catalog.Lazy<CompiledSection<Model>> models = new Catalog.Lazy<>(() -> open("models", Model.class, codecs));
        Catalog.Lazy<java.util.function.Function<SectionReader, ModelHead>> head =
                new Catalog.Lazy<>(() -> Projection.of(codecs, Model.class, ModelHead.class));
        return new Catalog.Models(() -> models.get().all(), () -> models.get().all(head.get()), i -> models.get().get(i),
                i -> models.get().get(i, head.get()), null);
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
    private <T> CompiledSection<T> open(String name, Class<T> type, RecordCodecs codecs) {
        RecordCodecs.Codec codec = codecs.of(type);
        int[] at = sections.get(name);
        if (at != null && fingerprints.get(name) != codecs.fingerprint(type)) {
            throw invalid("compiled by a different version of owl (its " + name + " no longer match this owl's)",
                    "compile it again with this owl: owl catalog compile DIR -o FILE");
        }
        ByteBuffer empty = ByteBuffer.wrap(new byte[] {0, 0}); // no strings, no items
        return new CompiledSection<>(at == null ? new SectionReader(empty, 0, 2) : new SectionReader(bytes, at[0], at[1]), codec);
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
        RecordCodecs codecs = new RecordCodecs();
        List<byte[]> bodies = new ArrayList<>();
        for (Section<?> s : sections) {
            SectionWriter section = new SectionWriter();
            RecordCodecs.Codec codec = codecs.of(s.type());
            List<?> items = s.of().apply(catalog);
            section.varint(items.size());
            for (Object item : items) {
                section.item(() -> codec.write(section, item));
            }
            bodies.add(section.toBytes());
        }
        SectionWriter index = new SectionWriter();
        order.write(index);
        bodies.add(index.toBytes());
        ByteBuffer head = ByteBuffer.allocate(8 + (sections.size() + 1) * 64);
        head.putInt(MAGIC).putShort((short) FORMAT).putShort((short) (sections.size() + 1));
        for (int i = 0; i <= sections.size(); i++) {
            boolean last = i == sections.size();
            byte[] name = (last ? "order" : sections.get(i).name()).getBytes(StandardCharsets.UTF_8);
            head.putShort((short) name.length).put(name).putLong(last ? ORDER : codecs.fingerprint(sections.get(i).type()))
                    .putInt(bodies.get(i).length);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(head.array(), 0, head.position());
        bodies.forEach(b -> out.write(b, 0, b.length));
        return out.toByteArray();
    }

    private InputException invalid(String message, String hint) {
        return new InputException(List.of(new Diagnostic(label, 0, 0, message, hint)));
    }
}
