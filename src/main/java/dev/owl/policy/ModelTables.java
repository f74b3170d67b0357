package dev.owl.policy;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dicts keyed by model names, found before a file's lines are read: a client's capability table keyed by Ollama library
 * names ({@code "codegemma": {…}}, {@code "qwen2.5vl:7b": 128000}), a pointer table from short names to API names
 * ({@code "llama-4-scout": "Llama-4-Scout-17B-16E-Instruct-FP8"}). A dict is a model table when most of its keys (at one
 * indentation, nested values aside) read as model names, open or closed; then every key of it names a model, including
 * the ones the catalog does not know, as a table of such names is written to list them.
 */
final class ModelTables {
    /** A quoted key at the start of a line, then ':' and the value (Python, JSON, JavaScript). */
    private static final Pattern ENTRY = Pattern.compile(
            "^(?<i>\\s*)(?<q>[\"'])(?<v>[A-Za-z0-9][A-Za-z0-9._:/\\-]*)\\k<q>\\s*:\\s*(?<rest>.*)$");
    /** A value that is itself a quoted name (a pointer table's target). */
    static final Pattern NAME_VALUE = Pattern.compile("^(?<q>[\"'])(?<v>[A-Za-z0-9][A-Za-z0-9._:/\\-]*)\\k<q>\\s*,?\\s*(?:(?:#|//).*)?$");
    /**
     * A key that glues a family's name to a size ({@code "Llama7B"}, {@code "Falcon180B"}: a benchmark's shapes per model size), a
     * label written for a table and no runtime's or hub's name for a model, which keep a separator or a tag before the size.
     */
    private static final Pattern GLUED_SIZE = Pattern.compile("[A-Za-z]+\\d+(?:\\.\\d+)?[BbMm]");
    /**
     * A family's word, maybe with its generation and a config's model_type words ({@code llama}, {@code phi3}, {@code qwen3_moe}, {@code qwen2_5_vl}): a
     * dict whose name-like keys are all such words is keyed by architecture, prompt format or tokenizer ({@code "llama":
     * LlamaForCausalLM}, {@code "llama3": PromptFormat_llama3}), not by models; a table of models names at least one by size,
     * version, variant or tag.
     */
    private static final Pattern FAMILY = Pattern.compile("[A-Za-z]+\\d*(?:_[a-z0-9]+)*");
    /** A table needs this many keys that read as model names, and they must be at least half of its keys. */
    static final int MIN_NAMES = 3;

    private ModelTables() {}

    /** The entry at a line of a model table: where its key is, and its value's text. */
    record Entry(int keyStart, int keyEnd, String key, String rest, int restStart) {}

    /** The entries of every model table among the lines (index into {@code texts}), given what reads as a model name. */
    static Map<Integer, Entry> entries(List<String> texts, Predicate<String> nameLike) {
        Map<Integer, Entry> tables = new TreeMap<>();
        TreeMap<Integer, List<Integer>> open = new TreeMap<>(); // indentation -> entry lines of the dict being read there
        Map<Integer, Entry> seen = new TreeMap<>();
        for (int i = 0; i < texts.size(); i++) {
            String t = texts.get(i);
            int indent = indent(t);
            if (indent == t.length()) {
                continue; // blank
            }
            char first = t.charAt(indent);
            Matcher m = first == '"' || first == '\'' ? ENTRY.matcher(t) : null;
            boolean entry = m != null && m.matches();
            boolean keeps = first == '}' || first == ']' || first == ')' || first == '#' || t.startsWith("//", indent);
            // a line at a smaller indentation ends the dicts opened deeper; at the same one, anything but an entry,
            // a closing bracket or a comment ends that dict too
            for (Integer d : new ArrayList<>(open.tailMap(indent, !(entry || keeps)).keySet())) {
                close(open.remove(d), seen, nameLike, tables);
            }
            if (entry) {
                seen.put(i, new Entry(m.start("v"), m.end("v"), m.group("v"), m.group("rest"), m.start("rest")));
                open.computeIfAbsent(indent, d -> new ArrayList<>()).add(i);
            }
        }
        open.values().forEach(lines -> close(lines, seen, nameLike, tables));
        return tables;
    }

    /** A model table's key, and its value when that is a name too (a pointer table's target): each names a model. */
    static void take(ScannedLine line, Entry e, ModelNames names) {
        if (line.free(e.keyStart(), e.keyEnd()) && names.tableName(e.key()) && !GLUED_SIZE.matcher(e.key()).matches()) {
            line.take(e.keyStart(), e.keyEnd(), e.keyStart() + 1, e.key(), names.kindOf(e.key(), Reference.Kind.HF_REPO), "model-table");
        }
        Matcher v = NAME_VALUE.matcher(e.rest());
        if (v.matches() && names.nameLike(v.group("v")) && names.tableName(v.group("v"))) {
            int start = e.restStart() + v.start("v");
            if (line.free(start, start + v.group("v").length())) {
                line.take(start, start + v.group("v").length(), start + 1, v.group("v"), names.kindOf(v.group("v"), Reference.Kind.HF_REPO),
                        "model-table");
            }
        }
    }

    private static void close(List<Integer> lines, Map<Integer, Entry> seen, Predicate<String> nameLike, Map<Integer, Entry> tables) {
        if (lines.size() < MIN_NAMES) {
            return;
        }
        int names = 0;
        boolean familiesOnly = true;
        for (int line : lines) {
            String key = seen.get(line).key();
            if (nameLike.test(key)) {
                names++;
                familiesOnly &= FAMILY.matcher(key).matches();
            }
        }
        if (names >= MIN_NAMES && names * 2 >= lines.size() && !familiesOnly) {
            lines.forEach(line -> tables.put(line, seen.get(line)));
        }
    }

    private static int indent(String t) {
        int i = 0;
        while (i < t.length() && (t.charAt(i) == ' ' || t.charAt(i) == '\t')) {
            i++;
        }
        return i;
    }
}
