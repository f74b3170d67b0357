package dev.owl.catalog;

import dev.owl.input.InputException;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.owl.input.InputException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The compiled catalog holds exactly what the YAML holds, decodes lazily, and refuses what it cannot read. */
class CompiledCatalogTest {
    private static final CatalogLocation YAML = new CatalogLocation("catalog", Path.of("catalog"), true);
    private static Catalog fromYaml;
    private static byte[] compiled;

    @BeforeAll
    static void load() {
        fromYaml = new CatalogLoader().load(List.of(YAML));
        compiled = CompiledCatalog.write(fromYaml);
    }

    /** Every section of {@link Catalog}: its public no-argument methods that return a list. */
    private static List<Method> sections() {
        return Arrays.stream(Catalog.class.getMethods())
                .filter(m -> m.getParameterCount() == 0 && m.getReturnType() == List.class && !Modifier.isStatic(m.getModifiers()))
                .filter(m -> !m.getName().equals("locations") && !m.getName().equals("overrides") && !m.getName().equals("heads"))
                .toList();
    }

    /** Record equality compares every field, nested records included: a field lost in compiling fails here. */
    private static void assertSameSections(Catalog expected, Catalog actual) throws Exception {
        // before any section is decoded in full: each model's head, and each model alone, as a list reads them
        assertThat(actual.heads()).isEqualTo(expected.models().stream().map(ModelHead::of).toList());
        for (int i = 0; i < expected.models().size(); i++) {
            assertThat(actual.model(i)).isEqualTo(expected.models().get(i));
        }
        for (Method section : sections()) {
            List<?> want = (List<?>) section.invoke(expected);
            assertThat(want).as(section.getName()).isNotEmpty();
            assertThat((List<?>) section.invoke(actual)).as(section.getName()).isEqualTo(want);
        }
    }

    @Test
    void theCompiledCatalogEqualsTheYamlOneSectionBySection() throws Exception {
        assertSameSections(fromYaml, CompiledCatalog.of("test", compiled).catalog(List.of(YAML)));
    }

    /** The resource the build bundled is today's catalog/ (a stale or partial build step fails here). */
    @Test
    void theBundledResourceIsTheBuiltInCatalog() throws Exception {
        assertThat(CatalogLoader.builtin().root()).isNull();
        assertSameSections(fromYaml, new CatalogLoader().load(List.of(CatalogLoader.builtin())));
    }

    /** A new section of Catalog must be written too: every list section has an entry in SECTIONS. */
    @Test
    void everyCatalogSectionIsCompiled() {
        assertThat(CompiledCatalog.SECTIONS).extracting(CompiledCatalog.Section::name)
                .containsExactlyInAnyOrderElementsOf(sections().stream().map(Method::getName).toList());
    }

    @Test
    void sectionsDecodeOnlyWhenAsked() {
        // garble the end of the measurements section: models and licenses still load; measurements fail only when read
        byte[] broken = compiled.clone();
        int[] at = CompiledCatalog.of("test", compiled).where("measurements");
        Arrays.fill(broken, at[0] + at[1] - 64, at[0] + at[1], (byte) 0xff);
        Catalog c = CompiledCatalog.of("test", broken).catalog(List.of(YAML));
        assertThat(c.models()).isEqualTo(fromYaml.models());
        assertThat(c.licenses()).isEqualTo(fromYaml.licenses());
        assertThatThrownBy(c::measurements).isInstanceOf(RuntimeException.class);
    }

    /** Alone, a compiled catalog knows its models' default order (what list walks for its first N) without sorting. */
    @Test
    void aCompiledCatalogAloneKnowsItsDefaultOrder() {
        Catalog c = CompiledCatalog.of("test", compiled).catalog(List.of(YAML));
        assertThat(c.defaultOrder().orElseThrow().mapToObj(c::head).toList())
                .isEqualTo(fromYaml.heads().stream().sorted(ModelHead.DEFAULT_ORDER).toList());
        byte[] broken = compiled.clone();
        int[] at = CompiledCatalog.of("test", compiled).where("order");
        Arrays.fill(broken, at[0] + 1, at[0] + at[1], (byte) 0xff);
        Catalog damaged = CompiledCatalog.of("bad.owlc", broken).catalog(List.of(YAML));
        assertThatThrownBy(damaged::defaultOrder).isInstanceOf(InputException.class).hasMessageContaining("bad.owlc")
                .hasMessageContaining("damaged");
    }

    @Test
    void aFileFromAnotherOwlVersionIsRefusedWithTheFix() {
        byte[] other = compiled.clone();
        ByteBuffer b = ByteBuffer.wrap(other);
        int nameLength = b.getShort(8);
        b.putLong(10 + nameLength, b.getLong(10 + nameLength) ^ 1); // the models section's fingerprint
        Catalog c = CompiledCatalog.of("old.owlc", other).catalog(List.of(YAML));
        assertThatThrownBy(c::models).isInstanceOf(InputException.class)
                .hasMessageContaining("old.owlc").hasMessageContaining("different version of owl");
        assertThat(((InputException) catchThrown(c::models)).diagnostics().get(0).hint()).contains("owl catalog compile");
    }

    /** Run with owl.jar as the class path (java -jar, or the launcher's -cp), the built-in catalog is read from that jar; any other class path reads it as a resource. */
    @Test
    void theBuiltInCatalogIsReadStraightFromTheJarTheJvmRuns(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path jar = dir.resolve("owl.jar");
        try (java.util.zip.ZipOutputStream out = new java.util.zip.ZipOutputStream(java.nio.file.Files.newOutputStream(jar))) {
            out.putNextEntry(new java.util.zip.ZipEntry("dev/owl/Main.class"));
            out.write(new byte[] {1, 2, 3});
            out.putNextEntry(new java.util.zip.ZipEntry(CompiledCatalog.RESOURCE.substring(1)));
            out.write(compiled);
        }
        assertThat(CompiledCatalog.fromJar(jar.toString())).isEqualTo(compiled);
        assertThat(CompiledCatalog.fromJar(jar + java.io.File.pathSeparator + dir)).isNull();
        assertThat(CompiledCatalog.fromJar(dir.toString())).isNull();
        assertThat(CompiledCatalog.fromJar(dir.resolve("missing.jar").toString())).isNull();
        Path other = dir.resolve("other.jar");
        try (java.util.zip.ZipOutputStream out = new java.util.zip.ZipOutputStream(java.nio.file.Files.newOutputStream(other))) {
            out.putNextEntry(new java.util.zip.ZipEntry("a.txt"));
        }
        assertThat(CompiledCatalog.fromJar(other.toString())).isNull();
    }

    @Test
    void notACompiledCatalogIsADataError() {
        assertThatThrownBy(() -> CompiledCatalog.of("x.owlc", "family: x\n".getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                .isInstanceOf(InputException.class).hasMessageContaining("not a compiled owl catalog");
        assertThatThrownBy(() -> CompiledCatalog.of("x.owlc", Arrays.copyOf(compiled, compiled.length / 2)))
                .isInstanceOf(InputException.class).hasMessageContaining("truncated");
    }

    private static Throwable catchThrown(Runnable r) {
        try {
            r.run();
            return null;
        } catch (RuntimeException e) {
            return e;
        }
    }
}
