package dev.owl.cli;

import dev.owl.catalog.Catalog;
import dev.owl.catalog.License;
import dev.owl.catalog.RegionalRestriction;
import dev.owl.catalog.Term;
import dev.owl.query.LicenseResolver;
import dev.owl.render.Table;
import dev.owl.render.Units;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code owl license compare ID ID …}: term by term, differences highlighted. */
@Command(name = "compare", mixinStandardHelpOptions = true,
        description = "Compare licenses term by term; rows whose values differ are marked with *.",
        footerHeading = "%nExamples:%n",
        footer = {"  owl license compare llama-3-community llama-3.1-community apache-2.0"})
final class LicenseCompareCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "LICENSE", arity = "2..*", completionCandidates = Candidates.Licenses.class, description = "Two or more license ids, HF tags or SPDX ids.")
    List<String> names = new ArrayList<>();

    @Override
    public Integer call() {
        OwlCommand owl = OwlCommand.of(spec);
        Catalog catalog = owl.catalog();
        LicenseResolver resolver = new LicenseResolver(catalog);
        List<License> licenses = new ArrayList<>();
        for (String n : names) {
            licenses.add(resolver.resolve(n));
        }
        List<String> headers = new ArrayList<>(List.of("TERM"));
        licenses.forEach(l -> headers.add(l.id()));
        Table t = Table.of(headers.toArray(String[]::new));
        List<Map<String, Object>> rows = new ArrayList<>();
        addRow(t, rows, "osi_approved", licenses.stream().map(l -> (Object) l.osiApproved()).toList(), List.of());
        for (String term : LicenseView.TERMS) {
            List<Object> values = new ArrayList<>();
            List<String> sections = new ArrayList<>();
            for (License l : licenses) {
                Term<?> x = LicenseView.term(l.terms(), term);
                values.add(x.value());
                sections.add(x.section());
            }
            addRow(t, rows, term, values, sections);
        }
        addRow(t, rows, "regional_restrictions", licenses.stream().map(l -> (Object) (l.regionalRestrictions().isEmpty() ? null
                : String.join(", ", l.regionalRestrictions().stream().map(RegionalRestriction::region).distinct().toList()))).toList(),
                List.of());
        Map<String, Object> tree = new LinkedHashMap<>();
        tree.put("licenses", licenses.stream().map(License::id).toList());
        tree.put("rows", rows);
        owl.renderer().table(t, tree, spec.commandLine().getOut());
        return ExitCode.OK;
    }

    private static void addRow(Table t, List<Map<String, Object>> rows, String term, List<Object> values, List<String> sections) {
        boolean differs = new LinkedHashSet<>(values.stream().map(v -> Objects.toString(v, "")).toList()).size() > 1;
        List<String> cells = new ArrayList<>(List.of(term.replace('_', ' ') + (differs ? " *" : "")));
        Set<Integer> emphasized = new LinkedHashSet<>();
        for (int i = 0; i < values.size(); i++) {
            String text = values.get(i) == null ? "—" : values.get(i) instanceof Boolean b ? Units.yesNo(b) : LicenseView.valueText(values.get(i));
            if (i < sections.size() && sections.get(i) != null && values.get(i) != null) {
                text += " [§" + sections.get(i) + "]";
            }
            cells.add(text);
            if (differs) {
                emphasized.add(i + 1);
            }
        }
        t.row(cells, emphasized);
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("term", term);
        r.put("values", values);
        r.put("differs", differs);
        rows.add(r);
    }
}
