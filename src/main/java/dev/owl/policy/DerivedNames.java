package dev.owl.policy;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names a file reads as data or writes as output, found by looking past the line they stand on: the ids of a call that says
 * {@code repo_type="dataset"} (or {@code --repo-type dataset}) on any of its lines, and of a {@code load_dataset(} call over
 * several lines, with the variable such a call is given as {@code repo_id=} (its assignment above), and what a {@code push_to_hub(}
 * call is given (a push target, read the same way); and a quantization
 * script's output folder, named {@code model_id.split("/")[-1] + "-FP8-Dynamic"}, whose suffix marks the bare names the file
 * then loads, serves or evaluates ({@code `Meta-Llama-3-8B-Instruct-FP8-Dynamic`}, {@code pretrained=gemma-4-12B-it-FP8-RTN}).
 * A dataset's name is a dataset on every line of the file; a name the catalog knows stays a model. A script's variable used
 * only inside paths ({@code MODEL=llama-2-7b}, then {@code /dataset/llama2-hf/$MODEL}) holds a folder's name.
 */
final class DerivedNames {
    /** How far a call's parentheses are followed across lines. */
    private static final int MAX_CALL_LINES = 30;
    private static final Pattern DATASET_TYPE = Pattern.compile("(?i)repo[-_]type[\"']?\\s*[=:\\s]\\s*[\"']?datasets?\\b");
    private static final Pattern LOAD_DATASET = Pattern.compile("\\bload_dataset\\(");
    /** A call that uploads to the Hub ({@code ds.push_to_hub(REPO_ID)}): what it is given is a push target, not a model the file uses. */
    private static final Pattern PUSH = Pattern.compile("\\.push_to_hub\\w*\\(");
    private static final Pattern REPO_STRING = Pattern.compile("[\"'](" + ReferenceContexts.SEG + "/" + ReferenceContexts.SEG + ")[\"']");
    private static final Pattern SHELL_REPO = Pattern.compile("(?<![\\w./:@$-])(" + ReferenceContexts.SEG + "/" + ReferenceContexts.SEG + ")");
    private static final Pattern REPO_VARIABLE = Pattern.compile("\\brepo_id\\s*=\\s*([A-Za-z_]\\w*)\\s*[,)]");
    /** A variable given first to {@code load_dataset(} ({@code load_dataset(name, config, split="train")}): its string names a dataset. */
    private static final Pattern FIRST_VARIABLE = Pattern.compile("^\\(\\s*([A-Za-z_]\\w*)\\s*[,)]");
    /**
     * An output folder named from the model's id plus a scheme suffix: {@code SAVE_DIR = MODEL_ID.rstrip("/").split("/")[-1] +
     * "-W4A16-G128"} or {@code f"{model_id.split('/')[-1]}-FP8"}.
     */
    private static final Pattern SAVE_SUFFIX = Pattern.compile("\\.split\\(\\s*[\"']/[\"']\\s*\\)\\s*\\[\\s*-?1\\s*]\\s*(?:\\+\\s*[\"']|}?)"
            + "(?<s>[-_][A-Za-z0-9][\\w.-]*)[\"']");

    private DerivedNames() {}

    /** Removes from {@code out} (from index {@code from}) the references that name a dataset or an output of the file. */
    static void drop(List<String> lines, List<Reference> out, int from, Predicate<String> known) {
        if (out.size() == from) {
            return;
        }
        Set<String> datasets = new HashSet<>();
        Set<String> suffixes = new HashSet<>();
        for (int i = 0; i < lines.size(); i++) {
            String t = lines.get(i);
            if (t.length() > 10_000) {
                continue;
            }
            if (t.contains("split(")) {
                Matcher s = SAVE_SUFFIX.matcher(t);
                while (s.find()) {
                    suffixes.add(s.group("s").toLowerCase(Locale.ROOT));
                }
            }
            if (t.contains("push_to_hub")) {
                Matcher p = PUSH.matcher(t);
                while (p.find()) {
                    datasets(lines, i, p.end() - 1, false, datasets);
                }
            }
            if (t.contains("dataset")) {
                Matcher d = DATASET_TYPE.matcher(t);
                if (d.find()) {
                    datasets(lines, i, d.start(), true, datasets);
                }
                Matcher l = LOAD_DATASET.matcher(t);
                if (l.find()) {
                    datasets(lines, i, l.end() - 1, false, datasets);
                }
            }
        }
        List<Reference> mine = out.subList(from, out.size());
        Set<String> folders = mine.stream().anyMatch(r -> r.context().equals("key") && r.text().indexOf('/') < 0) ? folderNames(lines) : Set.of();
        if (datasets.isEmpty() && suffixes.isEmpty() && folders.isEmpty()) {
            return;
        }
        mine.removeIf(r -> datasets.contains(r.lowerText()) && !known.test(r.text())
                || r.text().indexOf('/') < 0 && (derived(r.lowerText(), suffixes) || folders.contains(r.lowerText())));
    }

    /** A shell assignment of a bare name ({@code MODEL=llama-2-7b}, {@code export MODEL_NAME="NVILA-8B"}). */
    private static final Pattern SHELL_ASSIGNMENT = Pattern.compile("^\\s*(?:export\\s+)?([A-Za-z_]\\w*)=[\"']?([\\w.:-]+)[\"']?\\s*(?:#.*)?$");

    /**
     * The bare names a script assigns to variables it uses only inside paths ({@code MODEL=llama-2-7b}, then {@code
     * --model_path /dataset/llama2-hf/$MODEL} and {@code awq_cache/$MODEL-w4-g128.pt}): a folder's or a file's name, not a model
     * the script loads or serves; one use anywhere else ({@code --model $MODEL}) keeps the name a model.
     */
    private static Set<String> folderNames(List<String> lines) {
        Set<String> out = new HashSet<>();
        for (String t : lines) {
            Matcher a = t.indexOf('=') > 0 && t.length() < 300 ? SHELL_ASSIGNMENT.matcher(t) : null;
            if (a != null && a.matches() && onlyInPaths(lines, a.group(1))) {
                out.add(a.group(2).toLowerCase(Locale.ROOT));
            }
        }
        return out;
    }

    /** A shell variable's use: {@code $NAME} or {@code ${NAME}}. */
    private static final Pattern SHELL_USE = Pattern.compile("\\$\\{?([A-Za-z_]\\w*)");

    /** Whether {@code $variable} (or {@code ${variable}}) is used, and each use follows a '/': a path's part. */
    private static boolean onlyInPaths(List<String> lines, String variable) {
        int uses = 0;
        for (String t : lines) {
            Matcher u = t.indexOf('$') < 0 ? null : SHELL_USE.matcher(t);
            while (u != null && u.find()) {
                if (!u.group(1).equals(variable)) {
                    continue;
                }
                if (u.start() == 0 || t.charAt(u.start() - 1) != '/') {
                    return false;
                }
                uses++;
            }
        }
        return uses > 0;
    }

    /** A bare name that carries one of the file's output suffixes as a whole part ({@code gemma-4-12b-it-fp8-rtn} for "-fp8"). */
    private static boolean derived(String name, Set<String> suffixes) {
        for (String s : suffixes) {
            int at = name.indexOf(s);
            int end = at + s.length();
            if (at > 0 && (end == name.length() || name.charAt(end) == '-' || name.charAt(end) == '_' || name.charAt(end) == ':')) {
                return true;
            }
        }
        return false;
    }

    /**
     * The ids of the call around line {@code i}, column {@code at} ({@code around}: the call that encloses that place; else the
     * call whose '(' stands there), or of the shell command the line belongs to when no call encloses it.
     */
    private static void datasets(List<String> lines, int i, int at, boolean around, Set<String> into) {
        int[] open = around ? enclosingOpen(lines, i, at) : new int[] {i, at};
        if (open == null) {
            shellCommand(lines, i, into);
            return;
        }
        int depth = 0;
        int line = open[0];
        int col = open[1];
        StringBuilder call = new StringBuilder();
        for (; line < lines.size() && line - open[0] < MAX_CALL_LINES; line++, col = 0) {
            String t = lines.get(line);
            int c = col;
            for (; c < t.length(); c++) {
                char ch = t.charAt(c);
                depth += ch == '(' ? 1 : ch == ')' ? -1 : 0;
                if (depth == 0) {
                    break;
                }
            }
            call.append(t, col, Math.min(c + 1, t.length())).append('\n');
            if (depth == 0) {
                break;
            }
        }
        Matcher s = REPO_STRING.matcher(call);
        while (s.find()) {
            into.add(s.group(1).toLowerCase(Locale.ROOT));
        }
        Matcher first = around ? null : FIRST_VARIABLE.matcher(call);
        if (first != null && first.find()) {
            assigned(lines, open[0], first.group(1), into);
        }
        Matcher v = REPO_VARIABLE.matcher(call);
        while (v.find()) {
            assigned(lines, open[0], v.group(1), into);
        }
    }

    /** Where the '(' of the call that encloses line {@code i}, column {@code at} opens, looking back a few lines; null if none. */
    private static int[] enclosingOpen(List<String> lines, int i, int at) {
        int depth = 0;
        for (int line = i, end = at; line >= 0 && i - line < MAX_CALL_LINES; line--) {
            String t = lines.get(line);
            for (int c = Math.min(end, t.length()) - 1; c >= 0; c--) {
                char ch = t.charAt(c);
                if (ch == ')') {
                    depth++;
                } else if (ch == '(' && depth-- == 0) {
                    return new int[] {line, c};
                }
            }
            end = line > 0 ? lines.get(line - 1).length() : 0;
        }
        return null;
    }

    /** The repo ids of a shell command, joined over its backslash-continued lines ({@code hf download org/x \ --repo-type dataset}). */
    private static void shellCommand(List<String> lines, int i, Set<String> into) {
        int first = i;
        while (first > 0 && i - first < MAX_CALL_LINES && lines.get(first - 1).stripTrailing().endsWith("\\")) {
            first--;
        }
        for (int line = first; line < lines.size(); line++) {
            Matcher m = SHELL_REPO.matcher(lines.get(line));
            while (m.find()) {
                into.add(NameShapes.trim(m.group(1)).toLowerCase(Locale.ROOT));
            }
            if (line >= i && !lines.get(line).stripTrailing().endsWith("\\")) {
                break;
            }
        }
    }

    /** The string last assigned to {@code variable} above line {@code before} ({@code repo_id = "org/name"}). */
    private static void assigned(List<String> lines, int before, String variable, Set<String> into) {
        Pattern assignment = Pattern.compile("^\\s*" + Pattern.quote(variable) + "\\s*=\\s*[\"'](" + ReferenceContexts.SEG + "/"
                + ReferenceContexts.SEG + ")[\"']");
        for (int line = before; line >= 0; line--) {
            Matcher m = assignment.matcher(lines.get(line));
            if (m.find()) {
                into.add(m.group(1).toLowerCase(Locale.ROOT));
                return;
            }
        }
    }
}
