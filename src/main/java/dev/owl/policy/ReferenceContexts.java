package dev.owl.policy;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The contexts that say the next name in a line is a model (a flag, a call, a command, a key), and the ones that say a
 * name is the file's output rather than its input. Patterns only; {@link LineScanner} applies them.
 */
final class ReferenceContexts {
    static final String SEG = "[A-Za-z0-9][A-Za-z0-9_.\\-]*";
    /**
     * A model name as written: org/name, name, name:tag, a platform's {@code @cf/vendor/name}, LM Studio's key or repo with its
     * quantization ({@code qwen2.5-7b-instruct@q4_k_m}, not a revision's {@code @main}); more slashes make it a path unless a hosting prefix explains them, checked later.
     */
    static final String VALUE = "(?<v>@?" + SEG + "(?:/" + SEG + ")*(?::[A-Za-z0-9][A-Za-z0-9_.\\-]*)?(?:" + Reference.QUANTIZATION + "(?![\\w.-]))?)";


    /**
     * A context and the words (lower case) one of which a line must contain for its pattern to be tried: most
     * lines of a large tree name no model, and a regex matcher per pattern per line is most of a scan's time.
     */
    record Context(String name, Pattern pattern, Reference.Kind kind, List<String> hints) {
        boolean mayMatch(String lower) {
            for (String h : hints) {
                if (lower.contains(h)) {
                    return true;
                }
            }
            return false;
        }
    }

    /**
     * Calls that load or serve the model they name: Hugging Face loaders, vLLM's LLM, a model class named for its kind ({@code
     * CausalLM("gpt2")}, {@code Seq2SeqLM("org/name")}), functions that fetch or list a model's weights ({@code
     * weight_hub_files("org/name")}, {@code download_adapter_weights("org/lora", …)}, {@code download_model(…)}).
     */
    static final String LOADERS = "from_pretrained|snapshot_download|hf_hub_download|AutoTokenizer|[A-Z]\\w*LM|Llama|\\w*weight_(?:hub_)?files"
            // a model class named for the transformers library (guidance's models.Transformers("gpt2"), outlines' models.transformers(…))
            + "|Transformers|models\\.transformers"
            // LM Studio's SDKs load a model by its key: lms.llm("qwen2.5-7b-instruct"), client.llm.model(…), lms.embedding_model(…)
            + "|lms\\.(?:llm|embedding_model)|\\.llm\\.model|\\.embedding\\.model"
            + "|download_\\w*weights|download_model\\w*|load_model"
            // an adapter loaded onto a model by its Hub id (diffusers' load_lora_weights("org/lora"), load_attn_procs, PEFT's load_adapter)
            + "|load_lora_weights|load_attn_procs|load_adapter";
    /** A runtime's model factory, named for the runtime, that may take a client before the model ({@code from_vllm(client, "…")}). */
    static final String FACTORIES = "from_(?:transformers|vllm(?:_offline)?|sglang|tgi|llamacpp|mlxlm|lmstudio|mistral)";

    /** Keyword arguments only a call that loads a model's weights takes. */
    static final String LOADING_KEYWORDS = "device_map|torch_dtype|load_in_[48]bit|quantization_config|attn_implementation|low_cpu_mem_usage";

    /** Verbs after which a tool's first positional argument is the model it acts on. */
    static final String MODEL_VERBS = "download|pull|chat|serve|server|evaluate|eval|generate\\w*|finetune\\w*|pretrain|convert\\w*|export|quantize|run|custom";
    /** Tools whose download, run or serve acts on no model (containers, packages, VCS) or that a context above reads. */
    static final String NOT_MODEL_TOOLS = "docker|podman|nerdctl|kubectl|helm|git|gh|npm|npx|pnpm|yarn|cargo|go|brew|pip3?|pipx|uv|poetry|conda"
            + "|apt(?:-get)?|make|just|nix|bazel|modal|ollama|local-ai|lmdeploy|hf|huggingface-cli|vllm";

    static final List<Context> CONTEXTS = List.of(
            new Context("ollama-cli", Pattern.compile("\\bollama\\s+(?:run|pull|show|stop|rm|push)\\s+(?:-{1,2}[\\w-]+(?:=\\S+)?\\s+)*[\"']?"
                    + VALUE), Reference.Kind.OLLAMA_TAG, List.of("ollama")),
            // a model made from a library model (ollama create mistral:latest-nctx4096 -f Modelfile): named after its base, kept
            // only when the name reads as a model's (LineScanner), not a user's own (mario, example)
            new Context("ollama-create", Pattern.compile("\\bollama\\s+create\\s+(?:-{1,2}[\\w-]+(?:=\\S+)?\\s+)*[\"']?" + VALUE),
                    Reference.Kind.OLLAMA_TAG, List.of("ollama")),
            // a local runtime's run or install command names a gallery name, an org/name or a URI (LocalAI: local-ai run qwen3-4b,
            // local-ai models install NAME; a release binary ./local-ai-v3-linux run NAME); the name comes first, a flag's value is not one
            // and BentoML's OpenLLM serves a family:variant name of its model repository (openllm serve deepseek:r1-671b, llama4:17b16e);
            // LM Studio's CLI fetches or loads a model by its key or repo, maybe with a quantization (lms get qwen2.5-7b-instruct@q4_k_m); a
            // bare word is a search (lms get qwen)
            new Context("runtime-cli", Pattern.compile("\\b(?:local-ai(?:-\\S*)?\\s+(?:run|models\\s+(?:install|run))|openllm\\s+(?:serve|run|deploy)|lms\\s+(?:get|load)(?=\\s+[\"']?[^\\s\"']*[\\d/]))\\s+[\"']?"
                    + VALUE), Reference.Kind.HF_REPO, List.of("local-ai", "openllm", "lms")),
            new Context("download-cli", Pattern.compile("\\b(?:hf|huggingface-cli|tune)\\s+download\\s+[\"']?" + VALUE), Reference.Kind.HF_REPO, List.of("download")),
            new Context("vllm-serve", Pattern.compile("\\bvllm\\s+serve\\s+[\"']?" + VALUE), Reference.Kind.HF_REPO, List.of("vllm")),
            // lmdeploy's commands take the model first: serve api_server|gradio, chat, lite auto_awq|smooth_quant|… (a local
            // ./folder or $var does not start like a name); --adapters name=org/repo names a LoRA adapter of the served model
            new Context("lmdeploy-cli", Pattern.compile("\\blmdeploy\\s+(?:serve\\s+(?:api_server|gradio)|chat|lite\\s+\\w+)\\s+[\"']?" + VALUE),
                    Reference.Kind.HF_REPO, List.of("lmdeploy")),
            new Context("adapter-flag", Pattern.compile("--adapters\\s+[\\w-]+=" + VALUE), Reference.Kind.HF_REPO, List.of("--adapters")),
            // a LoRA or Medusa adapter's Hub id: --adapter-id org/name, adapter_id="org/name", "adapter_id": "org/name" (in JSON on
            // one line of a curl -d payload too); an adapter's name or type (adapter_name="default", adapter: lora) is not an id
            new Context("adapter-id", Pattern.compile("(?:--adapter[-_]id(?:\\s*=\\s*|\\s+)[\"']?|(?<![\\w.$])[\"']?adapter_id[\"']?\\s*[:=]\\s*[\"'])"
                    + VALUE), Reference.Kind.HF_REPO, List.of("adapter-id", "adapter_id")),
            // a tool's verb then its first positional argument, an org/name (litgpt download|chat|finetune_lora org/name, a CLI
            // of one's own: acme evaluate org/name, python3 torchchat.py generate llama3.1) or a name the catalog knows or sizes like
            // its own (not pretrain's, which names an architecture to train from scratch), at a shell line's or a code span's start
            // (an opening backtick: a closing one, as in "`1` to export the …", starts no command); not a package manager's, container
            // tool's or VCS's command (docker run org/image, gh run …) nor a runtime already read above
            new Context("cli-verb", Pattern.compile("(?:^\\s*(?:[$!>%]\\s*)?(?:[A-Z_][A-Z0-9_]*=\\S*\\s+)*|[;&|]\\s*|(?<![^\\s(\\[])`\\s*)(?:python3?\\s+(?:-m\\s+)?)?(?!(?:" + NOT_MODEL_TOOLS + ")\\s)"
                    + "[a-z][\\w.-]*\\s+(?:" + MODEL_VERBS + ")(?:\\s+[a-z][a-z0-9_]*(?=\\s))?\\s+[\"']?" + VALUE),
                    Reference.Kind.HF_REPO, List.of("download", "pull", "chat", "serve", "eval", "generate", "finetune", "pretrain", "convert", "export", "quantize", "run ", "custom")),
            // a checkpoint or tokenizer folder option given a Hub id (--checkpoint_dir org/name, tokenizer_dir="org/name"): the tool
            // fetches that repo; a local path (checkpoints/org/name, out/run) has more slashes or a folder's first part
            new Context("checkpoint-dir", Pattern.compile("(?:(?<![\\w-])--(?:initial[-_])?(?:checkpoint|tokenizer)[-_]dir(?:\\s*=\\s*|\\s+)"
                    + "|(?<![\\w.$])(?:initial_)?(?:checkpoint|tokenizer)_dir\\s*=\\s*"
                    // a config's or a dict's checkpoint_path (a router's checkpoint_path: org/name_augmented) or a JSON/YAML
                    // "tokenizer_dir": org/name: a Hub id unless the tree has it
                    + "|(?<![\\w.$])[\"']?(?:checkpoint_path[\"']?\\s*[:=]|(?:checkpoint|tokenizer)_dir[\"']?\\s*:)\\s*)[\"']?" + VALUE),
                    Reference.Kind.HF_REPO, List.of("_dir", "-dir", "checkpoint_path")),
            // a docstring's or a help text's example for a model argument (model (str): the model's id (e.g. "org/name")): the
            // id it offers is a model, as an org/name that reads as a Hub id's
            new Context("example-id", Pattern.compile("(?i)\\bmodels?\\b[^\"`]{0,80}?(?:\\be\\.g\\.|\\bfor example|\\bsuch as)[,:]?\\s*[\"'`]" + VALUE
                    + "[\"'`]"), Reference.Kind.HF_REPO, List.of("e.g.", "for example", "such as")),
            // a script's first positional argument when it is an org/name with a size (torchrun … script.py org/Model-7B)
            new Context("script-arg", Pattern.compile("\\.py\\s+[\"']?" + VALUE), Reference.Kind.HF_REPO, List.of(".py ")),
            new Context("cli-flag", Pattern.compile("(?<![\\w-])(?:--model(?:[-_](?:id|name|name[-_]or[-_]path|path|repo))?|--(?:base|assistant|draft|peft)[-_]model"
                    + "|--tokenizer(?:[-_](?:name|name[-_]or[-_]path))?|--config[-_]name|(?<!\\bpython[0-9.]{0,4}\\s{1,4})-m)(?:\\s*=\\s*|\\s+)[\"']?" + VALUE), Reference.Kind.HF_REPO,
                    List.of("-m", "--base", "--tokenizer", "--config", "_model")),
            // any other option for a model (--llm_judge_model, --reward_model_path, --teacher-model): the key's words say a model
            // follows unless they say what kind, where or which revision (NameShapes.modelKey, LineScanner.flagTakesModel)
            new Context("model-flag", Pattern.compile("(?<![\\w-])--(?<k>[A-Za-z][\\w-]*model[\\w-]*)(?:\\s*=\\s*|\\s+)[\"']?" + VALUE),
                    Reference.Kind.HF_REPO, List.of("model")),
            // lm-eval's argument string (--model_args pretrained=org/name,dtype=…; model=org/name,base_url=…), lighteval's
            // ("model_name=org/name,dtype=…" as a quoted argument), PEFT and delta
            // weights loaded on top (peft=…, delta=…), also inside model_args="…" in Python
            new Context("lm-eval-args", Pattern.compile("(?:\\bpretrained|(?<=[\\s,\"'])(?:model|model_name|peft|delta|tokenizer))=" + VALUE),
                    Reference.Kind.HF_REPO, List.of("pretrained=", "model_args", "model_name=")),
            // a descriptor's model= item among other key=value items (--tokenizer kind=huggingface_auto,model=gpt2) or a form field
            // (curl -F 'model=org/name'): an org/name, or a bare name the catalog or the Hub's legacy ids know (a served label is neither)
            new Context("descriptor", Pattern.compile("(?<=[,\"'])model=" + VALUE), Reference.Kind.HF_REPO, List.of(",model=", "\"model=", "'model=")),
            // a Hydra/OmegaConf override or dotted config key for a component's model (verl's actor_rollout_ref.model.path=org/name,
            // critic.model.tokenizer_path=…): the key path's last two parts say a model's id or path follows
            new Context("dotted-key", Pattern.compile("(?<![\\w$.-])(?:[A-Za-z_]\\w*\\.)+(?:model|tokenizer)\\.(?:path|name|name_or_path|id|repo|repo_id"
                    + "|tokenizer_path)\\s*[=:]\\s*[\"']?" + VALUE), Reference.Kind.HF_REPO, List.of(".model.", ".tokenizer.")),
            // a command-line option for a model declared with its default (argparse's add_argument("--retriever_model", type=str,
            // default="intfloat/e5-base-v2"), click's option("--model", default=…)): the default is the model the script runs
            new Context("option-default", Pattern.compile("[\"']--?(?<k>[\\w-]*(?:model|tokenizer)[\\w-]*)[\"']\\s*,[^#]*?\\bdefault\\s*=\\s*[\"']"
                    + VALUE + "[\"']"), Reference.Kind.HF_REPO, List.of("default")),
            // an environment variable's default, read by a model-ish name (os.getenv("MODEL_NAME", "org/name"), os.environ.get(…),
            // process.env.MODEL_ID || "org/name", ?? "…"): the model the program loads when none is set
            new Context("getenv-default", Pattern.compile("(?:\\b(?:getenv|environ\\.get|env\\.get)\\(\\s*[\"'](?<k>\\w*(?:MODEL|model)\\w*)[\"']\\s*,\\s*"
                    + "|\\bprocess\\.env\\.(?<k2>\\w*MODEL\\w*)\\s*(?:\\|\\||\\?\\?)\\s*)[\"']" + VALUE + "[\"']"), Reference.Kind.HF_REPO, List.of("env")),
            // a Python keyword argument (create_inference_endpoint(repository="org/name")); YAML's repository: is often GitHub's
            new Context("repository-kwarg", Pattern.compile("\\brepository\\s*=\\s*[\"']" + VALUE + "[\"']"), Reference.Kind.HF_REPO, List.of("repository")),
            // a shell default for a model variable (compose's APP_LLM_MODELNAME: ${APP_LLM_MODELNAME:-org/name}, MODEL=${MODEL:=name})
            new Context("env-default", Pattern.compile("\\$\\{(?i:\\w*model\\w*):?[-=]\\s*[\"']?" + VALUE), Reference.Kind.HF_REPO, List.of("${")),
            new Context("env", Pattern.compile("^\\s*(?:ENV|ARG|export)\\s+(?!\\w*SERVED)\\w*MODEL\\w*(?:\\s*=\\s*|\\s+)[\"']?" + VALUE), Reference.Kind.HF_REPO, List.of("model")),
            // an embedding class takes a bare sentence-transformers name (all-MiniLM-L6-v2) as well as org/name
            new Context("embedding", Pattern.compile("\\b(?:SentenceTransformer|CrossEncoder|SentenceTransformerEmbeddings|"
                    + "HuggingFace(?:Bge|Instruct)?Embeddings?|[A-Z]\\w*(?:Text|Document)Embedder)\\(\\s*(?:model(?:_name)?\\s*=\\s*)?[\"']"
                    + VALUE + "[\"']"), Reference.Kind.HF_REPO, List.of("embedd", "sentencetransformer", "crossencoder")),
            // a loader's or a runtime's model factory (vLLM's LLM("…"), outlines' from_vllm(client, "…")): whatever it names is a model
            // also with its quotes escaped, inside a string (a docs page's copy button: writeText('….from_pretrained(\'org/name\')'))
            new Context("call", Pattern.compile("\\b(?:(?:" + LOADERS + ")\\(|(?:" + FACTORIES + ")\\(\\s*(?:[\\w.]+(?:\\(\\))?\\s*,)?)\\s*\\\\?[\"']"
                    + VALUE + "\\\\?[\"']"), Reference.Kind.HF_REPO, List.of("(")),
            // any call whose keywords load weights (PromptCompressor("org/name", device_map="cpu"), a wrapper's
            // Model("name", torch_dtype=…)): its first argument, a string, is the model it loads (not trust_remote_code=, which a Hub
            // tool or dataset takes too: load_tool("org/tool", trust_remote_code=True))
            new Context("loading-call", Pattern.compile("\\b[A-Za-z_][\\w.]*\\(\\s*[\"']" + VALUE + "[\"']\\s*,[^\"'#()]*?\\b(?:" + LOADING_KEYWORDS
                    + ")\\s*="), Reference.Kind.HF_REPO, List.of("device_map", "torch_dtype", "load_in_", "quantization_config",
                    "attn_implementation", "low_cpu_mem_usage")),
            new Context("ollama-call", Pattern.compile("\\b(?:ChatOllama|OllamaLLM|from_ollama)\\(\\s*(?:[\\w.]+(?:\\(\\))?\\s*,\\s*)?[\"']"
                    + VALUE + "[\"']"), Reference.Kind.OLLAMA_TAG, List.of("ollama")),
            // a task first (pipeline("text-generation", …)), so only an org/name here; a component class's first argument
            // (HuggingFaceLocalGenerator("org/name", …), TransformersChatGenerator("org/name")), a client made for one model
            // (InferenceClient("org/name"), an example's own LLMClient("org/name"))
            new Context("positional", Pattern.compile("\\b(?:pipeline|[A-Z]\\w*(?:Client|Generator|Embedder|Ranker))\\(\\s*[\"']"
                    + VALUE + "[\"']"), Reference.Kind.HF_REPO, List.of("pipeline", "client", "generator", "embedder", "ranker")),
            // a client class's model id (agno's Groq(id="…"), Ollama(id="…"), Cerebras(id="…")): a keyword argument id= of a
            // call to a capitalised name; ids of agents, sessions and users are not model-shaped and fail accept()
            new Context("client-id", Pattern.compile("\\b[A-Z][A-Za-z0-9]*\\((?:[^()]*?,)?\\s*id\\s*=\\s*[\"']" + VALUE + "[\"']"),
                    Reference.Kind.HF_REPO, List.of("id=", "id =")),
            // a builder's or setter's model method (LangChain4j's OllamaChatModel.builder().modelName("llama3.1"), Spring AI's
            // .model("…"), .withModel("…"), setModelName("…")): its string argument is the model the client calls
            new Context("builder", Pattern.compile("\\.(?:with|set)?(?:model|Model)(?:Name|Id)?\\(\\s*[\"']" + VALUE + "[\"']\\s*\\)"),
                    Reference.Kind.HF_REPO, List.of("model(", "modelname(", "modelid(")),
            // the Gemini API's (and Vertex AI's) method path names the model it calls (/v1beta/models/gemma-3-1b-it:generateContent,
            // …/publishers/google/models/NAME:predict); Google serves Gemma under it, a closed gemini-… name is not taken
            new Context("gemini-path", Pattern.compile("/models/(?<v>[A-Za-z][\\w.-]*):(?:generateContent|streamGenerateContent|countTokens"
                    + "|embedContent|batchEmbedContents|predict|rawPredict|streamRawPredict)\\b"), Reference.Kind.HF_REPO, List.of("/models/")),
            // a model tool's repository option (ilab model download --repository org/name, --repo-id org/name): on a line about models,
            // not GitHub's CLI (gh release download --repo owner/name names no model)
            new Context("repo-flag", Pattern.compile("\\b(?i:models?)\\b.*?(?<![\\w-])--repo(?:sitory)?(?:[-_]id)?(?:\\s*=\\s*|\\s+)[\"']?(?=\\S*/)" + VALUE), Reference.Kind.HF_REPO, List.of("--repo")),
            // a model key whose value is a provider's model factory (the AI SDK's model: runpod.image("…"), model: groq("…")): its
            // first argument is the model's id
            new Context("sdk-factory", Pattern.compile("(?<![\\w.$])model\\s*:\\s*[a-z]\\w*(?:\\.[a-z]\\w*)?\\(\\s*[\"']" + VALUE + "[\"']"),
                    Reference.Kind.HF_REPO, List.of("model:", "model :")),
            // also a test's comparison and a dict's subscript (assert create_args["model"] == "qwen3")
            new Context("key", Pattern.compile("(?i)(?<![\\w.$])[\"']?(?<k>\\w*(?:model|tokenizer|repo_id)\\w*|pretrained)[\"']?\\]?(?:\\s*:\\s*(?:Optional\\[str]|str(?:\\s*\\|\\s*None)?))?\\s*(?:==|:=|:|=)\\s*(?<q>[\"']?)"
                    + VALUE), Reference.Kind.HF_REPO, List.of("model", "tokenizer", "repo_id", "pretrained")),
            // prose that names an id and calls it a model ("the Llama3-70b-8192 model"): kept only for a sized catalog-like name
            new Context("prose", Pattern.compile("(?<![\\w./:@`'\"-])(?<v>[A-Za-z][\\w.-]*\\d[\\w.-]*)\\s+(?i:models?)\\b"),
                    Reference.Kind.HF_REPO, List.of("model")));
    /** A HFLM(pretrained="gpt2") or model_args {"pretrained": "gpt2"}: the key itself says a checkpoint is loaded. */
    static final Context PRETRAINED = new Context("pretrained", null, Reference.Kind.HF_REPO, List.of());
    /** A string alone on a line inside a loader's call opened on an earlier line, or a list assigned to a model-ish name. */
    static final Context OPEN_CALL = new Context("open-call", null, Reference.Kind.HF_REPO, List.of());
    static final Context OLLAMA_OPEN_CALL = new Context("ollama-call", null, Reference.Kind.OLLAMA_TAG, List.of());
    static final Context MODEL_LIST = new Context("model-list", null, Reference.Kind.HF_REPO, List.of());
    static final Context POSITIONAL = CONTEXTS.stream().filter(c -> c.name().equals("positional")).findFirst().orElseThrow();
    static final Context CLI_FLAG = CONTEXTS.stream().filter(c -> c.name().equals("cli-flag")).findFirst().orElseThrow();
    static final Context OPTION_DEFAULT = CONTEXTS.stream().filter(c -> c.name().equals("option-default")).findFirst().orElseThrow();
    static final Context CLIENT_ID = CONTEXTS.stream().filter(c -> c.name().equals("client-id")).findFirst().orElseThrow();
    static final Context VLLM_SERVE = CONTEXTS.stream().filter(c -> c.name().equals("vllm-serve")).findFirst().orElseThrow();
    /** A line that ends by opening a call to a capitalised name (a client class), and the keyword lines inside it. */
    static final Pattern CALL_OPEN = Pattern.compile("\\b[A-Z][A-Za-z0-9]*\\(\\s*$");
    static final Pattern KWARG_LINE = Pattern.compile("^\\s*\\w+\\s*=.*,\\s*$");
    static final Pattern ID_KWARG = Pattern.compile("^\\s*id\\s*=\\s*[\"']" + VALUE + "[\"']");
    /** Where a file names its output, not its input: upload and push targets, a server's public name for its model. */
    static final Pattern OUTPUT = Pattern.compile("(?:(?<![\\w-])--(?:upload[-_]repo|hub[-_]model[-_]id|push[-_]to[-_]hub[-_]model[-_]id"
            + "|served[-_]model[-_]name|output[-_]repo|destination)|\\b(?:upload_repo|hub_model_id|output_repo)[\"']?\\s*[:=]|\\bpush_to_hub\\w*\\("
            + "|\\.save_pretrained\\(|\\bCommitInfo\\(commit_url=[\"']https?://huggingface\\.co/"
            + "|\\b(?:huggingface-cli|hf)\\s+upload(?:\\s+--?[\\w-]+(?:=\\S+)?)*)\\s*=?\\s*[\"']?" + VALUE);
    static final List<String> OUTPUT_HINTS = List.of("upload", "hub", "served", "output", "save_pretrained", "commitinfo", "--destination");

    private ReferenceContexts() {}

    /** The key a "-default" context's match names (an option's or an environment variable's). */
    static String key(Matcher m) {
        return m.group("k") != null ? m.group("k") : m.group("k2");
    }

    /**
     * An unquoted name followed by '(' is code: {@code model=LlamaOpenAI(} constructs a client, it names no model (and a name
     * followed by "://" is a URI's scheme: {@code local-ai run https://…}, {@code adapter_id="s3://…"}).
     */
    static boolean called(String text, int end) {
        return end < text.length() && text.charAt(end) == '(';
    }
}
