package dev.owl.policy;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Code spans that documentation's prose lists as models, whether or not the catalog knows them: on a line that speaks of
 * models, two or more code spans that start like a model line's name ({@code `glm-5.3`, `glm-5.2`, … models support
 * thinking}, {@code (e.g. `mistral-small-latest`, `mistral-medium-3-5`)}), or one span the sentence calls a model ({@code the
 * `command-a-reasoning-08-2025` model}). A span counts when it carries a version or size digit, is a provider's newest-snapshot
 * alias ({@code -latest}), or is the stem of a sibling span with a digit ({@code `mistral-medium`} beside {@code
 * `mistral-medium-3`}); a tool's name that starts like a family's ({@code `llama-cpp-python`}) has none of these. A link's
 * text is not read: its target names the model.
 */
final class EnumeratedNames {
    private static final Pattern MODELS_WORD = Pattern.compile("\\bmodels?\\b");
    private static final Pattern SPAN_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9._-]{2,79}");

    private final ModelNames names;
    /** The catalog's rules: a closed API model's name (gpt-4o, claude-3-5-sonnet) has no open weights to reference. */
    private final ReferenceRules rules;

    EnumeratedNames(ModelNames names, ReferenceRules rules) {
        this.names = names;
        this.rules = rules;
    }

    void read(ScannedLine line) {
        if (line.text.indexOf('`') < 0 || !line.lower.contains("model") || !MODELS_WORD.matcher(line.lower).find()) {
            return;
        }
        List<int[]> spans = new ArrayList<>();
        int open = line.text.indexOf('`');
        while (open >= 0) {
            int close = line.text.indexOf('`', open + 1);
            if (close < 0) {
                break;
            }
            String v = line.text.substring(open + 1, close);
            boolean linkText = open > 0 && line.text.charAt(open - 1) == '[' && line.text.startsWith("](", close + 1);
            String name = v.substring(v.indexOf('/') + 1);
            boolean shaped = v.indexOf('/') == v.lastIndexOf('/') && (v.indexOf('/') < 0 || SPAN_NAME.matcher(v.substring(0, v.indexOf('/'))).matches());
            if (!linkText && shaped && name.indexOf('-') > 0 && SPAN_NAME.matcher(name).matches() && names.nameLike(name) && !rules.closed(name)) {
                spans.add(new int[] {open + 1, close});
            }
            open = line.text.indexOf('`', close + 1);
        }
        List<int[]> models = new ArrayList<>();
        for (int[] s : spans) {
            String v = line.text.substring(s[0], s[1]);
            if (versioned(v.substring(v.indexOf('/') + 1), line.text, spans)) {
                models.add(s);
            }
        }
        if (models.size() == 1 && !calledModel(line.lower, models.get(0)[1] + 1) && !MODEL_BEFORE.matcher(line.lower.substring(0, models.get(0)[0] - 1)).find()) {
            return;
        }
        for (int[] s : models) {
            String v = line.text.substring(s[0], s[1]);
            if (line.free(s[0], s[1]) && names.accept(v, "enumeration", line.text, line.label)) {
                line.take(s[0], s[1], s[0] + 1, v, names.kindOf(v, Reference.Kind.HF_REPO), "enumeration");
            }
        }
    }

    /** A digit, a newest-snapshot alias, or the stem of a sibling span that has a digit. */
    private static boolean versioned(String v, String text, List<int[]> spans) {
        String lower = v.toLowerCase(Locale.ROOT);
        if (lower.chars().anyMatch(Character::isDigit) || lower.endsWith("-latest")) {
            return true;
        }
        for (int[] s : spans) {
            String sibling = text.substring(s[0], s[1]).toLowerCase(Locale.ROOT);
            if (sibling.startsWith(lower + "-") && sibling.chars().anyMatch(Character::isDigit)) {
                return true;
            }
        }
        return false;
    }

    /** " model." or " model is …" after the span: the sentence calls it a model (not "the `phi-2` model configuration"). */
    private static final Pattern CALLED_MODEL = Pattern.compile("\\s+models?(?:[.,;:)!?]|$|\\s+(?:is|was|does|supports|and|or|in|on|for|with"
            + "|from|to|via|that|which|reasons|can)\\b)");

    /** "The model used is `all-MiniLM-L6-v2`", "the default model is `…`": the sentence says the span is its model. */
    private static final Pattern MODEL_BEFORE = Pattern.compile("\\bmodel(?:\\s+used)?\\s+is\\s*$");

    private static boolean calledModel(String lower, int after) {
        return CALLED_MODEL.matcher(lower).region(after, lower.length()).lookingAt();
    }
}
