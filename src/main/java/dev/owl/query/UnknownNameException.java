package dev.owl.query;

import java.util.List;

/** A name the user typed matches nothing (or more than one thing) in the catalog. */
public final class UnknownNameException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String kind;
    private final String name;
    private final transient List<String> suggestions;
    private final boolean ambiguous;
    private final String hint;

    public UnknownNameException(String kind, String name, List<String> suggestions, boolean ambiguous, String hint) {
        super((ambiguous ? "ambiguous " : "unknown ") + kind + " '" + dev.owl.input.Names.shown(name) + "'");
        this.kind = kind;
        this.name = name;
        this.suggestions = List.copyOf(suggestions);
        this.ambiguous = ambiguous;
        this.hint = hint;
    }

    /** Where to find the valid names. */
    public String hint() {
        return hint;
    }

    public String kind() {
        return kind;
    }

    public String name() {
        return name;
    }

    /** Near names ("did you mean"), or for an ambiguous prefix, every name it matches. */
    public List<String> suggestions() {
        return suggestions;
    }

    public boolean ambiguous() {
        return ambiguous;
    }
}
