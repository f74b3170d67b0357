package dev.owl.query;

import dev.owl.catalog.Catalog;
import dev.owl.catalog.ModelHead;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/** Checks that names typed on the command line exist, with "did you mean" when they don't. */
public final class Known {
    private Known() {}

    /** A filter value that can match nothing is a typo: say so instead of printing an empty result. */
    public static void check(String what, Collection<String> values, Collection<String> known) {
        for (String v : values) {
            if (!known.contains(v.toLowerCase(Locale.ROOT))) {
                throw new UnknownNameException(what, v, dev.owl.input.Names.suggestions(v, known, 3), false,
                        "known: " + String.join(", ", new TreeSet<>(known)));
            }
        }
    }

    /**
     * Up to three names near {@code typed}; when none is near, the names that hold it as a whole part: "4090" is
     * rtx-4090, "h100" is each H100 (a card's number alone is many edits away from its id).
     */
    public static List<String> suggestions(String typed, List<String> names) {
        List<String> near = dev.owl.input.Names.suggestions(typed, names, 3);
        if (!near.isEmpty() || typed.isBlank()) {
            return near;
        }
        String t = typed.toLowerCase(Locale.ROOT);
        return names.stream().filter(n -> List.of(n.toLowerCase(Locale.ROOT).split("[-_:.]")).contains(t)).limit(3).toList();
    }

    public static Set<String> families(Catalog catalog) {
        Set<String> known = new TreeSet<>();
        for (ModelHead m : catalog.heads()) {
            known.add(m.family());
        }
        return known;
    }

    public static void families(Catalog catalog, Collection<String> values) {
        if (!values.isEmpty()) { // nothing to check: no pass over every model
            check("family", values, families(catalog));
        }
    }

    /** {@code parse(name)}, or an unknown-name error listing {@code names} in their order, with suggestions. */
    public static <T> T lookup(String what, String name, Function<String, T> parse, List<String> names) {
        T found = parse.apply(name);
        if (found == null) {
            throw new UnknownNameException(what, name, dev.owl.input.Names.suggestions(name, names, 3), false,
                    "known: " + String.join(", ", names));
        }
        return found;
    }
}
