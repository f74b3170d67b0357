package dev.owl.policy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.owl.policy.ReferenceResolver.How;
import dev.owl.policy.ReferenceResolver.Resolution;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The built-in catalog's Ollama tags, as Ollama's library pulls them: size tags, untagged names and {@code :latest} (the
 * default tag), explicit build tags, and a size tag the catalog must leave unknown because it names a model it lacks.
 */
class OllamaLibraryTagsTest {
    private static ReferenceResolver resolver;

    @BeforeAll
    static void load() {
        ReferenceScannerTest.load();
        resolver = ReferenceScannerTest.resolver;
    }

    private static String resolved(String name) {
        Resolution r = resolver.ollama(name);
        return r.model() == null ? "-" : r.model().id() + " " + r.how().key();
    }

    @Test
    void sizeTagsAndDefaultsResolveToTheModelTheLibraryServes() {
        assertThat(resolved("mistral:7b")).isEqualTo("mistral-7b-instruct-v0.3 exact");
        assertThat(resolved("mixtral")).isEqualTo("mixtral-8x7b-instruct-v0.1 ollama-default");
        assertThat(resolved("mixtral:latest")).isEqualTo("mixtral-8x7b-instruct-v0.1 ollama-default");
        assertThat(resolved("mixtral:8x7b")).isEqualTo("mixtral-8x7b-instruct-v0.1 exact");
        assertThat(resolved("mixtral:8x22b")).isEqualTo("mixtral-8x22b-instruct-v0.1 exact");
        assertThat(resolved("qwen3:32b")).isEqualTo("qwen3-32b exact");
        assertThat(resolved("llama3:8b")).isEqualTo("llama-3-8b-instruct exact");
        assertThat(resolved("llama3.2:3b")).isEqualTo("llama-3.2-3b-instruct exact");
        assertThat(resolved("llama3.2:3b-instruct-q4_K_M")).isEqualTo("llama-3.2-3b-instruct alias");
        assertThat(resolver.ollama("mixtral").note()).isEqualTo(
                "untagged: Ollama pulls mixtral:latest, which the catalog records as mixtral:8x7b, mixtral-8x7b-instruct-v0.1");
    }

    @Test
    void explicitBuildTagsNameTheirModelAndTheRetargetedSizeTagStaysUnknown() {
        assertThat(resolved("qwen3:30b-a3b-instruct-2507-q4_K_M")).isEqualTo("qwen3-30b-a3b-instruct-2507 exact");
        assertThat(resolved("qwen3:30b-a3b-q4_K_M")).isEqualTo("qwen3-30b-a3b exact");
        // Qwen's README: qwen3:30b-a3b points to the Thinking-2507 build, which the catalog does not list
        assertThat(resolved("qwen3:30b")).isEqualTo("-");
        assertThat(resolved("qwen3:30b-a3b")).isEqualTo("-");
        assertThat(resolved("qwen3:30b-a3b-thinking-2507-q4_K_M")).isEqualTo("-");
    }
}
