package dev.owl.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static dev.owl.policy.ReferenceScannerTest.judged;
import static dev.owl.policy.ReferenceScannerTest.resolver;
import static dev.owl.policy.ReferenceScannerTest.texts;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Model names as a coding assistant's provider docs write them (continue's model-providers pages): a {@code model:} value
 * and its JSON twin per provider, in each provider's naming, beside display names and a router's own aliases.
 */
class ProviderDocsTest {
    @BeforeAll
    static void load() {
        ReferenceScannerTest.load();
    }

    @Test
    void aRoutersOwnAliasesAreNotRepos() {
        String mdx = """
                models:
                  - name: ClawRouter Auto
                    provider: openai
                    model: blockrun/auto
                | `blockrun/eco` | 95-100% | Cheapest possible models | Maximum savings |
                | `blockrun/free` | 100% | Free-tier models only (nvidia/gpt-oss-120b) | Zero cost testing |
                        "model": "blockrun/premium",
                """;
        assertThat(texts("clawrouter.mdx", mdx)).containsExactly("nvidia/gpt-oss-120b");
        // an unknown owner's repo with a version, a size or mixed case is still one; so is a word loaded by from_pretrained
        assertThat(texts("config.yaml", "model: rishiraj/CatPPT\nbase_model: acme/coder-7b\n"))
                .containsExactly("rishiraj/CatPPT", "acme/coder-7b");
        assertThat(texts("load.py", "tok = AutoTokenizer.from_pretrained(\"bigscience/bloom\")\n")).containsExactly("bigscience/bloom");
        assertThat(texts("tools.py", "    image_model=\"stability-ai/sdxl\",  # Stability Diffusion XL model\n")).containsExactly("stability-ai/sdxl");
        assertThat(texts("instinct.mdx", "ollama run nate/instinct\n")).containsExactly("nate/instinct");
        assertThat(texts("gateway.yaml", "model: acme-router/auto\n")).isEmpty();
        // a catalog owner's or a provider's word-named model stays a reference
        assertThat(texts("config.yaml", "model: ollama_chat/dolphincoder\n")).containsExactly("ollama_chat/dolphincoder");
    }

    @Test
    void aDisplayNameBesideTheModelIdIsNotAReference() {
        String json = """
                      "models": [
                        {
                          "title": "Qwen2.5-Coder-32B-Instruct",
                          "provider": "ovhcloud",
                          "model": "qwen2.5-coder-32b-instruct",
                """;
        assertThat(ReferenceScannerTest.scan("ovhcloud.mdx", json)).extracting(r -> r.line() + " " + r.text())
                .containsExactly("5 qwen2.5-coder-32b-instruct");
        assertThat(texts("config.ts", "const m = { displayName: \"GPT-OSS-120B\", label: 'gpt-oss-20b' };\n")).isEmpty();
        assertThat(texts("config.ts", "const m = { subtitle: \"gpt-oss-20b\" };\n")).containsExactly("gpt-oss-20b");
    }

    @Test
    void cloudflaresHuggingFaceBuildsAndIbmsClosedEmbedders() {
        assertThat(judged("cloudflare.mdx", """
                      model: "@hf/thebloke/deepseek-coder-6.7b-instruct-awq"
                        "model": "@cf/meta/llama-3.1-8b-instruct"
                """)).containsExactly("@hf/thebloke/deepseek-coder-6.7b-instruct-awq -> - (api)",
                "@cf/meta/llama-3.1-8b-instruct -> llama-3.1-8b-instruct (api)");
        assertThat(judged("app.py", "completion(model=\"cloudflare/@cf/meta/llama-3.1-8b-instruct\")\n"))
                .containsExactly("cloudflare/@cf/meta/llama-3.1-8b-instruct -> llama-3.1-8b-instruct (api)");
        assertThat(texts("watsonx.mdx", "      model: ibm/slate-30m-english-rtrvr-v2\n        \"model\": \"ibm/slate-125m-english-rtrvr\",\n"))
                .isEmpty();
    }
    @Test
    void bulletListsUnderAHeadingOrBoldLineThatSaysModels() {
        String mdx = """
                ### Available Models

                - `glm-5`: Flagship model with 128K context window
                - `glm-4-plus`: Enhanced GLM-4 model with 128K context window
                - `temperature`: not a model, a setting

                **Mistral Models:**
                - `mistral-nemo` - Mistral Nemo Instruct 2407 (supports function calling)

                ## Configuration
                - `max-tokens`: 4096
                """;
        // glm-4-plus is Zhipu's API-only model (a closed name in reference-rules.yaml)
        assertThat(judged("zai.mdx", mdx)).containsExactly("glm-5 -> - (ollama)", "mistral-nemo -> mistral-nemo-instruct-2407 (ollama)");
    }

    @Test
    void aSizedNameInAModelTablesCodeSpanCell() {
        String mdx = """
                | Model | Context Length | Description |
                |-------|----------------|-------------|
                | `Hermes-4-70B` | 128k | Large reasoning model with 128k context |
                | `Hermes-3-Llama-3.1-405B` | 32k | Instruction-tuned on Llama 3.1 405B |
                | `reasoning` | on | a setting, unsized |

                | Parameter | Example |
                |-----------|---------|
                | `context` | `Acme-4-70B` |
                """;
        assertThat(ReferenceScannerTest.scan("nous.mdx", mdx)).extracting(r -> r.line() + " " + r.text())
                .containsExactly("3 Hermes-4-70B", "4 Hermes-3-Llama-3.1-405B");
    }

    @Test
    void aProviderPrefixedNameInProse() {
        assertThat(judged("tensorix.mdx", "We recommend configuring **deepseek/deepseek-chat-v3.1** as your chat model.\n"))
                .containsExactly("deepseek/deepseek-chat-v3.1 -> - (api)");
        // a provider's word that is an owner on GitHub, and a closed model behind a prefix, are not
        assertThat(texts("README.md", "Built on huggingface/transformers; compare with openai/gpt-4o.\n")).isEmpty();
    }
    @Test
    void openModelLinesTheCatalogLacksAreReferencesUnknownToIt() {
        String mdx = """
                      model: command-a-03-2025
                        "model": "MiniMax-M2.7",
                | Model | Description |
                | :---- | :---------- |
                | `MiniMax-M2.5-highspeed` | Same performance, faster and more agile. |
                      model: bge-multilingual-gemma2
                      model: minimax-hailuo-02
                      model: mxbai-embed-large-v1-endpoint
                """;
        // the video model is not an M2 line; a SageMaker endpoint's name is not a model's
        assertThat(judged("providers.mdx", mdx)).containsExactly("command-a-03-2025 -> - (ollama)", "MiniMax-M2.7 -> - (ollama)",
                "MiniMax-M2.5-highspeed -> - (ollama)", "bge-multilingual-gemma2 -> - (ollama)");
        assertThat(resolver.rules().open("codellama:70b")).isTrue();
        assertThat(resolver.rules().open("codellamafoo")).isFalse();
    }
}
