package dev.owl.policy;

import static dev.owl.policy.ReferenceScannerTest.found;
import static dev.owl.policy.ReferenceScannerTest.foundResolved;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Contexts that load the model they name, as an evaluation harness, a structured-generation library's docs and a RAG
 * cookbook write them: lm-eval's argument strings, bare Hub names a loader takes (gpt2, tinyllama), a runtime's factory with
 * a client first, a call's argument on the next lines, lists assigned to a model-ish name, and what a notebook printed.
 */
class LoaderContextsTest {
    @TempDir
    Path tmp;

    @BeforeAll
    static void load() {
        ReferenceScannerTest.load();
    }

    /** The references a notebook file holds, as "line text", scanned from a directory as a check scans a tree. */
    private List<String> notebook(String fileName, String json) throws java.io.IOException {
        Files.writeString(tmp.resolve(fileName), json);
        return new ReferenceScanner(ReferenceScannerTest.resolver, List.of()).scan(List.of(tmp)).stream()
                .map(r -> r.line() + " " + r.text()).toList();
    }

    @Test
    void lmEvalArgumentStringsNameTheModelAndTheWeightsOnTop() {
        String md = """
                ```bash
                lm_eval --model local-completions --tasks gsm8k --model_args model=facebook/opt-125m,base_url=http://{yourip}:8000/v1/completions,num_concurrent=1
                lm_eval --model hf \\
                    --model_args pretrained=EleutherAI/gpt-j-6b,parallelize=True,load_in_4bit=True,peft=nomic-ai/gpt4all-j-lora \\
                lm_eval --model hf \\
                    --model_args pretrained=Ejafa/llama_7B,delta=lmsys/vicuna-7b-delta-v1.1 \\
                lm-eval run --model hf --model_args pretrained=gpt2,dtype=float32 --tasks hellaswag arc_easy
                lm_eval --model openai-completions --model_args model=davinci-002 --tasks lambada_openai
                lm_eval --model hf --model_args pretrained=/path/to/model --tasks mmlu
                ```
                """;
        assertThat(found("README.md", md)).containsExactly("2 facebook/opt-125m", "4 EleutherAI/gpt-j-6b", "4 nomic-ai/gpt4all-j-lora",
                "6 Ejafa/llama_7B", "6 lmsys/vicuna-7b-delta-v1.1", "7 gpt2");
    }

    /**
     * A server's tests load models by bare Hub ids through its own helpers: a model class named for its kind, functions that
     * list or fetch weights, a loader whose id stands on the next line before keyword arguments. Other calls named for
     * weights (scikit-learn's class weights) take no model.
     */
    @Test
    void aServersTestHelpersThatFetchWeightsOrBuildAModelNameIt() {
        String py = """
                import pytest
                from sklearn.utils.class_weight import compute_class_weight

                @pytest.fixture(scope="session")
                def default_seq2seq():
                    return Seq2SeqLM("acme/t5-small-chat")

                def test_weight_hub_files():
                    filenames = weight_hub_files("acme/big-chat")
                    assert weight_files("bert-base-cased", revision="error") == []

                def test_private_adapter(token):
                    download_adapter_weights("acme/private-lora", HUB, api_token=token)

                @pytest.fixture
                def tokenizer():
                    return AutoTokenizer.from_pretrained(
                        "acme/t5-small-chat", padding_side="left", truncation_side="left"
                    )

                w = compute_class_weight("balanced", classes=labels, y=labels)
                """;
        assertThat(found("test_models.py", py)).containsExactly("6 acme/t5-small-chat", "9 acme/big-chat", "10 bert-base-cased",
                "13 acme/private-lora", "18 acme/t5-small-chat");
    }

    /** An effective size (Gemma's E2B, E4B) makes an org/name in a code span a model's name, like a parameter count does. */
    @Test
    void anEffectiveSizeMarksAModelsName() {
        String md = "Swap the model paths to `google/gemma-9-E2B-it` and `acme/speech-E4B-draft`; `acme/tools-e2e` is a repo of tests.\n";
        assertThat(ReferenceScannerTest.judged("guide.md", md)).containsExactly("google/gemma-9-E2B-it -> - (hf)",
                "acme/speech-E4B-draft -> - (hf)");
    }

    /** LocalAI's model files and docs name models by URI: the repo (not the file) and the Ollama tag; datasets are not models. */
    @Test
    void runtimeModelUrisNameTheRepoOrTheTag() {
        String yaml = """
                name: phi-2
                parameters:
                  model: huggingface://TheBloke/phi-2-GGUF/phi-2.Q8_0.gguf
                local-ai run ollama://gemma:2b
                local-ai run hf://Qwen/Qwen2.5-7B-Instruct-GGUF
                data: hf://datasets/HuggingFaceFW/fineweb/sample.parquet
                - `huggingface://repository_id/model_file`, `ollama://model_id:tag`
                """;
        assertThat(found("phi-2.yaml", yaml)).containsExactly("3 TheBloke/phi-2-GGUF", "4 gemma:2b", "5 Qwen/Qwen2.5-7B-Instruct-GGUF");
        assertThat(ReferenceScannerTest.scan("phi-2.yaml", yaml)).filteredOn(r -> r.text().startsWith("Qwen/")).singleElement()
                .satisfies(r -> assertThat(r.column()).isEqualTo(19));
    }

    /** What a data or push call opened on the line before takes is a dataset the file reads or writes, not a model. */
    @Test
    void aDataOrPushCallsArgumentOnTheNextLineIsNotAModel() throws java.io.IOException {
        String py = """
                with Pipeline(name="synthetic-data-with-llama3") as pipeline:
                    load_dataset = LoadDataFromHub(
                        repo_id= "argilla/10Kprompts-mini"
                    )
                    llm = InferenceEndpointsLLM(model_id="meta-llama/Meta-Llama-3.1-8B-Instruct")
                distiset.push_to_hub(
                    "argilla/synthetic-data-generation-with-llama3-405B",
                    token=hf_token,
                )
                model = AutoModelForCausalLM.from_pretrained(
                    "Qwen/Qwen2.5-7B-Instruct"
                )
                """;
        assertThat(found("pipeline.py", py)).containsExactly("5 meta-llama/Meta-Llama-3.1-8B-Instruct", "11 Qwen/Qwen2.5-7B-Instruct");
        // a notebook cell's source strings each end with a line end: the call stays open across it
        String cell = "{\"cells\": [{\"cell_type\": \"code\", \"source\": [\"ds = LoadDataFromHub(\\n\", "
                + "\"    repo_id= \\\"argilla/10Kprompts-mini\\\"\\n\", \")\\n\"]}]}";
        assertThat(notebook("pipeline.ipynb", cell)).isEmpty();
        assertThat(notebook("control.ipynb", cell.replace("LoadDataFromHub", "Client"))).containsExactly("1 argilla/10Kprompts-mini"); // one JSON line
    }

    @Test
    void bareHubNamesTheLoaderTakesAreReferencesTheCatalogMayLack() {
        String md = """
                results = lm_eval.simple_evaluate(
                    model="hf",
                    model_args="pretrained=gpt2",
                )
                lm = HFLM(pretrained="gpt2", batch_size=16)
                    model_args={"pretrained": "gpt2", "dtype": "float32"},
                model_args:
                  pretrained: gpt2
                model = transformers.GPT2LMHeadModel.from_pretrained("gpt2")
                model = outlines.from_ollama(ollama.Client(), "tinyllama")
                """;
        assertThat(found("python-api.md", md)).containsExactly("3 gpt2", "5 gpt2", "6 gpt2", "8 gpt2", "9 gpt2", "10 tinyllama");
        List<Reference> refs = ReferenceScannerTest.scan("run.py", "lm = HFLM(pretrained=\"gpt2\")\n");
        assertThat(refs).extracting(r -> r.kind().key()).containsExactly("hf");
        assertThat(ReferenceScannerTest.resolver.resolve(refs.get(0)).model()).isNull();
    }

    @Test
    void variablesTypesDocstringsAndSavedFoldersAreNotBareNames() {
        String py = """
                def __init__(self, pretrained: str = "gpt2", backend="default"):
                    \"\"\"
                    pretrained: str
                        pretrained: The model to evaluate. Either a HuggingFace Hub model ID
                    \"\"\"
                    self.model = AutoModelForCausalLM.from_pretrained(pretrained)
                    lm = HFLM(pretrained=self.model)
                    lm = HFLM(pretrained=model)
                    cfg = dict(pretrained=True)
                    tok = AutoTokenizer.from_pretrained("model")
                peft_model.save_pretrained("olora-opt-350m")
                peft_model = PeftModel.from_pretrained(model, "olora-opt-350m")
                pretrained="mock-model",
                """;
        assertThat(found("huggingface.py", py)).containsExactly("1 gpt2");
    }

    @Test
    void aRuntimesFactoryWithAClientFirstAndVllmsLlm() {
        String md = """
                model = outlines.from_vllm(openai_client, "microsoft/Phi-3-mini-4k-instruct")
                vllm_model = LLM("microsoft/Phi-3-mini-4k-instruct")
                model = from_transformers("microsoft/Phi-3-mini-4k-instruct")
                generator = HuggingFaceLocalGenerator("anakin87/gorilla-openfunctions-v0-sharded",
                text_embedder = JinaTextEmbedder(model="jina-embeddings-v2-base-en")
                result = model("Create a character", Character, model="dottxt/other-model")
                pipe = pipeline("text-generation")
                """;
        assertThat(found("guide.md", md)).containsExactly("1 microsoft/Phi-3-mini-4k-instruct", "2 microsoft/Phi-3-mini-4k-instruct",
                "3 microsoft/Phi-3-mini-4k-instruct", "4 anakin87/gorilla-openfunctions-v0-sharded", "5 jina-embeddings-v2-base-en");
    }

    @Test
    void aLoadersArgumentOnTheLinesAfterTheCallOpens() {
        String md = """
                model = outlines.from_mistral(
                    client,
                    "mistral-large-latest"
                )
                tokenizer = AutoTokenizer.from_pretrained(
                    "hf-internal-testing/tiny-random-LlamaForCausalLM"
                )
                model = outlines.from_vllm_offline(
                    LLM("microsoft/Phi-3-mini-4k-instruct")
                )
                print(
                    "hello-world-2"
                )
                """;
        assertThat(found("mistral.md", md)).containsExactly("3 mistral-large-latest", "6 hf-internal-testing/tiny-random-LlamaForCausalLM",
                "9 microsoft/Phi-3-mini-4k-instruct");
    }

    @Test
    void listsAssignedToAModelishName() {
        String py = """
                seq2seq_models = ["google/flan-t5-small"]
                causal_models = [
                    "gpt2",
                    "facebook/opt-125m",
                    "EleutherAI/gpt-neo-125m",  # a comment
                ]
                tasks = ["sst2", "lambada_openai"]
                models = [
                    os.path.basename(os.path.normpath(f))
                    for f in os.scandir(Path(args.data_path))
                ]
                "models": [
                  {
                    "title": "Llamafile",
                    "model": "mistral-7b",
                  }
                ]
                """;
        assertThat(found("regression.py", py)).containsExactly("1 google/flan-t5-small", "3 gpt2", "4 facebook/opt-125m",
                "5 EleutherAI/gpt-neo-125m", "15 mistral-7b");
    }

    @Test
    void notebooksPrintedOutputNamesModelsButNotItsImagesOrWidgets() throws Exception {
        String nb = """
                {
                 "cells": [
                  {"cell_type": "code", "metadata": {},
                   "outputs": [
                    {"name": "stdout", "output_type": "stream", "text": ["NAME           ID              SIZE\\n", "llama3.2:3b    a80c4f17acd5    2.0 GB\\n"]},
                    {"data": {"image/png": "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA/Qwen2-7B",
                              "text/plain": ["{'model': 'HuggingFaceH4/zephyr-7b-beta', 'index': 0}"]},
                     "metadata": {}, "output_type": "execute_result"},
                    {"data": {"application/vnd.jupyter.widget-view+json": {"model_id": "Qwen/Qwen2-7B"}}, "output_type": "display_data"}
                   ],
                   "source": ["!ollama list"]}
                 ],
                 "metadata": {}, "nbformat": 4, "nbformat_minor": 5
                }
                """;
        assertThat(notebook("swarm.ipynb", nb)).containsExactly("5 llama3.2:3b", "7 HuggingFaceH4/zephyr-7b-beta");
    }

    @Test
    void anUnquotedSizedOrgNameAnywhereButNotAFoldersValue() {
        String py = """
                # NOTE(jinwei): EleutherAI/pythia-70m is not supported by SGlang yet. Instead we use Qwen models.
                    sparsify,add,EleutherAI/sae-pythia-70m-32k,layers.3,30,10.0,,,,
                export WORK_DIR=internlm/internlm2_5-7b-chat-4bit
                python train.py --output_dir acme/run-7b
                see github.com/acme/tool-7b and results/gpt-j-6B
                """;
        assertThat(found("test_sglang.py", py)).containsExactly("1 EleutherAI/pythia-70m", "2 EleutherAI/sae-pythia-70m-32k");
        // documentation's prose: a catalog family's or an open line's name (reference-rules open_models), not any sized org/name
        assertThat(found("load_hf.md", "For other LM models such as Qwen/Qwen2.5-7B-Instruct or internlm/internlm2-chat-7b. See acme/survey-2024-7b.\n"))
                .containsExactly("1 Qwen/Qwen2.5-7B-Instruct", "1 internlm/internlm2-chat-7b");
    }

    @Test
    void aHyphenatedNameOrARepoNameTheFileLoadsIsNamedAgainInCodeSpans() throws Exception {
        String nb = """
                {
                 "cells": [
                  {"cell_type": "markdown", "metadata": {},
                   "source": ["We use `mistral-small-latest` via the Mistral AI API.\\n", "### `TransformersChatGenerator` with `zephyr-7b-beta`\\n",
                              "The mistral-small-latest model and zephyr-7b-beta in prose are not named again.\\n"]},
                  {"cell_type": "code", "metadata": {}, "outputs": [],
                   "source": ["generator = MistralChatGenerator(model=\\"mistral-small-latest\\")\\n",
                              "llm = TransformersChatGenerator(model=\\"HuggingFaceH4/zephyr-7b-beta\\")  # zephyr-7b-beta\\n"]}
                 ],
                 "metadata": {}, "nbformat": 4, "nbformat_minor": 5
                }
                """;
        assertThat(notebook("web-qa.ipynb", nb)).containsExactly("4 mistral-small-latest", "4 zephyr-7b-beta",
                "7 mistral-small-latest", "8 HuggingFaceH4/zephyr-7b-beta");
    }

    @Test
    void aMistralCommunityConversionIsAReuploadOfMistralsModel() {
        List<String> judged = ReferenceScannerTest.judged("vlm.md", """
                model = AutoModelForImageTextToText.from_pretrained("mistral-community/pixtral-12b")
                tok = AutoTokenizer.from_pretrained("mistral-community/Mistral-7B-Instruct-v0.3")
                """);
        assertThat(judged).containsExactly("mistral-community/pixtral-12b -> pixtral-12b-2409 (hf)",
                "mistral-community/Mistral-7B-Instruct-v0.3 -> mistral-7b-instruct-v0.3 (hf)");
    }

    @Test
    void whatATrainingNotebookWritesIsNotAModelItUses() throws Exception {
        // trl's notebooks: an output folder named like the model, a push's printed commit URL, a metrics dataset named after the model
        String nb = """
                {
                 "cells": [
                  {"cell_type": "code", "metadata": {},
                   "outputs": [
                    {"name": "stdout", "output_type": "stream", "text": ["* Trackio metrics will be synced to Hugging Face Dataset: acme/Qwen2-7B-Instruct-GRPO-dataset\\n"]},
                    {"data": {"text/plain": ["CommitInfo(commit_url='https://huggingface.co/acme/Qwen2-7B-Instruct-GRPO/commit/b209884', commit_message='End of training')"]},
                     "metadata": {}, "output_type": "execute_result"}
                   ],
                   "source": ["model_id, output_dir = \\"Qwen/Qwen2-7B-Instruct\\", \\"Qwen2-7B-Instruct-GRPO\\"\\n",
                              "training_args = GRPOConfig(output_dir=\\"Qwen2-7B-Instruct-GRPO\\")\\n",
                              "trainer.push_to_hub(\\"acme/Qwen2-7B-Instruct-GRPO\\")\\n"]}
                 ],
                 "metadata": {}, "nbformat": 4, "nbformat_minor": 5
                }
                """;
        assertThat(notebook("grpo.ipynb", nb)).containsExactly("9 Qwen/Qwen2-7B-Instruct");
    }

    @Test
    void aLibrarysLoadModelCallNamesItsModelNotAFile() {
        String py = """
                phi3 = ModelCatalog().load_model("phi-3")       # use "phi-3-128k" for the 128k context
                model = ModelCatalog().load_model("bling-stablelm-3b-tool", temperature=0.3)
                classifier = keras.models.load_model("classifier.keras")
                m = load_model(path_to_model)
                """;
        assertThat(found("using_phi3.py", py)).containsExactly("1 phi-3", "2 bling-stablelm-3b-tool");
    }

    @Test
    void aTransformersModelClassAndACallWhoseKeywordsLoadWeightsNameTheirModel() {
        String py = """
                self.llmlingua = PromptCompressor("lgaalves/gpt2-dolly", device_map="cpu")
                lm = models.Transformers("gpt2")
                m = outlines.models.transformers("microsoft/Phi-3-mini-4k-instruct")
                rows = load("data/train.json", device_map="auto")
                tool = load_tool("acme/text-to-image", trust_remote_code=True)
                cfg = Settings("acme/tuned", temperature=0.2)
                """;
        assertThat(found("compress.py", py)).containsExactly("1 lgaalves/gpt2-dolly", "2 gpt2", "3 microsoft/Phi-3-mini-4k-instruct");
    }

    @Test
    void lmStudiosSdksLoadAModelByItsKey() {
        assertThat(found("tool-use.py", """
                model = lms.llm("qwen2.5-7b-instruct-1m")
                const embedder = await client.embedding.model("nomic-embed-text-v1.5");
                const chat = await client.llm.model();
                """)).containsExactly("1 qwen2.5-7b-instruct-1m", "2 nomic-embed-text-v1.5");
    }

    @Test
    void lmStudiosCliAndSdkNameAKeyWithItsQuantizationWrittenWholeAndResolvedToTheKeysModel() {
        String md = """
                ```bash
                lms get qwen2.5-7b-instruct@q4_k_m
                lms load llama-3.2-1b-instruct
                ```
                const model = await client.llm.model("google/gemma-3-4b-it@q8_0");
                Reach the maintainers at support@lmstudio.ai for help.
                lms get qwen
                ilab model download --repository instructlab/granite-7b-lab-GGUF@main
                """;
        assertThat(foundResolved("quickstart.md", md)).containsExactly("2 qwen2.5-7b-instruct@q4_k_m -> qwen2.5-7b-instruct",
                "3 llama-3.2-1b-instruct -> llama-3.2-1b-instruct", "5 google/gemma-3-4b-it@q8_0 -> gemma-3-4b-it",
                "8 instructlab/granite-7b-lab-GGUF -> -");
        assertThat(ReferenceScannerTest.scan("get.sh", "lms get qwen2.5-7b-instruct@q4_k_m\n")).singleElement()
                .satisfies(r -> assertThat(r.kind()).isEqualTo(Reference.Kind.HF_REPO)); // an LM Studio key, not an Ollama tag
        // what the resolver cuts is the same quantization the scanner reads: never a revision or a platform's route
        assertThat(Reference.quantizationAt("qwen2.5-7b-instruct@q4_k_m")).isEqualTo(19);
        assertThat(Reference.quantizationAt("instructlab/granite-7b-lab-GGUF@main")).isNegative();
        assertThat(Reference.quantizationAt("workers-ai/@cf/meta/llama-3.3-70b-instruct-fp8-fast")).isNegative();
    }

    @Test
    void aModelOptionDeclaredOverSeveralLinesNamesItsDefault() {
        String py = """
                parser.add_argument(
                    "--model_name",
                    help="token classification model",
                    default="FacebookAI/xlm-roberta-large",
                )
                parser.add_argument(
                    "--data_path",
                    default="acme/meetingbank",
                )
                parser.add_argument("--tokenizer", "-t",
                    type=str,
                    default="acme/tokenizer-base")
                parser.add_argument(
                    "--model_dir",
                    default="models/xlm-roberta-large",
                )
                """;
        assertThat(found("train_roberta.py", py)).containsExactly("4 FacebookAI/xlm-roberta-large", "12 acme/tokenizer-base");
    }
}
