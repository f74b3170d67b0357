package dev.owl.catalog;

import java.time.LocalDate;
import java.util.Comparator;
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

    /**
     * The default order of {@code owl list} ({@code --sort family}): family, release date, total parameters (unknowns
     * last), then id, so it is total. A compiled catalog stores its models' indexes in this order: a change here must
     * change {@code CompiledCatalog.ORDER} too, so that files stored in the old order are compiled again.
     */
    public static final Comparator<ModelHead> DEFAULT_ORDER = Comparator.comparing(ModelHead::family)
            .thenComparing(ModelHead::releaseDate, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(ModelHead::paramsTotalB, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(ModelHead::id);

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
