package dev.owl.input;

/** One finding about an input file, located by line and column (1-based), with a hint for the fix. */
public record Diagnostic(String file, int line, int column, String message, String hint) {

    /** {@code path:line:col: error: message}, the form editors and CI logs link to. */
    public String headline() {
        StringBuilder sb = new StringBuilder(file);
        if (line > 0) {
            sb.append(':').append(line).append(':').append(column);
        }
        return sb.append(": error: ").append(message).toString();
    }
}
