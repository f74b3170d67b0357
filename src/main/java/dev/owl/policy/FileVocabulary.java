package dev.owl.policy;

import static dev.owl.policy.NameShapes.quoted;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntPredicate;
import java.util.function.IntUnaryOperator;

/**
 * Names a file already uses as models, found again elsewhere in the same file: a Modelfile's tag in a later comment, a table
 * key named in the comment above the table ({@code # … + phi4, deepseek-r1}), the tag an article's setup step pulls, named
 * again in its code ({@code GetChatClient("dolphincoder:latest")}). Only names too specific to be words (with a digit, a tag
 * or an owner) are looked for; in documentation only inside quotes or code spans, as prose there does not name models.
 */
final class FileVocabulary {
    /** No more names than this are looked for per file: a file that names more is a list, read line by line already. */
    static final int MAX_NAMES = 200;

    private FileVocabulary() {}

    /**
     * Adds a reference for each whole-word occurrence, on a line that does not already have one, of a name that the
     * file's references from index {@code from} of {@code out} use; {@code lineNumber} maps an index of {@code texts} to its line,
     * {@code spansOnly} says which lines are documentation.
     */
    static void extend(List<String> texts, IntUnaryOperator lineNumber, List<Reference> out, int from, IntPredicate spansOnly,
            ScanState state) {
        Set<String> outputs = state.outputs;
        Map<String, Reference> names = new LinkedHashMap<>();
        Map<String, Reference> shortNames = new LinkedHashMap<>();
        Set<String> taken = new HashSet<>(state.labels);
        for (Reference r : out.subList(from, out.size())) {
            taken.add(r.line() + " " + r.lowerText());
            if (specific(r.text()) && names.size() < MAX_NAMES && !outputs.contains(r.lowerText())) {
                names.putIfAbsent(r.text(), r);
                String name = r.text().substring(r.text().indexOf('/') + 1);
                // an Ollama route's name is the library's whole name even without a size (ollama/codestral: `codestral`);
                // not a folder the file saves to (save_pretrained("distilbert-…-ov-fp32") beside helenai/distilbert-…-ov-fp32)
                if (r.text().indexOf('/') > 0 && name.indexOf('/') < 0 && name.indexOf(':') < 0 && (name.chars().anyMatch(Character::isDigit) || shortKind(r) == Reference.Kind.OLLAMA_TAG)
                        && name.length() >= 6 && !outputs.contains(name.toLowerCase(java.util.Locale.ROOT))) {
                    shortNames.putIfAbsent(name, r);
                }
            }
        }
        List<Reference> found = new ArrayList<>();
        boolean program = out.size() > from && PROGRAM.matcher(out.get(from).file()).find();
        boolean fenced = false;
        for (int i = 0; i < texts.size() && !names.isEmpty(); i++) {
            String t = texts.get(i);
            boolean fence = spansOnly.test(i) && PrintedLists.FENCE.matcher(t).matches();
            fenced ^= fence;
            if (t.length() > 10_000 || fence) {
                continue;
            }
            // in code, and in documentation's fenced blocks, a comment's name is an identifier; a fenced block's line that is only a
            // name, or a printed "Model: name", is a tool's output naming the model it ran
            boolean comment = !(spansOnly.test(i) && !fenced) && COMMENT.matcher(t).lookingAt();
            boolean unquoted = spansOnly.test(i) ? fenced && (comment || PRINTED.matcher(t).matches()) : true;
            boolean shortUnquoted = comment || unquoted && spansOnly.test(i);
            boolean code = program && !spansOnly.test(i);
            int line = lineNumber.applyAsInt(i);
            if (state.titleLines.contains(line)) {
                continue; // a title or a display label (DocTitles) names no model, though it spells one the file uses
            }
            for (Reference r : names.values()) {
                find(t, r.text(), !unquoted, code).ifPresent(at -> {
                    if (taken.add(line + " " + r.lowerText())) {
                        found.add(new Reference(r.file(), line, at + 1, r.text(), r.kind(), null, "same-file"));
                    }
                });
            }
            // a repo's own name, quoted, in a code span (`zephyr-7b-beta` where the file loads HuggingFaceH4/zephyr-7b-beta) or in a
            // code comment (# Download Kimi-K2.5, above the line that downloads moonshotai/Kimi-K2.5)
            shortNames.forEach((name, r) -> find(t, name, !shortUnquoted, code).ifPresent(at -> {
                if (!taken.contains(line + " " + r.lowerText()) && taken.add(line + " " + name.toLowerCase(java.util.Locale.ROOT))) {
                    found.add(new Reference(r.file(), line, at + 1, name, shortKind(r), null, "same-file"));
                }
            }));
        }
        out.addAll(found);
    }

    /**
     * The kind of a repo's own name found again: an Ollama route's name ({@code gemma2} where the file runs {@code ollama/gemma2},
     * LiteLLM's and Open Interpreter's spelling) is the Ollama library's name, as the route says; any other keeps the repo's kind.
     */
    private static Reference.Kind shortKind(Reference r) {
        String org = r.lowerText().substring(0, Math.max(0, r.lowerText().indexOf('/')));
        return org.equals("ollama") || org.equals("ollama_chat") ? Reference.Kind.OLLAMA_TAG : r.kind();
    }

    /** A line that is one value, maybe after a short label: {@code smollm:135m}, {@code Model: gpt2}. */
    private static final java.util.regex.Pattern PRINTED = java.util.regex.Pattern.compile("\\s*(?:[A-Za-z][\\w .-]{0,30}:\\s+)?\\S+\\s*");
    /** A line of code that is a comment: {@code # …}, {@code // …}. */
    private static final java.util.regex.Pattern COMMENT = java.util.regex.Pattern.compile("\\s*(?:#|//)");

    /** Where {@code name} stands as a whole word in {@code t} ({@code quotedOnly}: inside quotes or a code span), or empty. */
    private static java.util.Optional<Integer> find(String t, String name, boolean quotedOnly, boolean code) {
        int at = t.indexOf(name);
        while (at >= 0) {
            int end = at + name.length();
            if (whole(t, at, end) && (quotedOnly ? quoted(t, at, end) : !(code && variable(t, at, end))) && !NameShapes.folderValue(t, at)) {
                return java.util.Optional.of(at);
            }
            at = t.indexOf(name, at + 1);
        }
        return java.util.Optional.empty();
    }

    /** An identifier's spelling: a variable, function or attribute can be named like a model ({@code gpt2 = models.Transformers("gpt2")}). */
    private static final java.util.regex.Pattern IDENTIFIER = java.util.regex.Pattern.compile("[A-Za-z_]\\w*");
    /** A program's source, where a model's name is a string and a bare word is an identifier (a notebook's code cells too). */
    private static final java.util.regex.Pattern PROGRAM = java.util.regex.Pattern.compile("(?i)\\.(?:py|ipynb|js|mjs|cjs|ts|tsx|jsx|java|kt|go|rs|rb|swift|cs|scala|php)$");

    /**
     * Whether the name stands in a program's code as an identifier ({@code gpt2 + "…"}, {@code gpt2.generate(…)}): spelt as one,
     * unquoted and before any comment on the line.
     */
    private static boolean variable(String t, int at, int end) {
        int comment = t.indexOf('#');
        int slashes = t.indexOf("//");
        return IDENTIFIER.matcher(t).region(at, end).matches() && !quoted(t, at, end) && (comment < 0 || comment > at)
                && (slashes < 0 || slashes > at);
    }

    /** A name with a digit, a tag or an owner ({@code phi4}, {@code llava:latest}, {@code org/name}) or long and hyphenated, not a bare word. */
    static boolean specific(String name) {
        return name.length() >= 4 && (name.indexOf(':') > 0 || name.indexOf('/') > 0 || name.chars().anyMatch(Character::isDigit))
                || name.length() >= 10 && name.indexOf('-') > 0; // mistral-small-latest: two words joined are no word of prose
    }

    /** Not part of a longer name: no name character on either side (a sentence's full stop after it is fine). */
    private static boolean whole(String t, int start, int end) {
        if (start > 0 && nameChar(t.charAt(start - 1))) {
            return false;
        }
        if (end >= t.length()) {
            return true;
        }
        char c = t.charAt(end);
        return !(nameChar(c) && c != '.') && !(c == '.' && end + 1 < t.length() && Character.isLetterOrDigit(t.charAt(end + 1)));
    }

    private static boolean nameChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '-' || c == '.' || c == '/' || c == ':' || c == '@';
    }
}
