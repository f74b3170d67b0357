package dev.owl.input;

/**
 * The request asks for something owl cannot answer: an impossible option combination, a size beyond any machine, a
 * GPU without a price. The message says what, the hint (or null) what to do; the one error handler makes it exit 2.
 * Domain code throws it too, so no command translates exceptions into exit codes.
 */
public final class UsageException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String hint;

    public UsageException(String message, String hint) {
        super(message);
        this.hint = hint;
    }

    public String hint() {
        return hint;
    }
}
