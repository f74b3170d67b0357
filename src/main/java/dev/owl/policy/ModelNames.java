package dev.owl.policy;

import static dev.owl.policy.NameShapes.DATASET_HINT;
import static dev.owl.policy.NameShapes.existsInTree;
import static dev.owl.policy.NameShapes.FILE_EXT;
import static dev.owl.policy.NameShapes.PARAM_SIZE;
import static dev.owl.policy.NameShapes.PATH_ORGS;
import static dev.owl.policy.NameShapes.PLACEHOLDER;
import static dev.owl.policy.NameShapes.RUN_OUTPUT;
import static dev.owl.policy.NameShapes.SIZE_TAG;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;

/** Decides whether a name found in a file is a model: not a placeholder, a path, a file, a dataset or a closed API model. */
final class ModelNames {
    /** What prose puts after a size when it names a family member: active parameters, variant words and a release stage (A3B-Base, chat, Preview). */
    private static final java.util.regex.Pattern VARIANT_TAIL = java.util.regex.Pattern.compile("(?i)(?:a\\d+b)?(?:[-_.]?(?:base|chat|instruct|it|hf|preview))*");

    private final ReferenceResolver resolver;
    private final ReferenceRules rules;
    private final Set<String> stems;
    /** Organisations the catalog and its rules name (repo owners, re-uploaders, provider prefixes, vendor namespaces). */
    private final Set<String> knownOrgs;
    /** Ollama library names the catalog has tags under ({@code qwen3}, {@code deepseek-r1}), lower case. */
    private final Set<String> ollamaBases;
    private Path root;

    ModelNames(ReferenceResolver resolver) {
        this.resolver = resolver;
        this.rules = resolver.rules();
        this.stems = stems(resolver.catalog());
        this.knownOrgs = HubOrgs.of(resolver.catalog(), rules);
        this.ollamaBases = resolver.catalog().models().stream().flatMap(m -> m.ollamaTags().stream())
                .map(t -> t.split(":")[0].toLowerCase(Locale.ROOT)).collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    /**
     * A deployment's name built from a model's ({@code mxbai-embed-large-v1-endpoint}, a SageMaker JumpStart endpoint {@code
     * jumpstart-dft-hf-llm-falcon-7b-instruct-bf16}, a bare resource name {@code llama-3-3-70b-neuronx-model}): not the model.
     */
    private static final java.util.regex.Pattern DEPLOYMENT = java.util.regex.Pattern.compile("(?i)[-_](?:endpoint|deployment)$|^jumpstart-|^[^/:]+-model$");

    /** Contexts that load what they name, so a bare name there is a model ({@code gpt2}, {@code tinyllama}) the catalog may lack. */
    private static final Set<String> BARE_LOADERS = Set.of("call", "lm-eval-args", "pretrained", "download-cli", "vllm-serve", "open-call", "sdk-factory");
    /** Contexts where a bare name counts when it is one of the Hub's legacy ids ({@code --model_name_or_path gpt2}, {@code kind=…,model=gpt2}). */
    private static final Set<String> LEGACY_CONTEXTS = Set.of("cli-flag", "key", "descriptor");
    /** Words code and configs pass where a loader's name goes: variables, booleans, placeholders' words. */
    private static final Set<String> VARIABLE_WORDS = Set.of("model", "models", "tokenizer", "llm", "path", "model_path", "name", "base",
            "true", "false", "none", "null", "yes", "auto", "default", "local", "checkpoint", "ckpt", "repo", "dummy", "mock", "test",
            "pretrained", "client", "config", "args", "self", "cls", "engine", "backend", "hf", "cpu", "cuda", "str", "int", "bool", "float",
            "optional", "union", "list", "dict", "any", "object", "callable");
    /** {@code self.model}, {@code args.pretrained}: an attribute, not a name (model names put digits before a dot: qwen2.5). */
    private static final java.util.regex.Pattern ATTRIBUTE = java.util.regex.Pattern.compile("^[A-Za-z_]+\\.[A-Za-z_]");

    /** Contexts that load or serve a Hugging Face repo by its id: whatever they name is a repo. */
    private static final Set<String> LOADERS = Set.of("call", "download-cli", "vllm-serve", "lmdeploy-cli", "embedding", "open-call");
    /** What routers and gateways call their routing tiers ({@code blockrun/auto}, {@code …/eco}): choices, not models. */
    private static final Set<String> ROUTING_TIERS = Set.of("auto", "eco", "economy", "premium", "free", "fast", "fastest", "cheap",
            "cheapest", "best", "default", "balanced", "quality", "smart", "standard", "router", "route", "fallback");

    /** The directory a scan started from: names that exist as paths under it are files, not models. */
    void root(Path root) {
        this.root = root;
    }

    /**
     * An org/name outside any model context that still reads as a model: quoted with a parameter count in its name
     * ({@code "Qwen/Qwen3-0.6B"}) or under a re-uploader ({@code "unsloth/Phi-4"}); unquoted with a parameter count in code,
     * a comment or a docstring ("EleutherAI/pythia-70m is not supported"), and in documentation's prose only with a catalog
     * family's name in it too ("eg teknium/OpenHermes-2.5-Mistral-7B") or an open line's the catalog lacks ({@code
     * internlm/internlm2-chat-7b}), not a survey repo's "acme/survey-2024-7b".
     */
    boolean modelShaped(String v, boolean quoted, boolean prose) {
        String name = v.substring(v.indexOf('/') + 1);
        boolean sized = PARAM_SIZE.matcher(name).find();
        if (quoted) {
            return sized || rules.reuploader(v.substring(0, v.indexOf('/')));
        }
        if (!sized || !prose) {
            return sized; // code, its comments and data (a docstring's CSV row) name what they run
        }
        String lower = name.toLowerCase(Locale.ROOT);
        for (String s : stems) {
            if (s.length() >= 3 && lower.contains(s)) {
                return true;
            }
        }
        return rules.open(lower); // an open line the catalog lacks (internlm/internlm2-chat-7b)
    }

    /**
     * An org/name under an organisation the catalog or its rules name, with a digit and a '-' in its name, wherever it stands
     * ({@code microsoft/Phi-3-mini-4k-instruct} in a chat transcript): that owner's Hub repo, not its GitHub project ({@code microsoft/Olive})
     * or a container image ({@code org/server:v1.0-py310}); right after the word "model" any such name ({@code with model openai/whisper-small}).
     */
    boolean knownOrgId(String v, boolean afterModelWord) {
        int slash = v.indexOf('/');
        String name = v.substring(slash + 1);
        return slash > 0 && name.indexOf(':') < 0 && knownOrgs.contains(v.substring(0, slash).toLowerCase(Locale.ROOT))
                && (afterModelWord || name.indexOf('-') > 0 && name.chars().anyMatch(Character::isDigit));
    }

    /** Whether a name found in a model context is a model: not a placeholder, a path, a file or a dataset. */
    boolean accept(String v, String context, String line, String label) {
        if (v.isEmpty() || PLACEHOLDER.matcher(v).find() || FILE_EXT.matcher(v).find() || v.matches("\\d.*") && !NameShapes.DIGIT_ORG.matcher(v).matches()
                || DEPLOYMENT.matcher(v).find() || NameShapes.INFRA_NAME.matcher(v).find()
                || NameShapes.DATASET_NAME.matcher(v).find() || NameShapes.CACHE_REPO.matcher(v).find() || NameShapes.CLASS_NAME.matcher(v).matches()) {
            return false;
        }
        long slashes = v.chars().filter(ch -> ch == '/').count();
        String provider = slashes > 0 ? rules.provider(v) : null;
        if (v.charAt(0) == '@' && provider == null) {
            return false; // an npm scope (@cloudflare/workers-types), not a platform's model id (@cf/meta/…)
        }
        if (provider != null) {
            // a client library's provider routing (groq/…, bedrock/…, ollama_chat/…): judge the model part; its router's tier (openrouter/auto) is none
            String model = v.substring(provider.length() + 1);
            return resolver.knows(v, false) || !rules.closed(model) && (ROUTING_TIERS.contains(model.toLowerCase(Locale.ROOT)) ? LOADERS.contains(context)
                    : model.indexOf('/') < 0 ? !PLACEHOLDER.matcher(model).find() : accept(model, context, line, label));
        }
        if (slashes > 1 || context.equals("script-arg") && (slashes == 0 || !PARAM_SIZE.matcher(v.substring(v.indexOf('/') + 1)).find())
                || (context.equals("cli-verb") || context.equals("checkpoint-dir") || context.equals("example-id")) && !NameShapes.hubIdShaped(v, resolver.knows(v, false))
                        && !(context.equals("cli-verb") && slashes == 0 && (resolver.knows(v, true) || sizedLikeCatalog(v)) && !line.contains("pretrain " + v))) {
            return false;
        }
        if (slashes == 1) {
            String org = v.substring(0, v.indexOf('/')).toLowerCase(Locale.ROOT);
            if (PATH_ORGS.contains(org) || RUN_OUTPUT.matcher(v).find() || routerAlias(org, v, context)
                    || ((context.equals("call") ? NameShapes.LOADER_DATASET_HINT : DATASET_HINT).matcher(line).find() || rules.closed(v)) && !resolver.knows(v, false)) {
                return false;
            }
            return !existsInTree(root, v, label);
        }
        // a runtime's pull, run or install command takes what it names: a name there is a model the catalog may lack
        boolean ollama = context.startsWith("ollama") || context.equals("modelfile") || context.equals("runtime-cli");
        if (NameShapes.underscored(v) && resolver.rules().runtimeName(v) == null) {
            return false; // no Ollama or Hugging Face name is bare with '_': a local folder or model (llama_lora, unsloth_model)
        }
        if (context.equals("prose")) {
            // "the Llama3-70b-8192 model" names an id (more after the size); "a quantized Mistral-7B model", "the qwen3
            // models" or "the Llama-2-13B-chat models" (only a variant word after the size) is prose about a family member
            java.util.regex.Matcher size = PARAM_SIZE.matcher(v);
            return resolver.isProviderId(v) || size.find() && size.end() < v.length() && !VARIANT_TAIL.matcher(v.substring(size.end())).matches();
        }
        if (resolver.knows(v, true) || !ollama && resolver.isProviderId(v)) {
            return true;
        }
        if (ollama) {
            return !v.equalsIgnoreCase("model") && !existsInTree(root, v, label);
        }
        if (rules.closed(v)) {
            return false; // a closed API model's bare name (gpt-4o, claude-3-5-sonnet) is not an open-weight reference
        }
        if (context.equals("embedding")) {
            return !existsInTree(root, v, label);
        }
        if (BARE_LOADERS.contains(context) || LEGACY_CONTEXTS.contains(context) && NameShapes.LEGACY_HUB_ID.matcher(v).matches()) {
            return loaded(v, label); // also --model_name_or_path gpt2: a legacy Hub id, a model the catalog may lack
        }
        return !context.equals("positional") && (bareName(v, label) || context.equals("model-list") && v.chars().anyMatch(Character::isDigit) && !existsInTree(root, v, label));
    }

    /** Whether a context loads the name it takes (a bare name there keeps the context's kind: gpt2 is a Hugging Face id). */
    static boolean loads(String context) {
        return BARE_LOADERS.contains(context);
    }

    /**
     * A bare name a loader takes ({@code pretrained=gpt2}, {@code from_pretrained("gpt2")}, {@code from_ollama(client,
     * "tinyllama")}): a model even when the catalog lacks it, unless it is a word a program uses for a variable or a flag's
     * value ({@code pretrained=model}, {@code pretrained: true}), an attribute ({@code pretrained=self.model}) or a path.
     */
    private boolean loaded(String v, String label) {
        String lower = v.toLowerCase(Locale.ROOT);
        return v.length() >= 3 && !VARIABLE_WORDS.contains(lower) && !ATTRIBUTE.matcher(v).find() && !existsInTree(root, v, label);
    }

    /** A bare name in a model context that the catalog does not know: tagged, catalog-like, an open line's, or sized. */
    private boolean bareName(String v, String label) {
        String lower = v.toLowerCase(Locale.ROOT);
        if (SIZE_TAG.matcher(lower).matches()) {
            return true;
        }
        // a bare name outside an Ollama command counts when it starts like a catalog model's name (gemma4, qwen3.5) or an open
        // model line's the catalog lacks (minimax-m2.7, command-a-03-2025)
        for (String s : stems) {
            if (lower.startsWith(s) && lower.length() > s.length()) {
                return true;
            }
        }
        if (rules.open(lower)) {
            return true;
        }
        // a bare sized name in a model context (a client's "model": "vicuna-7b-v1.5"): a model's name, unless a local path
        return PARAM_SIZE.matcher(lower).find() && !existsInTree(root, v, label);
    }

    /**
     * Whether a name reads as a model's, open or closed (what makes a dict a table of models): the catalog knows it, it is
     * a closed API model's, or it starts like a catalog model's name ({@code codellama}, {@code qwen2.5vl:7b}).
     */
    boolean nameLike(String v) {
        String lower = v.toLowerCase(Locale.ROOT);
        if (rules.closed(lower) || resolver.knows(v, v.indexOf('/') < 0)) {
            return true;
        }
        String name = lower.substring(lower.indexOf('/') + 1);
        for (String s : stems) {
            if (name.startsWith(s)) {
                return true;
            }
        }
        return rules.open(name);
    }

    /** A key or value of a model table that names an open model: not closed, a placeholder, a file, a path or a class ({@code LlamaForCausalLM}). */
    boolean tableName(String v) {
        return !PLACEHOLDER.matcher(v).find() && !FILE_EXT.matcher(v).find() && !v.matches("\\d.*") && !rules.closed(v)
                && !NameShapes.CLASS_NAME.matcher(v).matches() && (v.indexOf('/') < 0 || accept(v, "model-table", "", ""));
    }

    /**
     * An Ollama {@code name:tag} the catalog has no tag for: a size or {@code latest} tag on a library name the catalog knows
     * ({@code deepseek-r1:1.5b}, {@code qwen3:0.6b}), or on any name in a line that speaks of Ollama ({@code llava:latest}).
     */
    boolean ollamaTagged(String v, boolean ollamaLine) {
        String lower = v.toLowerCase(Locale.ROOT);
        return SIZE_TAG.matcher(lower).matches() && (ollamaLine || ollamaBases.contains(lower.substring(0, lower.indexOf(':'))));
    }

    /** A client library's provider prefix before a name that reads as an open model's ({@code deepseek/deepseek-chat-v3.1}). */
    boolean providerRouted(String v) {
        String provider = rules.provider(v);
        if (provider == null || rules.hosted().namespace(provider)) {
            return false;
        }
        String model = v.substring(provider.length() + 1);
        return !rules.closed(model) && nameLike(model.indexOf(':') > 0 ? model.substring(0, model.indexOf(':')) : model);
    }

    /** The kind of a provider-routed name: the user's own runtime serves an Ollama or Hugging Face name, a hosted API an api one. */
    Reference.Kind routedKind(String v) {
        String provider = rules.provider(v);
        String model = v.substring(provider.length() + 1);
        return !rules.localProvider(provider) ? Reference.Kind.API : model.indexOf('/') > 0 ? Reference.Kind.HF_REPO : Reference.Kind.OLLAMA_TAG;
    }

    /** A name with a parameter count that starts like a catalog model's name ({@code qwen2.5-7b-instruct-1m}). */
    boolean sizedLikeCatalog(String v) {
        String lower = v.toLowerCase(Locale.ROOT);
        if (!PARAM_SIZE.matcher(lower).find()) {
            return false;
        }
        for (String s : stems) {
            if (lower.startsWith(s) && lower.length() > s.length()) {
                return true;
            }
        }
        return false;
    }

    Reference.Kind kindOf(String v, Reference.Kind fromContext) {
        if (fromContext != Reference.Kind.OLLAMA_TAG && resolver.hostedSpelling(v)) {
            return Reference.Kind.API; // Fireworks' llama-v3p1-405b-instruct, Together's …-Instruct-Turbo
        }
        if (v.indexOf('/') < 0 && fromContext == Reference.Kind.HF_REPO) { // a bare name: Ollama is its likeliest home, unless it
            // names a repo's build (…-GGUF, WebLLM's …-q4f32_1-MLC, LM Studio's key@q4_k_m), which Ollama's library never has
            return v.indexOf(':') < 0 && (OllamaTags.BUILD_NAME.matcher(v).find() || Reference.quantizationAt(v) > 0) ? Reference.Kind.HF_REPO : Reference.Kind.OLLAMA_TAG;
        }
        return fromContext;
    }

    /**
     * A router's or gateway's own alias written like an org/name ({@code blockrun/auto}, {@code blockrun/eco}): an owner
     * nobody in the catalog or its rules names, and a routing tier's word for a name. A loader ({@code from_pretrained},
     * {@code ollama run}) still takes it; a one-word model under an unknown owner ({@code stability-ai/sdxl}) stays a model.
     */
    private boolean routerAlias(String org, String v, String context) {
        return !knownOrgs.contains(org) && ROUTING_TIERS.contains(v.substring(v.indexOf('/') + 1).toLowerCase(Locale.ROOT))
                && !LOADERS.contains(context) && !context.startsWith("ollama") && !context.equals("modelfile");
    }

    /** Lower-case words that start a model name in this catalog (families, Ollama names, id stems), for bare names. */
    private static Set<String> stems(dev.owl.catalog.Catalog catalog) {
        Set<String> stems = new java.util.HashSet<>();
        for (dev.owl.catalog.Model m : catalog.models()) {
            stems.add(m.family().toLowerCase(Locale.ROOT));
            String stem = m.id().split("-")[0].toLowerCase(Locale.ROOT);
            if (stem.length() >= 4) {
                stems.add(stem);
            }
            for (String tag : m.ollamaTags()) {
                stems.add(tag.split(":")[0].toLowerCase(Locale.ROOT));
            }
        }
        return stems;
    }
}
