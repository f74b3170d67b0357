package dev.owl.policy;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Hub ids a Markdown table row spells as whole cells ({@code | Phi-4 | Prompt | microsoft/phi-4 |}), read beside the row's
 * model column: a bare cell that is an id's repo name names that model, and an id that glues a word which is no part of a model's
 * name onto the row's own model ({@code microsoft/Phi-4-mini-instruct-FC}, {@code qwen/qwq-32b-novita}: a leaderboard's handler for
 * a mode or a provider) is the table's label for the row, not a repository.
 */
final class RowIds {
    /**
     * A whole cell that is an {@code org/name} id, maybe in a code span (no braces: {@code org/Model-{8B,70B}} is a template); a
     * name has a digit or a '-', and both parts two characters or more ({@code N/A}, {@code tokens/s} are no ids).
     */
    private static final Pattern ID_CELL = Pattern.compile("^\\s*`?(?<v>[A-Za-z0-9][\\w.-]+/(?=[\\w.]*[-\\d])[A-Za-z0-9][\\w.-]+)`?\\s*$");
    /**
     * A word that is part of models' names (a variant, a size, a version, a quantisation, a format): an id that ends in one is a
     * model of its own ({@code Qwen/Qwen3-4B-Instruct} beside {@code Qwen3-4B}, {@code TheBloke/Llama-2-7B-AWQ}).
     */
    private static final Pattern MODEL_WORD = Pattern.compile("(?i)instruct|chat|base|it|hf|vision|vl|coder|code|math|preview|exp|think|thinking"
            + "|reasoning|distill|turbo|mini|small|medium|large|lite|pro|plus|max|dpo|sft|rl|awq|gptq|gguf|mlx|exl2|onnx|bnb|fp|int|nf|bf|fast"
            + "|.*\\d.*");

    /** One id cell of a row: where it is and what it says. */
    record Id(int start, int end, String id) {
        String repoName() {
            return id.substring(id.indexOf('/') + 1);
        }
    }

    private RowIds() {}

    /** The row's cells that are whole {@code org/name} ids. */
    static List<Id> of(String row) {
        List<Id> ids = new ArrayList<>();
        int at = row.indexOf('|');
        while (at >= 0) {
            int next = row.indexOf('|', at + 1);
            if (next < 0) {
                break;
            }
            Matcher m = ID_CELL.matcher(row.substring(at + 1, next));
            if (m.matches()) {
                ids.add(new Id(at + 1 + m.start("v"), at + 1 + m.end("v"), m.group("v")));
            }
            at = next;
        }
        return ids;
    }

    /** Whether some cell of the row is an id whose repo name is {@code cell} (any case). */
    static boolean repoNamed(List<Id> ids, String cell) {
        for (Id id : ids) {
            if (id.repoName().equalsIgnoreCase(cell)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the row links the Hub page of a repo whose name is {@code cell} (any case). */
    static boolean linksRepo(String row, String cell) {
        return Pattern.compile("(?i)(?:huggingface\\.co|hf\\.co)/[\\w.-]+/" + Pattern.quote(cell) + "(?![\\w.-])").matcher(row).find();
    }

    /** The id that labels the row's model {@code cell} with a word no model's name has, or null. */
    static Id label(List<Id> ids, String cell) {
        String c = cell.toLowerCase(Locale.ROOT) + "-";
        for (Id id : ids) {
            String whole = id.id().toLowerCase(Locale.ROOT);
            String name = whole.substring(whole.indexOf('/') + 1);
            String rest = whole.startsWith(c) ? whole.substring(c.length()) : name.startsWith(c) ? name.substring(c.length()) : null;
            if (rest != null && labelWords(rest)) {
                return id;
            }
        }
        return null;
    }

    private static boolean labelWords(String rest) {
        for (String w : rest.split("-", -1)) {
            if (w.isEmpty() || !w.chars().allMatch(Character::isLetter) || MODEL_WORD.matcher(w).matches()) {
                return false;
            }
        }
        return true;
    }
}
