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
 * distinct string once) and its items.
 */
public final class CompiledCatalog {
    private static final int MAGIC = 0x4f574c43; // "OWLC"
    private static final int FORMAT = 2; // 2: items length-prefixed
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
    static boolean looksCompiled(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(4);
            return head.length == 4 && ByteBuffer.wrap(head).getInt() == MAGIC;
        } catch (IOException e) {
            return false;
        }
    }

    /** The catalog over this file, each section decoded on first use; a model alone when a command asks for one. */
    Catalog catalog(List<CatalogLocation> locations) {
        return new Catalog(models(), () -> section("licenses", License.class),
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
        return new Catalog.Models(() -> models.get().all(),
                () -> models.get().all(Projection.of(codecs, Model.class, ModelHead.class)), i -> models.get().get(i));
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

    /** Writes every section of a validated catalog. */
    public static byte[] write(Catalog catalog) {
        return write(catalog, SECTIONS);
    }

    /** Writes these sections only (a test writes a file as an owl without a newer section did). */
    static byte[] write(Catalog catalog, List<Section<?>> sections) {
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
        ByteBuffer head = ByteBuffer.allocate(8 + sections.size() * 64);
        head.putInt(MAGIC).putShort((short) FORMAT).putShort((short) sections.size());
        for (int i = 0; i < sections.size(); i++) {
            byte[] name = sections.get(i).name().getBytes(StandardCharsets.UTF_8);
            head.putShort((short) name.length).put(name).putLong(codecs.fingerprint(sections.get(i).type())).putInt(bodies.get(i).length);
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
