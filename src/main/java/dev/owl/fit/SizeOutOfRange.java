package dev.owl.fit;

/**
 * A size owl will not compute: a KV cache or a weight total beyond {@link FitCalculator#MAX_BYTES}, which no machine
 * has and which {@code long} byte counts could not add up without overflow. The caller's input asked for it (exit 2).
 */
public final class SizeOutOfRange extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String hint;

    SizeOutOfRange(String message, String hint) {
        super(message);
        this.hint = hint;
    }

    public String hint() {
        return hint;
    }
}
