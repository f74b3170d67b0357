package dev.owl.policy;

import dev.owl.catalog.Catalog;
import dev.owl.catalog.Model;
import dev.owl.catalog.ReferenceRule;
import dev.owl.input.Names;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/** Families whose licenses restrict use or naming, for the warning on a name the catalog does not know. */
final class RestrictedFamilies {
    /** Families whose licenses restrict use or naming: an unknown name that contains one is probably a derivative. */
    private static final List<String> RESTRICTED = List.of("codestral", "ministral", "llama", "gemma");

    /**
     * A restricted family's word starting a word of the name (not ollama's "llama") with a digit somewhere after it (a
     * version or size): the shape of a model's name rather than a tool's or a class's.
     */
    private static final Pattern FAMILY_MODEL_NAME = Pattern.compile("(?:(?<![a-z])|(?<=code))(?:codestral|ministral|llama|gemma)[^/]*\\d");

    /** A spelling shorter than this ({@code llama2}, {@code gemma3}) names a family's line, not one model. */
    private static final int MIN_SPELLING = 8;

    private final Catalog catalog;
    private final ReferenceRules rules;
    /** The restricted families' models by each spelling of their names (letters and digits), longest first. */
    private final List<Map.Entry<String, Model>> spellings;
    /**
     * Prefixes of open lines named after a restricted family but recording no base ({@code open-llama}, {@code tinyllama}:
     * trained from scratch): the family's word inside one suggests no family.
     */
    private final List<String> lookalikes;

    RestrictedFamilies(Catalog catalog, ReferenceRules rules) {
        this.catalog = catalog;
        this.rules = rules;
        this.spellings = catalog.models().stream()
                .filter(m -> RESTRICTED.stream().anyMatch(f -> m.id().contains(f)))
                .flatMap(m -> java.util.stream.Stream.of(List.of(m.id()), m.aliases(), m.ollamaTags(),
                                m.hfRepos().stream().map(r -> r.substring(r.indexOf('/') + 1)).toList())
                        .flatMap(List::stream).map(n -> Map.entry(Names.spelling(n), m)))
                .filter(e -> e.getKey().length() >= MIN_SPELLING && e.getKey().chars().anyMatch(Character::isDigit))
                .distinct().sorted(Comparator.comparingInt((Map.Entry<String, Model> e) -> -e.getKey().length())).toList();
        this.lookalikes = rules.openModels().entrySet().stream()
                .filter(e -> e.getValue().baseLicense() == null && RESTRICTED.stream().anyMatch(e.getKey()::contains))
                .map(Map.Entry::getKey).toList();
    }

    /**
     * For a name the catalog does not know: the restricted model it spells ("id (license, as the name spells it)") or the
     * family it seems to derive from ("family (licenses)"), or empty. Derivatives of these families carry their license and naming duties.
     */
    Optional<String> likelyFamily(String text) {
        String t = text.toLowerCase(Locale.ROOT);
        int slash = t.lastIndexOf('/');
        String name = slash < 0 ? t : t.substring(slash + 1);
        ReferenceRule line = rules.openLine(name);
        if (line != null && line.baseLicense() != null) { // the line's own source names its base (Code Llama: Llama 2)
            return Optional.of(line.baseLicense() + " (the " + line.name() + " line is built on it, per its vendor's page)");
        }
        name = name.replace('_', '-');
        for (String lookalike : lookalikes) { // open_llama_13b, …-open-llama-13b: OpenLLaMA, not Meta's Llama
            name = name.replace(lookalike, "-");
        }
        if (!FAMILY_MODEL_NAME.matcher(name).find()) {
            return Optional.empty(); // llamacpp, LlamaOpenAI, ollama_chat: a tool or class named after a family, no model
        }
        // a catalog model spelt whole inside the name (h2ogpt-4096-llama2-7b-chat spells llama-2-7b-chat): its likely base
        String spelt = Names.spelling(name);
        for (Map.Entry<String, Model> e : spellings) {
            if (spelt.contains(e.getKey())) {
                return Optional.of(e.getValue().id() + " (" + e.getValue().license() + ", as the name spells it)");
            }
        }
        for (String family : RESTRICTED) {
            if (name.contains(family)) {
                List<String> licenses = catalog.models().stream()
                        .filter(m -> m.id().contains(family) || m.name().toLowerCase(Locale.ROOT).contains(family))
                        .map(Model::license).distinct().sorted().toList();
                if (!licenses.isEmpty()) {
                    return Optional.of(family.substring(0, 1).toUpperCase(Locale.ROOT) + family.substring(1)
                            + " (" + String.join(", ", licenses) + ")");
                }
            }
        }
        return Optional.empty();
    }
}
