package dev.owl.policy;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What a name found in a file looks like: a placeholder, a local path, a file, a dataset hint, a Hugging Face URL's repo. */
final class NameShapes {
    /** First path segments of huggingface.co that are not an organisation. */
    private static final Set<String> HF_RESERVED = Set.of("datasets", "spaces", "docs", "blog", "papers", "collections",
            "settings", "api", "front", "buckets", "learn", "models", "join", "login", "pricing", "tasks", "organizations", "posts",
            "enterprise", "chat", "new", "new-space", "inference-endpoints", "autotrain", "changelog", "hub", "course", "search",
            "terms-of-service", "privacy", "welcome", "mcp", "oauth", "static-proxy", "tos", "notifications", "inference-api", "hardware",
            "contact");
    static final Pattern PLACEHOLDER = Pattern.compile("(?i)(?:^|/)(?:path/to|fake|my[-_]?model|your[-_].*|org/model|user/model"
            + "|myuser|username|my[-_][\\w.-]+|(?:(?:an)?other|mock|test|dummy|random|custom)[-_]model|example|foo|bar|xxx+|[\\w-]*model[-_]?name[\\w-]*|model[-_]?id|repo(?:sitory)?[-_]?id|some[-_].*|\\.\\.\\.)(?:/|$|:)|^(?:org|user|owner|name|some|test|model[-_]repo)/|:tag$");
    /**
     * Hugging Face's legacy ids without an organisation, from the first Transformers releases (gpt2, distilgpt2, roberta-base,
     * bert-large-uncased-whole-word-masking, t5-small): still Hub models, now mirrored under an org (openai-community/gpt2,
     * FacebookAI/roberta-base, google-bert/…, google-t5/…; https://huggingface.co/openai-community/gpt2, as of 2026-12-03).
     */
    /**
     * A model class's name, as a type hint gives it ({@code model: LlamaForCausalLM | None}, {@code tokenizer: LlamaTokenizer}):
     * code, never a hub id or a runtime's name, which have no task suffix glued on in CamelCase.
     */
    static final Pattern CLASS_NAME = Pattern.compile("[A-Z][A-Za-z0-9]*[A-Za-z0-9](?:For[A-Z][A-Za-z]+|Tokenizer(?:Fast)?|Config|Processor|Model)");
    static final Pattern LEGACY_HUB_ID = Pattern.compile("(?i)^(?:distilgpt2|openai-gpt|gpt2(?:-(?:medium|large|xl))?"
            + "|(?:distil)?(?:bert|roberta|t5|albert|xlnet|xlm|xlm-roberta|bart|electra|camembert|flaubert)-[a-z0-9][a-z0-9.-]*)$");
    static final Set<String> PATH_ORGS = Set.of("models", "model", "saves", "save", "checkpoints", "checkpoint", "ckpt", "ckpts",
            "outputs", "output", "out", "data", "path", "paths", "local", "weights", "tmp", "runs", "results", "exp", "experiments",
            "src", "scripts", "examples", "configs", "config", "home", "mnt", "workspace", "logs", "cache", "artifacts", "lora",
            "adapters", "merged", "dist", "export", "exports", "repository", "storage", "volume", "volumes", "assets", "docs", "tests");
    static final Pattern FILE_EXT = Pattern.compile("(?i)\\.(?:json|jsonl|ya?ml|toml|gguf|bin|safetensors|pt|pth|onnx|py|txt|md|csv|"
            + "parquet|sh|zip|tar|gz|png|jpe?g|html|ipynb|ckpt|model|log|jinja2?|llamafile|cpp|cc|hpp|c|h|js|ts|go|rs|java|xml)$");
    static final Pattern SIZE_TAG = Pattern.compile("(?i)^[^:]+:(?:latest|\\d+(?:\\.\\d+)?[bmk]\\b.*|e\\d+b.*|[\\w.-]*q\\d.*|cloud|v\\d.*)$");
    /** A training run's output folder as the last segment ({@code run/checkpoint-5000}): a local path, not a repo. */
    static final Pattern RUN_OUTPUT = Pattern.compile("(?i)/(?:checkpoint|ckpt|global[-_]?step|step|epoch)[-_]?\\d+$"
            + "|/[a-z]+(?:_[a-z]+)*_(?:checkpoint|ckpt)s?$"); // sft/final_merged_checkpoint: a run's snake_case folder (not SmolLM3-3B-checkpoints)
    /**
     * A parameter count inside a repo name (Qwen3-0.6B, SmolLM2-135M-Instruct, Mixtral-8x7B), or an effective one (Gemma's
     * gemma-3n-E4B-it): the shape of a model's name.
     */
    static final Pattern PARAM_SIZE = Pattern.compile("(?i)(?:^|[-_.])(?:(?:\\d+x)?\\d+(?:\\.\\d+)?[bm]|e\\d+b)(?:$|[-_.])");
    static final Pattern DATASET_HINT = Pattern.compile("(?i)repo[-_]type[\"']?\\s*[=:\\s]\\s*[\"']?dataset|load_dataset\\(|/datasets/|dataset[\\w]*\\s*[:=]"
            + "|(?<![\\w-])data[\"']?\\s*[:=]|--data[\\s=]");
    /** What says a loader's argument is a dataset: a model loader's calibration {@code dataset='wikitext2'} does not. */
    static final Pattern LOADER_DATASET_HINT = Pattern.compile("(?i)repo[-_]type[\"']?\\s*[=:\\s]\\s*[\"']?dataset|load_dataset\\(|/datasets/");
    /** A repo named as a dataset ({@code org/…-SFT-dataset}), whatever model name it carries. */
    /**
     * An org whose name starts with digits and holds a letter ({@code 01-ai/Yi-34B}), before a model-shaped name with a size:
     * a Hub id, not a number or a date path ({@code 2024-05/report}).
     */
    static final Pattern DIGIT_ORG = Pattern.compile("\\d[\\w.-]*[A-Za-z][\\w.-]*/[A-Za-z][\\w.-]*?\\d+(?:\\.\\d+)?[BbMm](?![a-z])[\\w.-]*");
    /**
     * A bare name with an infrastructure object's suffix: a Kubernetes volume, cache or service named after the model it holds
     * ({@code llama3-pv}, {@code llama3-1-8b-kvcache}, {@code qwen-svc}) or a converted checkpoint folder ({@code Qwen2.5-7B-mcore}).
     */
    static final Pattern INFRA_NAME = Pattern.compile("(?i)^[^/]+[-_](?:pvc?|kv-?cache|svc|service|mcore|ingress)$");
    /** A file of data or an archive of it, not of weights or a model's config. */
    private static final Pattern DATA_FILE = Pattern.compile("(?i)\\.(?:tar|tar\\.gz|tgz|zip|parquet|jsonl|csv|tsv|arrow)$");
    static final Pattern DATASET_NAME = Pattern.compile("(?i)[-_]datasets?$");
    /** A Hub repo that keeps compiled artifacts or downloads ({@code aws-neuron/optimum-neuron-cache}): a cache, not a model. */
    static final Pattern CACHE_REPO = Pattern.compile("(?i)^[^/]+/[^/]*[-_]cache$");

    /** A key that says its value is not a real model on purpose (a retry example's {@code wrong_model_id}, a test's fake). */
    private static final Pattern WRONG_ON_PURPOSE = Pattern.compile("(?:^|_)(?:wrong|invalid|fake|dummy|bogus|nonexistent|missing|bad)(?:_|$)");

    private NameShapes() {}

    /** The model repo a Hugging Face URL points at ("org/name"), or null for docs, datasets, spaces, users and the like. */
    static String hfModelPath(String url, String path) {
        String p = path.replaceAll("[?#].*$", "");
        String[] seg = p.split("/");
        if (url.toLowerCase(Locale.ROOT).contains("api-inference.huggingface.co")) {
            return seg.length >= 3 && seg[0].equals("models") ? clean(seg[1] + "/" + seg[2]) : null;
        }
        if (seg.length >= 4 && seg[0].equals("api") && seg[1].equals("models")) {
            return clean(seg[2] + "/" + seg[3]);
        }
        if (seg.length >= 1 && LEGACY_HUB_ID.matcher(seg[0]).matches() && (seg.length == 1 || seg[1].matches("resolve|blob|tree|raw"))) {
            return seg[0]; // huggingface.co/gpt2, huggingface.co/t5-small/resolve/main/…: a legacy id's page has no organisation
        }
        if (seg.length < 2 || seg[0].isEmpty() || seg[1].isEmpty() || HF_RESERVED.contains(seg[0].toLowerCase(Locale.ROOT))) {
            return null;
        }
        if (seg[1].toLowerCase(Locale.ROOT).matches(".*\\.html?") || (p.endsWith("...") || seg[1].equals("models")) && seg.length == 2) {
            return null; // huggingface.co/transformers/model_summary.html: an old docs page; org/models: its list; a display cut short (org/Mist...)
        }
        if (seg.length >= 5 && seg[2].matches("resolve|blob|raw") && DATA_FILE.matcher(seg[seg.length - 1]).find()) {
            return null; // huggingface.co/org/cache/resolve/main/corpus.tar.gz: a data file kept in a repo, not a model's weights
        }
        String model = clean(seg[0] + "/" + seg[1]);
        return model == null || PLACEHOLDER.matcher(model).find() || CACHE_REPO.matcher(model).find() ? null : model;
    }

    static String clean(String repo) {
        String r = repo;
        int colon = r.indexOf(':');
        String tag = "";
        if (colon > 0) {
            tag = r.substring(colon);
            r = r.substring(0, colon);
        }
        r = trim(r);
        if (r.isEmpty() || r.endsWith("/") || r.startsWith("/")) {
            return null;
        }
        return r + (tag.matches(":[A-Za-z0-9_.-]+") ? tag : "");
    }

    static String trim(String v) {
        String r = v;
        while (!r.isEmpty() && ".-:_".indexOf(r.charAt(r.length() - 1)) >= 0) {
            r = r.substring(0, r.length() - 1);
        }
        return r;
    }

    /**
     * Whether a bare name (before any {@code :tag} or LM Studio {@code @q4_k_m}) holds a '_' outside a GGUF type or MLC build ending it: a local
     * folder ({@code llama_lora}) or a weights file ({@code phi-2.Q2_K}), not a runtime's build ({@code qwen3-35b-a3b-q4_k_m}, {@code …-q4f32_1-MLC}).
     */
    static boolean underscored(String v) {
        String head = v.substring(0, v.indexOf(':') > 0 ? v.indexOf(':') : Reference.quantizationAt(v) > 0 ? Reference.quantizationAt(v) : v.length());
        Matcher quant = GGUF_QUANT.matcher(head);
        return (quant.find() && quant.start() > 0 ? head.substring(0, quant.start()) : head).indexOf('_') >= 0;
    }

    private static final Pattern GGUF_QUANT = Pattern.compile("(?i)-(?:(?:ud-)?i?q\\d(?:_[a-z0-9]+)*|q\\d+f\\d+(?:_\\d+)?-mlc(?:-\\w+)?)$");

    /** A key like {@code model_name_or_path} takes a model; {@code model_class} or {@code tensor_model_parallel_size} do not. */
    static boolean keyTakesModel(Matcher m, String line) {
        if (!modelKey(m.group("k"))) {
            return false;
        }
        // a Python or JS value must be quoted (unquoted is a variable); YAML, env and CLI-ish lines need no quotes, also an env
        // file's commented-out choice (# GROQ_MODEL_PREF=llama3-8b-8192) and a compose file's environment item (- OLLAMA_MODEL=llama2)
        int sep = m.start("q");
        String before = line.substring(0, sep);
        boolean assignment = before.stripTrailing().endsWith("=") && !before.contains(":");
        return !assignment || !m.group("q").isEmpty() || ENV_LINE.matcher(line.strip()).matches();
    }

    private static final Pattern ENV_LINE = Pattern.compile("(?:export\\s+)?\\w+=.*|(?:#\\s*|-\\s+)(?:export\\s+)?[A-Z][A-Z0-9_]*=.*");

    /** A mode, family, architecture or served label, not a model ({@code TOKENIZER_MODE=mistral}, {@code MODEL_FAMILY}, {@code model_arch}). */
    private static final Pattern MODE = Pattern.compile("mode(?!l)|family|served|(?:^|_)arch(?:itecture)?(?:$|_)");

    /**
     * A limit's word at the start of a key's part ({@code max_model_len}, {@code MODEL_MAX_TOKENS}, {@code modelMaxLen}), not inside
     * a vendor's name ({@code MINIMAX_MODEL_PREF} names MiniMax's model).
     */
    private static final Pattern MAX = Pattern.compile("(?i:(?<![a-z])max)|(?<=[a-z])Max");

    /** A model-ish key that names a model, not a model's class, size, folder, output or adapter. */
    static boolean modelKey(String key) {
        String k = key.toLowerCase(Locale.ROOT);
        return !(k.contains("dataset") || k.contains("dir") || k.contains("size") || k.contains("class") || k.contains("type")
                || k.contains("kwargs") || k.contains("config") || MAX.matcher(key).find() || k.contains("len") || k.contains("only")
                || k.contains("parallel") || k.startsWith("use_") || k.contains("save") || k.contains("output") || k.contains("adapter")
                || k.contains("lora") || k.contains("peft") || k.contains("checkpoint") || k.contains("impl") || k.contains("temperature")
                || MODE.matcher(k).find()
                || WRONG_ON_PURPOSE.matcher(k).find() || OTHER_REPO.matcher(k).find());
    }

    /** A repo id key qualified by what the repo holds, not a model ({@code LM_EVAL_REPO_ID}, {@code DETAILS_REPO_ID}, {@code space_repo_id}). */
    private static final Pattern OTHER_REPO = Pattern.compile("^(?!.*(?:model|tokenizer))(?!(?:base|hf|hub|src|source|orig\\w*)_repo_id$)\\w+_repo_id$");

    /** Whether the token at [start, end) is a whole string literal, Markdown code span or curly-quoted name. */
    static boolean quoted(String text, int start, int end) {
        if (start == 0 || end >= text.length()) {
            return false;
        }
        char q = text.charAt(start - 1);
        char c = text.charAt(end);
        // straight quotes and backticks pair with themselves; prose's curly quotes (‘THUDM/chatglm2-6b’) with their mate
        return (q == '"' || q == '\'' || q == '`') && c == q || q == '\u2018' && c == '\u2019' || q == '\u201c' && c == '\u201d';
    }

    /** Whether {@code v} names a file or folder beside the scanned file or under the scan's root: a path, not a model. */
    static boolean existsInTree(Path root, String v, String label) {
        try {
            Path file = Path.of(label);
            Path dir = file.getParent();
            return (dir != null && Files.exists(dir.resolve(v), LinkOption.NOFOLLOW_LINKS))
                    || (root != null && Files.exists(root.resolve(v), LinkOption.NOFOLLOW_LINKS));
        } catch (RuntimeException e) {
            return false;
        }
    }

    /**
     * A folder's variable or flag just before a value ({@code WORK_DIR=}, {@code --output-dir }, {@code save_path = "}); not
     * the second name of a tuple ({@code model_id, output_dir = "org/name", "folder"} assigns the model to model_id).
     */
    private static final Pattern FOLDER_BEFORE = Pattern.compile("(?i)(?:(?<![\\w,])(?<!,\\s{1,3})\\w*(?:dir|directory|folder|output|save_path)\\w*|--[\\w-]*(?:dir|output)[\\w-]*)"
            + "[\"']?\\s*[=:\\s]\\s*[\"']?$");

    /**
     * A converted copy in a local folder ({@code dist/Llama-2-7b-chat-hf-q4f16_1-MLC}, {@code outputs/…-GGUF}): a folder's name
     * and a format suffix, what a conversion writes, not a Hub repo (Gemini's {@code models/gemma-3-27b-it} has no suffix).
     */
    static boolean localCopy(String v) {
        int slash = v.indexOf('/');
        return slash > 0 && PATH_ORGS.contains(v.substring(0, slash).toLowerCase(java.util.Locale.ROOT))
                && ReferenceResolver.FORMAT_SUFFIX.matcher(v.substring(slash + 1)).find();
    }

    /**
     * A config option just before a value ({@code --config gemma2/27B_lora}, {@code -c qwen2_5/7B_full}, {@code config=…}):
     * a recipe's config, named like its file without the extension, even when it starts with a model's family and size.
     * Not {@code --config_name} or {@code --config-name} (Hugging Face's example scripts take a model id there).
     */
    private static final Pattern CONFIG_BEFORE = Pattern.compile("(?:(?<![\\w-])(?:--configs?(?:-path)?|--cfg|-c)(?:\\s*=\\s*|\\s+)"
            + "|(?<![\\w.$-])config\\s*=\\s*)[\"']?$");

    /** Whether the value at {@code start} is a config option's value: a config's name or path, not a model. */
    static boolean configValue(String text, int start) {
        return start > 2 && CONFIG_BEFORE.matcher(text.substring(Math.max(0, start - 24), start)).find();
    }

    /**
     * An org/name whose name carries a digit or a capital, as Hub ids of models do (microsoft/phi-2, EleutherAI/pythia-160m); a
     * command's local folder is a plain lower-case word (lora_model/final, out/merged).
     */
    static boolean hubIdShaped(String v, boolean known) {
        int slash = v.indexOf('/');
        return slash > 0 && (known || v.substring(slash + 1).chars().anyMatch(c -> Character.isDigit(c) || Character.isUpperCase(c)));
    }

    /** Whether the value at {@code start} is assigned to a folder's variable or flag: a path, whatever it looks like. */
    static boolean folderValue(String text, int start) {
        return start > 0 && FOLDER_BEFORE.matcher(text.substring(Math.max(0, start - 48), start)).find();
    }

    /** An option's name that says its values are data or where results go, and not a model: --dataset_mixer_list, --mixer_list, --output. */
    private static final Pattern DATA_FLAG = Pattern.compile("(?i)^(?!.*(?:model|tokenizer|ckpt|checkpoint))[\\w-]*(?:data|mix|corpus|_file"
            + "|split|output|push|upload|hub)");

    /**
     * Whether the value at {@code start} is one of the values of a command-line option for data or outputs, however many values
     * it takes ({@code --dataset_mixer_list org/a-7b-mix 1.0 org/b 0.5}, {@code --mixer_list org/preference-mix 1.0}).
     */
    static boolean dataValue(String text, int start) {
        int dash = text.lastIndexOf("--", start);
        if (dash < 0 || dash > 0 && !Character.isWhitespace(text.charAt(dash - 1))) {
            return false;
        }
        int end = dash + 2;
        while (end < start && (Character.isLetterOrDigit(text.charAt(end)) || text.charAt(end) == '_' || text.charAt(end) == '-')) {
            end++;
        }
        String between = text.substring(end, start);
        return end > dash + 2 && between.indexOf(';') < 0 && between.indexOf('|') < 0 && between.indexOf('&') < 0 && between.indexOf('#') < 0
                && DATA_FLAG.matcher(text.substring(dash + 2, end)).find();
    }

    /** What an option for a model's name says besides "model" when its value is not one: which revision, its arguments, its kind. */
    private static final Pattern NOT_THE_MODEL = Pattern.compile("revision|args|family|arch|format|provider|backend|engine|server|url|host"
            + "|port|key|timeout|version|precision|dtype|template|loader|mode$");

    /** A {@code --…model…} option that names the model: {@code --llm_judge_model}, not {@code --model_revision} or {@code --model-type}. */
    static boolean flagTakesModel(String flag) {
        String k = flag.toLowerCase(Locale.ROOT).replace('-', '_');
        return modelKey(k) && !NOT_THE_MODEL.matcher(k).find();
    }

    /** A configuration class's loader just before a value: {@code GaudiConfig.from_pretrained("}. */
    private static final Pattern CONFIG_LOADER = Pattern.compile("\\b[A-Z]\\w*Config\\.from_pretrained\\(\\s*\\\\?[\"']$");

    /**
     * A configuration repo a config class loads ({@code GaudiConfig.from_pretrained("Habana/stable-diffusion")}: settings for a
     * device, no weights), told by a name without a parameter count; {@code LlamaConfig.from_pretrained("org/Llama-7B")} reads a model's.
     */
    static boolean configRepo(String text, int start, String v) {
        return !PARAM_SIZE.matcher(v).find() && CONFIG_LOADER.matcher(text.substring(Math.max(0, start - 60), start)).find();
    }

    /** A library tag a made model's tag starts from ({@code codeqwen:latest-continue}, {@code mistral:7b-nctx4096}). */
    private static final Pattern DERIVED_TAG = Pattern.compile("(?i)^[a-z][\\w.-]*:(?:latest|\\d+(?:\\.\\d+)?[bm])[-_.]\\w");

    /** An Ollama name made from a library model and named after its tag (what {@code ollama create} is given after a base). */
    static boolean derivedTag(String v) {
        return DERIVED_TAG.matcher(v).find();
    }

    static boolean overlaps(List<int[]> spans, int start, int end) {
        for (int[] s : spans) {
            if (start < s[1] && end > s[0]) {
                return true;
            }
        }
        return false;
    }
}
