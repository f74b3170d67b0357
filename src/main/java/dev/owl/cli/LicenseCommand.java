package dev.owl.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code owl license}: model licenses as structured terms. */
@Command(name = "license", mixinStandardHelpOptions = true,
        description = {"Browse and compare licenses; check a project's model licenses.",
            "Licenses are structured terms, each traced to its section; check is the CI gate."},
        subcommands = {LicenseListCommand.class, LicenseShowCommand.class, LicenseCompareCommand.class,
            LicenseCheckCommand.class})
final class LicenseCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut()); // like gh and kubectl: a bare group shows its commands
    }
}
