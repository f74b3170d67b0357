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
 * What post-training launch scripts and their READMEs name besides models: data mixtures given to options for data, names
 * filled in by a template, repos for results, launchers' folder selectors, labels in prose; and a judge model routed
 * through a client library to the user's own server.
 */
class TrainingScriptsTest {
    @BeforeAll
    static void load() {
        ReferenceScannerTest.load();
    }

    @Test
    void theValuesOfAnOptionForDataAreDataHoweverManyItTakes() {
        String sh = """
                accelerate launch train_dpo.py \\
                    --model_name_or_path acme/chat-7b \\
                    --dataset_mixer_list acme/prefs-7b-mix 1.0 acme/more-13b-pairs 0.5 \\
                    --mixer_list acme/ultra-8b-preference-mixture 1.0 \\
                    --train_file acme/sft-3b-rows \\
                    --max_seq_length 2048
                """;
        assertThat(found("dpo.sh", sh)).containsExactly("2 acme/chat-7b");
    }

    @Test
    void aNameThatRunsOnIntoATemplateIsFilledInLater() {
        String text = """
                MODEL=acme-ai/{model_name}
                DETAILS_REPO=acme/details-$MODEL_NAME
                CKPT=acme/${NAME}
                TOKENIZER=acme/tok-%(size)s
                MODEL=acme/chat-7b
                """;
        assertThat(found("eval.sh", text)).containsExactly("5 acme/chat-7b");
    }

    @Test
    void aRepoIdKeyQualifiedByWhatItHoldsIsNoModel() {
        String sh = """
                LM_EVAL_REPO_ID="acme/eval-leaderboard"
                RESULTS_REPO_ID="acme/runs"
                REPO_ID="acme/chat-7b"
                """;
        assertThat(found("evaluate.slurm", sh)).containsExactly("3 acme/chat-7b");
    }

    @Test
    void aLabelPhraseEndingInModelIsProseInDocs() {
        String md = """
                ### Settings

                * Base model: Llama2 7B
                * Reward model: acme/rm-7b
                """;
        assertThat(found("notes.md", md)).containsExactly("4 acme/rm-7b");
    }

    @Test
    void anyOptionForAModelNamesOneAndALocalServersRouteNamesTheHubRepo() {
        String sh = """
                python grpo.py \\
                    --llm_judge_model "hosted_vllm/acme/judge-verifier" \\
                    --reward-model acme/rm-1.5b \\
                    --model_revision main \\
                    --model_family llama3
                """;
        assertThat(found("judge.sh", sh)).containsExactly("2 acme/judge-verifier", "3 acme/rm-1.5b");
    }

    @Test
    void aLaunchersOptionNamingAFolderOfTheTreeSelectsThatFolder(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("recipes/Qwen2.5-1.5B-Instruct"));
        Files.writeString(dir.resolve("recipes/Qwen2.5-1.5B-Instruct/config.yaml"), "model_name_or_path: Qwen/Qwen2.5-1.5B-Instruct\n");
        Files.writeString(dir.resolve("README.md"), """
                sbatch slurm/train.slurm --model Qwen2.5-1.5B-Instruct --task grpo
                sbatch slurm/train.slurm --model Qwen2.5-7B-Instruct --task sft
                """);
        List<Reference> refs = new ReferenceScanner(ReferenceScannerTest.resolver, List.of()).scan(List.of(dir));
        assertThat(refs).extracting(r -> Path.of(r.file()).getFileName() + ":" + r.line() + " " + r.text())
                .containsExactly("README.md:2 Qwen2.5-7B-Instruct", "config.yaml:1 Qwen/Qwen2.5-1.5B-Instruct");
    }

    @Test
    void aVariableGivenFirstToLoadDatasetNamesADataset() {
        String py = """
                name = "acme/Math-17k-Distill-Qwen-7B-filter"
                model = "acme/Distill-Qwen-7B"
                for start in range(0, 1000, 200):
                    part = load_dataset(name, f"gen-{start}", split="train")
                """;
        assertThat(found("merge.py", py)).containsExactly("2 acme/Distill-Qwen-7B");
    }

    @Test
    void aConfigClassLoadsASettingsRepoAndASnakeCaseCheckpointIsARunsFolder() {
        String py = """
                gaudi_config = GaudiConfig.from_pretrained("Acme/gaudi-settings")
                config = LlamaConfig.from_pretrained("acme/Llama-7B")
                model = AutoModelForCausalLM.from_pretrained("acme/chat-7b")
                """;
        assertThat(found("train.py", py)).containsExactly("2 acme/Llama-7B", "3 acme/chat-7b");
        String sh = """
                python merge.py --model_name_or_path="sft/final_merged_checkpoint"
                python train.py --model_name_or_path acme/SmolChat-3B-checkpoints
                """;
        assertThat(found("run.sh", sh)).containsExactly("2 acme/SmolChat-3B-checkpoints");
    }

    @Test
    void aModelMadeFromALibraryModelIsNamedAfterItsBase() {
        String md = """
                ```bash
                ollama create mistral:latest-ctx8k -f Modelfile
                ollama create example -f Modelfile
                ollama create mario -f ./Modelfile
                ollama create --quantize q4_K_M mymodel
                ```
                """;
        assertThat(found("guide.md", md)).containsExactly("2 mistral:latest-ctx8k");
    }

    @Test
    void aStorageBucketAFilesXmlAndALegacyHubIdUnderAModelKey() {
        String text = """
                hf sync ./docs hf://buckets/acme-doc-build/docs
                !benchmark_app -m all-MiniLM-L6-v2/openvino_model.xml -api sync
                model_id = "distilbert-base-uncased-finetuned-sst-2-english"
                """;
        assertThat(found("notes.sh", text)).containsExactly("3 distilbert-base-uncased-finetuned-sst-2-english");
    }

    @Test
    void aSizedOrgNameInProseWithAThreeLetterFamilyNameIsAModel() {
        String md = """
                To run inference with ACME/glm-4v-9b, use the following command:
                Our survey repo acme/survey-2024-7b holds the answers.
                """;
        assertThat(found("README.md", md)).containsExactly("1 ACME/glm-4v-9b");
    }
}
