package dev.owl.cli;

import dev.owl.render.Table;
import java.util.LinkedHashMap;
import java.util.Map;
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
            description = "Print the effective settings (format, color, catalog paths, default GPU, default policy) and their origin. "
                    + "An invalid config file is reported key by key (exit 3); its settings are then ignored.",
            footerHeading = "%nConfig file:%n",
            footer = {"  $OWL_CONFIG, else $XDG_CONFIG_HOME/owl/config.yaml,",
                "  else ~/.config/owl/config.yaml. Example:",
                "    format: table", "    color: auto", "    catalog: [~/owl-catalog]", "    gpu: rtx-4090",
                "    policy: ~/owl-policy.yaml"})
    static final class Show implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            OwlCommand owl = OwlCommand.of(spec);
            Config c = owl.config();
            String fromFile = "config file";
            Table t = Table.of("SETTING", "VALUE", "FROM");
            Map<String, Object> tree = new LinkedHashMap<>();
            tree.put("config_file", c.file().toString());
            tree.put("config_file_exists", c.exists());
            boolean invalid = !c.problems().isEmpty();
            t.row("config file", c.file().toString(), invalid ? "invalid, ignored (errors below)" : c.exists() ? "found" : "not found");
            tree.put("config_file_valid", !invalid);
            String formatFrom = matched("--format") ? "command line" : c.format() != null ? fromFile : "default";
            String colorFrom = matched("--color") ? "command line" : c.color() != null ? fromFile : "default";
            t.row("format", owl.format().key(), formatFrom);
            t.row("color", owl.colorMode().name().toLowerCase(java.util.Locale.ROOT), colorFrom);
            String env = owl.environment().get(OwlCommand.CATALOG_PATH_VARIABLE);
            t.row("catalog", String.join(", ", c.catalog()), c.catalog().isEmpty() ? "none" : fromFile);
            t.row("catalog ($" + OwlCommand.CATALOG_PATH_VARIABLE + ")", env == null ? "" : env, env == null ? "not set" : "environment");
            t.row("gpu", c.gpu() == null ? "" : c.gpu(), c.gpu() == null ? "none" : fromFile);
            t.row("policy", c.policy() == null ? "" : c.policy(), c.policy() == null ? "none" : fromFile);
            Map<String, Object> settings = new LinkedHashMap<>();
            settings.put("format", Map.of("value", owl.format().key(), "from", formatFrom));
            settings.put("color", Map.of("value", owl.colorMode().name().toLowerCase(java.util.Locale.ROOT), "from", colorFrom));
            settings.put("catalog", c.catalog());
            settings.put("catalog_path_env", env);
            settings.put("gpu", c.gpu());
            settings.put("policy", c.policy());
            tree.put("settings", settings);
            owl.renderer().table(t, tree, spec.commandLine().getOut());
            if (invalid) {
                // the settings above are the defaults; the file's errors point at each bad key
                spec.commandLine().getOut().flush();
                ErrorHandler.printDiagnostics(c.problems(), spec.commandLine().getErr());
                spec.commandLine().getErr().flush();
                return ExitCode.DATA;
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
