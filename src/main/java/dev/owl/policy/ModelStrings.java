package dev.owl.policy;

import static dev.owl.policy.ReferenceContexts.SEG;
import static dev.owl.policy.ReferenceContexts.VALUE;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * pydantic-ai's ways of naming a model: a quoted {@code provider:model} string ({@code Agent('groq:llama-3.3-70b-versatile')},
 * {@code 'gateway/groq:openai/gpt-oss-120b'}) whose provider is one of the catalog's model-string providers, and a provider
 * model class's first argument ({@code GroqModel('llama-3.3-70b-versatile')}, {@code OllamaModel('qwen3')}). The reference is
 * the model part, of kind api on a hosted provider and self-hosted (an Ollama or Hugging Face name) on a local one.
 */
final class ModelStrings {
    /** A provider model class called with a string first ({@code HuggingFaceModel('Qwen/Qwen3-235B-A22B')}). */
    private static final Pattern MODEL_CLASS = Pattern.compile("\\b(?<c>[A-Z][A-Za-z0-9]*Model)\\(\\s*(?:model_name\\s*=\\s*)?[\"']" + VALUE + "[\"']");

    /** A line that ends by opening such a call, and the string alone that starts the next line ({@code     'DeepSeek-R1-0528',}). */
    private static final Pattern CLASS_OPEN = Pattern.compile("\\b(?<c>[A-Z][A-Za-z0-9]*Model)\\(\\s*$");
    private static final Pattern NEXT_ARGUMENT = Pattern.compile("^\\s*[\"']" + VALUE + "[\"']\\s*(?:,|\\)|$)");

    private final ReferenceRules rules;
    private final ModelNames names;
    /** Provider names, longest first (bedrock-mantle before bedrock); null when the catalog has none. */
    private final List<String> providers;
    private final Pattern modelString;

    ModelStrings(ReferenceRules rules, ModelNames names) {
        this.rules = rules;
        this.names = names;
        Map<String, Boolean> known = rules.modelStringProviders();
        List<String> sorted = new ArrayList<>(known.keySet());
        sorted.sort(new LongestFirst());
        this.providers = List.copyOf(sorted);
        this.modelString = providers.isEmpty() ? null : Pattern.compile("(?<![\\w.-])(?<q>[\"'`])(?:gateway/)?(?<p>"
                + String.join("|", providers.stream().map(Pattern::quote).toList()) + "):(?<v>" + SEG + "(?:/" + SEG + ")*(?::" + SEG + ")?)\\k<q>");
    }

    /** Reads one line; {@code state} carries a provider model class's call opened at the end of the line before. */
    void read(ScannedLine line, ScanState state) {
        String opened = state.modelClassCall;
        state.modelClassCall = null;
        if (opened != null) {
            Matcher a = NEXT_ARGUMENT.matcher(line.text);
            if (a.find()) {
                take(line, a.start("v"), a.start("v"), a.end("v"), opened, "model-class");
            }
        }
        boolean model = line.text.indexOf("Model(") >= 0;
        if (modelString == null || !model && !nameColonName(line.text)) {
            return;
        }
        Matcher m = modelString.matcher(line.text);
        while (m.find()) {
            take(line, m.start("q") + 1, m.start("v"), m.end("v"), m.group("p"), "model-string");
        }
        if (!model) {
            return;
        }
        Matcher open = line.text.stripTrailing().endsWith("Model(") ? CLASS_OPEN.matcher(line.text.stripTrailing()) : null;
        if (open != null && open.find()) {
            state.modelClassCall = classProvider(open.group("c"));
        }
        Matcher c = MODEL_CLASS.matcher(line.text);
        while (c.find()) {
            String provider = classProvider(c.group("c"));
            if (provider != null) {
                take(line, c.start("v"), c.start("v"), c.end("v"), provider, "model-class");
            }
        }
    }

    /** Whether a ':' stands between two letters or digits somewhere ({@code groq:llama}): most lines with a ':' have none. */
    private static boolean nameColonName(String text) {
        for (int i = text.indexOf(':'); i > 0 && i < text.length() - 1; i = text.indexOf(':', i + 1)) {
            if (Character.isLetterOrDigit(text.charAt(i - 1)) && Character.isLetterOrDigit(text.charAt(i + 1))) {
                return true;
            }
        }
        return false;
    }

    /** The provider a model class is named for ({@code groq} for GroqModel, {@code bedrock} for BedrockConverseModel), or null. */
    private String classProvider(String cls) {
        String lower = cls.toLowerCase(Locale.ROOT);
        for (String p : providers) {
            if (lower.startsWith(p.replace("-", ""))) {
                return p;
            }
        }
        return null;
    }

    /** Takes the model part [from, end) of a name whose span starts at {@code start}, when it names an open model. */
    private void take(ScannedLine line, int start, int from, int end, String provider, String context) {
        String model = line.text.substring(from, end);
        boolean local = Boolean.TRUE.equals(rules.modelStringProviders().get(provider));
        if (line.free(start, end) && rules.closed(model)) {
            line.spans.add(new int[] {start, end}); // 'openai:gpt-5': API use of a closed model, not to be read again as a name:tag
            return;
        }
        if (!line.free(start, end) || NameShapes.PLACEHOLDER.matcher(model).find()
                || !names.accept(model, local && model.indexOf('/') < 0 ? "ollama-call" : context, line.text, line.label)) {
            return;
        }
        Reference.Kind kind = !local ? Reference.Kind.API : model.indexOf('/') > 0 ? Reference.Kind.HF_REPO : Reference.Kind.OLLAMA_TAG;
        line.take(start, end, from + 1, model, kind, context);
    }

    /**
     * Longer names first, then A to Z. A class, not {@code Comparator.comparingInt(String::length).reversed()
     * .thenComparing(…)}: that makes lambda classes inside {@code java.util.Comparator}, which owl's class-data archive
     * cannot hold, on every run of {@code license check}.
     */
    static final class LongestFirst implements Comparator<String> {
        @Override
        public int compare(String a, String b) {
            int c = Integer.compare(b.length(), a.length());
            return c != 0 ? c : a.compareTo(b);
        }
    }
}
