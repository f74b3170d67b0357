package dev.owl.input;

import dev.owl.input.UserFile;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.List;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;

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
        String text;
        try {
            text = UserFile.utf8(path, maxBytes);
        } catch (UserFile.Unreadable e) {
            sink.add(new Diagnostic(label, e.line(), e.column(), e.getMessage(), e.help()));
            return null;
        } catch (IOException | SecurityException e) {
            sink.add(new Diagnostic(label, 0, 0, e instanceof IOException io ? UserFile.reason(io) : "cannot read file (permission denied)",
                    "check that it exists and is readable"));
            return null;
        }
        return parse(text, label, sink);
    }

    /** Parses YAML text already in memory (used for files that are not on a file system). */
    public static Node parse(String text, String label, List<Diagnostic> sink) {
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            text = text.substring(1);
        }
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(MAX_ALIASES_FOR_COLLECTIONS);
        options.setNestingDepthLimit(MAX_NESTING_DEPTH);
        options.setCodePointLimit(MAX_CODE_POINTS);
        options.setAllowDuplicateKeys(true); // duplicates are found by Fields, with both locations
        options.setAllowRecursiveKeys(false);
        options.setProcessComments(false);
        Yaml yaml = new Yaml(new SafeConstructor(options));
        try {
            Node node = null;
            int documents = 0;
            for (Node doc : yaml.composeAll(new StringReader(text))) {
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
                sink.add(new Diagnostic(label, 0, 0, "file is empty", "add the expected content or remove the file"));
            }
            return node;
        } catch (MarkedYAMLException e) {
            Mark m = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            String problem = e.getProblem() != null ? e.getProblem() : "invalid YAML";
            if (e.getContext() != null) {
                problem = e.getContext() + ", " + problem;
            }
            sink.add(new Diagnostic(label, m == null ? 0 : m.getLine() + 1, m == null ? 0 : m.getColumn() + 1,
                    "invalid YAML: " + oneLine(problem), hintFor(problem), Fields.lineOf(m)));
            return null;
        } catch (YAMLException e) {
            sink.add(new Diagnostic(label, 0, 0, "invalid YAML: " + oneLine(String.valueOf(e.getMessage())),
                    hintFor(String.valueOf(e.getMessage()))));
            return null;
        }
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
