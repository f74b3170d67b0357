package dev.owl.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static dev.owl.policy.ReferenceScannerTest.resolver;
import static dev.owl.policy.ReferenceScannerTest.texts;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Model names as agent frameworks and hosted providers write them (agno's cookbook, lmdeploy's docs): a client class's
 * {@code id=}, bare provider names, hosting prefixes and spellings, on lines shaped like the real ones.
 */
class ProviderNamesTest {
    @BeforeAll
    static void load() {
        ReferenceScannerTest.load();
    }

    /** The one reference on the line and the catalog model it resolves to ("-" for none). */
    private static String resolved(String fileName, String text) {
        List<Reference> refs = ReferenceScannerTest.scan(fileName, text);
        assertThat(refs).as(text).hasSize(1);
        ReferenceResolver.Resolution r = resolver.resolve(refs.get(0));
        return refs.get(0).text() + " -> " + (r.model() == null ? "-" : r.model().id());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            agent = Agent(model=Ollama(id="llama3.2"), knowledge=knowledge)              | llama3.2 -> llama-3.2-3b-instruct
            embedder=OllamaEmbedder(id="llama3.2", dimensions=3072),                     | llama3.2 -> llama-3.2-3b-instruct
            agent = Agent(model=Ollama(id="deepseek-r1:14b"), markdown=True)             | deepseek-r1:14b -> -
            model=Cerebras(id="gpt-oss-120b"),                                           | gpt-oss-120b -> gpt-oss-120b
            model=CerebrasOpenAI(id="llama-4-scout-17b-16e-instruct"),                  | llama-4-scout-17b-16e-instruct -> llama-4-scout-17b-16e-instruct
            model=Llama(id="Llama-4-Maverick-17B-128E-Instruct-FP8"),                   | Llama-4-Maverick-17B-128E-Instruct-FP8 -> llama-4-maverick-17b-128e-instruct
            agent = Agent(model=Sambanova(id="Meta-Llama-3.1-8B-Instruct"), markdown=True) | Meta-Llama-3.1-8B-Instruct -> llama-3.1-8b-instruct
            model=Groq(id="Qwen-2.5-32b"),                                               | Qwen-2.5-32b -> -
            agent = Agent(model=LMStudio(id="qwen2.5-7b-instruct-1m"), markdown=True)    | qwen2.5-7b-instruct-1m -> -
            model=VLLM(id="microsoft/Phi-3-mini-128k-instruct"),                        | microsoft/Phi-3-mini-128k-instruct -> -
            """)
    void aClientClassesIdKeywordNamesItsModel(String line, String expected) {
        assertThat(resolved("agent.py", line)).isEqualTo(expected);
    }

    @Test
    void anIdOnTheLineAfterTheClientCallOpens() {
        String py = """
                reasoning_agent = Agent(
                    model=Groq(id="openai/gpt-oss-120b"),
                    reasoning_model=Groq(
                        id="Deepseek-r1-distill-qwen-32b", temperature=0.6, max_tokens=1024, top_p=0.95
                    ),
                )
                """;
        assertThat(ReferenceScannerTest.scan("agent.py", py)).extracting(r -> r.line() + " " + r.text() + " "
                + resolver.resolve(r).model().id())
                .containsExactly("2 openai/gpt-oss-120b gpt-oss-120b", "4 Deepseek-r1-distill-qwen-32b deepseek-r1-distill-qwen-32b");
    }

    @Test
    void idsThatAreNotOpenModels() {
        assertThat(texts("agent.py", "agent = Agent(id=\"research-agent\", model=OpenAIChat(id=\"gpt-4o\"))\n")).isEmpty();
        assertThat(texts("agent.py", "    model=OpenRouter(id=\"google/gemini-2.5-flash-image\"),\n")).isEmpty();
        assertThat(texts("agent.py", "    model=OpenRouter(id=\"dynamic/my-route\"),\n")).isEmpty();
        assertThat(texts("agent.py", "agent = Agent(model=DashScope(id=\"qwen-plus\"), reasoning_model=DashScope(id=\"qwen3-max-preview\"))\n")).isEmpty();
        assertThat(texts("agent.py", "session = Session(id=\"test_session\", user_id=\"u1\")\n")).isEmpty();
        // a class after model= constructs a client; the retry examples' ids are wrong on purpose
        assertThat(texts("retry.py", "agent = Agent(\n    model=LlamaOpenAI(\n        id=wrong_model_id,\n    ),\n)\n")).isEmpty();
        assertThat(texts("retry.py", "    model=LlamaCpp(id=\"ggml-org/gpt-oss-20b-GGUF\"),\n")).containsExactly("ggml-org/gpt-oss-20b-GGUF");
        assertThat(texts("retry.py", "wrong_model_id = \"llama-cpp-wrong-id\"\nINVALID_MODEL = \"llama-wrong-id\"\n")).isEmpty();
    }

    @Test
    void aBareNameResolvesToTheRepoWhoseNameItIsAndSaysSo() {
        ReferenceResolver.Resolution r = resolver.bare("Llama-4-Maverick-17B-128E-Instruct-FP8");
        assertThat(r.model().id()).isEqualTo("llama-4-maverick-17b-128e-instruct");
        assertThat(r.note()).isEqualTo("the name of meta-llama/Llama-4-Maverick-17B-128E-Instruct-FP8");
        r = resolver.bare("llama-3.3-70b-instruct-awq");
        assertThat(r.model().id()).isEqualTo("llama-3.3-70b-instruct");
        assertThat(r.note()).isEqualTo("-awq build of meta-llama/Llama-3.3-70B-Instruct");
        // unsized names never resolve this way: Ollama's deepseek-r1 is a distill, the catalog's the 671B model
        assertThat(resolver.bare("deepseek-r1").model()).isNull();
        assertThat(resolver.bare("phi-4").model()).isNull();
    }

    @Test
    void theFamilyWarningIsForModelShapedNamesOnly() {
        assertThat(resolver.likelyFamily("someone/cool-llama-3-finetune")).hasValueSatisfying(f -> assertThat(f).startsWith("Llama ("));
        // an open line whose source names its one base: that base's license, not every Llama license
        assertThat(resolver.likelyFamily("codellama-7b-instruct")).contains(
                "llama-2-community (the codellama line is built on it, per its vendor's page)");
        assertThat(resolver.likelyFamily("codellama")).contains("llama-2-community (the codellama line is built on it, per its vendor's page)");
        assertThat(resolver.likelyFamily("lmsys/vicuna-13b-v1.5")).hasValueSatisfying(f -> assertThat(f).startsWith("llama-2-community"));
        assertThat(resolver.likelyFamily("codegemma:7b")).hasValueSatisfying(f -> assertThat(f).startsWith("gemma (the codegemma line"));
        assertThat(resolver.likelyFamily("tinyllama")).isEmpty(); // an open line with no restricted base
        // OpenLLaMA: named after Llama, trained from scratch (Apache-2.0), wherever its name stands and however it is spelt
        assertThat(resolver.likelyFamily("openlm-research/open_llama_13b")).isEmpty();
        assertThat(resolver.likelyFamily("h2oai/h2ogpt-gm-oasst1-en-2048-open-llama-13b")).isEmpty();
        assertThat(resolver.likelyFamily("someone/open-llama-7b-on-llama-2-7b-chat")).hasValueSatisfying(f -> assertThat(f).startsWith("llama-2-7b-chat"));
        assertThat(resolver.likelyFamily("LlamaOpenAI")).isEmpty();
        assertThat(resolver.likelyFamily("llamacpp")).isEmpty();
        assertThat(resolver.likelyFamily("llama-wrong-id")).isEmpty();
        assertThat(resolver.likelyFamily("ollama_chat/mistral-7b")).isEmpty();
    }

    private static List<String> judged(String fileName, String text) {
        return ReferenceScannerTest.judged(fileName, text);
    }

    @Test
    void hostingPlatformsPrefixesAreReadWhereverTheNameStands() {
        String py = """
                \"\"\"Uses ``@cf/zai-org/glm-4.7-flash``; ``Agent(model="cloudflare:@cf/meta/llama-3.3-70b-instruct-fp8-fast")``.\"\"\"
                    model=Cloudflare("@cf/google/gemma-4-26b-a4b-it"),
                Agent(model="cloudflare:workers-ai/@cf/meta/llama-3.3-70b-instruct-fp8-fast")
                """;
        assertThat(judged("basic.py", py)).containsExactly(
                "@cf/zai-org/glm-4.7-flash -> - (api)", "@cf/meta/llama-3.3-70b-instruct-fp8-fast -> llama-3.3-70b-instruct (api)",
                "@cf/google/gemma-4-26b-a4b-it -> gemma-4-26b-a4b-it (api)",
                "workers-ai/@cf/meta/llama-3.3-70b-instruct-fp8-fast -> llama-3.3-70b-instruct (api)");
        Reference r = ReferenceScannerTest.scan("basic.py", "    model=Cloudflare(\"@cf/meta/llama-3.1-8b-instruct\"),\n").get(0);
        assertThat(resolver.resolve(r).note()).isEqualTo("vendor namespace meta/; hosted API via Cloudflare Workers AI");
        // placeholders and invented paths after the prefix, and npm scopes, are not model ids
        assertThat(texts("README.md", "Paste `@cf/...` or `workers-ai/@cf/...`; not `@cf/meta/google/gemini-2.5-pro`.\n")).isEmpty();
        assertThat(texts("worker.ts", "import type { Ai } from \"@cloudflare/workers-types\";\n")).isEmpty();
    }

    @Test
    void vendorNamespacesSuffixesAndVersionSpellingsAreCatalogData() {
        assertThat(judged("basic.py", """
                agent = Agent(model=Nvidia(id="meta/llama-3.3-70b-instruct"), markdown=True)
                    model=Fireworks(id="accounts/fireworks/models/llama-v3p1-405b-instruct"),
                    model=Together(id="meta-llama/Meta-Llama-3.1-8B-Instruct-Turbo"),
                """)).containsExactly("meta/llama-3.3-70b-instruct -> llama-3.3-70b-instruct (api)",
                "accounts/fireworks/models/llama-v3p1-405b-instruct -> llama-3.1-405b-instruct (api)",
                "meta-llama/Meta-Llama-3.1-8B-Instruct-Turbo -> llama-3.1-8b-instruct (api)");
        Reference turbo = ReferenceScannerTest.scan("a.py", "m = Together(id=\"meta-llama/Meta-Llama-3.1-8B-Instruct-Turbo\")\n").get(0);
        assertThat(resolver.resolve(turbo).note()).isEqualTo("hosted API name on Together AI for meta-llama/Meta-Llama-3.1-8B-Instruct");
        assertThat(resolver.bare("llama-v3p1-405b-instruct").note()).isEqualTo("hosted API name on Fireworks AI");
        // a -Turbo name whose base the catalog lacks stays unknown, never a near miss
        assertThat(resolver.hf("acme/Acme-7B-Turbo").model()).isNull();
    }

    @Test
    void aBareCatalogNameInACodeSpanOrStringIsAReference() {
        String log = "Other models: `granite-4.0-h-micro` worked in json mode; `gpt-oss-20b` worked native; `gpt-oss-120b`, "
                + "`llama-4-scout-17b-16e-instruct`, and `llama-3.3-70b-instruct-fp8-fast` failed both.\n";
        // granite-4.0-h-micro: unknown to the catalog, but listed among the models beside catalog names (EnumeratedNames)
        assertThat(judged("TEST_LOG.md", log)).containsExactly("gpt-oss-20b -> gpt-oss-20b (ollama)", "gpt-oss-120b -> gpt-oss-120b (ollama)",
                "llama-4-scout-17b-16e-instruct -> llama-4-scout-17b-16e-instruct (ollama)",
                "llama-3.3-70b-instruct-fp8-fast -> llama-3.3-70b-instruct (ollama)", "granite-4.0-h-micro -> - (ollama)");
        assertThat(texts("README.md", "1. Open a model (for example [gemma-4-26b-a4b-it](https://developers.cloudflare.com/workers-ai/models/"
                + "gemma-4-26b-a4b-it/)) or see [step-2b](#step-2b).\n")).containsExactly("gemma-4-26b-a4b-it");
        assertThat(texts("README.md", "we use [Meta-Llama-3.1-70B-Instruct](https://huggingface.co/meta-llama/Meta-Llama-3.1-70B-Instruct)\n"))
                .containsExactly("meta-llama/Meta-Llama-3.1-70B-Instruct");
        // an unknown sized name that starts like a catalog model's counts in a code span, not in a plain string
        assertThat(texts("agent.py", "# - `deepseek-r1-distill-llama-70b` as the reasoning model\n")).containsExactly("deepseek-r1-distill-llama-70b");
        assertThat(texts("agent.py", "name = \"deepseek-r1-distill-llama-70b\"\n")).isEmpty();
        assertThat(texts("README.md", "It's `v1.2-beta` and \"release-2024\".\n")).isEmpty();
    }

    @Test
    void lmdeploysCommandsAdaptersScriptArgumentsAndCurlyQuotes() {
        assertThat(texts("api_server.md", """
                lmdeploy serve api_server internlm/internlm2_5-7b-chat --server-port 23333
                lmdeploy chat internlm/internlm2_5-7b-chat --backend turbomind
                  lmdeploy lite smooth_quant internlm/internlm2_5-7b-chat --work-dir ./internlm2_5-7b-chat-int8 --quant-dtype int8
                lmdeploy serve api_server THUDM/chatglm2-6b --adapters mylora=chenchi/lora-chatglm2-6b-guodegang
                2. Launch the script through `torchrun --nproc_per_node 2 script.py InternLM/internlm2-chat-1_8b --proxy_url http://x:8000`.
                After the service starts, you can find two model names in the Swagger UI: ‘THUDM/chatglm2-6b’ and ‘mylora’.
                """)).containsExactly("internlm/internlm2_5-7b-chat", "internlm/internlm2_5-7b-chat", "internlm/internlm2_5-7b-chat",
                "THUDM/chatglm2-6b", "chenchi/lora-chatglm2-6b-guodegang", "InternLM/internlm2-chat-1_8b", "THUDM/chatglm2-6b");
        // local folders, variables and unsized script arguments are not models
        assertThat(texts("w4a16.md", """
                lmdeploy chat ./internlm2_5-7b-chat-4bit --model-format awq
                lmdeploy serve api_server $repo_id --model-name $model_name --tp 1
                python train.py configs/sft.yaml
                python run.py acme/tools --verbose
                """)).isEmpty();
    }

    @Test
    void aModelNameThatLabelsAModelIsNotOne() {
        assertThat(texts("load_hf.md", "repo_id=Qwen/Qwen2.5-7B-Instruct\nmodel_name=qwen2.5-7b\n# or\n"))
                .containsExactly("Qwen/Qwen2.5-7B-Instruct");
        assertThat(texts("w4a16.md", "                chat_template_config=ChatTemplateConfig(model_name='llama2')\n")).isEmpty();
        // without a repo id beside it, a bare sized model_name still names a model
        assertThat(texts("run.py", "model_name = \"qwen2.5-7b\"\n")).containsExactly("qwen2.5-7b");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            agent = Agent(model=Ollama(id="phi4"), markdown=True)              | phi4 -> phi-4
            model=Ollama(id="llama3.2-vision"),                                | llama3.2-vision -> llama-3.2-11b-vision-instruct
            ollama pull llama3.2-vision                                        | llama3.2-vision -> llama-3.2-11b-vision-instruct
            ollama pull llama3.2-vision:90b                                    | llama3.2-vision:90b -> llama-3.2-90b-vision-instruct
            """)
    void untaggedOllamaNamesResolveToTheTagOllamaPulls(String line, String expected) {
        assertThat(resolved("agent.py", line)).isEqualTo(expected);
        Reference r = ReferenceScannerTest.scan("agent.py", line).get(0);
        if (!r.text().contains(":")) {
            assertThat(resolver.resolve(r).how()).isEqualTo(ReferenceResolver.How.OLLAMA_DEFAULT);
            assertThat(resolver.resolve(r).note()).startsWith("untagged: Ollama pulls " + r.text() + ":latest, which the catalog records as ");
        }
    }

    @Test
    void aMarkdownListOfCodeSpansUnderAModelsIntroNamesModels() {
        assertThat(texts("README.md", """
                   Recommended models:
                   - `intfloat/e5-mistral-7b-instruct` (4096 dimensions, 7B parameters)
                   - `BAAI/bge-large-en-v1.5` (1024 dimensions, 335M parameters)

                Next steps:
                - `docs/setup.md` explains `acme/tools`
                """)).containsExactly("intfloat/e5-mistral-7b-instruct", "BAAI/bge-large-en-v1.5");
    }
}
