package dev.owl.cli;

import dev.owl.catalog.Catalog;
import dev.owl.catalog.Model;
import dev.owl.query.LicenseResolver;
import dev.owl.query.LicenseSummary;
import dev.owl.view.LicenseViews;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code owl license show ID|MODEL}: every term with its section and source. */
@Command(name = "show", mixinStandardHelpOptions = true,
        description = {"Show a license's terms, or a model's license.",
            "Each term with its section of the text; given a model, its license and notes."},
        footerHeading = "%nExamples:%n",
        footer = {"  owl license show llama-3.1-community", "  owl license show codestral-22b-v0.1",
            "  owl license show llama3.1 --format json | jq .mau_threshold"})
final class LicenseShowCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "LICENSE|MODEL", completionCandidates = Candidates.LicensesOrModels.class, description = "License id, HF tag or SPDX id; or a model name.")
    String name;

    @Override
    public Integer call() {
        Session owl = Session.of(spec);
        Catalog catalog = owl.catalog();
        LicenseResolver.Named named = new LicenseResolver(catalog).licenseOrModel(name);
        Model model = named.model();
        LicenseSummary summary = LicenseSummary.of(named.license(), catalog);
        Object result = model == null ? summary : new LicenseSummary.OfModel(model.id(), model.notes(), summary);
        java.io.StringWriter text = new java.io.StringWriter();
        owl.renderer().record(result, LicenseViews.sections(summary, model), new java.io.PrintWriter(text));
        owl.page(text.toString(), spec.commandLine().getOut());
        return ExitCode.OK;
    }
}
