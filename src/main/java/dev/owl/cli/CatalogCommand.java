package dev.owl.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code owl catalog}: the group of commands about the catalog itself. */
@Command(name = "catalog", mixinStandardHelpOptions = true,
        description = "Validate catalog files and summarize what the catalog holds.",
        subcommands = {CatalogValidateCommand.class, CatalogInfoCommand.class})
final class CatalogCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "missing subcommand: validate or info");
    }
}
