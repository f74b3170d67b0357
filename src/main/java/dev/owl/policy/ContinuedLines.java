package dev.owl.policy;

import static dev.owl.policy.NameShapes.modelKey;
import static dev.owl.policy.ReferenceContexts.VALUE;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names on the lines after a bracket that says what they are: a model loader's call opened at the end of a line ({@code
 * from_mistral(} then {@code client,} then {@code "mistral-large-latest"}), a client class's call with {@code id="…"} inside,
 * and a list assigned to a model-ish name ({@code models = [} then {@code "gpt2",}).
 */
final class ContinuedLines {
    /** A line that ends by opening a model loader's or a component's call, and which context its string argument gets. */
    private static final Pattern LOADER_OPEN = Pattern.compile("\\b(?:(?<call>" + ReferenceContexts.LOADERS + "|" + ReferenceContexts.FACTORIES
            + ")|(?<ollama>ChatOllama|OllamaLLM|from_ollama)|(?<positional>pipeline|[A-Z]\\w*(?:Client|Generator|Embedder|Ranker)))"
            + "\\(\\s*$");
    /** An argument line that keeps a call open: a client or a keyword argument ({@code client,}, {@code temperature=0,}). */
    private static final Pattern ARGUMENT_LINE = Pattern.compile("^\\s*(?:[\\w.]+(?:\\(\\))?|\\w+\\s*=.*),\\s*$");
    /** A string alone on its line, as an argument or a list item, maybe before keyword arguments ({@code "org/name", revision="main"}). */
    private static final Pattern STRING_LINE = Pattern.compile("^\\s*([\"'])" + VALUE + "\\1\\s*(?:,\\s*\\w+\\s*=[^()]*(?:\\([^()]*\\))?[^()]*)?,?\\s*\\)?\\s*(?:#.*)?$");
    /**
     * A list assigned to a model-ish name or key ({@code causal_models = [}, {@code "models": [}, a model schema's {@code
     * identifiers: { apiNames: ['…'] }}: the names an API takes for the model), and what follows the bracket.
     */
    private static final Pattern LIST_OPEN = Pattern.compile("(?:^\\s*|[{,]\\s*)[\"']?(?<k>\\w*models?|\\w*model_?(?:ids|names)|api_?names)[\"']?\\s*"
            + "(?::\\s*[\\w\\[\\]., ]+?\\s*)?[=:]\\s*\\[(?<rest>.*)$", Pattern.CASE_INSENSITIVE);
    private static final Pattern LIST_ITEM = Pattern.compile("([\"'])" + VALUE + "\\1");

    private final Taker taker;

    /** How a name found here is judged and kept (LineScanner's take). */
    interface Taker {
        void take(ScannedLine line, int start, int end, ReferenceContexts.Context context);
    }

    ContinuedLines(Taker taker) {
        this.taker = taker;
    }

    /** A line that ends by opening a call that reads a dataset or writes to the Hub (LoadDataFromHub(, push_to_hub(). */
    private static final Pattern DATA_OPEN = Pattern.compile("(?i)\\b\\w*(?:push_to_hub|dataset|datafrom)\\w*\\(\\s*$");
    /** The string argument such a call takes on the next line, alone or as {@code repo_id=}. */
    private static final Pattern DATA_ARGUMENT = Pattern.compile("^\\s*(?:repo_id\\s*=\\s*)?([\"'])" + VALUE + "\\1");

    /**
     * Before the line is read for models: the name a data or push call opened on the line before takes here is what the
     * file reads or writes (argilla/10Kprompts-mini, a pushed distiset), not a model it uses; says whether this line opens one.
     */
    static void dataArgument(ScannedLine line, ScanState state) {
        if (line.text.isBlank()) {
            return; // a notebook source string's own line end reads as an empty line: the call stays open
        }
        if (state.dataCall) {
            Matcher m = DATA_ARGUMENT.matcher(line.text);
            if (m.find()) {
                line.output(m.start("v"), m.end("v"), m.group("v"));
            }
        }
        state.dataCall = line.text.stripTrailing().endsWith("(") && DATA_OPEN.matcher(line.text).find();
    }

    /** Reads one line with what the lines before left open, and says what this line leaves open. */
    void read(ScannedLine line, ScanState state) {
        boolean adapterCall = state.openCall && state.adapterCall;
        loaderArgument(line, state);
        clientId(line, state);
        listItems(line, state, adapterCall);
        optionDefault(line, state);
    }

    /** A model option's name alone on its line, the declaration's first argument ({@code "--model_name",}), maybe after the call. */
    private static final Pattern OPTION_NAME = Pattern.compile("^\\s*(?:[\\w.]*(?:add_argument|option)\\(\\s*)?[\"']--?(?<k>[\\w-]*(?:model|tokenizer)[\\w-]*)[\"']"
            + "(?:\\s*,\\s*[\"']-[\\w-]+[\"'])?\\s*,\\s*$");
    /** Its default on a later line of the declaration ({@code default="org/name",}). */
    private static final Pattern DEFAULT_LINE = Pattern.compile("^\\s*default\\s*=\\s*([\"'])" + VALUE + "\\1\\s*,?\\s*\\)?\\s*(?:#.*)?$");

    /**
     * An option declared over several lines (argparse's {@code add_argument(} then {@code "--model_name",}, {@code help=…,},
     * {@code default="FacebookAI/xlm-roberta-large",}): its default is the model the script runs, as on one line (option-default).
     */
    private void optionDefault(ScannedLine line, ScanState state) {
        if (state.modelOption) {
            Matcher d = DEFAULT_LINE.matcher(line.text);
            if (d.matches()) {
                if (line.free(d.start("v"), d.end("v"))) {
                    taker.take(line, d.start("v"), d.end("v"), ReferenceContexts.OPTION_DEFAULT);
                }
                state.modelOption = !line.text.stripTrailing().endsWith(")");
                return;
            }
            state.modelOption = ReferenceContexts.KWARG_LINE.matcher(line.text).matches() && !line.text.stripTrailing().endsWith(")");
            return;
        }
        if (line.text.indexOf('-') > 0 && line.text.stripTrailing().endsWith(",")) {
            Matcher o = OPTION_NAME.matcher(line.text);
            state.modelOption = o.matches() && modelKey(o.group("k").replaceFirst("^-+", ""));
        }
    }

    /** A class that takes adapters by their Hub ids ({@code MergedAdapters(}, {@code LoraAdapter(}) opened at a line's end. */
    private static final Pattern ADAPTER_CALL = Pattern.compile("\\b[A-Z]\\w*Adapters?\\(\\s*$");
    /** Inside such a call, the list of ids ({@code ids=[}, {@code adapter_ids=[}). */
    private static final Pattern ID_LIST = Pattern.compile("^\\s*(?:adapter_)?ids\\s*=\\s*\\[(?<rest>.*)$");

    /** A pipeline's task, its first positional argument ({@code "feature-extraction"}, {@code "text-to-speech"}): the model follows. */
    private static final Pattern TASK = Pattern.compile("(?:[a-z]+-)*(?:classification|extraction|generation|recognition|detection"
            + "|segmentation|estimation|answering|summarization|translation|mask|speech|text|image|audio|removal|captioning)");

    private void loaderArgument(ScannedLine line, ScanState state) {
        ReferenceContexts.Context open = state.loaderCall;
        state.loaderCall = null;
        if (open != null) {
            Matcher s = STRING_LINE.matcher(line.text);
            if (s.matches() && open == ReferenceContexts.POSITIONAL && TASK.matcher(s.group("v")).matches()) {
                state.loaderCall = open; // pipeline( then "text-classification", then the model on the next line
                return;
            }
            if (s.matches()) {
                if (line.free(s.start("v"), s.end("v"))) {
                    taker.take(line, s.start("v"), s.end("v"), open);
                }
                return;
            }
            if (ARGUMENT_LINE.matcher(line.text).matches()) {
                state.loaderCall = open;
                return;
            }
        }
        String end = line.text.stripTrailing();
        if (!end.endsWith("(")) {
            return; // most lines: no regex
        }
        Matcher m = LOADER_OPEN.matcher(end);
        if (m.find()) {
            state.loaderCall = m.group("call") != null ? ReferenceContexts.OPEN_CALL
                    : m.group("ollama") != null ? ReferenceContexts.OLLAMA_OPEN_CALL : ReferenceContexts.POSITIONAL;
        }
    }

    /**
     * {@code id="…"} on its own line inside a client call opened on an earlier line ({@code reasoning_model=Groq(} then
     * {@code     id="deepseek-r1-distill-llama-70b", temperature=0.6}): the call's keyword lines keep it open.
     */
    private void clientId(ScannedLine line, ScanState state) {
        boolean open = state.openCall;
        String end = line.text.stripTrailing();
        boolean opens = end.endsWith("(") && ReferenceContexts.CALL_OPEN.matcher(end).find();
        state.openCall = opens || open && ReferenceContexts.KWARG_LINE.matcher(line.text).matches();
        state.adapterCall = opens ? ADAPTER_CALL.matcher(end).find() : state.adapterCall && state.openCall;
        if (!open || !line.lower.contains("id")) {
            return;
        }
        Matcher m = ReferenceContexts.ID_KWARG.matcher(line.text);
        if (m.find() && line.free(m.start("v"), m.end("v"))) {
            taker.take(line, m.start("v"), m.end("v"), ReferenceContexts.CLIENT_ID);
        }
    }

    /**
     * The strings of a list assigned to a model-ish name, or of an adapter class's list of ids ({@code MergedAdapters(} then
     * {@code ids=[}), on its first line and on the lines up to its closing bracket.
     */
    private void listItems(ScannedLine line, ScanState state, boolean adapterCall) {
        int from;
        if (state.modelList) {
            from = 0;
        } else {
            Matcher m = (line.lower.contains("model") || line.lower.contains("names")) && line.text.indexOf('[') > 0 ? LIST_OPEN.matcher(line.text) : null;
            Matcher ids = adapterCall && m == null && line.text.indexOf('[') > 0 ? ID_LIST.matcher(line.text) : null;
            if (ids != null && ids.find()) {
                m = ids;
            } else if (m == null || !m.find() || !modelKey(m.group("k"))) {
                return;
            }
            from = m.start("rest");
            state.modelList = true;
        }
        int close = line.text.indexOf(']', from);
        String items = line.text.substring(from, close < 0 ? line.text.length() : close);
        if (!STRINGS_ONLY.matcher(items).matches()) { // not objects, tuples, calls or comprehensions
            state.modelList = false;
            return;
        }
        Matcher item = LIST_ITEM.matcher(items);
        while (item.find()) {
            int start = from + item.start("v");
            int end = from + item.end("v");
            if (line.free(start, end)) {
                taker.take(line, start, end, ReferenceContexts.MODEL_LIST);
            }
        }
        state.modelList &= close < 0;
    }

    /** Quoted strings, commas and a comment only (an item may be a non-name string: it is judged, then left). */
    private static final Pattern STRINGS_ONLY = Pattern.compile("^\\s*(?:([\"'])[^\"']*\\1\\s*,?\\s*)*(?:#.*)?$");
}
