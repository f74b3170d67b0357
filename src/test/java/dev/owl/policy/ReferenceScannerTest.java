package dev.owl.policy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.owl.catalog.Catalog;
import dev.owl.catalog.CatalogLoader;
import dev.owl.catalog.CatalogLocation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What the scanner reads as a model reference, on lines shaped like the ones in real repositories. */
class ReferenceScannerTest {
    static Catalog catalog;
    static ReferenceResolver resolver;

    @TempDir
    Path tmp;

    @BeforeAll
    static void load() {
        catalog = new CatalogLoader().load(List.of(new CatalogLocation("catalog", Path.of("catalog"), true)));
        resolver = new ReferenceResolver(catalog);
    }

    static List<Reference> scan(String fileName, String text) {
        List<Reference> out = new ArrayList<>();
        new ReferenceScanner(resolver, List.of()).scanText(fileName, fileName, text, out);
        return out;
    }

    /** Each reference a scan of {@code paths} finds (a tree scan: what one file defines counts in the others), as "file:line text" relative to {@code tree}. */
    static List<String> scanTree(Path tree, Path... paths) {
        return new ReferenceScanner(resolver, List.of()).scan(List.of(paths)).stream()
                .map(r -> tree.relativize(Path.of(r.file())) + ":" + r.line() + " " + r.text()).toList();
    }

    /** Each reference on the lines as "line text". */
    static List<String> found(String fileName, String text) {
        return scan(fileName, text).stream().map(r -> r.line() + " " + r.text()).toList();
    }

    /** Each reference on the lines as "line text -> model" ("-" for no catalog model). */
    static List<String> foundResolved(String fileName, String text) {
        return scan(fileName, text).stream().map(r -> {
            ReferenceResolver.Resolution res = resolver.resolve(r);
            return r.line() + " " + r.text() + " -> " + (res.model() == null ? "-" : res.model().id());
        }).toList();
    }

    static List<String> texts(String fileName, String text) {
        return scan(fileName, text).stream().map(Reference::text).toList();
    }

    /** Each reference on the lines as "text -> model (kind)" ("-" for no catalog model). */
    static List<String> judged(String fileName, String text) {
        return scan(fileName, text).stream().map(r -> {
            ReferenceResolver.Resolution res = resolver.resolve(r);
            return r.text() + " -> " + (res.model() == null ? "-" : res.model().id()) + " (" + r.kind().key() + ")";
        }).toList();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            python -m vllm.entrypoints.api_server --port 5000 --model meta-llama/Meta-Llama-3.1-8B-Instruct | meta-llama/Meta-Llama-3.1-8B-Instruct
            text-generation-launcher --model-id acme/chat-7b --num-shard 2                    | acme/chat-7b
            python run.py --model_id acme/chat-7b                                               | acme/chat-7b
            python infer.py --model-name acme/chat-7b                                           | acme/chat-7b
            python infer.py --model_name acme/chat-7b                                           | acme/chat-7b
            trl sft --model_name_or_path Qwen/Qwen2.5-0.5B --dataset_name trl-lib/Capybara      | Qwen/Qwen2.5-0.5B
            axolotl train --base-model acme/base-13b                                            | acme/base-13b
            mlx_lm.generate -m mlx-community/Qwen3-8B-4bit --prompt hi                           | mlx-community/Qwen3-8B-4bit
            python train.py --tokenizer acme/tok-7b                                              | acme/tok-7b
            lm_eval --model hf --model_args pretrained=acme/chat-7b,dtype=bfloat16 --tasks mmlu   | acme/chat-7b
            model = AutoModelForCausalLM.from_pretrained("acme/chat-7b", torch_dtype="auto")     | acme/chat-7b
            tok = AutoTokenizer.from_pretrained('acme/chat-7b')                                  | acme/chat-7b
            pipe = pipeline("text-generation", model="acme/chat-7b")                             | acme/chat-7b
            path = snapshot_download("acme/chat-7b")                                             | acme/chat-7b
            endpoint = create_inference_endpoint("demo", repository="acme/chat-7b", task="x")     | acme/chat-7b
            f = hf_hub_download(repo_id="acme/chat-7b", filename="config.json")                  | acme/chat-7b
            hf download acme/chat-7b --local-dir ./weights                                       | acme/chat-7b
            huggingface-cli download acme/chat-7b                                                | acme/chat-7b
            vllm serve acme/chat-7b --tensor-parallel-size 2                                     | acme/chat-7b
            tune download acme/chat-7b --output-dir /tmp/m                                       | acme/chat-7b
            ollama run acme/tiny:q4                                                              | acme/tiny:q4
            ollama pull qwen2.5:7b                                                               | qwen2.5:7b
            curl localhost:11434/api/chat -d '{"model": "llama3.2", "stream": false}'            | llama3.2
            response = chat(model='qwen3', messages=messages)                                    | qwen3
            """)
    void contextsThatCarryAModelId(String line, String expected) {
        assertThat(texts("run.sh", line)).containsExactly(expected);
    }

    @Test
    void envFilesDockerfilesYamlTomlAndJsonValues() {
        assertThat(texts(".env", "MODEL_ID=acme/chat-7b\nLLM_MODEL=acme/chat-13b\nPORT=8080\n"))
                .containsExactly("acme/chat-7b", "acme/chat-13b");
        assertThat(texts("Dockerfile", "FROM python:3.12\nENV MODEL=acme/chat-7b\nARG BASE_MODEL=acme/base-7b\n"))
                .containsExactly("acme/chat-7b", "acme/base-7b");
        assertThat(texts("train.yaml", "model_name_or_path: acme/chat-7b\ntemplate: qwen3\noutput_dir: saves/qwen3-4b/lora/sft\n"
                + "models:\n  - acme/judge-70b\n  - acme/judge-8b  # smaller\ndatasets:\n  - acme/prefs\n"))
                .containsExactly("acme/chat-7b", "acme/judge-70b", "acme/judge-8b");
        assertThat(texts("pyproject.toml", "[tool.eval]\nmodel = \"acme/chat-7b\"\n")).containsExactly("acme/chat-7b");
        assertThat(texts("config.json", "{\n  \"base_model\": \"acme/chat-7b\",\n  \"lr\": 0.1\n}\n")).containsExactly("acme/chat-7b");
    }

    @Test
    void markdownCodeSpansAndLinksNameModelsOncePerLine() {
        List<Reference> refs = scan("README.md",
                "We use [`acme/chat-7b`](https://huggingface.co/acme/chat-7b) and `meta-llama/Llama-3.1-8B-Instruct`.\n");
        assertThat(refs).extracting(Reference::text).containsExactly("acme/chat-7b", "meta-llama/Llama-3.1-8B-Instruct");
        // a quoted URL is one reference, not two at two columns
        assertThat(texts("app.py", "URL = \"https://huggingface.co/meta-llama/Llama-3.1-8B-Instruct\"\n"))
                .containsExactly("meta-llama/Llama-3.1-8B-Instruct");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            https://huggingface.co/meta-llama/Llama-3.1-8B-Instruct/blob/main/config.json | meta-llama/Llama-3.1-8B-Instruct
            see hf.co/acme/chat-7b for the card                                            | acme/chat-7b
            https://api-inference.huggingface.co/models/acme/chat-7b                       | acme/chat-7b
            https://huggingface.co/api/models/acme/chat-7b                                 | acme/chat-7b
            https://huggingface.co/datasets/huggingface/documentation-images/resolve/main/a.png |
            https://huggingface.co/spaces/mteb/leaderboard                                 |
            https://huggingface.co/docs/transformers/en/training                           |
            https://huggingface.co/blog/open-source-llms-as-agents                         |
            https://huggingface.co/papers/2306.05685                                       |
            https://huggingface.co/collections/acme/chat-models                            |
            https://huggingface.co/settings/tokens                                         |
            https://huggingface.co/api/datasets/acme/prefs                                 |
            https://huggingface.co/front/assets/logo.svg                                   |
            https://huggingface.co/learn/nlp-course/chapter1                               |
            Homepage = "https://huggingface.co/hardware/nvidia"                            |
            [sales](https://huggingface.co/contact/sales)                                 |
            _Authored by: [A. Person](https://huggingface.co/m-ric)_                       |
            """)
    void huggingFaceUrlsAreParsedAsUrls(String line, String expected) {
        assertThat(texts("notes.md", line)).containsExactlyElementsOf(expected == null ? List.of() : List.of(expected));
    }

    @Test
    void notModels() throws IOException {
        assertThat(texts("data.py", "p = snapshot_download(repo_id=\"acme/prefs\", repo_type=\"dataset\")\n")).isEmpty();
        assertThat(texts("data.py", "ds = load_dataset(\"trl-lib/Capybara\", split=\"train\")\n")).isEmpty();
        assertThat(texts("train.yaml", "dataset: acme/prefs\ndataset_dir: REMOTE:acme/demo_data\n")).isEmpty();
        assertThat(texts("a.py", "model = AutoModel.from_pretrained(\"path/to/model\")\n")).isEmpty();
        assertThat(texts("a.py", "model = AutoModel.from_pretrained(\"fake/path\")\n")).isEmpty();
        assertThat(texts("a.yaml", "model: org/model\nbase_model: <your-model>\nmodel_name: my-model\n")).isEmpty();
        assertThat(texts("a.sh", "ollama run my-model\nollama run myuser/mymodel\nollama run choose-a-model-name\n")).isEmpty();
        assertThat(texts("a.py", "loader = GithubIssuesLoader(repo=\"huggingface/peft\")  # https://github.com/huggingface/peft\n")).isEmpty();
        assertThat(texts("ci.yml", "      - uses: actions/checkout@v4\n        with:\n          repository: octo-org/tools\n")).isEmpty();
        assertThat(texts("a.yaml", "model_name_or_path: saves/qwen3-4b/full/sft\nmodel_name_or_path: models/Llama-2-7b\n")).isEmpty();
        assertThat(texts("a.py", "model = outlines.models.transformers(repo_id)\nmodel=model,\n")).isEmpty();
        assertThat(texts("a.sh", "python -m vllm.entrypoints.openai.api_server --port 5000\n")).isEmpty();
        // a file that exists in the scanned tree is a path, not a model
        Files.createDirectories(tmp.resolve("checkpoints/run1"));
        Files.createDirectories(tmp.resolve("acme"));
        Files.writeString(tmp.resolve("acme/local-7b"), "weights");
        Files.writeString(tmp.resolve("train.py"), "m = AutoModel.from_pretrained(\"acme/local-7b\")\nn = AutoModel.from_pretrained(\"acme/chat-7b\")\n");
        assertThat(new ReferenceScanner(resolver, List.of()).scan(List.of(tmp))).extracting(Reference::text).containsExactly("acme/chat-7b");
    }

    @Test
    void aQuotedOrCodeSpanIdWithAParameterCountIsAModelWhereverItStands() {
        // a trainer's first positional argument, black-formatted onto its own line
        assertThat(texts("sft.md", "trainer = SFTTrainer(\n    \"Qwen/Qwen3-0.6B\",\n    train_dataset=dataset,\n)\n"))
                .containsExactly("Qwen/Qwen3-0.6B");
        assertThat(texts("sft.md", "        chat_template_path=\"HuggingFaceTB/SmolLM3-3B\",\n")).containsExactly("HuggingFaceTB/SmolLM3-3B");
        assertThat(texts("sft.md", "In these cases, for example, for `Qwen/Qwen2.5-1.5B`, one should set `eos_token=\"<|im_end|>\"`.\n"))
                .containsExactly("Qwen/Qwen2.5-1.5B");
        // metric names, datasets and unsized names in code spans or strings are not models
        assertThat(texts("dpo.md", "* `logits/chosen`: The average logit values assigned by the model\n")).isEmpty();
        assertThat(texts("a.py", "ds = load_dataset(\"HuggingFaceH4/ultrachat_200k\", split=\"train_sft\")\n")).isEmpty();
        assertThat(texts("a.md", "Clone `huggingface/trl` and run `examples/scripts/sft.py`.\n")).isEmpty();
    }

    @Test
    void embeddingClassesTakeBareSentenceTransformersNames() {
        assertThat(scan("main.py", "    embedding_function = SentenceTransformerEmbeddings(model_name=\"all-MiniLM-L6-v2\")\n"))
                .singleElement().satisfies(r -> {
                    assertThat(r.text()).isEqualTo("all-MiniLM-L6-v2");
                    assertThat(r.kind()).isEqualTo(Reference.Kind.HF_REPO);
                });
        assertThat(texts("rag.py", "model = SentenceTransformer(\"BAAI/bge-small-en-v1.5\")\n")).containsExactly("BAAI/bge-small-en-v1.5");
    }

    @Test
    void proseThatCallsASizedIdAModelNamesIt() {
        assertThat(texts("README.md", "**Groq Integration**: Utilizes the Groq API to generate responses, leveraging the power of the "
                + "Llama3-70b-8192 model.\n")).containsExactly("Llama3-70b-8192");
        assertThat(texts("README.md", "The qwen3 models are strong, and GPT-4 models too.\n")).isEmpty();
        assertThat(texts("kv_quant.md", "Tested on H200 with Qwen3-30B-A3B-Base model and ShareGPT dataset:\n")).isEmpty();
        assertThat(texts("w4a16.md", "We benchmarked the Llama-2-7B-chat and Llama-2-13B-chat models with 4-bit quantization.\n")).isEmpty();
        assertThat(texts("README.md", "- [Sky-T1-32B-Preview model Blog Post](https://novasky-ai.github.io/posts/sky-t1/)\n")).isEmpty();
    }

    @Test
    void runOutputsAndPythonModulesAreNotModels() {
        assertThat(texts("sft.md", ">>> pipe = pipeline(\"text-generation\", model=\"Qwen3-0.6B-Instruct/checkpoint-5000\")\n")).isEmpty();
        assertThat(texts("README.md", "python -m llama_cookbook.recipes.3p_integration.tgi.merge_lora_weights --base_model llama-7B "
                + "--peft_model ft_output --output_dir data/merged_model_output\n")).containsExactly("llama-7B");
        assertThat(texts("run.sh", "python3 -m llama_recipes.finetuning --model_name meta-llama/Llama-3.1-8B\n"))
                .containsExactly("meta-llama/Llama-3.1-8B");
    }

    @Test
    void notebooksAreReadAsJsonCellByCellWithTheNotebooksLineNumbers() throws IOException {
        String nb = """
                {
                 "cells": [
                  {
                   "cell_type": "code",
                   "metadata": {},
                   "outputs": [{"output_type": "stream", "text": ["loading \\"acme/printed-7b\\"\\n"]}],
                   "source": [
                    "from transformers import AutoModelForCausalLM\\n",
                    "model = AutoModelForCausalLM.from_pretrained(\\"acme/chat-7b\\")\\n",
                    "tok = AutoTokenizer.from_pretrained(\\"meta-llama/Llama-3.1-8B-Instruct\\")"
                   ]
                  },
                  {"cell_type": "markdown", "metadata": {}, "source": "See [the card](https://huggingface.co/acme/card-13b)."}
                 ],
                 "metadata": {}, "nbformat": 4, "nbformat_minor": 5
                }
                """;
        Files.writeString(tmp.resolve("demo.ipynb"), nb);
        Files.writeString(tmp.resolve("broken.ipynb"), "{\"cells\": [");
        ReferenceScanner scanner = new ReferenceScanner(resolver, List.of());
        List<Reference> refs = scanner.scan(List.of(tmp));
        assertThat(refs).extracting(r -> r.line() + " " + r.text())
                .containsExactly("6 acme/printed-7b", "9 acme/chat-7b", "10 meta-llama/Llama-3.1-8B-Instruct", "13 acme/card-13b");
        assertThat(scanner.skipped()).extracting(s -> Path.of(s.file()).getFileName() + ": " + s.reason())
                .containsExactly("broken.ipynb: not a notebook (invalid JSON)");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            ollama run llama3.2                               | llama-3.2-3b-instruct      | OLLAMA_DEFAULT
            ollama run qwen3                                  | qwen3-8b                   | OLLAMA_DEFAULT
            ollama run qwen3:latest                           | qwen3-8b                   | OLLAMA_DEFAULT
            ollama pull qwen2.5:7b                            | qwen2.5-7b-instruct        | EXACT
            ollama pull llama3.1:8b-instruct-q4_K_M           | llama-3.1-8b-instruct      | ALIAS
            ollama run hf.co/bartowski/Llama-3.2-3B-Instruct-GGUF:Q4_K_M | llama-3.2-3b-instruct | RE_UPLOAD
            model = "unsloth/Llama-3.2-3B-Instruct"           | llama-3.2-3b-instruct      | RE_UPLOAD
            model_id: bartowski/Meta-Llama-3.1-8B-Instruct-GGUF | llama-3.1-8b-instruct    | RE_UPLOAD
            --model TheBloke/Llama-2-7B-Chat-AWQ              | llama-2-7b-chat            | RE_UPLOAD
            vllm serve RedHatAI/Llama-3.3-70B-Instruct-FP8    | llama-3.3-70b-instruct     | RE_UPLOAD
            base_model: NousResearch/Meta-Llama-3-8B          | llama-3-8b-instruct        | RE_UPLOAD
            -m mlx-community/Llama-3.2-3B-Instruct-4bit       | llama-3.2-3b-instruct      | RE_UPLOAD
            model: lmstudio-community/gemma-3-12b-it-GGUF     | gemma-3-12b-it             | RE_UPLOAD
            model_name_or_path: TechxGenus/Meta-Llama-3-8B-Instruct-AWQ | llama-3-8b-instruct | RE_UPLOAD
            """)
    void ollamaNamesAndReuploadsResolveToTheirBaseModel(String line, String model, ReferenceResolver.How how) {
        List<Reference> refs = scan("run.sh", line);
        assertThat(refs).hasSize(1);
        ReferenceResolver.Resolution r = resolver.resolve(refs.get(0));
        assertThat(r.model()).as(line).isNotNull();
        assertThat(r.model().id()).isEqualTo(model);
        assertThat(r.how()).isEqualTo(how);
        if (how == ReferenceResolver.How.RE_UPLOAD) {
            assertThat(r.note()).startsWith("re-upload of ");
        }
    }

    @Test
    void anUntaggedOllamaNameIsNeverTheCatalogModelOfTheSameId() {
        // ollama's deepseek-r1:latest is a small distill, not the 671B model whose catalog id is deepseek-r1
        List<Reference> refs = scan("run.sh", "ollama run deepseek-r1\n");
        assertThat(refs).extracting(Reference::text).containsExactly("deepseek-r1");
        assertThat(resolver.resolve(refs.get(0)).model()).isNull();
    }

    @Test
    void anUnknownNameFromARestrictedFamilyIsAWarningThatNamesTheFamily() {
        Policy none = Policy.empty();
        List<Finding> f = new PolicyChecker(catalog, none, java.time.LocalDate.of(2026, 12, 2), false)
                .check(scan("a.py", "m = AutoModel.from_pretrained(\"someone/cool-llama-3-finetune\")\n"));
        assertThat(f).singleElement().satisfies(x -> {
            assertThat(x.rule()).isEqualTo(Rule.UNKNOWN_MODEL);
            assertThat(x.severity()).isEqualTo(Severity.WARNING);
            assertThat(x.message()).contains("derivative of Llama (").contains("llama-3-community");
        });
    }

    @Test
    void anUnknownNameThatSpellsARestrictedModelNamesThatModelAndItsLicense() {
        Policy none = Policy.empty();
        List<Finding> f = new PolicyChecker(catalog, none, java.time.LocalDate.of(2026, 12, 2), false)
                .check(scan("a.py", "m = AutoModel.from_pretrained(\"h2oai/h2ogpt-4096-llama2-70b-chat\")\n"
                        + "n = AutoModel.from_pretrained(\"acme/Llama3.2-3B-NPU-Turbo\")\n"));
        // the longest spelling wins: llama-2-70b-chat, not llama-2-7b-chat; an Ollama tag spells one too (llama3.2:3b)
        assertThat(f).extracting(Finding::message).containsExactly(
                "'h2oai/h2ogpt-4096-llama2-70b-chat' is not in the catalog; its license cannot be checked; the name suggests a derivative"
                        + " of llama-2-70b-chat (llama-2-community, as the name spells it), whose terms bind derivatives",
                "'acme/Llama3.2-3B-NPU-Turbo' is not in the catalog; its license cannot be checked; the name suggests a derivative"
                        + " of llama-3.2-3b-instruct (llama-3.2-community, as the name spells it), whose terms bind derivatives");
    }

    @Test
    void columnsPointAtTheName() {
        Reference r = scan("app.py", "m = AutoModel.from_pretrained(\"acme/chat-7b\")").get(0);
        assertThat(r.column()).isEqualTo("m = AutoModel.from_pretrained(\"".length() + 1);
        assertThat(r.context()).isEqualTo("call");
    }
}
