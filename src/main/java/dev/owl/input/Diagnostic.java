package dev.owl.input;

/**
 * One finding about an input file, located by line and column (1-based), with a hint for the fix and, when
 * known, the text of the offending line (shown under the headline with a caret at the column).
 */
public record Diagnostic(String file, int line, int column, String message, String hint, String text) {

    /** A finding whose line text is not at hand. */
    public Diagnostic(String file, int line, int column, String message, String hint) {
        this(file, line, column, message, hint, null);
    }

    /** {@code path:line:col: error: message}, the form editors and CI logs link to. */
    public String headline() {
        StringBuilder sb = new StringBuilder(file);
        if (line > 0) {
            sb.append(':').append(line).append(':').append(column);
        }
        return sb.append(": error: ").append(message).toString();
    }
}
