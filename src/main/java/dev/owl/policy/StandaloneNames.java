package dev.owl.policy;

import static dev.owl.policy.NameShapes.quoted;
import static dev.owl.policy.NameShapes.trim;
import static dev.owl.policy.ReferenceContexts.SEG;
import static dev.owl.policy.ReferenceContexts.VALUE;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names that stand without a context saying they are models, taken for what they are: a hosting platform's prefixed id,
 * an org/name or name:tag the catalog knows, a quoted org/name shaped like a model's, a bare catalog name in quotes.
 */
final class StandaloneNames {
    /** Any org/name or name:tag token, accepted only when the catalog knows it; not a path under a shell variable ({@code $PWD/…}). */
    private static final Pattern TOKEN = Pattern.compile("(?<![\\w./:@$}-])" + VALUE);

    private final ReferenceResolver resolver;
    private final ModelNames names;
    /** Hosting platforms' prefixes (lower case) and a name that starts with one anywhere in a line (null: none). */
    private final List<String> hostedPrefixes;
    private final Pattern hostedName;

    StandaloneNames(ReferenceResolver resolver, ModelNames names) {
        this.resolver = resolver;
        this.names = names;
        this.hostedPrefixes = resolver.rules().hosted().prefixesLongestFirst();
        // a client library's provider prefix may stand before the platform's (LiteLLM's cloudflare/@cf/meta/…)
        String providers = String.join("|", resolver.rules().providers().keySet().stream().sorted().map(Pattern::quote).toList());
        this.hostedName = hostedPrefixes.isEmpty() ? null : Pattern.compile("(?i)(?<![\\w.@/-])(?<v>"
                + (providers.isEmpty() ? "" : "(?:(?:" + providers + ")/)?") + "(?:"
                + String.join("|", hostedPrefixes.stream().map(Pattern::quote).toList()) + ")/" + SEG + "(?:/" + SEG + ")?)(?![\\w/@-])");
    }

    /**
     * A name that starts with a hosting platform's prefix, wherever it stands (code, a docstring, a code span, a link's
     * text, after agno's "cloudflare:"): the prefix says it is a model id ({@code @cf/google/gemma-4-26b-a4b-it}).
     */
    void hostedNames(ScannedLine line) {
        boolean any = false;
        for (String p : hostedPrefixes) {
            any |= line.lower.contains(p);
        }
        Matcher m = any ? hostedName.matcher(line.text) : null;
        while (m != null && m.find()) {
            String v = trim(m.group("v"));
            if (line.free(m.start("v"), m.end("v")) && names.accept(v, "hosted-name", line.text, line.label)) {
                line.take(m.start("v"), m.end("v"), m.start("v") + 1, v, Reference.Kind.API, "hosted-name");
            }
        }
    }

    /**
     * Any other org/name or name:tag the catalog knows exactly (or as a re-upload), and a quoted or code-span org/name
     * (or, outside documentation's prose, any org/name) whose name carries a parameter count ({@code "Qwen/Qwen3-0.6B"} as a positional argument, {@code `org/Model-7B`} in prose),
     * and an org/name that is a whole cell of a table about models ({@code | Embedding |} over {@code | org/embed-v5 |}).
     */
    void knownNames(ScannedLine line, boolean modelTableRow, boolean prose) {
        if (line.text.indexOf('/') < 0 && line.text.indexOf(':') < 0) {
            return;
        }
        Matcher t = TOKEN.matcher(line.text);
        while (t.find()) {
            String v = trim(t.group("v"));
            if ((v.indexOf('/') > 0 || v.indexOf(':') > 0) && line.free(t.start("v"), t.end("v"))
                    && v.indexOf('/') == v.lastIndexOf('/')) {
                boolean ollama = v.indexOf('/') < 0;
                if (NameShapes.DATASET_NAME.matcher(v).find() || NameShapes.dataValue(line.text, t.start("v"))) {
                    continue; // sergiopaniego/qwen3-14b-unsloth-bnb-4bit-SFT-dataset: a dataset named after its model
                }
                if (!ollama && NameShapes.localCopy(v) || ollama && prose && !v.equals(v.toLowerCase(java.util.Locale.ROOT))
                        && !quoted(line.text, t.start("v"), t.end("v"))) {
                    continue; // "running Mistral:7B on Arc": prose about a model; an Ollama tag is written in lower case
                }
                if (resolver.knows(v, ollama)) {
                    Reference.Kind kind = ollama ? Reference.Kind.OLLAMA_TAG
                            : resolver.isProviderId(v) && !resolver.isRepo(v) || resolver.hostedSpelling(v) ? Reference.Kind.API
                            : Reference.Kind.HF_REPO;
                    line.take(t.start("v"), t.end("v"), t.start("v") + 1, v, kind, "known-name");
                } else if (ollama && names.ollamaTagged(v, line.lower.contains("ollama")) && names.accept(v, "ollama-tag", line.text, line.label)) {
                    line.take(t.start("v"), t.end("v"), t.start("v") + 1, v, Reference.Kind.OLLAMA_TAG, "ollama-tag");
                } else if (!ollama && names.providerRouted(v) && names.accept(v, "provider-name", line.text, line.label)) {
                    line.take(t.start("v"), t.end("v"), t.start("v") + 1, v, names.routedKind(v), "provider-name");
                } else if (!ollama && classNamedForIt(line.text, t.start("v"), v) && names.accept(v, "model-class", line.text, line.label)) {
                    line.take(t.start("v"), t.end("v"), t.start("v") + 1, v, Reference.Kind.HF_REPO, "model-class");
                } else if (!ollama && alternative(line, t.start("v")) && names.nameLike(v) && names.accept(v, "comment-alternative", line.text, line.label)) {
                    line.take(t.start("v"), t.end("v"), t.start("v") + 1, v, Reference.Kind.HF_REPO, "comment-alternative");
                } else if (!ollama && !NameShapes.folderValue(line.text, t.start("v")) && (names.modelShaped(v, quoted(line.text, t.start("v"), t.end("v")), prose)
                        || modelTableRow && quoted(line.text, t.start("v"), t.end("v")) && line.text.charAt(t.start("v") - 1) == '`'
                        || modelTableRow && TableColumns.wholeCell(line.text, t.start("v"), t.end("v")) && TableColumns.idShaped(v)
                        || names.knownOrgId(v, AFTER_MODEL_WORD.matcher(line.text.substring(Math.max(0, t.start("v") - 8), t.start("v"))).find()))
                        && names.accept(v, "model-shaped", line.text, line.label)) {
                    line.take(t.start("v"), t.end("v"), t.start("v") + 1, v, Reference.Kind.HF_REPO, "model-shaped");
                }
            }
        }
    }

    /** The word "model" just before a name ({@code validated with model org/name}, {@code Model: `org/name`}). */
    private static final Pattern AFTER_MODEL_WORD = Pattern.compile("(?i)\\bmodel:?\\s+[`\"']?$");

    /** A class call just before a quoted name: {@code SantaCoder("}. */
    private static final Pattern CLASS_CALL = Pattern.compile("\\b([A-Z][A-Za-z0-9]{3,})\\(\\s*[\"']$");

    /**
     * A quoted org/name passed to a class named for it: a server's model class loading its model ({@code
     * SantaCoder("bigcode/santacoder")}, {@code Phi3("microsoft/Phi-3-mini-4k-instruct")}).
     */
    private static boolean classNamedForIt(String text, int start, String v) {
        if (start < 5 || text.charAt(start - 1) != '"' && text.charAt(start - 1) != '\'' || text.charAt(start - 2) != '(' && text.charAt(start - 2) != ' ') {
            return false;
        }
        Matcher m = CLASS_CALL.matcher(text.substring(Math.max(0, start - 60), start));
        if (!m.find()) {
            return false;
        }
        String name = v.substring(v.indexOf('/') + 1).replaceAll("[^A-Za-z0-9]", "").toLowerCase(java.util.Locale.ROOT);
        return name.startsWith(m.group(1).toLowerCase(java.util.Locale.ROOT));
    }

    /**
     * In the comment after code that named a model on this line: another model offered in its place ({@code model_id =
     * "HuggingFaceM4/Idefics3-8B-Llama3"  # or "HuggingFaceTB/SmolVLM-Instruct"}, a stand-in's original {@code # Qwen/Qwen3-…}).
     */
    private static boolean alternative(ScannedLine line, int at) {
        int hash = line.text.lastIndexOf(" #", at);
        if (hash < 0) {
            return false;
        }
        for (int[] s : line.spans) {
            if (s[1] <= hash) {
                return true;
            }
        }
        return false;
    }

    /**
     * A bare name alone in a string literal, code span or link text that the catalog knows with its size (an id, an alias, a catalog
     * repo's name, less a quantization suffix: {@code `gpt-oss-120b`}, {@code "llama-4-scout-17b-16e-instruct"}); in a code
     * span also an unknown sized name that starts like a catalog model's ({@code `qwen2.5-7b-instruct-1m`}).
     */
    void quotedBareNames(ScannedLine line, boolean modelTableRow) {
        for (int k = 0; k < QUOTES.length; k++) {
            char q = QUOTES[k];
            int open = line.text.indexOf(q);
            while (open >= 0) {
                if (q == '`' && line.text.startsWith("``", open)) {
                    open++; // reStructuredText's inline literal (``Llama-2-7B``): the inner pair of backticks is the span
                }
                int close = line.text.indexOf(CLOSERS[k], open + 1);
                if (close < 0) {
                    break;
                }
                // a link to a Hugging Face page already gave its repo: its text names the same model (one reference)
                boolean link = q != '[' || close + 2 < line.text.length() && line.text.charAt(close + 1) == '('
                        && line.free(close + 2, close + 3);
                if (link && bareShape(line.text, open + 1, close) && line.free(open + 1, close) && !displayName(line.text, open)) {
                    String v = line.text.substring(open + 1, close);
                    boolean known = resolver.bare(v).model() != null;
                    // a model table's cell (| `Hermes-4-70B` | 128k |) names a model when it reads as a sized one
                    boolean cell = modelTableRow && q == '`' && line.text.lastIndexOf('|', open) >= 0;
                    if ((known || q == '`' && (names.sizedLikeCatalog(v) || openLineInProse(line, v, open, close)) || cell)
                            && names.accept(v, cell ? "table-cell" : "quoted-name",
                            line.text, line.label)) {
                        line.take(open + 1, close, open + 2, v, names.kindOf(v, Reference.Kind.HF_REPO), known ? "known-name" : "code-span");
                    }
                } else if (q != '[' && close - open <= 20 && line.free(open + 1, close) && VERSIONED_TAG.matcher(line.text).region(open + 1, close).matches()) {
                    String v = line.text.substring(open + 1, close);
                    // a template's lookup key ({{model_dict.get("llama3.2")["tag"]}}) is a template piece, not the model
                    boolean template = line.text.lastIndexOf("{{", open) > line.text.lastIndexOf("}}", open);
                    // a value, not a dict's key ("llama3.2": {"aliases": …} keys a table of labels)
                    boolean key = line.text.substring(close + 1).stripLeading().startsWith(":");
                    if (!template && !key && resolver.knows(v, true) && names.accept(v, "quoted-name", line.text, line.label)) {
                        line.take(open + 1, close, open + 2, v, Reference.Kind.OLLAMA_TAG, "known-name");
                    }
                }
                open = line.text.indexOf(q, q == '`' && line.text.startsWith("``", close) ? close + 2 : close + 1);
            }
        }
        OpenLineSpans.read(line, resolver.rules(), names);
        OllamaSpans.read(line, resolver, names);
    }

    /**
     * An Ollama library name with a dotted version and no tag ({@code "llama3.2"}, {@code 'qwen2.5'}, {@code `phi3.5`}): quoted
     * whole, and known to the catalog, it names that model on any line. No architecture, template or parser name is spelled so
     * (theirs are {@code qwen2}, {@code llama3_json}).
     */
    private static final Pattern VERSIONED_TAG = Pattern.compile("[a-z]+\\d+(?:\\.\\d+)+");

    /** The word "model" or "models" on its own (not model_configs). */
    private static final Pattern MODELS_WORD = Pattern.compile("\\bmodels?\\b");

    /**
     * A code span naming a sized member of an open model line the catalog lacks, on a line that speaks of models ("other vision
     * models are available, for example `smolvlm2-2.2b-instruct`"), and not a link's text (its target is what the link names).
     */
    private boolean openLineInProse(ScannedLine line, String v, int open, int close) {
        String t = line.text;
        boolean linkText = open > 0 && t.charAt(open - 1) == '[' && t.startsWith("](", close + 1);
        return !linkText && NameShapes.PARAM_SIZE.matcher(v).find() && resolver.rules().open(v) && MODELS_WORD.matcher(line.lower).find();
    }

    private static final Pattern DISPLAY_KEY = Pattern.compile("(?i)(?<![\\w-])[\"']?(?:title|display[-_]?name|label|(?:container|endpoint|deployment|service|pod|job)[-_]?name)[\"']?\\s*[:=]\\s*$");

    /**
     * A value of a display key ({@code "title": "Qwen2.5-Coder-32B-Instruct"}) or of a thing's own name ({@code container_name =
     * "llama3-8B-Instruct"}, an endpoint's or a deployment's): a name shown to people or given to a container, not the model id beside it.
     */
    private static boolean displayName(String text, int open) {
        return open > 0 && DISPLAY_KEY.matcher(text.substring(Math.max(0, open - 40), open)).find();
    }

    /** String literals, code spans, and a Markdown link's text ({@code [gemma-4-26b-a4b-it](https://…/gemma-4-26b-a4b-it/)}). */
    private static final char[] QUOTES = {'`', '"', '\'', '['};
    private static final char[] CLOSERS = {'`', '"', '\'', ']'};

    /** Letters, digits, '.', '_' and '-' only, starting with a letter, with a digit and a '-': a bare name, cheaply. */
    private static boolean bareShape(String text, int start, int end) {
        if (end - start < 4 || end - start > 80 || !Character.isLetter(text.charAt(start))) {
            return false;
        }
        boolean digit = false;
        boolean dash = false;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                digit = true;
            } else if (c == '-') {
                dash = true;
            } else if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '.' || c == '_')) {
                return false;
            }
        }
        return digit && dash;
    }
}
