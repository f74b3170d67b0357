package dev.owl.cli;

import dev.owl.catalog.Catalog;
import dev.owl.catalog.CatalogLocation;
import dev.owl.catalog.Model;
import dev.owl.catalog.Override;
import dev.owl.render.Sections;
import dev.owl.render.Sections.Field;
import dev.owl.render.Table;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code owl catalog info}: what the loaded catalog holds, where it came from, and what was overridden. */
@Command(name = "info", mixinStandardHelpOptions = true,
        description = "Summarize the catalog: counts by family, vendor, license and status; locations; overrides.",
        footerHeading = "%nExamples:%n",
        footer = {"  owl catalog info", "  owl --catalog ./my-catalog catalog info --format json | jq .overrides"})
final class CatalogInfoCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @java.lang.Override
    public Integer call() {
        OwlCommand owl = OwlCommand.of(spec);
        Catalog c = owl.catalog();
        Map<String, Integer> byFamily = count(c.models(), Model::family);
        Map<String, Integer> byVendor = count(c.models(), Model::vendor);
        Map<String, Integer> byLicense = count(c.models(), Model::license);
        Map<String, Integer> byStatus = count(c.models(), m -> m.status().key());

        Map<String, Object> tree = new LinkedHashMap<>();
        List<Map<String, Object>> locations = new ArrayList<>();
        for (CatalogLocation l : c.locations()) {
            Map<String, Object> lt = new LinkedHashMap<>();
            lt.put("path", l.label());
            lt.put("builtin", l.builtin());
            locations.add(lt);
        }
        tree.put("locations", locations);
        tree.put("counts", CatalogValidateCommand.counts(c));
        tree.put("by_family", byFamily);
        tree.put("by_vendor", byVendor);
        tree.put("by_license", byLicense);
        tree.put("by_status", byStatus);
        List<Map<String, Object>> overrides = new ArrayList<>();
        for (Override o : c.overrides()) {
            Map<String, Object> ot = new LinkedHashMap<>();
            ot.put("kind", o.kind());
            ot.put("id", o.id());
            ot.put("replaced", o.replaced());
            ot.put("by", o.by());
            overrides.add(ot);
        }
        tree.put("overrides", overrides);

        Sections s = new Sections("owl catalog");
        List<Field> summary = new ArrayList<>();
        for (CatalogLocation l : c.locations()) {
            summary.add(new Field("location", l.label() + (l.builtin() ? " (built-in)" : "")));
        }
        summary.add(new Field("models", c.models().size() + " (" + byStatus.entrySet().stream()
                .map(e -> e.getValue() + " " + e.getKey().replace('_', ' ')).reduce((a, b) -> a + ", " + b).orElse("") + ")"));
        summary.add(new Field("licenses", Integer.toString(c.licenses().size())));
        summary.add(new Field("accelerators", Integer.toString(c.accelerators().size())));
        summary.add(new Field("runtimes", Integer.toString(c.runtimes().size())));
        s.section("Summary", summary);
        s.table("Models by family", countTable("FAMILY", byFamily));
        s.table("Models by vendor", countTable("VENDOR", byVendor));
        s.table("Models by license", countTable("LICENSE", byLicense));
        Table ot = Table.of("KIND", "ID", "REPLACED", "BY");
        for (Override o : c.overrides()) {
            ot.row(o.kind(), o.id(), o.replaced(), o.by());
        }
        s.table("Overrides", ot);
        owl.renderer().sections(s, tree, spec.commandLine().getOut());
        return ExitCode.OK;
    }

    private static Map<String, Integer> count(List<Model> models, Function<Model, String> key) {
        Map<String, Integer> counts = new TreeMap<>();
        for (Model m : models) {
            counts.merge(key.apply(m), 1, Integer::sum);
        }
        return counts;
    }

    private static Table countTable(String header, Map<String, Integer> counts) {
        Table t = Table.of(header, ">MODELS");
        counts.forEach((k, v) -> t.row(k, Integer.toString(v)));
        return t;
    }
}
