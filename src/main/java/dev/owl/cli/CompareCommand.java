package dev.owl.cli;

import dev.owl.query.Known;
import dev.owl.input.UsageException;

import dev.owl.catalog.Catalog;
import dev.owl.catalog.Model;
import dev.owl.query.Comparison;
import dev.owl.query.Lineup;
import dev.owl.query.ModelResolver;
import dev.owl.render.Renderer;
import dev.owl.view.CompareViews;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code owl compare}: models side by side, or families tier by tier. */
@Command(name = "compare", mixinStandardHelpOptions = true,
        description = {"Compare models side by side, or families tier by tier.", "The tiers: edge, small, medium, large, frontier."},
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
        Session owl = Session.of(spec);
        if (!families.isEmpty() && !models.isEmpty()) {
            throw new UsageException("give models or --families, not both", "owl compare MODEL MODEL…, or owl compare --families FAMILY,FAMILY");
        }
        if (!generation.equalsIgnoreCase("latest") && !generation.equalsIgnoreCase("all")) {
            throw new UsageException("--generation must be latest or all, got '" + generation + "'", "--generation latest or --generation all");
        }
        if (families.isEmpty() && spec.commandLine().getParseResult().hasMatchedOption("--generation")) {
            throw new UsageException("--generation picks the models of --families; it would be ignored", "add --families FAMILY, or leave it out");
        }
        Catalog catalog = owl.catalog();
        Renderer renderer = owl.renderer();
        PrintWriter out = spec.commandLine().getOut();
        if (!families.isEmpty()) {
            Known.families(catalog, families);
            java.util.Set<String> seen = new java.util.HashSet<>();
            for (String f : families) { // as a model named twice is: two identical columns answer nothing
                if (!seen.add(f.strip().toLowerCase(java.util.Locale.ROOT))) {
                    throw new UsageException("'" + f + "' names family " + f.strip().toLowerCase(java.util.Locale.ROOT)
                            + " again", "compare different families");
                }
            }
            boolean latest = generation.equalsIgnoreCase("latest");
            Lineup lineup = Lineup.of(catalog, families, latest);
            renderer.report(lineup, lineup.tiers(), CompareViews.families(lineup.families()), out);
            note(owl, "Tiers by total parameters; " + (latest ? "the newest model per family and tier" : "every model")
                    + ". License class: permissive (OSI), conditional (commercial with conditions), non-commercial, proprietary.", out);
            return ExitCode.OK;
        }
        if (models.size() < 2) {
            throw new UsageException("compare needs at least two models (or --families)",
                    "owl compare MODEL MODEL, e.g. owl compare mixtral-8x7b-instruct-v0.1 llama-3.1-8b-instruct");
        }
        ModelResolver resolver = new ModelResolver(catalog);
        List<Model> resolved = new ArrayList<>();
        for (String name : models) {
            Model m = resolver.resolve(name);
            if (resolved.contains(m)) { // an alias, tag or repo id of a model already named: one column, twice
                throw new UsageException("'" + name + "' names " + m.id() + " again", "compare different models");
            }
            resolved.add(m);
        }
        Comparison comparison = Comparison.of(resolved, catalog);
        List<Comparison.Row> shown = comparison.rows().stream().filter(r -> !r.empty()).toList();
        renderer.report(comparison, shown, CompareViews.models(comparison.models()), out);
        if (shown.stream().anyMatch(r -> !r.comparable())) {
            note(owl, "≠ scores measured in different settings; shown with their settings, not ranked.", out);
        }
        return ExitCode.OK;
    }

    /** A sentence under the table, on a terminal only and not with --quiet. */
    /** A paragraph under the table, for people: in the table and markdown formats, not with --quiet. */
    private static void note(Session owl, String text, PrintWriter out) {
        owl.renderer().notes(text, List.of(), out);
    }
}
