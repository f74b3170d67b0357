package dev.owl.catalog;

import java.time.LocalDate;
import java.util.List;

/**
 * The part of a {@link Model} that names it, checks its references and filters and orders it in a list: a large
 * compiled catalog decodes this for every model and the whole model only for those a command shows.
 */
public record ModelHead(
        String id,
        String name,
        List<String> aliases,
        String family,
        String vendor,
        ModelStatus status,
        LocalDate releaseDate,
        List<String> hfRepos,
        List<String> ollamaTags,
        String license,
        Double paramsTotalB,
        Double paramsActiveB,
        Integer contextTokens,
        Modalities modalities,
        List<String> capabilities,
        String origin) {

    public ModelHead {
        aliases = List.copyOf(aliases);
        hfRepos = List.copyOf(hfRepos);
        ollamaTags = List.copyOf(ollamaTags);
        capabilities = List.copyOf(capabilities);
    }

    public static ModelHead of(Model m) {
        return new ModelHead(m.id(), m.name(), m.aliases(), m.family(), m.vendor(), m.status(), m.releaseDate(), m.hfRepos(),
                m.ollamaTags(), m.license(), m.paramsTotalB(), m.paramsActiveB(), m.contextTokens(), m.modalities(), m.capabilities(),
                m.origin());
    }

    /** Parameters used per token: the active count of a mixture of experts, else the total (as {@link Model} says). */
    public Double effectiveActiveParamsB() {
        return paramsActiveB != null ? paramsActiveB : paramsTotalB;
    }
}
