package dev.owl.catalog;

/**
 * One rule of {@code reference-rules.yaml} for reading model names found in files: an organisation that re-uploads
 * other vendors' weights, a client library's provider prefix ({@code groq/…}), a closed API-only model name, an open-weight
 * model line the catalog does not describe yet, how a
 * hosting platform spells an open model's name (a prefix, a vendor namespace, a suffix, a version spelling), or a local
 * runtime's gallery name and the repo it installs.
 *
 * @param name the organisation, prefix, closed or open name, namespace, suffix or spelling pattern as written; compared without case
 * @param local for a provider prefix: the user's own runtime (Ollama, vLLM) rather than a hosted API
 * @param platform for a hosted-name rule: the platform whose convention it is; for a runtime gallery name, the runtime (null otherwise)
 * @param replacement for a spelling: what the pattern's match becomes ({@code -$1.$2-}); for a runtime gallery name, the
 *        Hugging Face repo the runtime installs under that name (null otherwise)
 * @param baseLicense for an open model line built on another family's weights (Code Llama on Llama 2): the catalog license
 *        of that base, as the line's source shows it; null otherwise or when the line's models differ
 */
public record ReferenceRule(Kind kind, String name, boolean local, String platform, String replacement, String baseLicense, Source source,
        String origin) {

    /** What a rule names; each kind is a list of its own in the file (the hosted kinds share {@code hosted_names}). */
    public enum Kind {
        REUPLOADER("re-uploader"), PROVIDER("provider prefix"), CLOSED_MODEL("closed model name"),
        HOSTED_PREFIX("hosting prefix"), VENDOR_NAMESPACE("vendor namespace"), HOSTED_SUFFIX("hosted suffix"),
        HOSTED_SPELLING("hosted spelling"),
        OPEN_MODEL("open model name"),
        /** A local runtime's gallery name and the Hugging Face repo it installs. Last: compiled catalogs store a kind by its position. */
        RUNTIME_NAME("runtime gallery name");

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
