package dev.owl.policy;

import static dev.owl.policy.ReferenceScannerTest.found;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Ollama names as an agent framework's tests, samples and articles write them (autogen's Ollama client): size tags the catalog
 * has no entry for, {@code :latest} tags beside the word Ollama, comparisons in tests, and a name used once and named again.
 */
class OllamaNamesTest {
    private static ReferenceResolver resolver;

    @TempDir
    Path tmp;

    @BeforeAll
    static void load() {
        ReferenceScannerTest.load();
        resolver = ReferenceScannerTest.resolver;
    }

    @Test
    void sizeTagsOfLibraryNamesTheCatalogKnows() {
        String py = """
                @pytest.mark.parametrize("model", ["deepseek-r1:1.5b", "llama3.2:1b"])
                # Test streaming completion with the Ollama deepseek-r1:1.5b model.
                @pytest.mark.parametrize("model", ["qwen2.5:0.5b", "llama3.2:1b", "qwen3:0.6b"])
                image = "python:3.11-slim"
                """;
        assertThat(found("test_ollama.py", py)).containsExactly("1 deepseek-r1:1.5b", "1 llama3.2:1b", "2 deepseek-r1:1.5b",
                "3 qwen2.5:0.5b", "3 llama3.2:1b", "3 qwen3:0.6b");
    }

    @Test
    void aLatestTagBesideTheWordOllamaAndTheSameTagLaterInTheFile() {
        String cs = """
                //  - Install dolphincoder:latest in Ollama
                var openAIClient = new OpenAIClient(new ApiKeyCredential("api-key"), new OpenAIClientOptions { Endpoint = new Uri("http://localhost:4000") });
                var agent = new OpenAIChatAgent(
                    chatClient: openAIClient.GetChatClient("dolphincoder:latest"),
                    name: "assistant");
                var cache = "redis:latest";
                """;
        assertThat(found("Tool_Call_With_Ollama_And_LiteLLM.cs", cs)).containsExactlyInAnyOrder("1 dolphincoder:latest", "4 dolphincoder:latest");
        // documentation names a model again only in a code span, not in prose
        String md = """
                - A local model that supports function call. In this example `dolphincoder:latest` is used.
                ## Install Ollama and pull `dolphincoder:latest` model
                Then dolphincoder:latest answers.
                """;
        assertThat(found("Function-call.md", md)).containsExactlyInAnyOrder("1 dolphincoder:latest", "2 dolphincoder:latest");
    }

    @Test
    void aTableKeyNamedInTheCommentAboveTheTable() {
        String py = """
                # Models with 200k+ downloads, + phi4, deepseek-r1. Capabilities across sizes are assumed to be the same.
                _MODEL_TOKEN_LIMITS: Dict[str, int] = {
                    "deepseek-r1": 131072,
                    "llama3.1": 131072,
                    "phi4": 16384,
                    "qwen3": 40960,
                }
                """;
        assertThat(found("_model_info.py", py)).containsExactlyInAnyOrder("1 phi4", "1 deepseek-r1", "3 deepseek-r1", "4 llama3.1", "5 phi4",
                "6 qwen3");
    }

    @Test
    void aTestsComparisonAndADictsSubscript() {
        assertThat(found("test_client.py", """
                    assert create_args["model"] == "qwen3"
                    assert model == "llama3.2"
                    assert response["model"] == expected_model
                """)).containsExactly("1 qwen3", "2 llama3.2");
    }

    @Test
    void aNotebooksMarkdownCellNamesAModelAgainOnlyInACodeSpan() throws Exception {
        String nb = """
                {
                 "cells": [
                  {"cell_type": "code", "metadata": {}, "outputs": [],
                   "source": ["client = AzureAIChatCompletionClient(model=\\"Phi-4\\")\\n"]},
                  {"cell_type": "markdown", "metadata": {},
                   "source": [
                    "Below is an example of using this client with the Phi-4 model.\\n",
                    "Set `Phi-4` as the model.\\n"
                   ]}
                 ],
                 "metadata": {}, "nbformat": 4, "nbformat_minor": 5
                }
                """;
        Files.writeString(tmp.resolve("models.ipynb"), nb);
        List<Reference> refs = new ReferenceScanner(resolver, List.of()).scan(List.of(tmp));
        assertThat(refs).extracting(r -> r.line() + " " + r.text()).containsExactly("4 Phi-4", "8 Phi-4");
    }

    @Test
    void theNameOfAnOllamaRouteFoundAgainIsTheOllamaLibrarysName() {
        String py = """
                \"\"\"
                A profile that runs `gemma2` using Ollama.
                \"\"\"
                interpreter.llm.model = "ollama/gemma2"
                interpreter.display_message("> Model set to `gemma2`")
                """;
        String codestral = """
                interpreter.llm.model = "ollama/codestral"
                interpreter.display_message("> Model set to `codestral`")
                """;
        assertThat(ReferenceScannerTest.foundResolved("profiles/codestral.py", codestral)).containsExactlyInAnyOrder(
                "1 ollama/codestral -> codestral-22b-v0.1", "2 codestral -> codestral-22b-v0.1");
        assertThat(ReferenceScannerTest.foundResolved("profiles/gemma2.py", py)).containsExactlyInAnyOrder("2 gemma2 -> gemma-2-9b-it",
                "4 ollama/gemma2 -> gemma-2-9b-it", "5 gemma2 -> gemma-2-9b-it");
    }

    @Test
    void aQuotedLibraryNameWithADottedVersionNamesTheModelUnderAnyKey() {
        String py = """
                model = ModelFactory.create(
                    model_platform=ModelPlatformType.OLLAMA,
                    model_type="llama3.2",
                )
                config = AutoConfig.for_model(model_type="qwen2")
                parser = "llama3_json"
                """;
        // a template's lookup key is a template piece; an architecture's and a parser's names carry no dotted version
        assertThat(found("ollama_model_example.py", py)).containsExactly("3 llama3.2");
        assertThat(found("README.md.tpl", "openllm deploy {{model_dict.get(\"llama3.2\")[\"tag\"]}}\n")).isEmpty();
    }
}
