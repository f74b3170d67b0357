package dev.owl.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static dev.owl.policy.ReferenceScannerTest.resolver;
import static dev.owl.policy.ReferenceScannerTest.scan;
import static dev.owl.policy.ReferenceScannerTest.texts;

import dev.owl.catalog.ReferenceRule;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The catalog's reference rules (catalog/reference-rules.yaml, read by the catalog loader) and the scanner patterns that use them: provider-prefixed
 * names, closed API models, re-uploads named without a size, local folder names, and an id named in a comment.
 */
class ReferenceRulesTest {
    @BeforeAll
    static void load() {
        ReferenceScannerTest.load();
    }

    @Test
    void theBuiltInRulesComeFromTheCatalogAndEverySourceHasADate() {
        List<ReferenceRule> loaded = ReferenceScannerTest.catalog.referenceRules();
        assertThat(loaded).isNotEmpty().allSatisfy(r -> {
            assertThat(r.source()).as(r.key()).isNotNull();
            assertThat(r.source().asOf()).as(r.key()).isNotNull();
            assertThat(r.origin()).isEqualTo("catalog/reference-rules.yaml");
        });
        ReferenceRules rules = resolver.rules();
        assertThat(rules.reuploader("Unsloth")).isTrue();
        assertThat(rules.reuploader("meta-llama")).isFalse();
        assertThat(rules.provider("groq/openai/gpt-oss-120b")).isEqualTo("groq");
        assertThat(rules.provider("meta-llama/Llama-3.1-8B")).isNull();
        assertThat(rules.localProvider("ollama_chat")).isTrue();
        assertThat(rules.localProvider("together_ai")).isFalse();
    }

    @Test
    void hostingPlatformsNameConventionsComeFromTheCatalog() {
        ReferenceRules builtIn = resolver.rules();
        assertThat(builtIn.provider("workers-ai/@cf/meta/llama-3.1-8b-instruct")).isEqualTo("workers-ai/@cf");
        assertThat(builtIn.provider("@cf/meta/llama-3.1-8b-instruct")).isEqualTo("@cf");
        assertThat(builtIn.provider("accounts/fireworks/models/llama-v3p1-8b-instruct")).isEqualTo("accounts/fireworks/models");
        assertThat(builtIn.provider("meta/llama-3.3-70b-instruct")).isEqualTo("meta");
        assertThat(builtIn.hosted().namespace("meta")).isTrue();
        assertThat(builtIn.localProvider("@cf")).isFalse();
        assertThat(builtIn.hosted().respell("llama-v3p1-405b-instruct")).isEqualTo(java.util.Map.entry("llama-3.1-405b-instruct", "Fireworks AI"));
        assertThat(builtIn.hosted().respell("Qwen/Qwen2.5-7B-Instruct-Turbo")).isEqualTo(java.util.Map.entry("qwen/qwen2.5-7b-instruct", "Together AI"));
        assertThat(builtIn.hosted().respell("llama-3.1-8b-instruct")).isNull();
    }

    @Test
    void closedApiNamesAfterAProviderPrefix() {
        ReferenceRules rules = resolver.rules();
        assertThat(rules.closed("gpt-4o")).isTrue();
        assertThat(rules.closed("gpt-4.1-mini")).isTrue();
        assertThat(rules.closed("anthropic.claude-3-sonnet-20240229-v1:0")).isTrue();
        assertThat(rules.closed("google/gemini-2.0-flash")).isTrue();
        assertThat(rules.closed("gpt-oss-120b")).isFalse();
        assertThat(rules.closed("gemma-3-27b-it")).isFalse();
        assertThat(rules.closed("o1x-7b")).isFalse();
        // xAI's API-only lines are closed; Grok 1 and Grok 2 have published weights (xai-org/grok-1, xai-org/grok-2)
        assertThat(rules.closed("xai/grok-4-fast-reasoning")).isTrue();
        assertThat(rules.closed("grok-code-fast-1")).isTrue();
        assertThat(rules.closed("xai-org/grok-2")).isFalse();
        assertThat(rules.closed("xai-org/grok-1")).isFalse();
    }

    @Test
    void providerPrefixedProprietaryNamesAreNotModelReferences() {
        // smolagents-style LiteLLM model ids: the provider prefix is routing, the model is a closed API model
        String py = """
                model = LiteLLMModel(model_id="anthropic/claude-3-5-sonnet-latest", api_key="YOUR_ANTHROPIC_API_KEY")
                model = LiteLLMModel(model_name="bedrock/anthropic.claude-3-sonnet-20240229-v1:0")
                model = OpenAIServerModel(model_id="openai/gpt-4o")
                model = LiteLLMModel(model_id="xai/grok-3-mini")
                router = [{"model_name": "model-group-1", "litellm_params": {"model": "openrouter/google/gemini-2.5-pro"}}]
                """;
        assertThat(texts("agent.py", py)).isEmpty();
    }

    /** Mistral's API-only services (moderation, OCR, embeddings), as pydantic-ai's and LangChain's docs call them. */
    @Test
    void mistralsServicesWithoutWeightsAreClosed() {
        String py = """
                agent = Agent("mistral:mistral-moderation-latest")
                model = MistralModel("mistral-ocr-latest")
                response = client.classifiers.moderate(model="mistral-moderation-2411", inputs=["text"])
                embeddings = MistralAIEmbeddings(model="mistral-embed")
                embedder = Embedder("mistral:codestral-embed")
                agent = Agent("mistral:mistral-small-latest")
                """;
        assertThat(texts("agent.py", py)).containsExactly("mistral-small-latest");
    }

    /** An open line the catalog lacks (Intern-S) named in a server's request payload: a reference, unknown, never a family guess. */
    @Test
    void anInternSNameInARequestIsAnOpenModelReference() {
        String md = """
                curl http://{server_ip}:{server_port}/v1/chat/completions \\
                  -d '{
                    "model": "intern-s2-preview",
                    "model": "internet-search",
                """;
        assertThat(texts("api_server.md", md)).containsExactly("intern-s2-preview");
        assertThat(resolver.rules().open("intern-s1-mini")).isTrue();
    }

    @Test
    void providerPrefixedOpenModelsResolveThroughThePrefix() {
        List<Reference> refs = scan("rag.py", """
                model = LiteLLMModel(model_id="groq/openai/gpt-oss-120b", api_key=os.environ["GROQ_API_KEY"])
                model = LiteLLMModel(model_id="together_ai/meta-llama/Llama-3.3-70B-Instruct-Turbo")
                model = LiteLLMModel(model_id="cerebras/llama-3.3-70b")
                model = LiteLLMModel(model_id="ollama_chat/llama3.2", api_base="http://localhost:11434")
                model = OpenAIServerModel(model_id="openai/gpt-oss-20b")
                """);
        assertThat(refs).extracting(Reference::text).containsExactly("groq/openai/gpt-oss-120b",
                "together_ai/meta-llama/Llama-3.3-70B-Instruct-Turbo", "cerebras/llama-3.3-70b", "ollama_chat/llama3.2", "openai/gpt-oss-20b");
        assertThat(refs).extracting(r -> resolver.resolve(r).model().id()).containsExactly("gpt-oss-120b", "llama-3.3-70b-instruct",
                "llama-3.3-70b-instruct", "llama-3.2-3b-instruct", "gpt-oss-20b");
        assertThat(refs.get(0).kind()).isEqualTo(Reference.Kind.API);
        assertThat(refs.get(3).kind()).isEqualTo(Reference.Kind.OLLAMA_TAG); // ollama_chat is the user's own runtime
        assertThat(resolver.resolve(refs.get(0)).note()).contains("via groq");
    }

    @Test
    void reUploadsWithoutASizeInAPythonListAreModels() {
        // unsloth notebooks list the copies they support one per line, many without a parameter count (a list assigned to a
        // model-ish name takes any org/name; outside one, an unsized org/name is a model only under a re-uploader)
        String cell = """
                fourbit_models = [
                    "unsloth/Phi-4",  # Phi-4 2x faster!
                    "unsloth/bge-m3",
                    "unsloth/tinyllama-bnb-4bit",
                ]
                print("acme/bge-m3")
                """;
        List<Reference> refs = scan("nb.py", cell);
        assertThat(refs).extracting(Reference::text).containsExactly("unsloth/Phi-4", "unsloth/bge-m3", "unsloth/tinyllama-bnb-4bit");
        assertThat(resolver.resolve(refs.get(0)).how()).isEqualTo(ReferenceResolver.How.RE_UPLOAD);
        assertThat(resolver.resolve(refs.get(0)).model().id()).isEqualTo("phi-4");
    }

    @Test
    void localFolderAndModelNamesWithUnderscoresAreNotModels() {
        String cell = """
                    model, tokenizer = FastLanguageModel.from_pretrained(
                        model_name = "gemma_3_lora", # YOUR MODEL YOU USED FOR TRAINING
                    tokenizer = AutoTokenizer.from_pretrained("llama_lora")
                ### Then, type `ollama run unsloth_model`
                ollama run llama3.1:8b-instruct-q4_K_M
                """;
        assertThat(texts("nb.md", cell)).containsExactly("llama3.1:8b-instruct-q4_K_M");
    }

    @Test
    void anIdNamedInACommentCountsWhenItIsSizedAndNamesACatalogFamily() {
        String line = "    model_name = \"unsloth/mistral-7b-instruct-v0.3-bnb-4bit\", # Choose ANY! eg teknium/OpenHermes-2.5-Mistral-7B\n";
        assertThat(texts("nb.py", line)).containsExactly("unsloth/mistral-7b-instruct-v0.3-bnb-4bit", "teknium/OpenHermes-2.5-Mistral-7B");
        // a sized org/name in prose without a family word stays out (a GitHub owner/repo, a dataset)
        assertThat(texts("notes.md", "see acme/survey-2024-7b for details\n")).isEmpty();
    }

    @Test
    void namesAFileWritesToAreNotReferencesOnThatLineOrLater() {
        // mlx-lm's README: a push target, then the same name in prose; axolotl: an upload and a served name
        String md = """
                upload_repo = "mlx-community/My-Mistral-7B-Instruct-v0.3-4bit"
                convert(repo, quantize=True, upload_repo=upload_repo)
                This will upload it to the repo `mlx-community/My-Mistral-7B-Instruct-v0.3-4bit`.
                mlx_lm.convert --model mistralai/Mistral-7B-Instruct-v0.3 -q --upload-repo mlx-community/my-4bit-mistral-7b
                !huggingface-cli upload --repo-type=model winglian/pirate-qwen-14B "./outputs/qwen-sft-pirate-rrr"
                vllm serve ./outputs/gpt-oss-out/ --served-model-name axolotl/gpt-oss-20b --port 8888
                model.push_to_hub_merged("acme/merged-llama-8b", tokenizer, save_method="merged_16bit")
                """;
        assertThat(texts("README.md", md)).containsExactly("mistralai/Mistral-7B-Instruct-v0.3");
    }

    @Test
    void aDataKeyOrFlagNamesADataset() {
        assertThat(texts("lora_config.yaml", "model: \"mlx-community/Llama-3.2-1B-Instruct-bf16\"\ndata: \"mlx-community/WikiSQL\"\n"))
                .containsExactly("mlx-community/Llama-3.2-1B-Instruct-bf16");
        assertThat(texts("run.sh", "mlx_lm.lora --model mistralai/Mistral-7B-v0.1 --train --data mlx-community/wikisql-7b\n"))
                .containsExactly("mistralai/Mistral-7B-v0.1");
    }

    @Test
    void proseNamesAnIdOnlyWhenItIsMoreThanAFamilyAndASize() {
        // (ReferenceScannerTest has the Groq id in prose that does count)
        assertThat(texts("README.md", "For example, to upload a quantized Mistral-7B model to the community\n")).isEmpty();
    }

    @Test
    void formatSuffixesAndCatalogAliasesResolveCopies() {
        List<Reference> refs = scan("nb.py", """
                    "unsloth/gemma-3-4b-it-unsloth-bnb-4bit",
                    "unsloth/llama-3.3-70b",
                base_model: axolotl-ai-co/gpt-oss-120b-dequantized
                """);
        assertThat(refs).extracting(r -> resolver.resolve(r).model().id()).containsExactly("gemma-3-4b-it", "llama-3.3-70b-instruct", "gpt-oss-120b");
        assertThat(resolver.resolve(refs.get(1)).how()).isEqualTo(ReferenceResolver.How.RE_UPLOAD);
    }

    @Test
    void aBareSizedAliasResolvesButAnUnsizedOllamaNameDoesNot() {
        List<Reference> refs = scan("agent.py", "model = LiteLLMModel(model_id=\"llama-3.3-70b\")\n");
        assertThat(resolver.resolve(refs.get(0)).model().id()).isEqualTo("llama-3.3-70b-instruct");
        // ollama's deepseek-r1 pulls a distill, not the catalog's 671B deepseek-r1: it stays unknown
        List<Reference> ollama = scan("run.sh", "ollama run deepseek-r1\n");
        assertThat(ollama).extracting(Reference::text).containsExactly("deepseek-r1");
        assertThat(resolver.resolve(ollama.get(0)).model()).isNull();
    }

    @Test
    void codeSpansInAMarkdownTableOfModelsAreReferences() {
        // a hosted provider's model table: unsized API strings, several per row
        String md = """
                | Use Case | Model | API String | Alternatives |
                |---|---|---|---|
                | Chat | Kimi K2.6 | `moonshotai/Kimi-K2.6` | `zai-org/GLM-5`, `openai/gpt-oss-120b` |

                | Setting | Where |
                |---|---|
                | logs | `acme/log-tools` |
                """;
        assertThat(texts("models.md", md)).containsExactly("moonshotai/Kimi-K2.6", "zai-org/GLM-5", "openai/gpt-oss-120b");
    }

    @Test
    void aProvidersApiStringWrittenLikeARepoIdResolvesToItsModel() {
        List<Reference> refs = scan("models.md", "| Qwen | Qwen 2.5 7B Turbo | `Qwen/Qwen2.5-7B-Instruct-Turbo` | 32,768 | FP8 |\n");
        assertThat(refs).extracting(Reference::text).containsExactly("Qwen/Qwen2.5-7B-Instruct-Turbo");
        assertThat(refs.get(0).kind()).isEqualTo(Reference.Kind.API);
        assertThat(resolver.resolve(refs.get(0)).model().id()).isEqualTo("qwen2.5-7b-instruct");
    }

    @Test
    void aMarkdownLinkWhoseTextNamesAnotherRepoNamesBoth() {
        assertThat(texts("model_support.md", "- [lmsys/fastchat-t5-3b-v1.0](https://huggingface.co/lmsys/fastchat-t5)\n"
                + "- [meta-llama/Llama-2-7b-chat-hf](https://huggingface.co/meta-llama/Llama-2-7b-chat-hf)\n"
                + "- Any [EleutherAI](https://huggingface.co/EleutherAI) pythia model\n"))
                .containsExactly("lmsys/fastchat-t5", "lmsys/fastchat-t5-3b-v1.0", "meta-llama/Llama-2-7b-chat-hf");
    }

    @Test
    void aBareSizedNameInAModelContextIsAModel() {
        assertThat(texts("client.py", "model = \"vicuna-7b-v1.5\"\ncompletion = client.create(model=model)\n")).containsExactly("vicuna-7b-v1.5");
        assertThat(texts("client.py", "model = \"my-model\"\nmodel_name = \"checkpoint\"\n")).isEmpty();
    }
}
