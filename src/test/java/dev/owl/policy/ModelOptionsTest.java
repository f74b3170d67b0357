package dev.owl.policy;

import static dev.owl.policy.ReferenceScannerTest.found;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Where scripts name the model they run without a size in its name: a Hydra override's dotted key, a command-line option's
 * default, and the other model a comment offers beside the one the code loads; and where provider docs name models without a
 * size: code spans their prose lists as models; a model class named for the model it loads.
 */
class ModelOptionsTest {
    @BeforeAll
    static void load() {
        ReferenceScannerTest.load();
    }

    @Test
    void aHydraOverrideOfAComponentsModelPathNamesTheModel() {
        String sh = """
                python3 -m verl.trainer.main_ppo \\
                    data.custom_cls.path=recipe/minicpmo/rl_dataset.py \\
                    actor_rollout_ref.model.path=openbmb/MiniCPM-o-2_6 \\
                    actor_rollout_ref.model.path=$HF_MODEL_PATH \\
                    critic.model.tokenizer_path="acme/chat-tokenizer" \\
                    actor_rollout_ref.model.use_remove_padding=True \\
                    trainer.default_local_dir=checkpoints/acme/run-1 \\
                """;
        assertThat(found("run_minicpmo2_6.sh", sh)).containsExactly("3 openbmb/MiniCPM-o-2_6", "5 acme/chat-tokenizer");
    }

    @Test
    void aModelOptionsDefaultIsTheModelTheScriptRuns() {
        String py = """
                parser.add_argument("--retriever_name", type=str, default="e5", help="Name of the retriever model.")
                parser.add_argument(
                    "--retriever_model", type=str, default="intfloat/e5-base-v2", help="Path of the retriever model."
                )
                parser.add_argument("--model_dir", type=str, default="acme/folder", help="Where to save.")
                @click.option("--model", default="acme/chat-llm")
                """;
        assertThat(found("retrieval_server.py", py)).containsExactly("3 intfloat/e5-base-v2", "6 acme/chat-llm");
    }

    @Test
    void aCommentBesideALoadedModelOffersAnotherModel() {
        String py = """
                model_id = "HuggingFaceM4/Idefics3-8B-Llama3"  # or "HuggingFaceTB/SmolVLM-Instruct"
                model_id = "inference-optimization/Qwen3.8-1.0B-A0.6B"  # Qwen/Qwen3.8-2.4T-A95B
                model_id = "acme/chat-7b"  # see huggingface/transformers#1234
                # Qwen/Qwen3-Next-A3B, with no model named in code on this line
                """;
        // the last line's id is no alternative (no code names a model there) but an exact id under an organisation the catalog
        // knows, a reference wherever it stands (LABELLING.md: an exact identifier in a code comment counts)
        assertThat(found("example.py", py)).containsExactly("1 HuggingFaceM4/Idefics3-8B-Llama3", "1 HuggingFaceTB/SmolVLM-Instruct",
                "2 Qwen/Qwen3.8-2.4T-A95B", "2 inference-optimization/Qwen3.8-1.0B-A0.6B", "3 acme/chat-7b", "4 Qwen/Qwen3-Next-A3B");
    }

    /** A provider's docs list model names in code spans; a tool, a link's text and a config's name are not such a list. */
    @Test
    void codeSpansProseListsAsModelsAreModelsTheCatalogMayLack() {
        String md = """
                Z.AI's `glm-5.3`, `glm-5.1`, `glm-4.6` (hybrid thinking), and `glm-4.5` (interleaved thinking) models support thinking.
                Models with adjustable reasoning (`mistral-small-latest`, `mistral-medium`, `mistral-medium-3`) map to `reasoning_effort`.
                Thinking is supported by the `command-a-reasoning-08-2025` model. It needs no setting.
                Install `llama-cpp-python` and `llama-stack` to serve models.
                The `phi-2` model configuration is expanded from the quickstart.
                The result is an SFT model like [`zephyr-7b-sft-full`](https://huggingface.co/alignment-handbook/zephyr-7b-sft-full).
                Model names carry the lab as a prefix: `zai/GLM-5.2`, `deepseek-ai/DeepSeek-V4-Pro`, `openai/gpt-5`, `z-ai/glm-4.6`.
                It allows embeddings to be calculated locally. The model used is `all-MiniLM-L6-v2`, shipped with the extension.
                Set the model `llama-stack-2` option to choose the server.
                """;
        assertThat(found("thinking.md", md)).containsExactly("1 glm-5.3", "1 glm-5.1", "1 glm-4.6", "1 glm-4.5", "2 mistral-small-latest",
                "2 mistral-medium", "2 mistral-medium-3", "3 command-a-reasoning-08-2025", "6 alignment-handbook/zephyr-7b-sft-full", "7 deepseek-ai/DeepSeek-V4-Pro", "7 zai/GLM-5.2",
                "7 z-ai/glm-4.6", "8 all-MiniLM-L6-v2");
    }

    /** A server's tests build a model class named for the model it loads; another class given an org/name takes no model. */
    @Test
    void aClassNamedForTheModelItLoadsNamesIt() {
        String py = """
                @pytest.fixture(scope="session")
                def default_santacoder():
                    return SantaCoder("bigcode/santacoder")
                repo = GitRepo("acme/tools")
                """;
        assertThat(found("test_santacoder.py", py)).containsExactly("3 bigcode/santacoder");
    }
}
