package dev.owl.policy;

import java.util.Locale;

/**
 * Whether a documentation's {@code FROM} line names a Modelfile's base model, not a Dockerfile's image ({@code FROM python:3.12},
 * {@code FROM org/app-api:3.11}) or an SQL query's table ({@code FROM Track}): a guide's FROM names a model when the name reads
 * as one (a family's or a catalog model's, with or without its tag), carries an Ollama tag ({@code codeqwen:latest}, {@code
 * :7b-instruct}: no version number) or is a Hub repo's address. A Modelfile itself takes any name.
 */
final class ModelfileBases {
    /** An Ollama library tag: {@code latest} or a size ({@code 7b}, {@code 8x7b-instruct-q4_K_M}), where an image's is a version. */
    private static final java.util.regex.Pattern OLLAMA_TAG = java.util.regex.Pattern.compile("(?i)latest|(?:\\d+x)?\\d+(?:\\.\\d+)?[bm](?:-[\\w.-]+)?");

    private ModelfileBases() {}

    static boolean named(String v, ModelNames names) {
        String lower = v.toLowerCase(Locale.ROOT);
        if (lower.startsWith("hf.co/") || lower.startsWith("huggingface.co/")) {
            return true;
        }
        int tag = v.indexOf(':');
        return names.nameLike(v) || tag > 0 && (names.nameLike(v.substring(0, tag)) || OLLAMA_TAG.matcher(v.substring(tag + 1)).matches());
    }
}
