package dev.owl.input;

import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/** The diagnostic for a YAML file that ends inside a flow collection or a quoted scalar. */
final class UnclosedYaml {
    private UnclosedYaml() {}

    /**
     * A bracket, brace or quote still open when the file ends: SnakeYAML marks the end (a line past the last one),
     * so the diagnostic points where it opened instead. Null for any other error.
     */
    static Diagnostic diagnostic(String label, MarkedYAMLException e) {
        Mark end = e.getProblemMark();
        Mark open = e.getContextMark();
        if (end == null || open == null || end.getBuffer() == null || end.getIndex() < end.getBuffer().length
                || open.getBuffer() == null || open.getIndex() >= open.getBuffer().length) {
            return null;
        }
        String closer = switch (open.getBuffer()[open.getIndex()]) {
            case '[' -> "]";
            case '{' -> "}";
            case '"' -> "\"";
            case '\'' -> "'";
            default -> null;
        };
        if (closer == null) {
            return null;
        }
        String opener = new String(Character.toChars(open.getBuffer()[open.getIndex()]));
        return new Diagnostic(label, open.getLine() + 1, open.getColumn() + 1,
                "invalid YAML: the '" + opener + "' opened here is never closed (the file ends first)",
                "close it with " + closer + " where the value ends", Fields.lineOf(open));
    }
}
