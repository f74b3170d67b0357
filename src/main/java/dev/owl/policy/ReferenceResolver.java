package dev.owl.policy;

import dev.owl.catalog.Catalog;
import dev.owl.catalog.Model;
import dev.owl.query.ModelResolver;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a reference found in a file into a catalog model, and says how: the exact Hugging Face repo or
 * Ollama tag, a re-upload or quantized copy of a catalog repo, or the tag Ollama pulls for an untagged name.
 * Unlike {@link ModelResolver} it never guesses from a prefix: a scanned name that a person did not type
 * must name its model exactly, or be reported as unknown.
 */
public final class ReferenceResolver {
    /** How a reference was matched to its model. */
    public enum How {
        EXACT, ALIAS, RE_UPLOAD, OLLAMA_DEFAULT, UNKNOWN;

        public String key() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    /** The model (null when unknown), how it was found, and a note for the report (null when nothing to say). */
    public record Resolution(Model model, How how, String note) {
        static final Resolution NONE = new Resolution(null, How.UNKNOWN, null);
    }

    /**
     * Where a quantized or converted copy's name starts its format suffix ({@code -GGUF}, {@code -AWQ}, {@code -bnb-4bit}, MLC's
     * {@code -q4f16_1-MLC}, …): also {@code -ONNX} and GGML, NVIDIA's {@code -FP4}, LLM Compressor's {@code -quantized.w4a16}
     * and any weight/activation scheme {@code w8a8sc}, TorchAO's {@code -8da4w} and {@code -float8dq}, AMD Quark's
     * {@code -w-mxfp4-a-fp8}.
     */
    static final String FORMATS = "gguf|ggml|onnx|awq|gptq|exl2|fp4|fp8|fp16|bf16|fp32|int4|int8|w\\d+a\\d+[a-z]*|\\d+bit|bnb|mlx|mlc|aqlm|hqq|mxfp4|nvfp4"
            + "|dequantized|quantized|unsloth[-_](?:bnb|dynamic)|\\d+da\\d+w|float8dq|int[48]wo|w-(?:mx)?(?:fp|int)\\d+"
            + "|q\\d(?:_k)?(?:_[msl])?|q\\d+f\\d+(?:_\\d+)?|iq\\d|llamafile|jq4|jlama[-_]q4|qat(?=$|[-_.](?:q\\d|int\\d|gguf|unquantized|mlx|awq|gptq|\\d+bit|fp\\d|bf16))";
    static final Pattern FORMAT_SUFFIX = Pattern.compile("(?i)[-_.](?:" + FORMATS + ")\\b.*$");
    private final Catalog catalog;
    private final ModelResolver typed;
    private final ReferenceRules rules;
    private final RestrictedFamilies families;
    private final BareNames bareNames;
    private final Map<String, Model> repos = new HashMap<>();
    private final Map<String, Model> repoNames = new HashMap<>();
    private final OllamaTags ollamaTags;
    private final Map<String, Model> idsAndAliases = new HashMap<>();
    /** Hosted providers' API names (catalog/deployments.yaml), case as the provider writes them, with the provider. */
    private final Map<String, Map.Entry<Model, String>> providerIds = new HashMap<>();

    public ReferenceResolver(Catalog catalog) {
        this(catalog, ReferenceRules.of(catalog));
    }

    ReferenceResolver(Catalog catalog, ReferenceRules rules) {
        this.catalog = catalog;
        this.rules = rules;
        this.typed = new ModelResolver(catalog);
        this.families = new RestrictedFamilies(catalog, rules);
        Set<String> ambiguous = new java.util.HashSet<>();
        for (Model m : catalog.models()) {
            idsAndAliases.putIfAbsent(m.id(), m);
            m.aliases().forEach(a -> idsAndAliases.putIfAbsent(a.toLowerCase(Locale.ROOT), m));
            for (String repo : m.hfRepos()) {
                repos.putIfAbsent(repo.toLowerCase(Locale.ROOT), m);
                String name = nameKey(repo.substring(repo.indexOf('/') + 1));
                Model before = repoNames.putIfAbsent(name, m);
                if (before != null && before != m) {
                    ambiguous.add(name);
                }
            }
        }
        ambiguous.forEach(repoNames::remove);
        this.ollamaTags = new OllamaTags(catalog);
        this.bareNames = new BareNames(idsAndAliases, repoNames, rules.hosted());
        for (dev.owl.catalog.Deployment d : catalog.deployments()) {
            catalog.model(d.model()).ifPresent(m -> d.providerModelIds().forEach(id -> providerIds.putIfAbsent(id, Map.entry(m, d.provider()))));
        }
    }

    /**
     * A hosted provider's API name for a catalog model ({@code codestral-2501}, {@code mistral.mistral-large-2407-v1:0}),
     * compared exactly: {@code DeepSeek-R1} is Azure's name for the 671B model, {@code deepseek-r1} is Ollama's distill.
     */
    boolean isProviderId(String text) {
        return providerIds.containsKey(text.strip());
    }

    private Resolution api(String text) {
        Map.Entry<Model, String> hit = providerIds.get(text.strip());
        if (hit != null) {
            return new Resolution(hit.getKey(), How.EXACT, "hosted API name on " + hit.getValue());
        }
        String t = text.strip();
        Resolution r = rules.provider(t) != null || t.indexOf('/') > 0 ? hf(t) : bare(t);
        int colon = t.lastIndexOf(':');
        // a routed offer's variant tag (openrouter/org/name:free): the same model's weights, served on other terms
        return r.model() == null && t.indexOf('/') > 0 && colon > t.lastIndexOf('/') ? api(t.substring(0, colon)) : r;
    }

    /** Whether a name is a hosting platform's spelling of a catalog model ({@code …-Instruct-Turbo}, {@code llama-v3p1-…}). */
    boolean hostedSpelling(String text) {
        String note = (text.indexOf('/') > 0 ? hf(text) : bare(text)).note();
        return note != null && note.startsWith("hosted API name on ");
    }

    /** Whether a catalog model lists this Hugging Face repo (openai/gpt-oss-20b is a repo, not OpenAI's API). */
    boolean isRepo(String text) {
        return repos.containsKey(text.strip().toLowerCase(Locale.ROOT));
    }

    ReferenceRules rules() {
        return rules;
    }

    Catalog catalog() {
        return catalog;
    }

    /**
     * The model behind a provider-prefixed name ({@code groq/openai/gpt-oss-120b}, {@code cerebras/llama-3.3-70b},
     * {@code ollama_chat/llama3.2}): a Hugging Face id, the provider's API name, an Ollama name, or a catalog id or
     * alias written exactly.
     */
    private Resolution viaProvider(String provider, String model) {
        Resolution r = model.indexOf('/') > 0 ? hf(model) : Resolution.NONE;
        if (r.model() == null && providerIds.containsKey(model)) {
            r = api(model);
        }
        if (r.model() == null && model.indexOf('/') < 0 && rules.localProvider(provider)) {
            r = ollama(model);
        }
        if (r.model() == null && model.indexOf('/') < 0) {
            Model m = idsAndAliases.get(model.toLowerCase(Locale.ROOT)); // exact only: no suggestions on this path
            r = m == null ? bare(model) : new Resolution(m, How.ALIAS, null);
        }
        if (r.model() == null) {
            return Resolution.NONE;
        }
        String platform = rules.hosted().platform(provider);
        String via = rules.hosted().namespace(provider) ? "vendor namespace " + provider + "/"
                : (rules.localProvider(provider) ? "served by " : "hosted API via ") + (platform == null ? provider : platform);
        return new Resolution(r.model(), r.how(), r.note() == null ? via : r.note().startsWith("hosted") ? r.note() : r.note() + "; " + via);
    }

    /** A copy of a copy named after the re-uploader it came from ({@code Unsloth-Phi-4}: unsloth/phi-4's): the catalog name, or null. */
    private String uploaderCopy(String base) {
        int dash = base.indexOf('-');
        String rest = dash > 0 && rules.reuploader(base.substring(0, dash)) ? base.substring(dash + 1) : null;
        return rest != null && repoNames.containsKey(nameKey(rest)) ? rest : null;
    }

    /** A repo name compared across uploaders: case and Meta's "Meta-" prefix and "-hf" suffix do not count. */
    static String nameKey(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        if (n.startsWith("meta-")) {
            n = n.substring(5);
        }
        if (n.endsWith("-hf")) {
            n = n.substring(0, n.length() - 3);
        }
        return n;
    }

    public Resolution resolve(Reference written) {
        Reference ref = written.unquantized();
        return switch (ref.kind()) {
            case ARGUMENT -> typed.find(ref.text()).map(m -> new Resolution(m, m.id().equals(ref.text().strip()) ? How.EXACT : How.ALIAS, null))
                    .orElse(Resolution.NONE);
            case OLLAMA_TAG -> AliasEntries.target(ref) != null ? AliasEntries.resolve(this, AliasEntries.target(ref))
                    : rules.provider(ref.text().strip()) != null ? hf(ref.text()) : ollama(ref.text());
            case API -> api(ref.text());
            default -> hfOrRepoName(ref.text());
        };
    }

    private Resolution hfOrRepoName(String text) {
        Resolution r = hf(text);
        return r.model() != null || text.indexOf('/') >= 0 ? r : bareNames.unsized(text.strip());
    }

    /** A Hub repo's whole name without its org, as a table's model cell writes it ({@code Phi-4}, {@code DeepSeek-R1}). */
    Resolution repoName(String name) {
        Resolution r = bare(name);
        return r.model() != null ? r : bareNames.unsized(name.strip());
    }

    /** True when the catalog knows this name exactly or as a re-upload (used to accept names found without context). */
    boolean knows(String text, boolean ollama) {
        return (ollama ? ollama(text) : hf(text)).model() != null;
    }

    Resolution hf(String text) {
        String t = ScannedLine.VARIANT.matcher(text.strip()).replaceFirst(""); // org/name-{quantization}: the model whose build it picks
        for (String p : new String[] {"https://", "http://", "www.", "huggingface.co/", "hf.co/"}) {
            if (t.regionMatches(true, 0, p, 0, p.length())) {
                t = t.substring(p.length());
            }
        }
        if (providerIds.containsKey(t) && !repos.containsKey(t.toLowerCase(Locale.ROOT))) {
            return api(t); // a provider's API string written like a repo id (Together's Qwen/Qwen2.5-7B-Instruct-Turbo)
        }
        String provider = rules.provider(t);
        Resolution routed = provider == null || repos.containsKey(t.toLowerCase(Locale.ROOT)) ? Resolution.NONE
                : viaProvider(provider, t.substring(provider.length() + 1));
        if (routed.model() != null) {
            return routed;
        }
        int colon = t.indexOf(':');
        if (colon > 0) {
            t = t.substring(0, colon); // hf.co/{org}/{repo}:Q4_K_M names a GGUF file of the repo
        }
        Model m = repos.get(t.toLowerCase(Locale.ROOT));
        if (m != null) {
            return new Resolution(m, How.EXACT, null);
        }
        Map.Entry<String, String> respelled = rules.hosted().respell(t);
        m = respelled == null ? null : repos.get(respelled.getKey());
        if (m != null) {
            return new Resolution(m, How.ALIAS, "hosted API name on " + respelled.getValue() + " for " + BareNames.originalRepo(m, respelled.getKey()));
        }
        int slash = t.indexOf('/');
        if (slash <= 0 || t.indexOf('/', slash + 1) >= 0) {
            return slash < 0 ? bare(t) : Resolution.NONE; // a loader's bare name (from_pretrained("…")) may be a catalog name
        }
        String org = t.substring(0, slash);
        String name = t.substring(slash + 1);
        Matcher suffix = FORMAT_SUFFIX.matcher(name);
        String base = suffix.find() ? name.substring(0, suffix.start()) : name;
        boolean copy = !base.equals(name) || rules.reuploader(org);
        m = copy ? repoNames.get(nameKey(base)) : null;
        String inner = m == null && copy ? uploaderCopy(base) : null;
        base = inner != null ? inner : base;
        m = inner != null ? repoNames.get(nameKey(inner)) : m;
        int under = base.indexOf('_');
        String joined = under > 0 && rules.reuploader(org) ? base.substring(0, under) + "/" + base.substring(under + 1) : null;
        if (m == null && joined != null && repos.containsKey(joined.toLowerCase(Locale.ROOT))) {
            // bartowski/google_gemma-3-4b-it-GGUF: a re-uploader writes the original org before the name, joined by '_'
            return new Resolution(repos.get(joined.toLowerCase(Locale.ROOT)), How.RE_UPLOAD, "re-upload of " + joined);
        }
        if (m == null && copy && rules.reuploader(org) && idsAndAliases.containsKey(base.toLowerCase(Locale.ROOT))) {
            Model alias = idsAndAliases.get(base.toLowerCase(Locale.ROOT)); // unsloth/llama-3.3-70b: a catalog alias, copied
            return new Resolution(alias, How.RE_UPLOAD, "re-upload of " + alias.hfRepos().get(0) + " (named by its catalog alias)");
        }
        if (m != null) {
            String original = BareNames.originalRepo(m, base);
            boolean sameOrg = original.regionMatches(true, 0, org + "/", 0, org.length() + 1);
            return new Resolution(m, sameOrg ? How.ALIAS : How.RE_UPLOAD,
                    (sameOrg ? "a " + name.substring(base.length()).replaceFirst("^[-_.]", "") + " copy of " : "re-upload of ") + original);
        }
        return Resolution.NONE;
    }

    Resolution ollama(String text) {
        String t = text.strip();
        if (t.regionMatches(true, 0, "hf.co/", 0, 6) || t.regionMatches(true, 0, "huggingface.co/", 0, 15)) {
            return hf(t);
        }
        Resolution r = ollamaTags.resolve(t);
        if (r.model() == null && providerIds.containsKey(t)) {
            return api(t); // a table or list of names a runtime may serve also holds a provider's exact API names (open-mixtral-8x7b)
        }
        // an untagged name the catalog records no latest for may still be a hosted or catalog name with its size (llama-3.3-70b)
        return r.model() != null ? r : t.indexOf(':') < 0 ? bare(t) : galleryName(t);
    }

    /**
     * A bare sized name a hosted API or local runtime uses for a catalog model (see {@link BareNames}), else a local runtime's
     * gallery name recorded in the catalog's rules ({@code qwen3-4b-vllm-cpp}): the repo that runtime installs under it.
     */
    Resolution bare(String name) {
        Resolution r = bareNames.resolve(name);
        return r.model() != null ? r : galleryName(name);
    }

    /** The model of the repo a runtime's gallery installs under this name (reference-rules.yaml, runtime_names), or none. */
    private Resolution galleryName(String name) {
        dev.owl.catalog.ReferenceRule rule = rules.runtimeName(name.strip());
        Resolution r = rule == null ? Resolution.NONE : hf(rule.replacement());
        if (r.model() == null) {
            return Resolution.NONE;
        }
        String via = rule.platform() + " gallery name for " + rule.replacement();
        return new Resolution(r.model(), How.ALIAS, r.note() == null ? via : via + ", " + r.note());
    }

    /**
     * For a name the catalog does not know: the restricted model it spells or the family it seems to derive from (see
     * {@link RestrictedFamilies#likelyFamily}), or empty. Derivatives of these families carry their license and naming duties.
     */
    public Optional<String> likelyFamily(String text) {
        return families.likelyFamily(text);
    }
}
