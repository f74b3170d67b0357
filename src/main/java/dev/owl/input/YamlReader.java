package dev.owl.input;

import dev.owl.input.UserFile;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.List;
import java.util.function.BiFunction;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.composer.Composer;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;

/**
 * Reads one YAML file into a located node tree under explicit parsing limits.
 *
 * <p>This is the only place owl parses YAML. It never binds to classes: the node tree keeps the
 * line and column of every value, so each later check can point at the exact spot.
 */
public final class YamlReader {
    /** Larger files are refused before parsing: the catalog's largest file is far below this. */
    public static final long MAX_FILE_BYTES = 4L * 1024 * 1024;
    /** A policy or the config file is a page of settings, not megabytes: a much lower cap for those. */
    public static final long MAX_SETTINGS_BYTES = 256L * 1024;
    /** Aliases to collections: a few are legitimate, thousands are a "billion laughs" bomb. */
    public static final int MAX_ALIASES_FOR_COLLECTIONS = 50;
    public static final int MAX_NESTING_DEPTH = 50;
    public static final int MAX_CODE_POINTS = (int) MAX_FILE_BYTES;

    private YamlReader() {}

    /** Parses {@code path}; returns null and adds a diagnostic when the file can't be read or parsed. */
    public static Node read(Path path, String label, List<Diagnostic> sink) {
        return read(path, label, sink, MAX_FILE_BYTES);
    }

    /** As {@link #read(Path, String, List)}, refusing files larger than {@code maxBytes}. */
    public static Node read(Path path, String label, List<Diagnostic> sink, long maxBytes) {
        String text = text(path, label, sink, maxBytes);
        return text == null ? null : parse(text, label, sink);
    }

    private static String text(Path path, String label, List<Diagnostic> sink, long maxBytes) {
        try {
            return UserFile.utf8(path, maxBytes);
        } catch (UserFile.Unreadable e) {
            sink.add(new Diagnostic(label, e.line(), e.column(), e.getMessage(), e.help()));
            return null;
        } catch (IOException | SecurityException e) {
            sink.add(new Diagnostic(label, 0, 0, e instanceof IOException io ? UserFile.reason(io) : "cannot read file (permission denied)",
                    "check that it exists and is readable"));
            return null;
        }
    }

    /**
     * A file read by {@link #read(Path, String, List, String, BiFunction)}: its root node, and either the items of the
     * streamed list, each as the function made it ({@code streamed}: the root's list is left empty), or none, the root
     * holding them all.
     */
    public record Streamed<T>(Node root, List<T> items, boolean streamed) {}

    /** Thrown by an item function when it cannot take an item yet: the file is then read whole, as {@link #read} does. */
    public static final class Unstreamable extends RuntimeException {
        public Unstreamable() {
            super(null, null, false, false);
        }
    }

    /**
     * Reads {@code path}, whose root is expected to be a mapping, handing each item of the list under {@code key} to
     * {@code each} (with the root's entries before it) as soon as it is composed, so that a file of a thousand entries
     * never holds its whole node tree: a large tree outlives young collections and fills the old generation. Anything
     * out of the ordinary (another root, an anchor or alias, a repeated root key, invalid YAML, an item {@code each}
     * cannot take yet) reads the file whole instead, with {@link #read}'s diagnostics. Null when the file cannot be read.
     */
    public static <T> Streamed<T> read(Path path, String label, List<Diagnostic> sink, String key, BiFunction<MappingNode, Node, T> each) {
        String text = text(path, label, sink, MAX_FILE_BYTES);
        if (text == null) {
            return null;
        }
        if (!text.isEmpty() && text.charAt(0) != '\uFEFF' && firstNonPrintable(text) < 0) {
            try {
                return StreamedList.read(text, options(), key, each);
            } catch (Unstreamable | YAMLException e) {
                // read whole below: the same diagnostics as any file
            }
        }
        Node root = parse(text, label, sink);
        return root == null ? null : new Streamed<>(root, List.of(), false);
    }

    /** The message for a file with no YAML document (nothing, or only comments). */
    public static final String EMPTY = "file is empty";

    /** Parses YAML text already in memory (used for files that are not on a file system). */
    public static Node parse(String text, String label, List<Diagnostic> sink) {
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            text = text.substring(1);
        }
        int special = firstNonPrintable(text);
        if (special >= 0) {
            int cp = text.codePointAt(special);
            sink.add(at(label, text, special, String.format(java.util.Locale.ROOT, "control character U+%04X%s is not allowed in YAML",
                    cp, cp == 0 ? " (NUL)" : cp == 0x1B ? " (ESC)" : ""),
                    "remove it; inside a double-quoted string write it as an escape such as \\x1b"));
            return null;
        }
        LoaderOptions options = options();
        // nodes only, composed as Yaml.composeAll does, without a Yaml: its constructor and representer would set up
        // SnakeYAML's logger, which starts java.util.logging (~80 classes, a service lookup, logging.properties)
        Composer composer = new Composer(new ParserImpl(new StreamReader(new StringReader(text)), options), new CachingResolver(), options);
        try {
            Node node = null;
            int documents = 0;
            while (composer.checkNode()) {
                Node doc = composer.getNode();
                documents++;
                if (documents == 2) {
                    Mark m = doc.getStartMark();
                    sink.add(new Diagnostic(label, m.getLine() + 1, m.getColumn() + 1,
                            "more than one YAML document in the file", "keep one document per file", Fields.lineOf(m)));
                    return null;
                }
                node = doc;
            }
            if (node == null) {
                sink.add(new Diagnostic(label, 0, 0, EMPTY, "add the expected content or remove the file"));
            }
            return node;
        } catch (MarkedYAMLException e) {
            Diagnostic unclosed = UnclosedYaml.diagnostic(label, e);
            if (unclosed != null) {
                sink.add(unclosed);
                return null;
            }
            Mark m = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            String problem = e.getProblem() != null ? e.getProblem() : "invalid YAML";
            if (e.getContext() != null) {
                problem = e.getContext() + ", " + problem;
            }
            sink.add(new Diagnostic(label, m == null ? 0 : m.getLine() + 1, m == null ? 0 : m.getColumn() + 1,
                    "invalid YAML: " + oneLine(problem), hintFor(problem), Fields.lineOf(m)));
            return null;
        } catch (YAMLException e) {
            String problem = String.valueOf(e.getMessage());
            int offset = problem.contains("Nesting Depth") ? deeperThanLimit(text)
                    : problem.contains("aliases") ? nthAlias(text, MAX_ALIASES_FOR_COLLECTIONS + 1)
                    : problem.contains("code points") ? text.offsetByCodePoints(0, Math.min(MAX_CODE_POINTS, text.codePointCount(0, text.length())))
                    : -1;
            sink.add(at(label, text, offset, "invalid YAML: " + oneLine(problem), hintFor(problem)));
            return null;
        }
    }

    /**
     * For an item function: the plain string under {@code key} among the root entries composed so far, as {@link
     * Fields#string} reads it; when there is none yet (or it is no plain string), streaming stops ({@link Unstreamable}).
     */
    public static String stringSoFar(MappingNode root, String key) {
        for (org.yaml.snakeyaml.nodes.NodeTuple t : root.getValue()) {
            if (t.getKeyNode() instanceof ScalarNode k && k.getValue().equals(key) && t.getValueNode() instanceof ScalarNode v
                    && Tag.STR.equals(v.getTag())) {
                return v.getValue();
            }
        }
        throw new Unstreamable();
    }

    static LoaderOptions options() {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(MAX_ALIASES_FOR_COLLECTIONS);
        options.setNestingDepthLimit(MAX_NESTING_DEPTH);
        options.setCodePointLimit(MAX_CODE_POINTS);
        options.setAllowDuplicateKeys(true); // duplicates are found by Fields, with both locations
        options.setAllowRecursiveKeys(false);
        options.setProcessComments(false);
        return options;
    }

    /**
     * A diagnostic at char {@code offset} of {@code text} (line, column in code points, and the line's text), or
     * without a position when the offset is negative. SnakeYAML's limit errors carry no mark; these positions are
     * found by the same rule the limit counts.
     */
    private static Diagnostic at(String label, String text, int offset, String message, String hint) {
        if (offset < 0) {
            return new Diagnostic(label, 0, 0, message, hint);
        }
        offset = Math.min(offset, text.length());
        int line = 1;
        int start = 0;
        for (int i = 0; i < offset; i++) {
            if (text.charAt(i) == '\n') {
                line++;
                start = i + 1;
            }
        }
        int end = text.indexOf('\n', start);
        end = end < 0 ? text.length() : end;
        String lineText = text.substring(start, Math.min(end, start + 200)).replaceAll("\\p{Cntrl}", "?");
        return new Diagnostic(label, line, text.codePointCount(start, offset) + 1, message, hint, lineText);
    }

    /** Offset of the first code point YAML 1.1 does not allow in a stream (C0 controls but tab and line ends, DEL, C1), or -1. */
    static int firstNonPrintable(String text) {
        for (int i = 0; i < text.length(); ) {
            char c = text.charAt(i);
            if (c >= 0x20 && c <= 0x7E || c == '\n' || c == '\t' || c == '\r') { // most of any catalog: no code point needed
                i++;
                continue;
            }
            int cp = text.codePointAt(i);
            boolean ok = cp == 0x85 || (cp >= 0xA0 && cp <= 0xD7FF) || (cp >= 0xE000 && cp <= 0xFFFD) || cp >= 0x10000;
            if (!ok) {
                return i;
            }
            i += Character.charCount(cp);
        }
        return -1;
    }

    /** Where nesting first exceeds the limit: open flow brackets plus the block indentation levels of the line. */
    static int deeperThanLimit(String text) {
        java.util.ArrayDeque<Integer> indents = new java.util.ArrayDeque<>();
        int flow = 0;
        int offset = 0;
        for (String line : text.split("\n", -1)) {
            int indent = 0;
            while (indent < line.length() && (line.charAt(indent) == ' ' || line.charAt(indent) == '-')) {
                indent++;
            }
            if (flow == 0 && indent < line.length() && line.charAt(indent) != '#') {
                while (!indents.isEmpty() && indents.peek() >= indent) {
                    indents.pop();
                }
                indents.push(indent);
                if (flow + indents.size() > MAX_NESTING_DEPTH) {
                    return offset + indent;
                }
            }
            for (int i = 0; i < line.length(); i++) {
                char c = line.charAt(i);
                flow += c == '[' || c == '{' ? 1 : c == ']' || c == '}' ? -1 : 0;
                if (flow + indents.size() > MAX_NESTING_DEPTH) {
                    return offset + i;
                }
            }
            offset += line.length() + 1;
        }
        return -1;
    }

    /** Offset of the {@code n}th alias ({@code *name}) in the text, or -1. */
    static int nthAlias(String text, int n) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?<=[\\s\\[,{:-])\\*[^\\s,\\]}]+").matcher(text);
        for (int seen = 0; m.find(); ) {
            if (++seen == n) {
                return m.start();
            }
        }
        return -1;
    }

    private static String hintFor(String problem) {
        if (problem.contains("'\\t'") || problem.contains("\\t")) {
            return "indent with spaces, not tabs";
        }
        if (problem.contains("aliases")) {
            return "the file uses more than " + MAX_ALIASES_FOR_COLLECTIONS + " aliases to collections; expand them";
        }
        if (problem.contains("Nesting Depth")) {
            return "the file nests deeper than " + MAX_NESTING_DEPTH + " levels";
        }
        if (problem.contains("code points")) {
            return "the file is larger than the " + MAX_CODE_POINTS + "-character limit";
        }
        return "check the indentation and quoting around this spot";
    }

    static String oneLine(String s) {
        return s.replaceAll("\\s*\\R\\s*", " ").trim();
    }
}
