package dev.owl.policy;

import static dev.owl.policy.ReferenceScannerTest.resolver;
import static dev.owl.policy.ReferenceScannerTest.texts;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * pydantic-ai's model names: {@code 'provider:model'} strings (also behind its gateway) and a provider model class's first
 * argument, in files shaped like an agent project's; the reference is the model part, resolved as the provider's model.
 */
class ModelStringsTest {
    @BeforeAll
    static void load() {
        ReferenceScannerTest.load();
    }

    /** Each reference as "line text kind -> model" ("-" when the catalog does not know it). */
    private static List<String> found(String fileName, String text) {
        return ReferenceScannerTest.scan(fileName, text).stream().map(r -> {
            ReferenceResolver.Resolution res = resolver.resolve(r);
            return r.line() + " " + r.text() + " " + r.kind().name() + " -> " + (res.model() == null ? "-" : res.model().id());
        }).toList();
    }

    @Test
    void providerColonModelStringsNameTheModelPart() {
        String py = """
                from pydantic_ai import Agent, Embedder

                triage = Agent('groq:llama-3.3-70b-versatile', instructions='Sort the ticket.')
                writer = Agent("huggingface:Qwen/Qwen3-235B-A22B")
                local = Agent(model='ollama:qwen3', retries=2)
                planner = Agent('zai:glm-5')
                budget = Agent('together:meta-llama/Llama-3.3-70B-Instruct-Turbo-Free')
                search = Embedder('ollama:nomic-embed-text')
                st = Embedder('sentence-transformers:Qwen/Qwen3-235B-A22B')
                routed = Agent('gateway/groq:openai/gpt-oss-120b')
                mantle = Agent('bedrock-mantle:openai.gpt-oss-120b-1:0')
                summary = Agent('cohere:command-r7b-12-2024')
                """;
        assertThat(found("agents.py", py)).containsExactly(
                "3 llama-3.3-70b-versatile API -> llama-3.3-70b-instruct",
                "4 Qwen/Qwen3-235B-A22B API -> qwen3-235b-a22b",
                "5 qwen3 OLLAMA_TAG -> qwen3-8b",
                "6 glm-5 API -> -", // Z.ai's GLM-5 is not the catalog's GLM-4.5: found, never resolved by its family word
                "7 meta-llama/Llama-3.3-70B-Instruct-Turbo-Free API -> -",
                "8 nomic-embed-text OLLAMA_TAG -> -",
                "9 Qwen/Qwen3-235B-A22B HF_REPO -> qwen3-235b-a22b",
                "10 openai/gpt-oss-120b API -> gpt-oss-120b",
                "11 openai.gpt-oss-120b-1:0 API -> gpt-oss-120b",
                "12 command-r7b-12-2024 API -> -");
    }

    @Test
    void closedModelsPlaceholdersAndUnknownProvidersAreNotReferences() {
        String py = """
                agent = Agent('openai:gpt-5.2')
                fallback = Agent('anthropic:claude-sonnet-4-5')
                fast = Agent("google:gemini-2.5-flash")
                embed = Embedder('openai:text-embedding-3-small')
                custom = Agent('<provider>:<model>')
                logger.info('retry:after-5s')
                """;
        assertThat(texts("agents.py", py)).isEmpty();
    }

    @Test
    void aProviderModelClassesFirstArgumentIsItsModel() {
        String py = """
                from pydantic_ai.models.groq import GroqModel

                groq = GroqModel('llama-3.3-70b-versatile')
                cerebras = CerebrasModel('llama-3.3-70b', provider=CerebrasProvider(api_key=key))
                ollama = OllamaModel('qwen3')
                mistral = MistralModel(model_name='mistral-small-latest')
                hf = HuggingFaceModel('Qwen/Qwen3-235B-A22B')
                bedrock = BedrockConverseModel('qwen.qwen3-32b-v1:0')
                router = OpenRouterModel('deepseek/deepseek-chat')
                zai = ZaiModel('glm-5')
                closed = AnthropicModel('claude-sonnet-4-5')
                other = FunctionModel('not-a-provider-7b')
                """;
        assertThat(found("models.py", py)).containsExactly(
                "3 llama-3.3-70b-versatile API -> llama-3.3-70b-instruct",
                "4 llama-3.3-70b API -> llama-3.3-70b-instruct",
                "5 qwen3 OLLAMA_TAG -> qwen3-8b",
                "6 mistral-small-latest API -> mistral-small-4-119b-2603",
                "7 Qwen/Qwen3-235B-A22B API -> qwen3-235b-a22b",
                "8 qwen.qwen3-32b-v1:0 API -> -",
                "9 deepseek/deepseek-chat API -> -",
                "10 glm-5 API -> -");
    }

    @Test
    void theFirstArgumentOnTheLineAfterAProviderModelClassOpens() {
        String py = """
                model = OpenAIChatModel(
                    'Meta-Llama-3.1-8B-Instruct',
                    provider=SambaNovaProvider(api_key='your-api-key'),
                )
                settings = ModelSettings(
                    'mistral-small-latest',
                )
                other = OpenAIResponsesModel(
                    model_name,
                    'glm-5',
                )
                """;
        // ModelSettings is no provider's class; a string after a variable is not the first argument
        assertThat(found("models.py", py)).containsExactly("2 Meta-Llama-3.1-8B-Instruct API -> llama-3.1-8b-instruct");
    }

    /** The providers' order, written out as a class, is the comparator chain it replaced: longest first, then A to Z. */
    @Test
    void providersAreOrderedLongestFirstThenAlphabetically() {
        java.util.Comparator<String> chain = java.util.Comparator.comparingInt(String::length).reversed().thenComparing(p -> p);
        List<String> names = List.of("bedrock", "bedrock-mantle", "groq", "zai", "ollama", "azure", "xai", "openai", "", "mistral");
        for (String a : names) {
            for (String b : names) {
                assertThat(Integer.signum(new ModelStrings.LongestFirst().compare(a, b))).as(a + " vs " + b)
                        .isEqualTo(Integer.signum(chain.compare(a, b)));
            }
        }
    }
}
