package dev.owl.policy;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/** Organisations the catalog and its rules name: repo owners, re-uploaders, provider prefixes, hosting platforms' vendor namespaces. */
final class HubOrgs {
    private HubOrgs() {}

    static Set<String> of(dev.owl.catalog.Catalog catalog, ReferenceRules rules) {
        Set<String> orgs = new HashSet<>(rules.reuploaders());
        orgs.addAll(rules.providers().keySet());
        orgs.addAll(rules.hosted().namespaces().keySet());
        for (dev.owl.catalog.Model m : catalog.models()) {
            m.hfRepos().forEach(r -> orgs.add(r.substring(0, Math.max(0, r.indexOf('/'))).toLowerCase(Locale.ROOT)));
        }
        return Set.copyOf(orgs);
    }
}
