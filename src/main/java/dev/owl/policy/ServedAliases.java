package dev.owl.policy;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names a file gives to what it serves, never references: the bare value of a plain {@code name} key (a Helm model spec's
 * {@code - name: "llama3"}, a component's {@code "name": "qwen-chat"}), a LoRA adapter's {@code adapterName} and a server's
 * {@code "alias"}, a settings class's typed {@code name: str = 'llama3.1-8b-instruct'}, a runtime's {@code "shortname"} for a model it lists: labels the user chose. A value with a slash is a Hub id and is left to the other readers. Once the file names
 * its model by org/name under a model-URL key ({@code modelURL: "org/name"}), its bare labels are the served aliases its
 * requests use ({@code "model": "llama3"}), remembered as the file's outputs; without one, a later {@code model: glm-5} is the
 * model itself.
 */
final class ServedAliases {
    private static final Pattern ALIAS = Pattern.compile("(?i)(?<![\\w.$-])[\"']?(?<k>name|adapter_?name|lora_?name|alias|short_?name|served_?model_?name)[\"']?"
            // a typed field's default (a settings class's name: str = 'llama3.1-8b-instruct'): the deployment's label
            + "(?:\\s*:\\s*(?:typing\\.)?(?:Optional\\[str]|str(?:\\s*\\|\\s*None)?))?\\s*[:=]\\s*[\"']?(?<v>[A-Za-z0-9][\\w.:-]*)[\"']?\\s*(?:[,#}\\]]|$)");
    /** A model given by URL key as an org/name: what the file's served aliases stand for. */
    private static final Pattern MODEL_URL = Pattern.compile("(?i)(?<![\\w.-])[\"']?model_?url[\"']?\\s*[:=]\\s*[\"']?[\\w.-]+/[\\w.-]+");
    /**
     * A deployment's model source under a URL or URI key with a store's scheme ({@code uri: hf://Qwen/…}, {@code url:
     * ollama://gemma2:2b}, {@code storageUri: "pvc://…"}): the file deploys a model, and its bare names label it (DefinedNames).
     */
    private static final Pattern DEPLOY_URI = Pattern.compile("(?i)(?<![\\w.-])[\"']?(?:model_?|artifact_?)?(?:url|uri|storage_?uri)[\"']?\\s*[:=]\\s*[\"']?"
            + "(?:hf|huggingface|ollama|s3|gs|pvc|oci|azure)://");
    /**
     * A custom resource's served name for the model it claims ({@code modelName: qwen3-0.6b} beside {@code artifactURL:
     * huggingface://Qwen/Qwen3-0.6B} in an AIBrix ModelClaim): a bare label the file defines when it deploys from a store's URI.
     */
    private static final Pattern MODEL_NAME_KEY = Pattern.compile("^\\s*modelName\\s*:\\s*[\"']?(?<v>[A-Za-z0-9][\\w.:-]*)[\"']?\\s*(?:#.*)?$");

    /**
     * A deployment's label key for the model it serves ({@code model.aibrix.ai/name: qwen-vl}): the file deploys a model, and the
     * label's value ({@code name: …} to the alias reader) is the name its requests use (DefinedNames).
     */
    private static final Pattern LABEL_KEY = Pattern.compile("(?i)(?<![\\w/-])[\\w.-]*model[\\w.-]*/(?:model-)?name[\"']?\\s*:\\s*[\"']?[A-Za-z0-9]");
    /** A served name given to a server's flag, inline or as the next item of a YAML command list (past comments). */
    private static final Pattern SERVED_FLAG = Pattern.compile("(?i)--served[-_]model[-_]name(?:[\"']?\\s*$|[\\s=]+[\"']?(?<v>[A-Za-z0-9][\\w.:-]*)[\"']?(?:\\s|$))");
    private static final Pattern SERVED_ITEM = Pattern.compile("^\\s*-\\s+[\"']?(?<v>[A-Za-z0-9][\\w.:-]*)[\"']?\\s*$");
    /** The Hub model a server loads ({@code --model org/name}, {@code - --model} then {@code - org/name}, {@code vllm serve org/name}). */
    private static final Pattern HUB_MODEL = Pattern.compile("(?i)(?:--model[\"']?[\\s=]+|\\bvllm\\s+serve\\s+)[\"']?[A-Za-z0-9][\\w.-]*/[\\w.-]+");
    private static final Pattern HUB_ITEM = Pattern.compile("^\\s*-\\s+[\"']?[A-Za-z0-9][\\w.-]*/[\\w.-]+[\"']?\\s*$");

    /**
     * The names a server gives the LoRA adapters it loads ({@code --lora-modules sql-lora=/data/lora}, {@code --adapters
     * lora1=org/lora}): labels its requests and printed model lists use, not models; the path or id after '=' is read elsewhere.
     */
    private static final Pattern ADAPTER_LABELS = Pattern.compile("(?i)--(?:lora[-_]modules|adapters)((?:\\s+[\\w.-]+=\\S+)+)");
    private static final Pattern LABEL = Pattern.compile("(?<=\\s)([\\w.-]+)=");

    /** A list of a thing's other spellings ({@code "aliases": ["qwen2-vl", "qwen2_vl"]}): labels a lookup matches, not models. */
    private static final Pattern ALIAS_LIST = Pattern.compile("(?i)[\"']?aliases[\"']?\\s*[:=]\\s*\\[(?<items>[^\\]]*)\\]");
    private static final Pattern QUOTED = Pattern.compile("[\"']([^\"']+)[\"']");

    /**
     * A served-name variable with a prefix ({@code NIM_SERVED_MODEL_NAME = "meta/llama3-8b-instruct"}, {@code export VLLM_SERVED_MODEL_NAME=…}):
     * the label the server answers to, claimed on its line only, as the same id in a request later still names the model called.
     */
    private static final Pattern PREFIXED_SERVED = Pattern.compile("(?i)(?<![\\w.$-])[\"']?\\w+_served_?model_?names?[\"']?\\s*[:=]\\s*[\"']?"
            + "(?<v>[A-Za-z0-9][\\w.:/-]*)");

    private ServedAliases() {}

    static void claim(ScannedLine line, ScanState state) {
        if (!state.deploys && line.lower.contains("://") && DEPLOY_URI.matcher(line.text).find()) {
            state.deploys = true;
        }
        served(line, state);
        if (line.text.indexOf("modelName") >= 0) {
            Matcher n = MODEL_NAME_KEY.matcher(line.text);
            if (n.matches()) {
                state.named.add(n.group("v")); // defined only if the file deploys (DefinedNames), whatever line the URI is on
            }
        }
        if (line.lower.contains("url") && !state.aliases.isEmpty() && MODEL_URL.matcher(line.text).find()) {
            state.outputs.addAll(state.aliases);
        }
        if (line.lower.contains("--lora") || line.lower.contains("--adapters")) {
            Matcher a = ADAPTER_LABELS.matcher(line.text);
            while (a.find()) {
                Matcher l = LABEL.matcher(line.text).region(a.start(1), a.end(1));
                while (l.find()) {
                    line.spans.add(new int[] {l.start(1), l.end(1)});
                    state.outputs.add(l.group(1).toLowerCase(Locale.ROOT));
                }
            }
        }
        Matcher list = line.lower.contains("aliases") ? ALIAS_LIST.matcher(line.text) : null;
        while (list != null && list.find()) {
            Matcher q = QUOTED.matcher(line.text).region(list.start("items"), list.end("items"));
            while (q.find()) {
                line.spans.add(new int[] {q.start(1), q.end(1)});
                state.labels.add(line.number + " " + q.group(1).toLowerCase(Locale.ROOT));
            }
        }
        if (line.lower.contains("_served")) {
            Matcher p = PREFIXED_SERVED.matcher(line.text);
            while (p.find()) {
                line.spans.add(new int[] {p.start("v"), p.end("v")});
                state.labels.add(line.number + " " + p.group("v").toLowerCase(Locale.ROOT)); // nor found again as the file's vocabulary
            }
        }
        if (!line.lower.contains("name") && !line.lower.contains("alias")) {
            return;
        }
        Matcher m = ALIAS.matcher(line.text);
        while (m.find()) {
            if (line.free(m.start("v"), m.end("v"))) {
                line.spans.add(new int[] {m.start("v"), m.end("v")});
                state.aliases.add(m.group("v").toLowerCase(Locale.ROOT));
                state.named.add(m.group("v"));
                if (!m.group("k").equalsIgnoreCase("name") && !m.group("k").equalsIgnoreCase("alias")) {
                    // an adapter's or a served model's name is what the file's requests call it, from here on
                    state.outputs.add(m.group("v").toLowerCase(Locale.ROOT));
                }
                state.labels.add(line.number + " " + m.group("v").toLowerCase(Locale.ROOT)); // nor found again as the file's vocabulary
            }
        }
    }

    /**
     * A file that serves a model deploys it too: one with a deployment's model label key, or one whose served name
     * ({@code --served-model-name qwen-vl}) stands beside the Hub id its server loads. Its served names are its definitions.
     */
    private static void served(ScannedLine line, ScanState state) {
        if (!state.deploys && line.lower.contains("/") && line.lower.contains("name") && LABEL_KEY.matcher(line.text).find()) {
            state.deploys = true;
        }
        if (state.hubFlag > 0 && !line.text.strip().startsWith("#")) {
            state.servesHub |= state.hubFlag == 1 && HUB_ITEM.matcher(line.text).find();
            Matcher i = state.hubFlag == 2 ? SERVED_ITEM.matcher(line.text) : null;
            if (i != null && i.find()) {
                state.named.add(i.group("v"));
                state.servedNames = true;
            }
            state.hubFlag = 0;
        }
        if (line.lower.contains("--model") || line.lower.contains("vllm")) {
            Matcher h = HUB_MODEL.matcher(line.text);
            if (h.find()) {
                state.servesHub = true;
            } else if (line.text.strip().matches("-\\s+[\"']?--model[\"']?")) {
                state.hubFlag = 1;
            }
        }
        if (line.lower.contains("served")) {
            Matcher f = SERVED_FLAG.matcher(line.text);
            if (f.find()) {
                if (f.group("v") == null) {
                    state.hubFlag = 2;
                } else {
                    state.named.add(f.group("v"));
                    state.servedNames = true;
                }
            }
        }
        state.deploys |= state.servedNames && state.servesHub;
    }
}
