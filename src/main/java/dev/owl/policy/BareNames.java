package dev.owl.policy;

import dev.owl.catalog.Model;
import dev.owl.policy.ReferenceResolver.How;
import dev.owl.policy.ReferenceResolver.Resolution;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;

/**
 * Bare names with a size in them that hosted APIs and local runtimes use for catalog models: a catalog id or alias
 * (Cerebras' {@code llama-3.3-70b}, {@code gpt-oss-120b}), the name part of a catalog repo ({@code
 * llama-4-scout-17b-16e-instruct} for meta-llama/Llama-4-Scout-17B-16E-Instruct), compared without case; else the same
 * less a quantization suffix ({@code llama-3.3-70b-instruct-fp8-fast}) or respelled as a platform writes versions
 * (Fireworks' {@code llama-v3p1-405b-instruct}). Never an unsized name: Ollama's deepseek-r1 is a distill, the catalog's
 * deepseek-r1 the 671B model.
 */
final class BareNames {
    private final Map<String, Model> idsAndAliases;
    private final Map<String, Model> repoNames;
    private final HostedNames hosted;

    /** Both maps are keyed lower case; {@code repoNames} by {@link ReferenceResolver#nameKey}. Read, never copied. */
    BareNames(Map<String, Model> idsAndAliases, Map<String, Model> repoNames, HostedNames hosted) {
        this.idsAndAliases = idsAndAliases;
        this.repoNames = repoNames;
        this.hosted = hosted;
    }

    Resolution resolve(String name) {
        String t = name.toLowerCase(Locale.ROOT);
        if (!NameShapes.PARAM_SIZE.matcher(t).find()) {
            return Resolution.NONE;
        }
        Resolution r = exact(t, name);
        Map.Entry<String, String> respelled = r.model() == null ? hosted.respell(t) : null;
        if (respelled != null) {
            r = exact(respelled.getKey(), respelled.getKey());
            String as = "hosted API name on " + respelled.getValue();
            return r.model() == null ? r : new Resolution(r.model(), How.ALIAS, r.note() == null ? as : as + ", " + r.note());
        }
        return r;
    }

    /**
     * A name without a size, written with capitals as the Hub spells repos ({@code DeepSeek-R1}, {@code Phi-4}, {@code GLM-4.5}),
     * names a model only when it is a catalog id or a catalog repo's whole name, exactly (no suffix taken off): a shorter or longer
     * name is a family, or another model. In lower case it may be an Ollama library name ({@code deepseek-r1} pulls a distill),
     * which the Ollama tags resolve. Only a table's model cell is read so ({@link ReferenceResolver#repoName}): in prose the same
     * word names a family or a paper.
     */
    Resolution unsized(String name) {
        String t = name.toLowerCase(Locale.ROOT);
        if (t.equals(name)) {
            return Resolution.NONE;
        }
        Model m = idsAndAliases.get(t);
        if (m != null && m.id().equals(t)) {
            return new Resolution(m, How.ALIAS, null);
        }
        m = repoNames.get(ReferenceResolver.nameKey(t));
        boolean whole = m != null && m.hfRepos().stream().anyMatch(r -> r.substring(r.indexOf('/') + 1).equalsIgnoreCase(t));
        return whole ? new Resolution(m, How.ALIAS, "the name of " + originalRepo(m, t)) : Resolution.NONE;
    }

    /** By id, alias or repo name, then the same less a quantization or format suffix. */
    private Resolution exact(String t, String asWritten) {
        Model m = idsAndAliases.get(t);
        if (m != null) {
            return new Resolution(m, How.ALIAS, null);
        }
        m = repoNames.get(ReferenceResolver.nameKey(t));
        if (m != null) {
            return new Resolution(m, How.ALIAS, "the name of " + originalRepo(m, t));
        }
        Matcher suffix = ReferenceResolver.FORMAT_SUFFIX.matcher(t);
        if (suffix.find() && suffix.start() > 0) {
            String base = t.substring(0, suffix.start());
            m = idsAndAliases.containsKey(base) ? idsAndAliases.get(base) : repoNames.get(ReferenceResolver.nameKey(base));
            if (m != null) {
                return new Resolution(m, How.ALIAS, asWritten.substring(suffix.start()) + " build of " + originalRepo(m, base));
            }
        }
        return Resolution.NONE;
    }

    /** The catalog repo {@code name} (org/name, without case), else the one whose name part it is (by name key), else the first. */
    static String originalRepo(Model m, String name) {
        String key = ReferenceResolver.nameKey(name.substring(name.indexOf('/') + 1));
        return m.hfRepos().stream().filter(r -> r.equalsIgnoreCase(name)).findFirst()
                .or(() -> m.hfRepos().stream().filter(r -> ReferenceResolver.nameKey(r.substring(r.indexOf('/') + 1)).equals(key)).findFirst())
                .orElse(m.hfRepos().isEmpty() ? m.id() : m.hfRepos().get(0));
    }
}
