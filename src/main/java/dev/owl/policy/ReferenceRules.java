package dev.owl.policy;

import dev.owl.catalog.Catalog;
import dev.owl.catalog.ReferenceRule;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The catalog's rules for names found in files ({@code reference-rules.yaml}, built-in and user catalogs merged): organisations
 * that re-upload other vendors' weights, client libraries' provider prefixes ({@code groq/…}, {@code ollama_chat/…}), pydantic-ai's
 * {@code provider:model} provider names, closed API-only model names, open model lines the catalog lacks, hosting platforms' name
 * conventions, local runtimes' gallery
 * names, as sets a scan looks names up in. Built once per scan from the catalog, never per reference.
 */
record ReferenceRules(Set<String> reuploaders, Map<String, Boolean> providers, List<String> closedModels, HostedNames hosted,
        Map<String, ReferenceRule> openModels, Map<String, ReferenceRule> runtimeNames, Map<String, Boolean> modelStringProviders) {

    ReferenceRules {
        runtimeNames = Map.copyOf(runtimeNames);
        reuploaders = Set.copyOf(reuploaders);
        providers = Map.copyOf(providers);
        modelStringProviders = Map.copyOf(modelStringProviders);
        closedModels = List.copyOf(closedModels);
        openModels = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(openModels)); // file order: first match wins
    }

    /** The rules a catalog holds, names lower case. */
    static ReferenceRules of(Catalog catalog) {
        Set<String> reuploaders = new HashSet<>();
        Map<String, Boolean> providers = new HashMap<>();
        Map<String, Boolean> modelStrings = new HashMap<>();
        List<String> closed = new ArrayList<>();
        Map<String, ReferenceRule> open = new java.util.LinkedHashMap<>();
        Map<String, ReferenceRule> runtime = new HashMap<>();
        List<ReferenceRule> hosted = new ArrayList<>();
        for (ReferenceRule rule : catalog.referenceRules()) {
            String name = rule.name().toLowerCase(Locale.ROOT);
            switch (rule.kind()) {
                case REUPLOADER -> reuploaders.add(name);
                case PROVIDER -> providers.put(name, rule.local());
                case CLOSED_MODEL -> closed.add(name);
                case OPEN_MODEL -> open.put(name, rule);
                case RUNTIME_NAME -> runtime.put(name, rule);
                case MODEL_STRING_PROVIDER -> modelStrings.put(name, rule.local());
                default -> hosted.add(rule);
            }
        }
        return new ReferenceRules(reuploaders, providers, closed, HostedNames.of(hosted), open, runtime, modelStrings);
    }

    /** The gallery rule for a local runtime's model name ({@code qwen3-4b-vllm-cpp} on LocalAI), compared without case, or null. */
    ReferenceRule runtimeName(String name) {
        return runtimeNames.isEmpty() ? null : runtimeNames.get(name.toLowerCase(Locale.ROOT));
    }

    boolean reuploader(String org) {
        return reuploaders.contains(org.toLowerCase(Locale.ROOT));
    }

    /**
     * The provider prefix a name starts with ({@code groq} in {@code groq/llama-3.3-70b}), a hosting platform's prefix
     * ({@code @cf}, {@code accounts/fireworks/models}) or vendor namespace ({@code meta}), lower case, or null.
     */
    String provider(String name) {
        String platform = hosted.prefix(name);
        if (platform != null) {
            return platform;
        }
        int slash = name.indexOf('/');
        return slash > 0 && slash < name.length() - 1 && providers.containsKey(name.substring(0, slash).toLowerCase(Locale.ROOT))
                ? name.substring(0, slash).toLowerCase(Locale.ROOT) : null;
    }

    /**
     * LiteLLM's route to any OpenAI-compatible endpoint (https://docs.litellm.ai/docs/providers/openai_compatible): OpenAI's own
     * models have no org, so an org/name after it is a Hub repo a user's server loads; a hosted vendor's route (groq/openai/…) is its id.
     */
    private static final String OPENAI_COMPATIBLE = "openai";

    /** A prefix that routes an org/name to the user's own server, which loads that Hub repo: a local provider's, or openai/. */
    boolean routesToOwnServer(String prefix) {
        return localProvider(prefix) || prefix.equals(OPENAI_COMPATIBLE);
    }

    /** Whether a provider prefix routes to the user's own runtime (Ollama, vLLM) rather than a hosted API. */
    boolean localProvider(String prefix) {
        return Boolean.TRUE.equals(providers.get(prefix));
    }

    /**
     * Whether a bare name starts like an open-weight model line the catalog does not describe ({@code minimax-m2.7},
     * {@code command-a-03-2025}): an open name followed by nothing, a digit, '-', '.', '_' or ':'.
     */
    boolean open(String name) {
        return openLine(name) != null;
    }

    /** The open model line a bare name starts like (see {@link #open}), or null. */
    ReferenceRule openLine(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        for (Map.Entry<String, ReferenceRule> e : openModels.entrySet()) {
            String o = e.getKey(); // lower case
            if (n.startsWith(o) && (n.length() == o.length() || "-._:0123456789".indexOf(n.charAt(o.length())) >= 0)) {
                return e.getValue();
            }
        }
        return null;
    }

    /**
     * Whether a model name (after any provider prefix) is a closed API-only model's: its last segment, less a
     * Bedrock-style {@code vendor.} part, starts with a closed name followed by nothing, '-', '.' or ':'.
     */
    /** The vendor of closed models written before a model's name with '-' (Snowflake Cortex's openai-gpt-4.1, claude-… kept as is). */
    private static final java.util.regex.Pattern CLOSED_VENDOR = java.util.regex.Pattern.compile("^(?:openai|anthropic|google|amazon|xai)-");

    boolean closed(String model) {
        String n = model.substring(model.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
        int dot = n.indexOf('.');
        while (dot > 0 && n.substring(0, dot).chars().allMatch(Character::isLetter)) {
            // anthropic.claude-3-sonnet, amazon.nova-pro, and a cross-region profile's us./eu./global. before the vendor
            n = n.substring(dot + 1);
            dot = n.indexOf('.');
        }
        n = CLOSED_VENDOR.matcher(n).replaceFirst(""); // a platform's vendor-prefixed spelling: openai-gpt-4.1, anthropic-claude-…
        for (String c : closedModels) {
            if (n.startsWith(c) && (n.length() == c.length() || "-.:".indexOf(n.charAt(c.length())) >= 0)) {
                return true;
            }
        }
        return false;
    }
}
