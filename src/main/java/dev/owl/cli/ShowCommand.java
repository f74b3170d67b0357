package dev.owl.cli;

import dev.owl.catalog.Catalog;
import dev.owl.catalog.Model;
import dev.owl.query.ModelResolver;
import dev.owl.query.ModelSummary;
import dev.owl.view.ModelViews;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code owl show MODEL}: every field of one model, grouped, with its sources. */
@Command(name = "show", mixinStandardHelpOptions = true,
        description = "Show one model: every field, grouped, with notes and sources.",
        footerHeading = "%nExamples:%n",
        footer = {"  owl show llama-3.3-70b-instruct",
            "  owl show meta-llama/Llama-3.3-70B-Instruct --sources",
            "  owl show llama3.3:70b --format json | jq .architecture"})
final class ShowCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "MODEL", completionCandidates = Candidates.Models.class, description = "Model id, alias, Hugging Face repo id, Ollama tag or unique id prefix.")
    String model;

    @Option(names = "--sources", description = "Show the source of every architecture figure and benchmark.")
    boolean sources;

    @Override
    public Integer call() {
        Session owl = Session.of(spec);
        Catalog catalog = owl.catalog();
        Model m = new ModelResolver(catalog).resolve(model);
        java.io.StringWriter text = new java.io.StringWriter();
        ModelSummary summary = ModelSummary.of(m);
        var offers = dev.owl.query.Offers.of(catalog, m.id(), owl.today());
        owl.renderer().record(dev.owl.query.ModelDetail.of(summary, offers), ModelViews.sections(summary, catalog.license(m.license()),
                offers, sources), new java.io.PrintWriter(text));
        owl.page(text.toString(), spec.commandLine().getOut());
        return ExitCode.OK;
    }
}
