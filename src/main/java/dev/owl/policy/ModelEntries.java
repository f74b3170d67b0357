package dev.owl.policy;

import static dev.owl.policy.NameShapes.trim;
import static dev.owl.policy.ReferenceContexts.VALUE;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Entries that describe one model each, where a key or a position says which string is the model and which is only its
 * label: an evaluation config's model dict ({@code dict(type=HuggingFaceBaseModel, abbr='deepseek-v2-hf',
 * path='deepseek-ai/DeepSeek-V2')}), an app's model list ({@code "model": "HF://mlc-ai/…-MLC", "model_id": "…-MLC"}), a
 * test's parameter tuples under a model-ish name ({@code MODELS_TO_TEST = {"bf16": [("bigscience/bloomz-7b1", 1, False)]}}).
 * The model is taken though the catalog may lack it; the label is not read as a name, though it may spell a known one.
 */
final class ModelEntries {
    /** A name the file gives its entry: opencompass's abbr, a display label. */
    private static final Pattern LABEL = Pattern.compile("(?<![\\w.$])[\"']?abbr[\"']?\\s*[:=]\\s*[\"']" + VALUE + "[\"']");
    /** A piece looked for inside a model's name ({@code if "llama-2-7b-hf" in model_name.lower():}): a test, not a model. */
    private static final Pattern NAME_TEST = Pattern.compile("[\"']" + VALUE + "[\"']\\s+(?:not\\s+)?in\\s+[\\w.]*(?:model|name)\\w*\\b(?<!models|names|ids)");
    /**
     * A name looked for in a collection of models ({@code if "h2oai/h2o-danube3-500m-chat" in default_cfg.default_causal_language_models}):
     * the model a config falls back to when the list offers it, named as a default is.
     */
    private static final Pattern MEMBER_TEST = Pattern.compile("[\"']" + VALUE + "[\"']\\s+(?:not\\s+)?in\\s+[\\w.]*(?i:models|model_names|model_ids)\\b");
    /**
     * An app config's model given by URL ({@code "model": "HF://mlc-ai/…"}, {@code model: "https://huggingface.co/…"}), or its key
     * alone at a line's end with the URL on the next line (WebLLM's prebuilt list, wrapped by its formatter).
     */
    private static final Pattern MODEL_URL = Pattern.compile("(?<![\\w.$])[\"']?model[\"']?\\s*:\\s*(?:[\"'](?i:HF://|https?://(?:www\\.)?huggingface\\.co/)|$)");
    /** The id the app shows for that model, on a line just after ({@code "model_id": "Phi-3.5-mini-instruct-q4f16_0-MLC"}). */
    private static final Pattern MODEL_ID = Pattern.compile("(?<![\\w.$])[\"']?model_id[\"']?\\s*:\\s*[\"']" + VALUE + "[\"']");
    /** A model class given as an entry's type ({@code type=HuggingFaceBaseModel}, {@code type=TurboMindModelwithChatTemplate}, {@code type=VLLM}). */
    private static final Pattern MODEL_TYPE = Pattern.compile("(?<![\\w.$])type\\s*=\\s*(?<t>[A-Z]\\w*)");
    private static final Pattern MODEL_CLASS = Pattern.compile("(?i).*(?:model|llm|huggingface|turbomind|lmdeploy).*");
    private static final Pattern PATH = Pattern.compile("(?<![\\w.$])path\\s*=\\s*[\"']" + VALUE + "[\"']");
    /** A name assigned a container whose name says models (MODELS_TO_TEST = &#123;, _MODEL_CASES = [). */
    private static final Pattern CONTAINER = Pattern.compile("^(\\s*)(?i:\\w*models?(?:_\\w*)?)\\s*(?::[^=]*)?=\\s*[\\[{(]\\s*$");
    /** A tuple (or pytest.param) whose first element is a string and which goes on ({@code ("gpt2-xl", 1, False),}), commented out too. */
    private static final Pattern TUPLE = Pattern.compile("^\\s*(?:#\\s*)?(?:pytest\\.param)?\\(\\s*[\"']" + VALUE + "[\"']\\s*,");
    /** A YAML command list's model flag, its value the next item ({@code - --model_name_or_path} then {@code - gpt2}). */
    private static final Pattern FLAG_ITEM = Pattern.compile("^\\s*-\\s+[\"']?--(?:model(?:[-_]name[-_]or[-_]path|[-_]id|[-_]name)?|tokenizer[-_]name)[\"']?\\s*$");
    private static final Pattern ITEM = Pattern.compile("^\\s*-\\s+[\"']?" + VALUE + "[\"']?\\s*$");
    /** A dataclass field for a model declared with its default, on the line or the next ({@code pretrained_model: str = field(default="org/name", …)}). */
    /** A typed field whose factory takes the default ({@code field(}, pydantic's {@code Field(}, a config library's {@code configfield(}). */
    private static final Pattern FIELD = Pattern.compile("^\\s*(?<k>\\w+)\\s*:\\s*[^=]+=\\s*(?:[\\w.]*\\.)?(?:[a-z]\\w*)?[Ff]ield\\(");
    private static final Pattern DEFAULT = Pattern.compile("\\bdefault\\s*=\\s*[\"']" + VALUE + "[\"']");
    /** A tuple that gives a label, then the model ({@code ('llama-7b-vllm', 'huggyllama/llama-7b', 1)}). */
    private static final Pattern LABEL_TUPLE = Pattern.compile("^\\s*\\(\\s*[\"']" + VALUE + "[\"']\\s*,\\s*[\"'][\\w.-]+/[\\w.-]+[\"']");
    /**
     * An entry of a model list keyed by its Hub id ({@code { "id": "org/name", "description": …}} in chat-ui's {@code MODELS}): an
     * {@code id} is a model's when its object has a model entry's keys beside it or is an item of a YAML list under a model-ish key.
     */
    private static final Pattern ENTRY_ID = Pattern.compile("(?<![\\w.$-])[\"']?id[\"']?\\s*:\\s*[\"']?(?<v>[A-Za-z0-9][\\w.-]*/[\\w.-]+)[\"']?\\s*(?:[,}]|$)");
    private static final Pattern ENTRY_KEY = Pattern.compile("(?i)(?<![\\w.$-])[\"']?(?:description|parameters|endpoints|multimodal\\w*|supports[A-Z_]\\w*|supports)[\"']?\\s*:");
    static final ReferenceContexts.Context MODEL_ENTRY = new ReferenceContexts.Context("model-entry", null, Reference.Kind.HF_REPO, List.of());
    /** An entry's keys are on the lines after its type: this many at most. */
    private static final int ENTRY_LINES = 12;

    private final ContinuedLines.Taker taker;

    ModelEntries(ContinuedLines.Taker taker) {
        this.taker = taker;
    }

    void read(ScannedLine line, ScanState state) {
        if (line.lower.contains("abbr")) {
            label(line, state, LABEL.matcher(line.text));
        }
        if (line.lower.contains(" in ")) {
            label(line, state, NAME_TEST.matcher(line.text));
            Matcher m = MEMBER_TEST.matcher(line.text);
            while (m.find()) {
                if (line.free(m.start("v"), m.end("v"))) {
                    taker.take(line, m.start("v"), m.end("v"), ReferenceContexts.MODEL_LIST);
                }
            }
        }
        if (line.lower.contains("model")) {
            if (MODEL_URL.matcher(line.text).find()) {
                state.modelUrlLine = line.number;
            } else if (state.modelUrlLine > 0 && line.number - state.modelUrlLine <= 3) {
                label(line, state, MODEL_ID.matcher(line.text));
            }
        }
        if (line.lower.contains("type")) {
            Matcher t = MODEL_TYPE.matcher(line.text);
            if (t.find() && MODEL_CLASS.matcher(t.group("t")).matches()) {
                state.modelTypeLine = line.number;
            }
        }
        if (state.modelTypeLine > 0 && line.number - state.modelTypeLine <= ENTRY_LINES && line.lower.contains("path")) {
            Matcher p = PATH.matcher(line.text);
            if (p.find() && p.group("v").indexOf('/') > 0 && line.free(p.start("v"), p.end("v"))) {
                taker.take(line, p.start("v"), p.end("v"), MODEL_ENTRY);
            }
        }
        if (line.lower.contains("field(") || state.fieldLine > 0) {
            field(line, state);
        }
        Matcher lt = line.text.indexOf('(') >= 0 ? LABEL_TUPLE.matcher(line.text) : null;
        if (lt != null && lt.find() && lt.group("v").indexOf('/') < 0) {
            label(line, state, lt.reset());
        }
        tuples(line, state);
        if (line.lower.contains("id")) {
            entryId(line, state);
        }
        if (state.flagLine > 0 && line.number == state.flagLine + 1) {
            Matcher i = ITEM.matcher(line.text);
            if (i.find() && line.free(i.start("v"), i.end("v"))) {
                taker.take(line, i.start("v"), i.end("v"), ReferenceContexts.CLI_FLAG);
            }
        }
        state.flagLine = line.lower.contains("--") && FLAG_ITEM.matcher(line.text).find() ? line.number : 0;
    }

    private void entryId(ScannedLine line, ScanState state) {
        Matcher m = ENTRY_ID.matcher(line.text);
        if (!m.find() || !line.free(m.start("v"), m.end("v"))) {
            return;
        }
        boolean listItem = state.listIndent >= 0 && !state.spansOnly && line.text.stripLeading().startsWith("-");
        if (listItem || ENTRY_KEY.matcher(line.text).find()) {
            taker.take(line, m.start("v"), m.end("v"), MODEL_ENTRY);
        }
    }

    /** A label's name is taken from the line and is no same-file repeat of a model either. */
    private static void label(ScannedLine line, ScanState state, Matcher m) {
        while (m.find()) {
            line.spans.add(new int[] {m.start("v"), m.end("v")});
            state.labels.add(line.number + " " + trim(m.group("v")).toLowerCase(Locale.ROOT));
        }
    }

    private void field(ScannedLine line, ScanState state) {
        Matcher f = FIELD.matcher(line.text);
        // a model's or tokenizer's field, not one the run pushes to (hub_model_id) or a kind (model_type)
        boolean opens = f.find() && f.group("k").toLowerCase(Locale.ROOT).matches(".*(?:model|tokenizer).*") && !f.group("k").endsWith("hub_model_id")
                && NameShapes.modelKey(f.group("k"));
        // the default on the field's line or one of the two after it (a config field names itself first: "model_name", then default=)
        boolean found = false;
        if (opens || state.fieldLine > 0 && line.number - state.fieldLine <= 2) {
            Matcher d = DEFAULT.matcher(line.text);
            found = d.find() && d.group("v").indexOf('/') > 0 && line.free(d.start("v"), d.end("v"));
            if (found) {
                taker.take(line, d.start("v"), d.end("v"), MODEL_ENTRY);
            }
        }
        state.fieldLine = opens && !found ? line.number : state.fieldLine > 0 && !found && line.number - state.fieldLine < 2 ? state.fieldLine : 0;
    }

    private void tuples(ScannedLine line, ScanState state) {
        if (state.tupleIndent < 0) {
            Matcher c = line.lower.contains("model") ? CONTAINER.matcher(line.text) : null;
            if (c != null && c.matches()) {
                state.tupleIndent = c.group(1).length();
            }
            return;
        }
        String s = line.text.strip();
        if (!s.isEmpty() && "]})".indexOf(s.charAt(0)) >= 0 && line.text.indexOf(s.charAt(0)) <= state.tupleIndent) {
            state.tupleIndent = -1;
            return;
        }
        Matcher t = s.indexOf('(') >= 0 ? TUPLE.matcher(line.text) : null;
        if (t != null && t.find() && line.free(t.start("v"), t.end("v"))) {
            taker.take(line, t.start("v"), t.end("v"), ReferenceContexts.MODEL_LIST);
        }
    }
}
