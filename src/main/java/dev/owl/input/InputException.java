package dev.owl.input;

import java.util.List;

/** A catalog, policy or input file could not be loaded; carries every finding (exit code 3). */
public final class InputException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient List<Diagnostic> diagnostics;

    public InputException(List<Diagnostic> diagnostics) {
        super(diagnostics.isEmpty() ? "invalid input" : diagnostics.get(0).headline());
        this.diagnostics = List.copyOf(diagnostics);
    }

    public List<Diagnostic> diagnostics() {
        return diagnostics;
    }
}
