package dev.owl.catalog;

/**
 * One rule of {@code reference-rules.yaml} for reading model names found in files: an organisation that re-uploads
 * other vendors' weights, a client library's provider prefix ({@code groq/…}), or a closed API-only model name.
 *
 * @param name the organisation, prefix or closed name as written; rules are compared without case
 * @param local for a provider prefix: the user's own runtime (Ollama, vLLM) rather than a hosted API
 */
public record ReferenceRule(Kind kind, String name, boolean local, Source source, String origin) {

    /** What a rule names; each kind is a list of its own in the file. */
    public enum Kind {
        REUPLOADER("re-uploader"), PROVIDER("provider prefix"), CLOSED_MODEL("closed model name");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        /** The kind in words, as diagnostics and overrides name it. */
        public String label() {
            return label;
        }
    }

    /** What identifies a rule across catalogs: a later catalog's rule with the same key replaces the earlier one. */
    public String key() {
        return kind.label + " '" + name.toLowerCase(java.util.Locale.ROOT) + "'";
    }
}
