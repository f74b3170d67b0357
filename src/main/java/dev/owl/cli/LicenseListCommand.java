package dev.owl.cli;

import dev.owl.catalog.Catalog;
import dev.owl.query.LicenseSummary;
import dev.owl.view.LicenseViews;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code owl license list}: every license with the terms that decide most questions. */
@Command(name = "list", mixinStandardHelpOptions = true,
        description = {"List licenses with their key terms.",
            "Tags, OSI status, commercial use, MAU cap, outputs training, regional limits, models."},
        footerHeading = "%nExamples:%n",
        footer = {"  owl license list", "  owl license list --format json | jq -r '.[] | select(.mau_threshold) | .id'"})
final class LicenseListCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Session owl = Session.of(spec);
        Catalog catalog = owl.catalog();
        owl.renderer().list(catalog.licenses().stream().map(l -> LicenseSummary.of(l, catalog)).toList(), LicenseViews.list(),
                spec.commandLine().getOut());
        return ExitCode.OK;
    }
}
