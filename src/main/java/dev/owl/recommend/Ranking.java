package dev.owl.recommend;

import java.util.Comparator;

/**
 * The order of a ranking: included before excluded, fewer exclusions first, higher score first, a counted fit before an
 * approximate one, then by id. A class, not a {@code Comparator.comparing(…).thenComparing(…)} chain: that makes lambda
 * classes inside {@code java.util.Comparator}, which owl's class-data archive cannot hold, on every run of fit and recommend.
 */
final class Ranking implements Comparator<Recommendation> {
    @Override
    public int compare(Recommendation a, Recommendation b) {
        int c = Boolean.compare(a.excluded(), b.excluded());
        c = c != 0 ? c : Integer.compare(a.exclusions().size(), b.exclusions().size());
        c = c != 0 ? c : Double.compare(b.score(), a.score());
        c = c != 0 ? c : Boolean.compare(approximateFit(a), approximateFit(b));
        return c != 0 ? c : a.model().id().compareTo(b.model().id());
    }

    private static boolean approximateFit(Recommendation r) {
        return r.fit() != null && r.fit().kvCacheBytes() == null;
    }
}
