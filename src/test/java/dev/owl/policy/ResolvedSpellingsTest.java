package dev.owl.policy;

import static dev.owl.policy.ReferenceScannerTest.foundResolved;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Names found in files that spell a catalog model another way: a provider's API name, a mirror's or a quantizer's copy. */
class ResolvedSpellingsTest {
    @BeforeAll
    static void load() {
        ReferenceScannerTest.load();
    }

    @Test
    void aProvidersApiNamesInAModelsTableCellResolveAsTheProviderServesThem() {
        String md = """
                | Provider | Models |
                |----------|--------|
                | **Mistral AI** | open-mistral-7b, open-mixtral-8x7b<br/>mistral-small-2506 |
                """;
        assertThat(foundResolved("models.md", md)).containsExactly("3 open-mistral-7b -> mistral-7b-instruct-v0.3",
                "3 open-mixtral-8x7b -> mixtral-8x7b-instruct-v0.1", "3 mistral-small-2506 -> mistral-small-3.2-24b-instruct-2506");
    }

    @Test
    void mistralsSmallLatestAliasIsTheModelMistralsDocsListItUnder() {
        String py = """
                agent = Agent("mistral:mistral-small-latest")
                """;
        assertThat(foundResolved("agent.py", py)).containsExactly("1 mistral-small-latest -> mistral-small-4-119b-2603");
    }

    @Test
    void quantizedAndConvertedCopiesResolveLessTheirFormatSuffix() {
        String sh = """
                vllm serve nvidia/Llama-3.3-70B-Instruct-FP4 --tensor-parallel-size 2
                model_id = "neuralmagic/Meta-Llama-3.1-8B-Instruct-quantized.w4a16"
                model_id = "pytorch/Phi-4-mini-instruct-8da4w"
                huggingface-cli download microsoft/Phi-4-mini-instruct-onnx --include cpu/*
                model_id = "amd/gpt-oss-120b-w-mxfp4-a-fp8"
                model_id = "vllm-ascend/Qwen3-32B-W4A4"
                """;
        assertThat(foundResolved("run.sh", sh)).containsExactly("1 nvidia/Llama-3.3-70B-Instruct-FP4 -> llama-3.3-70b-instruct",
                "2 neuralmagic/Meta-Llama-3.1-8B-Instruct-quantized.w4a16 -> llama-3.1-8b-instruct",
                "3 pytorch/Phi-4-mini-instruct-8da4w -> phi-4-mini-instruct", "4 microsoft/Phi-4-mini-instruct-onnx -> phi-4-mini-instruct",
                "5 amd/gpt-oss-120b-w-mxfp4-a-fp8 -> gpt-oss-120b", "6 vllm-ascend/Qwen3-32B-W4A4 -> qwen3-32b");
    }

    @Test
    void aMirrorsOrgNamesTheOriginalRepoUnderItsOwnName() {
        String md = """
                - **Model Hubs**: `Hugging Face <https://huggingface.co/meta-llama/Meta-Llama-3.1-8B-Instruct>`__, `ModelScope <https://modelscope.cn/models/LLM-Research/Meta-Llama-3.1-8B-Instruct>`__
                - **Model Hubs**: `Hugging Face <https://huggingface.co/zai-org/GLM-4.5-Air>`__, `ModelScope <https://modelscope.cn/models/ZhipuAI/GLM-4.5-Air>`__
                model_id = "onnx-community/Llama-3.2-1B-Instruct"
                """;
        assertThat(foundResolved("models.rst", md)).containsExactly("1 meta-llama/Meta-Llama-3.1-8B-Instruct -> llama-3.1-8b-instruct",
                "1 LLM-Research/Meta-Llama-3.1-8B-Instruct -> llama-3.1-8b-instruct", "2 zai-org/GLM-4.5-Air -> glm-4.5-air",
                "2 ZhipuAI/GLM-4.5-Air -> glm-4.5-air", "3 onnx-community/Llama-3.2-1B-Instruct -> llama-3.2-1b-instruct");
    }

    @Test
    void aReuploadersOrgUnderscoreNamePrefixIsTheOriginalRepo() {
        String md = """
                llm = Llama.from_pretrained(repo_id="bartowski/google_gemma-3-4b-it-GGUF", filename="*Q4_K_M.gguf")
                """;
        assertThat(foundResolved("app.py", md)).containsExactly("1 bartowski/google_gemma-3-4b-it-GGUF -> gemma-3-4b-it");
    }

    @Test
    void jlamasQuantizedCopiesResolveToTheirOriginals() {
        String java = """
                ChatModel model = JlamaChatModel.builder().modelName("tjake/Llama-3.2-1B-Instruct-JQ4").build();
                ChatModel other = JlamaChatModel.builder().modelName("tjake/Mistral-7B-Instruct-v0.3-Jlama-Q4").build();
                """;
        assertThat(foundResolved("Chat.java", java)).containsExactly("1 tjake/Llama-3.2-1B-Instruct-JQ4 -> llama-3.2-1b-instruct",
                "2 tjake/Mistral-7B-Instruct-v0.3-Jlama-Q4 -> mistral-7b-instruct-v0.3");
    }
}
