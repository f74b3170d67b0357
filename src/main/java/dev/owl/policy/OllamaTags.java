package dev.owl.policy;

import dev.owl.catalog.Catalog;
import dev.owl.catalog.Model;
import dev.owl.policy.ReferenceResolver.How;
import dev.owl.policy.ReferenceResolver.Resolution;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Ollama library names as the catalog records them: each model's tags ({@code qwen3:8b}), and the model a library name's
 * {@code latest} tag pulls, which the catalog records as the bare name ({@code qwen3}) or as {@code qwen3:latest} on that
 * model. An untagged name resolves only through that record, never by guessing a size: Ollama's {@code deepseek-r1} is
 * a distill, not the 671B model of the same name. A name two models claim as their {@code latest} resolves to neither.
 */
final class OllamaTags {
    /**
     * A name that ends in a quantized or converted build's formats ({@code Llama-3.1-8B-Instruct-GGUF}, {@code …-AWQ}, WebLLM's
     * {@code …-q4f32_1-MLC-1k}; the formats {@link ReferenceResolver#FORMAT_SUFFIX} knows, then maybe a context or batch size), not a
     * word after them ({@code …-fp8-fast}, {@code …-nvfp4-vllm-cpp}): a Hub repo's build named without its org, a name Ollama's
     * library never has.
     */
    static final java.util.regex.Pattern BUILD_NAME = java.util.regex.Pattern.compile(
            "(?i)(?:[-_.](?:" + ReferenceResolver.FORMATS + "))+(?:-(?:\\d+k|b\\d+))?$");

    private final Map<String, Model> tags = new HashMap<>();
    private final Map<String, Model> latest = new HashMap<>();

    OllamaTags(Catalog catalog) {
        Set<String> claimedTwice = new HashSet<>();
        for (Model m : catalog.models()) {
            for (String tag : m.ollamaTags()) {
                String t = tag.toLowerCase(Locale.ROOT);
                tags.putIfAbsent(t, m);
                String name = t.endsWith(":latest") ? t.substring(0, t.length() - ":latest".length()) : t.indexOf(':') < 0 ? t : null;
                Model before = name == null ? null : latest.putIfAbsent(name, m);
                if (before != null && before != m) {
                    claimedTwice.add(name);
                }
            }
        }
        claimedTwice.forEach(latest::remove);
    }

    /** A name:tag the catalog records, a build of one (a size tag's variant and quantization), or an untagged name's latest. */
    Resolution resolve(String text) {
        String written = text.strip();
        String t = written.toLowerCase(Locale.ROOT);
        int colon = t.indexOf(':');
        String name = colon < 0 ? t : t.substring(0, colon);
        String tag = colon < 0 ? "latest" : t.substring(colon + 1);
        if (tag.equals("latest")) {
            Model m = latest.get(name);
            return m == null ? Resolution.NONE : new Resolution(m, How.OLLAMA_DEFAULT, latestNote(name, colon < 0, m));
        }
        Model m = tags.get(t);
        if (m != null) {
            return new Resolution(m, How.EXACT, null);
        }
        int dash = tag.indexOf('-');
        if (dash > 0) {
            // a size tag with a variant and quantization (8b-instruct-q4_K_M) is a build of the size tag's model
            m = tags.get(name + ":" + tag.substring(0, dash));
            if (m != null) {
                return new Resolution(m, How.ALIAS, "a " + written.substring(colon + 1 + dash + 1) + " build of " + name + ":" + tag.substring(0, dash));
            }
        }
        return Resolution.NONE;
    }

    /**
     * What the finding says: the tag Ollama pulls and the catalog's record of it ("untagged: Ollama pulls deepseek-r1:latest,
     * which the catalog records as deepseek-r1:8b, deepseek-r1-0528-qwen3-8b").
     */
    private static String latestNote(String name, boolean untagged, Model m) {
        String sized = m.ollamaTags().stream().filter(x -> x.regionMatches(true, 0, name + ":", 0, name.length() + 1)
                && !x.toLowerCase(Locale.ROOT).endsWith(":latest")).findFirst().orElse(null);
        return (untagged ? "untagged: " : "") + "Ollama pulls " + name + ":latest, which the catalog records as "
                + (sized == null ? m.id() : sized + ", " + m.id());
    }
}
