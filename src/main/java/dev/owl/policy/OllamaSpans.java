package dev.owl.policy;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A code span on a line that speaks of Ollama holding a name Ollama's library serves and the catalog records ({@code It runs
 * `llama3` using Ollama}, {@code ollama pulls `gemma2`}): the exact name the reader is told to run, also without a size or a tag.
 * A name with a parameter-count tag counts on any line ({@link #PARAM_TAG}).
 * The name needs a digit: a line's bare word ({@code `gpt-oss`}, a provider list's {@code `mistral`}) is a family or a provider.
 * A link's text is left to its target, a span a format's word follows names a chat format.
 */
final class OllamaSpans {
    private static final Pattern SPAN = Pattern.compile("`(?<v>[a-z][a-z0-9.-]*[a-z0-9](?::[a-z0-9][\\w.-]*)?)`");

    /**
     * A parameter-count tag, which only Ollama's library writes after a name ({@code qwen3.5:2b}, {@code kimi-k2:1t-cloud}): such a
     * span names a model on any line, known to the catalog or not. Narrower than {@link NameShapes#SIZE_TAG}, which also takes
     * {@code :latest}, {@code :v2} and quantization tags, as a docker image's or a service's tag may read.
     */
    private static final Pattern PARAM_TAG = Pattern.compile(":\\d+(?:\\.\\d+)?[bmt](?:$|[-_])");

    private OllamaSpans() {}

    static void read(ScannedLine line, ReferenceResolver resolver, ModelNames names) {
        if (line.text.indexOf('`') < 0) {
            return;
        }
        boolean ollama = line.lower.contains("ollama");
        Matcher m = SPAN.matcher(line.text);
        while (m.find()) {
            String v = m.group("v");
            if (!OpenLineSpans.namesNoModel(line.text, m.start(), m.end()) && v.chars().anyMatch(Character::isDigit) && line.free(m.start("v"), m.end("v"))
                    && (ollama && resolver.knows(v, true) || PARAM_TAG.matcher(v).find()) && names.accept(v, "ollama-span", line.text, line.label)) {
                line.take(m.start("v"), m.end("v"), m.start("v") + 1, v, Reference.Kind.OLLAMA_TAG, "ollama-span");
            }
        }
    }
}
