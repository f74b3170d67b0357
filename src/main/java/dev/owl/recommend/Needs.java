package dev.owl.recommend;

import dev.owl.input.Names;
import dev.owl.query.UnknownNameException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The {@code --need} presets: named bundles of constraints and preferences. Each preset is spelled once here,
 * with what it asks for; an unknown name is a usage error with suggestions.
 */
public record Needs(Set<Need> needs) {
    /** One preset. */
    public enum Need {
        /** only Apache-2.0 licensed models */
        APACHE("apache"),
        /** only OSI-approved licenses, and the more permissive ranks higher */
        PERMISSIVE("permissive"),
        /** the use is commercial: the license must grant it */
        COMMERCIAL("commercial"),
        /** data must stay in the EU: open weights, or an API with stated EU residency */
        EU_DATA_RESIDENCY("eu-data-residency"),
        /** a base for fine-tuning with an open license */
        FINE_TUNING_ECOSYSTEM("fine-tuning-ecosystem");

        private final String key;

        Need(String key) {
            this.key = key;
        }

        public String key() {
            return key;
        }
    }

    public Needs {
        needs = needs.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(needs));
    }

    /** The presets named on the command line (case-insensitive). */
    public static Needs parse(List<String> names) {
        Set<Need> needs = EnumSet.noneOf(Need.class);
        List<String> keys = Arrays.stream(Need.values()).map(Need::key).toList();
        for (String name : names) {
            String k = name.strip().toLowerCase(Locale.ROOT);
            Need need = Arrays.stream(Need.values()).filter(n -> n.key.equals(k)).findFirst().orElseThrow(() ->
                    new UnknownNameException("need", name, Names.suggestions(name, keys, 3), false, "needs: " + String.join(", ", keys)));
            needs.add(need);
        }
        return new Needs(needs);
    }

    public boolean has(Need need) {
        return needs.contains(need);
    }

    /** Licenses the presets allow in addition to {@code --license-allow} (apache: Apache-2.0). */
    public List<String> allowedLicenses() {
        return has(Need.APACHE) ? List.of("apache-2.0") : List.of();
    }

    /** Whether the license must be OSI-approved. */
    public boolean requireOsi() {
        return has(Need.PERMISSIVE);
    }

    /** Whether the more permissive license ranks higher. */
    public boolean preferOpenLicense() {
        return has(Need.PERMISSIVE) || has(Need.FINE_TUNING_ECOSYSTEM);
    }

    public boolean commercial() {
        return has(Need.COMMERCIAL);
    }

    public boolean euResidency() {
        return has(Need.EU_DATA_RESIDENCY);
    }

    /** The task asked for, or fine-tuning when that preset is named. */
    public Task task(Task asked) {
        return has(Need.FINE_TUNING_ECOSYSTEM) ? Task.FINE_TUNING : asked;
    }
}
