package dev.owl.policy;

import dev.owl.catalog.ReferenceRule;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * How hosting platforms write the names of open models they serve ({@code hosted_names} in reference-rules.yaml): their
 * own prefixes ({@code @cf/}, {@code accounts/fireworks/models/}), vendor namespaces ({@code meta/}), suffixes for their
 * builds ({@code -Turbo}) and version spellings ({@code v3p1} for 3.1). Names only: resolving is the resolver's.
 */
record HostedNames(Map<String, String> prefixes, Map<String, String> namespaces, Map<String, String> suffixes,
        List<Spelling> spellings) {
    /** A platform's way of writing part of a name, as a regular expression over the lower-case name and its replacement. */
    record Spelling(Pattern pattern, String replacement, String platform) {}


    HostedNames {
        prefixes = Map.copyOf(prefixes);
        namespaces = Map.copyOf(namespaces);
        suffixes = Map.copyOf(suffixes);
        spellings = List.copyOf(spellings);
    }

    /** The hosted-name rules of a catalog ({@code hosted_names} in reference-rules.yaml), keys lower case. */
    static HostedNames of(List<ReferenceRule> rules) {
        Map<String, String> prefixes = new HashMap<>();
        Map<String, String> namespaces = new HashMap<>();
        Map<String, String> suffixes = new HashMap<>();
        List<Spelling> spellings = new ArrayList<>();
        for (ReferenceRule r : rules) {
            String key = r.name().toLowerCase(Locale.ROOT);
            switch (r.kind()) {
                case HOSTED_PREFIX -> prefixes.put(key, r.platform());
                case VENDOR_NAMESPACE -> namespaces.put(key, r.platform());
                case HOSTED_SUFFIX -> suffixes.put(key, r.platform());
                case HOSTED_SPELLING -> spellings.add(new Spelling(Pattern.compile(r.name()), r.replacement(), r.platform()));
                default -> { }
            }
        }
        return new HostedNames(prefixes, namespaces, suffixes, spellings);
    }

    /**
     * The platform prefix or vendor namespace a name starts with, lower case ({@code @cf} in {@code @cf/meta/llama-3.1-8b-
     * instruct}, the longest that matches), or null.
     */
    String prefix(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        String best = null;
        for (String p : prefixes.keySet()) {
            if (n.startsWith(p + "/") && n.length() > p.length() + 1 && (best == null || p.length() > best.length())) {
                best = p;
            }
        }
        if (best != null) {
            return best;
        }
        int slash = n.indexOf('/');
        return slash > 0 && namespaces.containsKey(n.substring(0, slash)) && slash < n.length() - 1 ? n.substring(0, slash) : null;
    }

    boolean namespace(String prefix) {
        return namespaces.containsKey(prefix);
    }

    /** The platform whose prefix, namespace or suffix this is. */
    String platform(String prefixOrSuffix) {
        String p = prefixes.get(prefixOrSuffix);
        return p != null ? p : namespaces.getOrDefault(prefixOrSuffix, suffixes.get(prefixOrSuffix));
    }

    /** The platform prefixes, longest first (a scan looks for names that start with one). */
    List<String> prefixesLongestFirst() {
        List<String> sorted = new ArrayList<>(prefixes.keySet());
        sorted.sort(new LongestFirst());
        return List.copyOf(sorted);
    }

    /**
     * Longer strings first. A class, not {@code Comparator.comparingInt(String::length).reversed()}: that makes lambda
     * classes inside {@code java.util.Comparator}, which owl's class-data archive cannot hold, on every run.
     */
    private static final class LongestFirst implements Comparator<String> {
        @Override
        public int compare(String a, String b) {
            return Integer.compare(b.length(), a.length());
        }
    }

    /**
     * The name as the catalog would write it, when a platform's suffix or spelling applies ({@code
     * meta-llama/meta-llama-3.1-8b-instruct} for Together's {@code …-Instruct-Turbo}); the platform, or null when none applies.
     */
    Map.Entry<String, String> respell(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        String platform = null;
        for (Map.Entry<String, String> s : suffixes.entrySet()) {
            if (n.endsWith(s.getKey()) && n.length() > s.getKey().length()) {
                n = n.substring(0, n.length() - s.getKey().length());
                platform = s.getValue();
                break;
            }
        }
        for (Spelling s : spellings) {
            String r = s.pattern().matcher(n).replaceAll(s.replacement());
            if (!r.equals(n)) {
                n = r;
                platform = s.platform();
            }
        }
        return platform == null ? null : Map.entry(n, platform);
    }
}
