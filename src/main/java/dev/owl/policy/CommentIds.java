package dev.owl.policy;

import static dev.owl.policy.ReferenceContexts.SEG;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Hub id alone in the comment that ends a line of code or config setting a value: the id of what the value stands for, as a
 * test suite writes a local mirror's path and the checkpoint it copies ({@code MODEL_ID = "/data/models/Foo-7B"  # "org/Foo-7B"})
 * or a service config an opaque function id and the model behind it ({@code ASR_FUNCTION_ID: 1f2e… # org/asr-model}).
 */
final class CommentIds {
    /** The comment's whole text: one org/name, quoted or not, perhaps with a closing full stop. */
    private static final Pattern ID_COMMENT = Pattern.compile("\\s*[\"'`]?(?<v>" + SEG + "/" + SEG + ")[\"'`]?\\.?\\s*");
    /** The code before the comment sets something: a key or a name, then '=' or ':', then a value. */
    private static final Pattern SETS = Pattern.compile("[\\w\"'\\]]\\s*(?::|=|:=)\\s*\\S");

    private CommentIds() {}

    static void read(ScannedLine line, ModelNames names, ReferenceResolver resolver, ScanState state) {
        CommentNames.read(line, names, resolver, state);
        int at = commentStart(line.text);
        if (at < 0) {
            return;
        }
        Matcher m = ID_COMMENT.matcher(line.text);
        m.region(at, line.text.length());
        if (!m.matches() || !SETS.matcher(line.text.substring(0, at)).find()) {
            return;
        }
        String v = m.group("v");
        if (line.free(m.start("v"), m.end("v")) && NameShapes.hubIdShaped(v, resolver.knows(v, false))
                && names.accept(v, "comment-id", line.text, line.label)) {
            line.take(m.start("v"), m.end("v"), m.start("v") + 1, v, Reference.Kind.HF_REPO, "comment-id");
        }
    }

    /** Where the text of a trailing {@code #} or {@code //} comment starts (after the marker), or -1; not a URL's "//". */
    private static int commentStart(String text) {
        int hash = text.lastIndexOf('#');
        int slashes = text.lastIndexOf("//");
        int at = Math.max(hash, slashes);
        if (at <= 0 || !Character.isWhitespace(text.charAt(at - 1)) || text.indexOf('/', at + 2) < 0) {
            return -1;
        }
        return at == hash ? at + 1 : at + 2;
    }
}
