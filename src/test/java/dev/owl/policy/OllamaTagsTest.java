package dev.owl.policy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.owl.catalog.Catalog;
import dev.owl.catalog.CatalogLoader;
import dev.owl.catalog.CatalogLocation;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Ollama names resolve the way the library pulls them, by the catalog's own record (a test catalog, so the built-in one's
 * tags can change): an untagged name or {@code :latest} to the model recorded as that name's latest, said in the finding;
 * a size tag to the model that carries it; a size tag's variant and quantization to that model; nothing else guessed.
 */
class OllamaTagsTest {
    private static ReferenceResolver resolver;

    @BeforeAll
    static void load() {
        Catalog catalog = new CatalogLoader().load(List.of(new CatalogLocation("fixture", Path.of("src/test/resources/fixture-catalog"), true),
                new CatalogLocation("ollama", Path.of("src/test/resources/ollama-fixture"), false)));
        resolver = new ReferenceResolver(catalog);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            deepseek-r1                      | deepseek-r1-distill-8b      | OLLAMA_DEFAULT | untagged: Ollama pulls deepseek-r1:latest, which the catalog records as deepseek-r1:8b, deepseek-r1-distill-8b
            deepseek-r1:latest               | deepseek-r1-distill-8b      | OLLAMA_DEFAULT | Ollama pulls deepseek-r1:latest, which the catalog records as deepseek-r1:8b, deepseek-r1-distill-8b
            DeepSeek-R1:8b                   | deepseek-r1-distill-8b      | EXACT          | -
            deepseek-r1:671b                 | deepseek-r1-full            | EXACT          | -
            deepseek-r1:8b-0528-qwen3-q4_K_M | deepseek-r1-distill-8b      | ALIAS          | a 0528-qwen3-q4_K_M build of deepseek-r1:8b
            mixtral                          | mixtral-8x7b-instruct-v0.1  | OLLAMA_DEFAULT | untagged: Ollama pulls mixtral:latest, which the catalog records as mixtral:8x7b, mixtral-8x7b-instruct-v0.1
            mixtral:8x7b                     | mixtral-8x7b-instruct-v0.1  | EXACT          | -
            qwen3:30b                        | qwen3-moe-30b               | EXACT          | -
            qwen3:30b-a3b                    | qwen3-moe-30b               | EXACT          | -
            qwen3                            | -                           | UNKNOWN        | -
            qwen3:32b                        | -                           | UNKNOWN        | -
            deepseek-r1:1.5b                 | -                           | UNKNOWN        | -
            twin                             | -                           | UNKNOWN        | -
            twin:13b                         | twin-b                      | EXACT          | -
            """)
    void ollamaNamesResolveByTheCatalogsRecordOfTheLibrary(String name, String model, ReferenceResolver.How how, String note) {
        ReferenceResolver.Resolution r = resolver.resolve(new Reference("run.sh", 1, 1, name, Reference.Kind.OLLAMA_TAG, null, "ollama-cli"));
        assertThat(r.model() == null ? null : r.model().id()).isEqualTo(model);
        assertThat(r.how()).isEqualTo(how);
        assertThat(r.note()).isEqualTo(note);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            ollama run mixtral                                             | mixtral       | mixtral-8x7b-instruct-v0.1
            response = ollama.chat(model="deepseek-r1", messages=messages)  | deepseek-r1   | deepseek-r1-distill-8b
            llm = ChatOllama(model="qwen3:30b")                            | qwen3:30b     | qwen3-moe-30b
            ollama pull deepseek-r1:latest                                 | deepseek-r1:latest | deepseek-r1-distill-8b
            """)
    void aScannedOllamaNameResolvesThroughTheSameRecord(String line, String text, String model) {
        List<Reference> refs = new java.util.ArrayList<>();
        new ReferenceScanner(resolver, List.of()).scanText("app.py", "app.py", line + "\n", refs);
        assertThat(refs).extracting(Reference::text).containsExactly(text);
        assertThat(resolver.resolve(refs.get(0)).model().id()).isEqualTo(model);
    }
}
