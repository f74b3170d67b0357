package dev.owl.cli;

import dev.owl.catalog.CatalogCompiler;
import dev.owl.catalog.CatalogLocation;
import dev.owl.input.InputException;
import dev.owl.render.ReportFile;
import dev.owl.units.Quantities;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code owl catalog compile DIR -o FILE}: a user catalog validated and written in owl's compiled form. */
@Command(name = "compile", mixinStandardHelpOptions = true,
        description = {"Validate a user catalog directory and write it in compiled form.",
            "Loading it with --catalog FILE parses no YAML (a large catalog loads many times faster). Compile again "
                + "after editing the YAML or upgrading owl."},
        footerHeading = "%nExamples:%n",
        footer = {"  owl catalog compile ./my-catalog -o my-catalog.owlc",
            "  owl --catalog my-catalog.owlc list",
            "%nExit status: 0 when written; 3 when the catalog has findings (nothing is written)."})
final class CatalogCompileCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "DIR", description = "The user catalog directory (models/, licenses/, hardware.yaml, runtimes.yaml).")
    Path dir;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", required = true, description = "Where to write the compiled catalog.")
    Path output;

    @Override
    public Integer call() throws IOException {
        Session owl = Session.of(spec);
        String suggested = dir.toAbsolutePath().normalize().getFileName() + ".owlc";
        if (java.nio.file.Files.isDirectory(output)) {
            throw new dev.owl.input.UsageException(output + " is a directory", "name a file, e.g. -o " + output.resolve(suggested));
        }
        if (java.nio.file.Files.isRegularFile(output) && java.nio.file.Files.size(output) > 0
                && !dev.owl.catalog.CompiledCatalog.looksCompiled(output)) { // e.g. -o the catalog's own YAML
            throw new dev.owl.input.UsageException(output + " is not a compiled catalog; not overwriting it",
                    "write to a new file, e.g. -o " + suggested);
        }
        // validated against the catalogs it may refer to (built-in, OWL_CATALOG_PATH, --catalog), as at use
        CatalogCompiler.Result r = CatalogCompiler.compile(owl.locations(java.util.List.of()),
                new CatalogLocation(dir.toString(), dir, false));
        if (!r.diagnostics().isEmpty()) {
            throw new InputException(r.diagnostics());
        }
        dev.owl.render.ReportFile.write(output, r.bytes());
        PrintWriter out = spec.commandLine().getErr(); // the result is the file: stdout stays empty, as for license check -o and --init
        owl.tell(out, "wrote " + output + ": " + CatalogValidateCommand.counts(r.catalog()) + " (" + Quantities.count(r.bytes().length, "byte")
                + ")");
        out.flush();
        return ExitCode.OK;
    }
}
