package dev.owl.policy;

/**
 * A model named somewhere: in a file at a line and column (1-based), or on the command line ({@code file}
 * null). A model card's base model carries the license the card declares, to catch mislabels.
 */
public record Reference(String file, int line, int column, String text, Kind kind, String declaredLicense) {
    /** How the model was named. */
    public enum Kind { HF_REPO, OLLAMA_TAG, MODEL_CARD_BASE, ARGUMENT }

    public static Reference argument(String text) {
        return new Reference(null, 0, 0, text, Kind.ARGUMENT, null);
    }
}
