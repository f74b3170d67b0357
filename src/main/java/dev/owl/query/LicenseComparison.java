package dev.owl.query;

import dev.owl.catalog.License;
import dev.owl.catalog.LicenseTerm;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/** {@code license compare}: the licenses' ids, then one row per term with each license's value and section. */
public record LicenseComparison(List<String> licenses, List<Row> rows) {
    public LicenseComparison {
        licenses = List.copyOf(licenses);
        rows = List.copyOf(rows);
    }

    /**
     * One term across the licenses: {@code values[i]} and {@code sections[i]} (null when not stated) belong to
     * {@code licenses[i]}; {@code differs} when the values are not all the same.
     */
    public record Row(String term, List<Object> values, List<String> sections, boolean differs) {
        public Row {
            values = java.util.Collections.unmodifiableList(new ArrayList<>(values)); // values may be null
            sections = java.util.Collections.unmodifiableList(new ArrayList<>(sections));
        }
    }

    public static LicenseComparison of(List<License> licenses) {
        List<Row> rows = new ArrayList<>();
        rows.add(row("osi_approved", licenses, l -> l.osiApproved(), l -> null));
        for (LicenseTerm term : LicenseTerm.values()) {
            rows.add(row(term.key(), licenses, l -> term.of(l.terms()).value(), l -> term.of(l.terms()).section()));
        }
        rows.add(row("regional_restrictions", licenses, l -> l.regionalRestrictions().isEmpty() ? null
                : String.join(", ", l.regionalRestrictions().stream().map(dev.owl.catalog.RegionalRestriction::region).distinct().toList()), l -> null));
        return new LicenseComparison(licenses.stream().map(License::id).toList(), rows);
    }

    private static Row row(String term, List<License> licenses, Function<License, Object> value, Function<License, String> section) {
        List<Object> values = new ArrayList<>();
        List<String> sections = new ArrayList<>();
        for (License l : licenses) {
            values.add(value.apply(l));
            sections.add(section.apply(l));
        }
        boolean differs = new LinkedHashSet<>(values.stream().map(v -> Objects.toString(v, "")).toList()).size() > 1;
        return new Row(term, values, sections, differs);
    }
}
