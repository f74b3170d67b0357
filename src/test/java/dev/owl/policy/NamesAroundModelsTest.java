package dev.owl.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static dev.owl.policy.ReferenceScannerTest.found;
import static dev.owl.policy.ReferenceScannerTest.judged;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Classes of names that sit where a model's name sits and are none (a Kubernetes volume, a server's adapter label, a clone's
 * folder, a data file in a repo, a closed model behind a region prefix), and models written behind a route or in a printed
 * table, on lines shaped like the ones documentation writes.
 */
class NamesAroundModelsTest {
    @BeforeAll
    static void load() {
        ReferenceScannerTest.load();
    }

    @Test
    void aClosedModelBehindACrossRegionProfileOrAVendorSpellingIsNoReference() {
        assertThat(found("agent.py", """
                llm = LLM(model="bedrock/eu.anthropic.claude-3-7-sonnet-20250219-v1:0", temperature=0)
                llm = LLM(model="snowflake/anthropic-claude-4-sonnet")
                llm = LLM(model="groq/llama-3.3-70b-versatile")
                """)).containsExactly("3 groq/llama-3.3-70b-versatile");
    }

    @Test
    void anOrganisationWhoseNameStartsWithDigitsIsAHubOrg() {
        assertThat(found("train.py", """
                base_model = "01-ai/Yi-1.5-9B-Chat"
                run_dir = "2024-05/run-7b"
                """)).containsExactly("1 01-ai/Yi-1.5-9B-Chat");
    }

    @Test
    void aHubIdBehindAProviderRouteOrAPlaceholderRouteIsTheModel() {
        assertThat(judged("tutorial.md", """
                ```python
                lm = dspy.LM("openai/Qwen/Qwen2.5-7B-Instruct", api_base="http://localhost:8000/v1")
                small = dspy.LM('<provider>/Llama-3.2-1B-Instruct', max_tokens=512)
                ```

                - `anyscale/meta-llama/Llama-2-70b-chat-hf`, with an Anyscale key
                """)).containsExactly("Qwen/Qwen2.5-7B-Instruct -> qwen2.5-7b-instruct (hf)",
                "Llama-3.2-1B-Instruct -> llama-3.2-1b-instruct (api)",
                "anyscale/meta-llama/Llama-2-70b-chat-hf -> llama-2-70b-chat (api)");
    }

    @Test
    void aVolumeACacheServiceOrAConvertedCheckpointNamedAfterAModelIsNone() {
        assertThat(found("values.yaml", """
                pvcMatchLabels:
                  model: "qwen2-7b-pv"
                """)).isEmpty();
        assertThat(found("convert.md", """
                We renamed `mistral-7b-kvcache` to `phi-3-mini-kvcache` in the cache server's config.

                ```bash
                megatron export --mcore_model Qwen2.5-14B-Instruct-mcore --to_hf true
                ```
                """)).isEmpty();
    }

    @Test
    void aSentenceThatIntroducesModelsOpensAListOfCodeSpansPaddedOrNot() {
        assertThat(found("distro.md", """
                The following models are served by default:

                - `meta-llama/Llama-3.1-8B-Instruct `
                - `acme/retriever-embed-1b`
                - LlamaCpp
                """)).containsExactly("3 meta-llama/Llama-3.1-8B-Instruct", "4 acme/retriever-embed-1b");
    }

    @Test
    void aBoxDrawnTableACommandPrintsListsAModelInItsFirstCell() {
        assertThat(found("download.md", """
                Check what you have:

                ```
                $ acme models --local
                ┃ Model                         ┃ Size     ┃
                │ Llama3.1-8B-Instruct:int4     │ 5.10 GB  │
                ├───────────────────────────────┼──────────┤
                │ Prompt-Guard-86M              │ 0.02 GB  │
                │ total                         │ 5.12 GB  │
                ```
                """)).containsExactly("6 Llama3.1-8B-Instruct:int4", "8 Prompt-Guard-86M");
    }

    @Test
    void theLabelsAServerGivesItsAdaptersAreNotModelsInItsRequestsOrPrintedLists() {
        assertThat(found("lora.md", """
                ```bash
                vllm serve meta-llama/Llama-3.1-8B-Instruct --enable-lora --lora-modules sql-lora=/data/loras/sql chat3b=/data/loras/chat
                curl localhost:8000/v1/completions -d '{"model": "chat3b", "prompt": "hi"}'
                ```
                """)).containsExactly("2 meta-llama/Llama-3.1-8B-Instruct");
    }

    @Test
    void aDataFileInAHubRepoAndAUrlCutShortNameNoModel() {
        assertThat(found("setup.md", """
                ```python
                fetch("https://huggingface.co/acme/corpora/resolve/main/abstracts.tar.gz")
                ```

                repo_url = https://huggingface.co/mistralai/Mistr...
                See https://huggingface.co/Qwen/Qwen2.5-7B-Instruct
                """)).containsExactly("6 Qwen/Qwen2.5-7B-Instruct");
    }

    @Test
    void theFolderACloneMakesAndTheWeightsFilesInItAreLocalPaths() {
        assertThat(found("quantize.md", """
                ```
                $ git clone https://huggingface.co/Qwen/Qwen2.5-7B-Instruct
                Cloning into 'Qwen2.5-7B-Instruct'...
                INFO:converter:Loading model: Qwen2.5-7B-Instruct
                INFO:converter:Model exported to Qwen2.5-7B-Instruct/qwen2.5-7b-instruct.f16.gguf
                 -- Creating directory Qwen2.5-7B-Instruct-awq/4bit/
                 -- Model: Qwen2.5-7B-Instruct-awq/4bit
                ```
                """)).containsExactly("2 Qwen/Qwen2.5-7B-Instruct");
    }

    @Test
    void aListOfAThingsOtherSpellingsHoldsLabels() {
        assertThat(found("registry.py", """
                FAMILIES = {
                    "llama3.2": {"aliases": ["llama-3.2-3b", "qwen2.5:7b"], "cls": "causal_lm"},
                }
                model_id = "microsoft/Phi-3-vision-128k-instruct"
                """)).containsExactly("4 microsoft/Phi-3-vision-128k-instruct");
    }

    @Test
    void anAdaptersNameIsWhatTheRequestsAfterItCallIt() {
        assertThat(found("lora.md", """
                ```yaml
                loraAdapters:
                  - adapterName: "qwen2.5-7b-sql-lora"
                    repository: "acme/qwen2.5-7b-sql-lora"
                ```

                ```bash
                curl http://localhost:8000/v1/completions -d '{"model": "qwen2.5-7b-sql-lora", "prompt": "SELECT"}'
                ```
                """)).containsExactly("4 acme/qwen2.5-7b-sql-lora");
    }
}
