package dev.owl.cli;

import dev.owl.config.Config;
import dev.owl.config.Settings;
import dev.owl.view.SettingsViews;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code owl config}: the user's defaults. */
@Command(name = "config", mixinStandardHelpOptions = true,
        description = "Show owl's effective settings and where each comes from.",
        subcommands = {ConfigCommand.Show.class})
final class ConfigCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut()); // like gh and kubectl: a bare group shows its commands
    }

    /** {@code owl config show}. */
    @Command(name = "show", mixinStandardHelpOptions = true,
            description = {"Print the effective settings and where each comes from.",
                "The settings: format, color, catalog paths, default GPU, default policy. An invalid config file is reported "
                    + "key by key (exit 3); its settings are then ignored."},
            footerHeading = "%nConfig file:%n",
            footer = {"$OWL_CONFIG (/dev/null: none), else $XDG_CONFIG_HOME/owl/config.yaml, else ~/.config/owl/config.yaml. "
                    + "Example:",
                "    format: table", "    color: auto", "    catalog: [~/owl-catalog]", "    gpu: rtx-4090",
                "    policy: ~/owl-policy.yaml"})
    static final class Show implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            Session owl = Session.of(spec);
            Config c = owl.config();
            boolean invalid = !c.problems().isEmpty();
            String formatFrom = matched("--format") ? "command line" : c.format() != null ? "config file" : "default";
            String colorFrom = matched("--color") ? "command line" : c.color() != null ? "config file" : "default";
            java.util.List<String> catalogs = new java.util.ArrayList<>();
            String catalogFrom = owl.userCatalogs(catalogs);
            Settings settings = new Settings(c.file().toString(), c.exists(), !invalid, new Settings.Values(
                    new Settings.Setting(owl.format().key(), formatFrom),
                    new Settings.Setting(owl.colorMode().name().toLowerCase(java.util.Locale.ROOT), colorFrom), catalogs, catalogFrom,
                    owl.environment().get(CatalogOptions.PATH_VARIABLE), c.gpu(), c.policy()));
            owl.renderer().report(settings, SettingsViews.rows(settings, CatalogOptions.PATH_VARIABLE), SettingsViews.VIEW,
                    spec.commandLine().getOut());
            if (invalid) {
                // the settings above are the defaults; the file's errors point at each bad key, as --error-format asks
                spec.commandLine().getOut().flush();
                throw new dev.owl.input.InputException(c.problems());
            }
            return ExitCode.OK;
        }

        /** Whether an option was typed anywhere on this command line (global options may follow any command). */
        private boolean matched(String option) {
            for (picocli.CommandLine.ParseResult pr = spec.root().commandLine().getParseResult(); pr != null;
                    pr = pr.subcommand()) {
                if (pr.hasMatchedOption(option)) {
                    return true;
                }
            }
            return false;
        }
    }
}
