package dev.owl.policy;

import static dev.owl.policy.ReferenceScannerTest.found;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Names a file reads as data or writes as output, told apart by what stands on other lines, as a quantization toolkit's
 * examples and an RL framework's scripts write them: a call's {@code repo_type="dataset"} on a later line, the variable such a
 * call takes, a shell download's {@code --repo-type dataset}, the output folder a script names from the model's id plus its
 * scheme, a path under a shell variable, and a results page's "Model:" label.
 */
class DerivedNamesTest {
    @BeforeAll
    static void load() {
        ReferenceScannerTest.load();
    }

    @Test
    void aCallThatSaysRepoTypeDatasetOnAnyLineReadsDatasetsAndSoDoesTheVariableItIsGiven() {
        String py = """
                from huggingface_hub import hf_hub_download, snapshot_download

                parser.add_argument("--repo_id", type=str, default="PeterJinGo/wiki-18-e5-index", help="Hugging Face repository ID")
                repo_id = "PeterJinGo/wiki-18-e5-index"
                for file in ["part_aa", "part_ab"]:
                    hf_hub_download(
                        repo_id=repo_id,
                        filename=file,  # e.g., "e5_Flat.index"
                        repo_type="dataset",
                        local_dir=args.save_path,
                    )
                snapshot_download(
                    repo_id="verl-team/lighteval-MATH-preprocessed",
                    repo_type="dataset",
                )
                snapshot_download(
                    repo_id="acme/chat-7b",
                    repo_type="model",
                )
                ds = load_dataset(
                    "acme/prompts-7b",
                    split="train",
                )
                """;
        assertThat(found("download.py", py)).containsExactly("17 acme/chat-7b");
    }

    @Test
    void aShellDownloadWithRepoTypeDatasetFetchesADataset() {
        String sh = """
                # Step 1: Download the SFT dataset
                #huggingface-cli download JoeYing/ReTool-SFT --repo-type dataset --local-dir ./ReTool-SFT
                hf download acme/chat-7b \\
                    --local-dir ./chat
                hf download acme/math-7b-sft \\
                    --repo-type=dataset
                """;
        assertThat(found("run.sh", sh)).containsExactly("3 acme/chat-7b");
    }

    @Test
    void theOutputFolderAScriptNamesFromTheModelIdIsNotAModelWhereverTheFileNamesIt() {
        String md = """
                The resulting model `Meta-Llama-3-8B-Instruct-FP8-Dynamic` is ready to be loaded into vLLM.

                ```python
                MODEL_ID = "meta-llama/Meta-Llama-3-8B-Instruct"
                SAVE_DIR = MODEL_ID.rstrip("/").split("/")[-1] + "-FP8-Dynamic"
                model.save_pretrained(SAVE_DIR)
                ```

                ```bash
                MODEL=$PWD/Meta-Llama-3-8B-Instruct-FP8-Dynamic
                lm_eval --model vllm --model_args pretrained=$MODEL,add_bos_token=True
                ```
                """;
        assertThat(found("README.md", md)).containsExactly("4 meta-llama/Meta-Llama-3-8B-Instruct");
        String py = """
                # Evaluate with e.g.:
                #   lm_eval --model vllm \\
                #     --model_args "pretrained=gemma-4-12B-it-FP8-RTN,dtype=auto" \\
                MODEL_ID = "google/gemma-3-12b-it"
                SAVE_DIR = f"{MODEL_ID.split('/')[-1]}-FP8"
                """;
        assertThat(found("gemma_fp8.py", py)).containsExactly("4 google/gemma-3-12b-it");
        // without such a folder a hosted API's bare FP8 name is a model (Llama API's Llama-4-Maverick-17B-128E-Instruct-FP8)
        assertThat(found("basic.py", "agent = Agent(model=Llama(id=\"Llama-4-Maverick-17B-128E-Instruct-FP8\"))\n"))
                .containsExactly("1 Llama-4-Maverick-17B-128E-Instruct-FP8");
    }

    @Test
    void aPathUnderAShellVariableIsAFolder() {
        assertThat(found("eval.sh", "MODEL=$PWD/Meta-Llama-3-8B-Instruct\nMODEL=${HOME}/Qwen/Qwen3-8B\n")).isEmpty();
    }

    @Test
    void aResultsPagesModelLabelIsProseButAnEnvironmentVariableIsAKey() {
        String md = """
                **Evaluation details:**
                - 1,319 test samples
                - Model: Meta-Llama-3-8B-Instruct
                - **Model:** select `qwen3-4b`.

                ```bash
                LOCALAI_AGENT_POOL_DEFAULT_MODEL=qwen3-4b
                ```
                """;
        assertThat(found("RESULTS.md", md)).containsExactly("4 qwen3-4b", "7 qwen3-4b");
    }

    @Test
    void theVariableAPushToTheHubIsGivenNamesAPushTargetWhereverItIsAssigned() {
        String py = """
                from datasets import Dataset

                REPO_ID = "HuggingFaceM4/MMBench_dev"
                MODEL_ID = "acme/chat-7b"
                model = AutoModelForCausalLM.from_pretrained(MODEL_ID)
                ds = Dataset.from_dict(rows)
                ds.push_to_hub(REPO_ID)
                repo_id = "acme/cm4_valid-Sample"
                ds_sample.push_to_hub(repo_id, "valid", private=True)
                """;
        assertThat(found("make_mmbench.py", py)).containsExactly("4 acme/chat-7b");
    }

    @Test
    void aNameAScriptUsesOnlyInsidePathsIsAFolderAndOneUseAsAnArgumentKeepsItAModel() {
        String sh = """
                MODEL=llama-2-7b

                # run AWQ search (optional; we provided the pre-computed results)
                python -m awq.entry --model_path /dataset/llama2-hf/$MODEL \\
                    --run_awq --dump_awq awq_cache/${MODEL}-w4-g128.pt
                """;
        assertThat(found("llama2_example.sh", sh)).isEmpty();
        String served = """
                MODEL=llama-2-7b
                python -m awq.entry --model_path /dataset/llama2-hf/$MODEL
                python serve.py --model $MODEL
                """;
        assertThat(found("serve.sh", served)).containsExactly("1 llama-2-7b");
    }
}
