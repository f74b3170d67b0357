package dev.owl.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code owl catalog}: the group of commands about the catalog itself. */
@Command(name = "catalog", mixinStandardHelpOptions = true,
        description = {"Validate, summarize or compile a catalog.",
            "Validate catalog files, summarize what the catalog holds, compile a user catalog."},
        subcommands = {CatalogValidateCommand.class, CatalogInfoCommand.class, CatalogCompileCommand.class})
final class CatalogCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut()); // like gh and kubectl: a bare group shows its commands
    }
}
