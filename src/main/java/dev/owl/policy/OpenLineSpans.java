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
    /** What a span just before these words is: a chat format or template named after its model line ({@code `llava-1-5` chat_format}). */
    private static final Pattern NOT_MODEL_AFTER = Pattern.compile("^\\s*(?:chat[_ ])?(?:format|template|handler|parser)");
    private static final Pattern ABOUT_MODELS = Pattern.compile("\\b(?:models?|embedd(?:er|ers|ing|ings))\\b");

    private OpenLineSpans() {}

    static void read(ScannedLine line, ReferenceRules rules, ModelNames names) {
        if (line.text.indexOf('`') < 0 || !ABOUT_MODELS.matcher(line.lower).find()) {
            return;
        }
        Matcher m = SPAN.matcher(line.text);
        while (m.find()) {
            String v = m.group("v");
            boolean linkText = m.start() > 0 && line.text.charAt(m.start() - 1) == '[' && line.text.startsWith("](", m.end());
            boolean format = NOT_MODEL_AFTER.matcher(line.text.substring(m.end())).find();
            if (!linkText && !format && line.free(m.start("v"), m.end("v")) && rules.open(v) && !rules.closed(v)
                    && names.accept(v, "code-span", line.text, line.label)) {
                line.take(m.start("v"), m.end("v"), m.start("v") + 1, v, names.kindOf(v, Reference.Kind.HF_REPO), "code-span");
            }
        }
    }
}
