package dev.owl.query;

import dev.owl.catalog.Catalog;
import dev.owl.catalog.Deployment;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** Which models hosted providers serve: the filter behind {@code list --provider} and {@code --region}. */
public final class Offers {
    private Offers() {}

    /**
     * Ids of models with a served offer on {@code provider} (any provider when null) in {@code region} (any
     * when null). Region {@code eu} means documented EU residency; any other region matches the provider's
     * own region names, ignoring case.
     */
    public static Set<String> modelIds(Catalog catalog, String provider, String region, LocalDate today) {
        return catalog.deployments().stream()
                .filter(d -> d.servedOn(today))
                .filter(d -> provider == null || d.provider().equals(provider))
                .filter(d -> region == null || inRegion(d, region))
                .map(Deployment::model).collect(Collectors.toSet());
    }

    static boolean inRegion(Deployment d, String region) {
        if (region.equalsIgnoreCase("eu")) {
            return d.euResidency();
        }
        String r = region.toLowerCase(Locale.ROOT);
        return d.regions().stream().anyMatch(x -> x.toLowerCase(Locale.ROOT).equals(r));
    }

    /** Checks that {@code provider} names a hosted provider of the catalog; an unknown one gets "did you mean". */
    public static void requireProvider(Catalog catalog, String provider) {
        List<String> hosted = catalog.runtimes().stream().filter(r -> "hosted".equals(r.kind())).map(r -> r.id()).toList();
        if (!hosted.contains(provider)) {
            throw new UnknownNameException("provider", provider, dev.owl.input.Names.suggestions(provider, hosted, 3), false,
                    "hosted providers: " + String.join(", ", hosted));
        }
    }

    /**
     * Checks that {@code region} is {@code eu} or a region some offer of the catalog names (ignoring case); an
     * unknown one ("mars", a typo of "us-east-1") gets "did you mean" instead of an empty list.
     */
    public static void requireRegion(Catalog catalog, String region) {
        if (region.equalsIgnoreCase("eu")) {
            return;
        }
        Set<String> known = new java.util.TreeSet<>();
        known.add("eu");
        catalog.deployments().forEach(d -> d.regions().forEach(r -> known.add(r.toLowerCase(Locale.ROOT))));
        if (!known.contains(region.toLowerCase(Locale.ROOT))) {
            throw new UnknownNameException("region", region, regionSuggestions(region, known), false,
                    "regions the catalog's offers name: " + String.join(", ", known));
        }
    }

    /**
     * Near spellings first, then the area a cloud region name lies in: "eu-west-1", "europe-west4" and
     * "westeurope" are in "eu", "us-east-1" in "us" (when the catalog names that area).
     */
    static List<String> regionSuggestions(String region, Set<String> known) {
        List<String> near = new java.util.ArrayList<>(dev.owl.input.Names.suggestions(region, List.copyOf(known), 3));
        String r = region.toLowerCase(Locale.ROOT);
        for (String word : r.split("[^a-z0-9]+")) {
            String area = word.contains("europe") ? "eu" : word;
            if (known.contains(area) && !near.contains(area) && near.size() < 3) {
                near.add(area);
            }
        }
        return near;
    }

    /** The served offers of one model, in catalog order. */
    public static List<Deployment> of(Catalog catalog, String modelId, LocalDate today) {
        return catalog.deployments(modelId).stream().filter(d -> d.servedOn(today)).toList();
    }
}
