package dev.owl.policy;

import java.util.Locale;

/**
 * A model named somewhere: in a file at a line and column (1-based), or on the command line (file null).
 * {@code declaredLicense} is the license a model card declares for itself, kept to catch mislabels;
 * {@code context} says what around the name made it a model reference (a flag, a key, a command, a URL, …).
 */
public record Reference(String file, int line, int column, String text, Kind kind, String declaredLicense, String context) {
    /** How the model was named. */
    public enum Kind {
        HF_REPO("hf"), OLLAMA_TAG("ollama"), MODEL_CARD_BASE("model_card"), API("api"), ARGUMENT("argument");

        private final String key;

        Kind(String key) {
            this.key = key;
        }

        public String key() {
            return key;
        }
    }

    public Reference(String file, int line, int column, String text, Kind kind, String declaredLicense) {
        this(file, line, column, text, kind, declaredLicense, null);
    }

    public static Reference argument(String text) {
        return new Reference(null, 0, 0, text, Kind.ARGUMENT, null, "argument");
    }

    /** Whether this reference has a line and column (a file's text; not an argument, an installed model's store). */
    public boolean positioned() {
        return file != null && line > 0;
    }

    String lowerText() {
        return text.toLowerCase(Locale.ROOT);
    }

    /** This reference without LM Studio's quantization ({@code qwen2.5-7b-instruct@q4_k_m} names a build of the key's model). */
    Reference unquantized() {
        int at = quantizationAt(text);
        return at < 0 ? this : new Reference(file, line, column, text.substring(0, at), kind, declaredLicense, context);
    }

    /** LM Studio's quantization after a key or repo ({@code @q4_k_m}, {@code @f16}, {@code @4bit}); not a revision ({@code @main}). */
    static final String QUANTIZATION = "@(?i:i?q\\d\\w*|b?fp?(?:16|32)|\\d+bit)";
    private static final java.util.regex.Pattern QUANTIZATION_SUFFIX = java.util.regex.Pattern.compile(QUANTIZATION);

    /** Where an LM Studio quantization starts in a name ({@code key@q4_k_m}), or -1: not a revision's {@code @main}, a platform's {@code @cf/}. */
    static int quantizationAt(String name) {
        int at = name.lastIndexOf('@');
        return at > 0 && QUANTIZATION_SUFFIX.matcher(name).region(at, name.length()).matches() ? at : -1;
    }
}
