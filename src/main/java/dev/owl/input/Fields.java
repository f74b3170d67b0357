package dev.owl.input;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Typed, located access to one YAML mapping. Every wrong key, type or value becomes a diagnostic in
 * the shared sink and the accessor returns null, so one pass reports every problem of a file.
 */
public final class Fields {
    private final String file;
    private final List<Diagnostic> sink;
    private final Node node;
    private final Map<String, NodeTuple> entries = new LinkedHashMap<>();
    private final ScalarReader scalars;
    private final Set<String> misshapen = new java.util.HashSet<>(); // keys whose wrong shape was already reported

    private Fields(String file, List<Diagnostic> sink, Node node) {
        this.file = file;
        this.sink = sink;
        this.node = node;
        this.scalars = new ScalarReader(file, sink);
    }

    /** Opens {@code node} as a mapping that may hold only {@code allowed} keys; null if it isn't one. */
    public static Fields of(Node node, String file, List<Diagnostic> sink, String what, Collection<String> allowed) {
        if (!(node instanceof MappingNode mapping)) {
            error(sink, file, node, what + " must be a mapping (key: value lines), found " + kind(node),
                    "write it as `key: value` lines");
            return null;
        }
        Fields fields = new Fields(file, sink, node);
        for (NodeTuple tuple : mapping.getValue()) {
            Node keyNode = tuple.getKeyNode();
            if (!(keyNode instanceof ScalarNode scalar) || !Tag.STR.equals(scalar.getTag())) {
                error(sink, file, keyNode, "keys must be plain words, found " + kind(keyNode),
                        "write the key as a plain word, e.g. `name:`");
                continue;
            }
            String key = scalar.getValue();
            NodeTuple previous = fields.entries.get(key);
            if (previous != null) {
                Mark first = previous.getKeyNode().getStartMark();
                error(sink, file, keyNode, "duplicate key '" + key + "' (first at line " + (first.getLine() + 1) + ")",
                        "keep one of them");
                continue;
            }
            if (!allowed.contains(key)) {
                String close = Names.closest(key, allowed);
                error(sink, file, keyNode, "unknown key '" + Names.shown(key) + "' in " + what,
                        close != null ? "did you mean '" + close + "'?" : "allowed keys: " + sorted(allowed));
                continue;
            }
            fields.entries.put(key, tuple);
        }
        return fields;
    }

    public Node node() {
        return node;
    }

    public boolean has(String key) {
        Node v = value(key);
        return v != null && !isNull(v);
    }

    public Node value(String key) {
        NodeTuple t = entries.get(key);
        return t == null ? null : t.getValueNode();
    }

    /** Location of a key's value, or of the mapping when the key is absent. */
    public Node locate(String key) {
        Node v = value(key);
        return v != null ? v : node;
    }

    public void error(String key, String message, String hint) {
        error(sink, file, locate(key), message, hint);
    }

    public void require(String key, String what) {
        if (!has(key)) {
            error(sink, file, node, "missing required key '" + key + "' in " + what, "add `" + key + ": …`");
        }
    }

    public String string(String key) {
        ScalarNode s = scalar(key, "a string");
        if (s == null) {
            return null;
        }
        if (!Tag.STR.equals(s.getTag())) {
            error(sink, file, s, "'" + key + "' must be a string, found " + kind(s), "quote it: " + key + ": \"" + s.getValue() + "\"");
            return null;
        }
        return s.getValue();
    }

    public String choice(String key, Set<String> allowed) {
        String v = string(key);
        if (v != null && !allowed.contains(v)) {
            String close = Names.closest(v, allowed);
            error(key, "'" + key + "' must be one of " + sorted(allowed) + ", found '" + v + "'",
                    close != null ? "did you mean '" + close + "'?" : null);
            return null;
        }
        return v;
    }

    public Boolean bool(String key) {
        ScalarNode s = scalar(key, "true or false");
        return s == null ? null : scalars.bool(s, key);
    }

    public Long integer(String key, long min) {
        ScalarNode s = scalar(key, "a whole number");
        return s == null ? null : scalars.integer(s, key, min);
    }

    public Integer intValue(String key, int min) {
        Long v = integer(key, min);
        if (v != null && v > Integer.MAX_VALUE) {
            error(key, "'" + key + "' is too large: " + v, "the largest value owl reads here is " + Integer.MAX_VALUE);
            return null;
        }
        return v == null ? null : v.intValue();
    }

    /** A positive decimal number; {@code strictlyPositive} rejects zero. */
    public Double number(String key, boolean strictlyPositive) {
        ScalarNode s = scalar(key, "a number");
        return s == null ? null : scalars.number(s, key, strictlyPositive);
    }

    public LocalDate date(String key) {
        ScalarNode s = scalar(key, "a date");
        return s == null ? null : scalars.date(s, key);
    }

    /**
     * A date that records something that happened (a release, a source read): one after tomorrow, UTC, is an error
     * (tomorrow allows for time zones). Dates of plans (retirements, expiries) use {@link #date}.
     */
    public LocalDate pastDate(String key) {
        LocalDate d = date(key);
        LocalDate today = LocalDate.now(java.time.ZoneOffset.UTC);
        if (d != null && d.isAfter(today.plusDays(1))) {
            error(key, "'" + key + "' " + d + " is in the future (today is " + today + ")",
                    "record only what has happened: leave it out until then, or fix the year");
            return null;
        }
        return d;
    }

    /** A list of strings; absent gives an empty list. */
    public List<String> strings(String key) {
        List<String> out = new ArrayList<>();
        for (Node item : sequence(key)) {
            if (item instanceof ScalarNode s && Tag.STR.equals(s.getTag())) {
                out.add(s.getValue());
            } else {
                error(sink, file, item, "items of '" + key + "' must be strings, found " + kind(item),
                        item instanceof ScalarNode ? "quote it" : null);
            }
        }
        return out;
    }

    /** A list of strings, each from {@code allowed}. */
    public List<String> choices(String key, Set<String> allowed) {
        List<String> out = new ArrayList<>();
        List<Node> items = sequence(key);
        List<String> values = strings(key);
        for (int i = 0; i < values.size(); i++) {
            String v = values.get(i);
            if (allowed.contains(v)) {
                out.add(v);
            } else {
                String close = Names.closest(v, allowed);
                Node at = i < items.size() ? items.get(i) : locate(key);
                error(sink, file, at, "'" + v + "' is not a known value of '" + key + "'",
                        close != null ? "did you mean '" + close + "'?" : "use one of " + sorted(allowed));
            }
        }
        return out;
    }

    /** A sequence's items; absent gives an empty list, a non-sequence a diagnostic. */
    public List<Node> sequence(String key) {
        Node v = value(key);
        if (v == null || isNull(v)) {
            return List.of();
        }
        if (v instanceof SequenceNode seq) {
            return seq.getValue();
        }
        if (misshapen.add(key)) { // callers may read a list more than once (choices, then strings); say it once
            error(sink, file, v, "'" + key + "' must be a list, found " + kind(v), "write it as [a, b] or as `- item` lines");
        }
        return List.of();
    }

    private ScalarNode scalar(String key, String expected) {
        Node v = value(key);
        if (v == null || isNull(v)) {
            return null;
        }
        if (v instanceof ScalarNode s) {
            return s;
        }
        error(sink, file, v, "'" + key + "' must be " + expected + ", found " + kind(v),
                "write " + key + ": followed by " + expected + " on the same line");
        return null;
    }

    private static String sorted(Collection<String> values) {
        return String.join(", ", new java.util.TreeSet<>(values));
    }

    public static boolean isNull(Node n) {
        return n instanceof ScalarNode s && Tag.NULL.equals(s.getTag());
    }

    public static String kind(Node n) {
        if (n == null) {
            return "nothing";
        }
        if (n instanceof MappingNode) {
            return "a mapping";
        }
        if (n instanceof SequenceNode) {
            return "a list";
        }
        Tag tag = n.getTag();
        if (Tag.INT.equals(tag) || Tag.FLOAT.equals(tag)) {
            return "a number (" + ((ScalarNode) n).getValue() + ")";
        }
        if (Tag.BOOL.equals(tag)) {
            return "a boolean (" + ((ScalarNode) n).getValue() + ")";
        }
        if (Tag.NULL.equals(tag)) {
            return "an empty value";
        }
        if (Tag.TIMESTAMP.equals(tag)) {
            return "a date (" + ((ScalarNode) n).getValue() + ")";
        }
        return "a string";
    }

    public static void error(List<Diagnostic> sink, String file, Node at, String message, String hint) {
        Mark m = at == null ? null : at.getStartMark();
        sink.add(new Diagnostic(file, m == null ? 0 : m.getLine() + 1, m == null ? 0 : m.getColumn() + 1, message, hint,
                lineOf(m)));
    }

    /** The text of the line {@code m} points into, from the parsed document; null when the mark has no text. */
    static String lineOf(Mark m) {
        int[] buffer = m == null ? null : m.getBuffer();
        if (buffer == null || m.getIndex() > buffer.length) {
            return null;
        }
        int start = Math.min(m.getIndex(), buffer.length);
        while (start > 0 && buffer[start - 1] != '\n' && buffer[start - 1] != '\r') {
            start--;
        }
        int end = start;
        while (end < buffer.length && buffer[end] != '\n' && buffer[end] != '\r' && end - start < MAX_LINE_TEXT) {
            end++;
        }
        return new String(buffer, start, end - start);
    }

    /** A longer line is cut: the caret still points at the column when it is within the first part. */
    private static final int MAX_LINE_TEXT = 400;
}
