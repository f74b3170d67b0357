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
    public static final Comparator<ModelHead> DEFAULT_ORDER = new DefaultOrder();

    /**
     * {@link #DEFAULT_ORDER} written out: {@code Comparator.comparing(…).thenComparing(…)} makes lambda classes inside
     * {@code java.util.Comparator}, which owl's class-data archive cannot hold, so each run generated them (3 classes).
     */
    private static final class DefaultOrder implements Comparator<ModelHead> {
        @java.lang.Override
        public int compare(ModelHead a, ModelHead b) {
            int c = a.family.compareTo(b.family);
            if (c == 0) {
                c = nullsLast(a.releaseDate, b.releaseDate);
            }
            if (c == 0) {
                c = nullsLast(a.paramsTotalB, b.paramsTotalB);
            }
            return c != 0 ? c : a.id.compareTo(b.id);
        }

        private static <T extends Comparable<? super T>> int nullsLast(T a, T b) {
            if (a == null || b == null) {
                return a == null ? (b == null ? 0 : 1) : -1;
            }
            return a.compareTo(b);
        }
    }

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
