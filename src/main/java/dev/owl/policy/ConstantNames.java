package dev.owl.policy;

import static dev.owl.policy.ReferenceContexts.VALUE;

import dev.owl.input.Names;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A constant named after the model it holds ({@code public static final String LLAMA_3_1 = "llama3.1";}, {@code QWEN2_5_7B =
 * "qwen2.5:7b"}): a program's own name for a model it runs, used by other files ({@code .modelName(LLAMA_3_1)}); the
 * identifier spells the value, so the value is a model and not a label or a path. The identifier is upper case and the
 * value has a digit (a family word alone, {@code LLAMA = "llama"}, is a vocabulary word).
 */
final class ConstantNames {
    private static final Pattern CONSTANT = Pattern.compile("(?<![\\w.$])(?<k>[A-Z][A-Z0-9_]*[A-Z0-9])\\s*(?::\\s*[A-Za-z]\\w*\\s*)?=\\s*(?<q>[\"'])"
            + VALUE + "\\k<q>\\s*[;,]?\\s*(?://.*|#.*)?$");

    private ConstantNames() {}

    static void read(ScannedLine line, ModelNames names) {
        if (line.text.indexOf('=') < 0) {
            return;
        }
        Matcher m = CONSTANT.matcher(line.text);
        if (!m.find() || !line.free(m.start("v"), m.end("v"))) {
            return;
        }
        String v = m.group("v");
        String spelled = Names.spelling(v.substring(v.lastIndexOf('/') + 1));
        if (!v.chars().anyMatch(Character::isDigit) || !spelled.equals(Names.spelling(m.group("k"))) || !names.nameLike(v)
                || !names.accept(v, "constant", line.text, line.label)) {
            return;
        }
        line.take(m.start("v"), m.end("v"), m.start("v") + 1, v, names.kindOf(v, Reference.Kind.HF_REPO), "constant");
    }
}
