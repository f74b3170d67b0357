package dev.owl.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import dev.owl.input.Diagnostic;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An engine's memory rules in runtimes.yaml are read strictly, like every other catalog fact. */
class RuntimeMemoryTest {
    @TempDir
    Path dir;

    private static final String ENGINE = """
            runtimes:
              - id: my-engine
                name: My Engine
                kind: engine
                aliases: [my.engine]
                sources: [{url: "https://example.com/engine", as_of: 2026-12-01}]
                memory:
                  multi_gpu: tensor
                  memory_fraction: 0.85
                  kv_block_tokens: 32
                  sliding_window: [gemma-3-*]
                  full_kv: [mistral-7b-instruct-v0.1]
                  sources: [{url: "https://example.com/engine/memory", as_of: 2026-12-01}]
            """;

    private List<Diagnostic> validate(String runtimes) throws IOException {
        Files.writeString(dir.resolve("runtimes.yaml"), runtimes);
        return new CatalogLoader().validate(List.of(new CatalogLocation("user", dir, false))).diagnostics();
    }

    @Test
    void aWellFormedEngineLoadsWithItsRules() throws IOException {
        assertThat(validate(ENGINE)).isEmpty();
        Catalog c = new CatalogLoader().load(List.of(new CatalogLocation("user", dir, false)));
        RuntimeMemory m = c.runtime("my-engine").orElseThrow().memory();
        assertThat(m.multiGpu()).isEqualTo("tensor");
        assertThat(m.memoryFraction()).isEqualTo(0.85);
        assertThat(m.kvBlockTokens()).isEqualTo(32);
        assertThat(RuntimeMemory.matches(m.slidingWindow(), "gemma-3-27b-it")).isTrue();
        assertThat(RuntimeMemory.matches(m.slidingWindow(), "gemma-2-9b-it")).isFalse();
        assertThat(c.runtime("my-engine").orElseThrow().shortName()).isEqualTo("my.engine");
        // the compiled form keeps the rules
        assertThat(CompiledCatalog.of("t", CompiledCatalog.write(c)).catalog(List.of()).runtime("my-engine").orElseThrow().memory())
                .isEqualTo(m);
    }

    @Test
    void outOfRangeNumbersUnknownKeysBadPatternsAndRulesOnAProviderAreErrors() throws IOException {
        assertThat(validate(ENGINE.replace("memory_fraction: 0.85", "memory_fraction: 1.5")))
                .extracting(Diagnostic::headline).anyMatch(h -> h.contains("memory_fraction is a share of the device's memory"));
        assertThat(validate(ENGINE.replace("multi_gpu: tensor", "multi_gpu: pipeline")))
                .extracting(Diagnostic::headline).anyMatch(h -> h.contains("'multi_gpu' must be one of layers, tensor"));
        assertThat(validate(ENGINE.replace("kv_block_tokens: 32", "kv_blocks: 32")))
                .extracting(Diagnostic::headline).anyMatch(h -> h.contains("kv_blocks"));
        assertThat(validate(ENGINE.replace("[gemma-3-*]", "[\"Gemma 3\"]")))
                .extracting(Diagnostic::headline).anyMatch(h -> h.contains("'Gemma 3' in sliding_window is not a model id"));
        assertThat(validate(ENGINE.replace("kind: engine", "kind: hosted")))
                .extracting(Diagnostic::headline).anyMatch(h -> h.contains("has memory rules but is not an engine"));
        assertThat(validate(ENGINE.replace("      sources: [{url: \"https://example.com/engine/memory\", as_of: 2026-12-01}]\n", "")))
                .extracting(Diagnostic::headline).anyMatch(h -> h.contains("memory rules of runtime 'my-engine' has no sources"));
    }
}
