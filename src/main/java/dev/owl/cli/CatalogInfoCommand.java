package dev.owl.cli;

import dev.owl.catalog.CatalogInfo;
import dev.owl.view.CatalogViews;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code owl catalog info}: what the loaded catalog holds, where it came from, and what was overridden. */
@Command(name = "info", mixinStandardHelpOptions = true,
        description = {"Summarize what the catalog holds.", "Counts by status, family, vendor and license; locations; overrides."},
        footerHeading = "%nExamples:%n",
        footer = {"  owl catalog info", "  owl --catalog ./my-catalog catalog info --format json | jq .overrides"})
final class CatalogInfoCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Session owl = Session.of(spec);
        CatalogInfo info = CatalogInfo.of(owl.catalog());
        owl.renderer().record(info, CatalogViews.info(info), spec.commandLine().getOut());
        return ExitCode.OK;
    }
}
