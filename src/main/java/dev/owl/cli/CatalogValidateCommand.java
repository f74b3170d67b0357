package dev.owl.cli;

import dev.owl.catalog.Catalog;
import dev.owl.catalog.CatalogLoader;
import dev.owl.catalog.ValidationReport;
import dev.owl.input.Diagnostic;
import dev.owl.input.InputException;
import dev.owl.render.Detail;
import dev.owl.render.Format;
import dev.owl.units.Quantities;
import dev.owl.view.CatalogViews;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code owl catalog validate [DIR…]}: every finding of the built-in and user catalogs; exit 1 if any. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Check catalog files and print every finding.",
            "The built-in catalog, --catalog directories and the DIRs given."},
        footerHeading = "%nExamples:%n",
        footer = {"  owl catalog validate ./my-catalog",
            "  owl catalog validate ./my-catalog --format json | jq '.errors[].message'",
            "%nExit status: 0 when the catalog is valid, 1 when there is any finding, 3 when a DIR is not there."})
final class CatalogValidateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "DIR", arity = "0..*", description = "User catalog directories to check with the built-in one.")
    List<Path> dirs = new ArrayList<>();

    @Override
    public Integer call() {
        Session owl = Session.of(spec);
        // A DIR that is not there is input the check could not read (exit 3, as for --catalog), not a finding
        // about a catalog (exit 1): a CI step must tell "the catalog is invalid" from "the path is wrong".
        List<Diagnostic> missing = dirs.stream().filter(d -> !Files.exists(d))
                .map(d -> new Diagnostic(d.toString(), 0, 0, "catalog directory not found",
                        "pass a directory that holds models/, licenses/, hardware.yaml or runtimes.yaml, or a file from 'owl catalog compile'"))
                .toList();
        if (!missing.isEmpty()) {
            throw new InputException(missing);
        }
        CatalogLoader.Validation v = new CatalogLoader().validate(owl.locations(dirs));
        owl.noteCatalog(v.catalog());
        PrintWriter out = spec.commandLine().getOut();
        Format format = owl.renderer().format();
        if (format != Format.TABLE) {
            ValidationReport report = ValidationReport.of(v);
            owl.renderer().report(report, report.errors(), CatalogViews.FINDINGS, out);
        } else if (v.diagnostics().isEmpty()) {
            Catalog c = v.catalog();
            if (owl.detail() == Detail.QUIET) {
                return ExitCode.OK; // the exit code says it
            }
            out.println("ok: " + counts(c) + " in " + Quantities.count(c.locations().size(), "location"));
        } else {
            ErrorHandler.printDiagnostics(v.diagnostics(), out);
        }
        out.flush();
        return v.diagnostics().isEmpty() ? ExitCode.OK : ExitCode.CHECK_FAILED;
    }

    /** What a catalog holds, in words: {@code 1 model, 17 licenses, 47 accelerators, 15 runtimes, 168 reference rules}. */
    static String counts(Catalog c) {
        return Quantities.count(c.models().size(), "model") + ", " + Quantities.count(c.licenses().size(), "license") + ", "
                + Quantities.count(c.accelerators().size(), "accelerator") + ", " + Quantities.count(c.runtimes().size(), "runtime")
                + ", " + Quantities.count(c.referenceRules().size(), "reference rule");
    }
}
