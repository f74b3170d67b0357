package dev.owl.cli;

import dev.owl.catalog.Catalog;
import dev.owl.catalog.Model;
import dev.owl.query.Comparison;
import dev.owl.query.FamilyTiers;
import dev.owl.query.ModelResolver;
import dev.owl.query.UnknownNameException;
import dev.owl.render.Renderer;
import dev.owl.render.Table;
import dev.owl.render.Units;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code owl compare}: models side by side, or families tier by tier. */
@Command(name = "compare", mixinStandardHelpOptions = true,
        description = "Compare models side by side, or families tier by tier (edge, small, medium, large, frontier).",
        footerHeading = "%nExamples:%n",
        footer = {"  owl compare mistral-small-24b-instruct-2501 llama-3.3-70b-instruct",
            "  owl compare --families llama,mistral",
            "  owl compare --families llama,mistral,qwen --generation all --format markdown",
            "",
            "A benchmark row marked ≠ mixes settings (e.g. 5-shot vs 0-shot CoT): its scores are not comparable"
                + " and no best value is highlighted."})
final class CompareCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "MODEL", arity = "0..*", completionCandidates = Candidates.Models.class, description = "Two or more models.")
    List<String> models = new ArrayList<>();

    @Option(names = "--families", split = ",", paramLabel = "FAMILY", completionCandidates = Candidates.Families.class, description = "Compare families tier by tier instead.")
    List<String> families = new ArrayList<>();

    @Option(names = "--generation", paramLabel = "WHICH", description = "With --families: latest (newest per tier, default) or all.")
    String generation = "latest";

    @Override
    public Integer call() {
        OwlCommand owl = OwlCommand.of(spec);
        if (!families.isEmpty() && !models.isEmpty()) {
            throw new UsageException("give models or --families, not both", null);
        }
        if (!generation.equalsIgnoreCase("latest") && !generation.equalsIgnoreCase("all")) {
            throw new UsageException("--generation must be latest or all, got '" + generation + "'", null);
        }
        Catalog catalog = owl.catalog();
        if (!families.isEmpty()) {
            return families(owl, catalog);
        }
        if (models.size() < 2) {
            throw new UsageException("compare needs at least two models (or --families)",
                    "owl compare MODEL MODEL, e.g. owl compare mixtral-8x7b-instruct-v0.1 llama-3.1-8b-instruct");
        }
        ModelResolver resolver = new ModelResolver(catalog);
        List<Model> resolved = new ArrayList<>();
        for (String name : models) {
            resolved.add(resolver.resolve(name));
        }
        List<Comparison.Row> rows = Comparison.rows(resolved, catalog);
        Renderer renderer = owl.renderer();
        List<String> headers = new ArrayList<>(List.of(""));
        resolved.forEach(m -> headers.add(m.id()));
        Table t = Table.of(headers.toArray(String[]::new));
        boolean anyMixed = false;
        for (Comparison.Row row : rows) {
            if (row.cells().stream().allMatch(c -> c.number() == null && (c.text() == null || c.text().isEmpty()))) {
                continue;
            }
            List<String> cells = new ArrayList<>();
            anyMixed |= !row.comparable();
            cells.add(row.attribute() + (row.comparable() ? "" : " ≠"));
            for (Comparison.Cell cell : row.cells()) {
                cells.add(cellText(row, cell));
            }
            Set<Integer> best = new LinkedHashSet<>();
            row.best().forEach(i -> best.add(i + 1));
            t.row(cells, best);
        }
        Map<String, Object> tree = new LinkedHashMap<>();
        tree.put("models", resolved.stream().map(Model::id).toList());
        List<Map<String, Object>> jsonRows = new ArrayList<>();
        for (Comparison.Row row : rows) {
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("attribute", row.attribute());
            List<Object> values = new ArrayList<>();
            for (Comparison.Cell c : row.cells()) {
                if (c.number() != null && c.setting() != null) {
                    Map<String, Object> v = new LinkedHashMap<>();
                    v.put("score", c.number());
                    v.put("setting", c.setting());
                    v.put("approx", c.approx());
                    values.add(v);
                } else if (c.number() != null) {
                    values.add(c.number());
                } else {
                    values.add(c.text() == null || c.text().isEmpty() ? null : c.text());
                }
            }
            r.put("values", values);
            r.put("comparable", row.comparable());
            r.put("best", row.best().stream().map(i -> resolved.get(i).id()).toList());
            jsonRows.add(r);
        }
        tree.put("rows", jsonRows);
        PrintWriter out = spec.commandLine().getOut();
        renderer.table(t, tree, out);
        if (anyMixed && renderer.format() == dev.owl.render.Format.TABLE) {
            out.println();
            renderer.paragraph("", "", "≠ scores measured in different settings; shown with their settings, not ranked.", out);
            out.flush();
        }
        return ExitCode.OK;
    }

    private static String cellText(Comparison.Row row, Comparison.Cell c) {
        if (c.number() == null) {
            return c.text() == null ? "" : c.text();
        }
        String prefix = c.approx() ? "~" : "";
        if (row.attribute().equals("context")) {
            return prefix + Units.tokens(c.number().intValue());
        }
        if (row.attribute().startsWith("params")) {
            return Units.params(c.number(), c.approx());
        }
        String score = prefix + Units.plain(c.number());
        return c.setting() == null ? score : score + " (" + c.setting() + ")";
    }

    private int families(OwlCommand owl, Catalog catalog) {
        Known.families(catalog, families);
        boolean latest = generation.equalsIgnoreCase("latest");
        List<FamilyTiers.Row> rows = FamilyTiers.rows(catalog, families, latest);
        List<String> headers = new ArrayList<>(List.of("TIER"));
        families.forEach(f -> headers.add(f.toLowerCase(java.util.Locale.ROOT)));
        Table t = Table.of(headers.toArray(String[]::new));
        List<Map<String, Object>> tiers = new ArrayList<>();
        for (FamilyTiers.Row row : rows) {
            List<String> cells = new ArrayList<>(List.of(row.tier().key() + " (" + row.tier().range() + ")"));
            Map<String, Object> tr = new LinkedHashMap<>();
            tr.put("tier", row.tier().key());
            tr.put("range", row.tier().range());
            List<Map<String, Object>> values = new ArrayList<>();
            for (FamilyTiers.Cell cell : row.cells()) {
                List<String> texts = new ArrayList<>();
                List<Map<String, Object>> ms = new ArrayList<>();
                for (Model m : cell.models()) {
                    String licenseClass = FamilyTiers.licenseClass(catalog.license(m.license()));
                    String active = m.paramsActiveB() != null && !m.paramsActiveB().equals(m.paramsTotalB())
                            ? "/" + Units.params(m.paramsActiveB(), m.isApprox("params_active_b")) + " active" : "";
                    texts.add(m.id() + " (" + dev.owl.view.ModelViews.totalParams(m) + active + ", " + dev.owl.view.ModelViews.context(m) + ", " + licenseClass + ")");
                    Map<String, Object> mt = new LinkedHashMap<>();
                    mt.put("id", m.id());
                    mt.put("params_total_b", m.paramsTotalB());
                    mt.put("params_active_b", m.effectiveActiveParamsB());
                    mt.put("context_tokens", m.contextTokens());
                    mt.put("license", m.license());
                    mt.put("license_class", licenseClass);
                    ms.add(mt);
                }
                cells.add(texts.isEmpty() ? "—" : String.join("; ", texts));
                Map<String, Object> v = new LinkedHashMap<>();
                v.put("family", cell.family().toLowerCase(java.util.Locale.ROOT));
                v.put("models", ms);
                values.add(v);
            }
            tr.put("values", values);
            tiers.add(tr);
            t.row(cells);
        }
        Map<String, Object> tree = new LinkedHashMap<>();
        tree.put("families", families.stream().map(f -> f.toLowerCase(java.util.Locale.ROOT)).toList());
        tree.put("generation", latest ? "latest" : "all");
        tree.put("tiers", tiers);
        Renderer renderer = owl.renderer();
        PrintWriter out = spec.commandLine().getOut();
        renderer.table(t, tree, out);
        if (renderer.format() == dev.owl.render.Format.TABLE) {
            out.println();
            renderer.paragraph("", "", "Tiers by total parameters; " + (latest ? "the newest model per family and tier" : "every model")
                    + ". License class: permissive (OSI), conditional (commercial with conditions), non-commercial, proprietary.", out);
            out.flush();
        }
        return ExitCode.OK;
    }
}
