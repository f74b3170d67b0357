package dev.owl.cli;

import dev.owl.catalog.Catalog;
import dev.owl.catalog.Model;
import dev.owl.fit.Quantization;
import dev.owl.query.UnknownNameException;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/** Checks that names typed on the command line exist, with "did you mean" when they don't. */
final class Known {
    private Known() {}

    /** A filter value that can match nothing is a typo: say so instead of printing an empty result. */
    static void check(String what, Collection<String> values, Collection<String> known) {
        for (String v : values) {
            if (!known.contains(v.toLowerCase(Locale.ROOT))) {
                throw new UnknownNameException(what, v, dev.owl.input.Names.suggestions(v, known, 3), false,
                        "known: " + String.join(", ", new TreeSet<>(known)));
            }
        }
    }

    static Set<String> families(Catalog catalog) {
        Set<String> known = new TreeSet<>();
        for (Model m : catalog.models()) {
            known.add(m.family());
        }
        return known;
    }

    static void families(Catalog catalog, Collection<String> values) {
        check("family", values, families(catalog));
    }

    static Quantization quantization(String name) {
        Quantization q = Quantization.parse(name);
        if (q == null) {
            List<String> names = Arrays.stream(Quantization.values()).map(Quantization::key).toList();
            throw new UnknownNameException("quantization", name, dev.owl.input.Names.suggestions(name, names, 3), false,
                    "known: " + String.join(", ", names));
        }
        return q;
    }
}
