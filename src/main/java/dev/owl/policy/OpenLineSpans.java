package dev.owl.policy;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A code span that names a model of an open line the catalog lacks by its runtime name, without a size ({@code `nomic-embed-text`},
 * {@code `mxbai-embed-large`}, {@code `snowflake-arctic-embed:latest`}), on a line that speaks of models or embeddings: the name
 * an Ollama or embedder doc tells the reader to use. A family's one word ({@code `granite`}) is a family, not a model: a '-' is needed;
 * a span a format's word follows ({@code `llava-1-5` chat_format}) names a chat format.
 */
final class OpenLineSpans {
    private static final Pattern SPAN = Pattern.compile("`(?<v>[A-Za-z][A-Za-z0-9.]*-[A-Za-z0-9.-]*[A-Za-z0-9](?::[A-Za-z0-9][\\w.-]*)?)`");
    /**
     * What a span just before these words is: a chat format, template or parser named after its model line ({@code `llava-1-5`
     * chat_format}), a provider or profile named after its runtime ({@code `ollama` provider}).
     */
    private static final Pattern NOT_MODEL_AFTER = Pattern.compile("^\\s*(?:chat[_ ])?(?:format|template|handler|parser|provider|profile)");
    private static final Pattern ABOUT_MODELS = Pattern.compile("\\b(?:models?|embedd(?:er|ers|ing|ings))\\b");

    private OpenLineSpans() {}

    /**
     * Whether the code span at [start, end) of a line names no model whatever it spells: a link's text (its target is what the link
     * names), or a span a format's, parser's or provider's word follows.
     */
    static boolean namesNoModel(String text, int start, int end) {
        boolean linkText = start > 0 && text.charAt(start - 1) == '[' && text.startsWith("](", end);
        return linkText || NOT_MODEL_AFTER.matcher(text.substring(end)).find();
    }

    static void read(ScannedLine line, ReferenceRules rules, ModelNames names) {
        if (line.text.indexOf('`') < 0 || !ABOUT_MODELS.matcher(line.lower).find()) {
            return;
        }
        Matcher m = SPAN.matcher(line.text);
        while (m.find()) {
            String v = m.group("v");
            if (!namesNoModel(line.text, m.start(), m.end()) && line.free(m.start("v"), m.end("v")) && rules.open(v) && !rules.closed(v)
                    && names.accept(v, "code-span", line.text, line.label)) {
                line.take(m.start("v"), m.end("v"), m.start("v") + 1, v, names.kindOf(v, Reference.Kind.HF_REPO), "code-span");
            }
        }
    }
}
