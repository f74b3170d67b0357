package dev.owl.cli;

import dev.owl.config.Config;
import dev.owl.config.Environment;
import dev.owl.catalog.Catalog;
import dev.owl.render.Format;
import dev.owl.render.Renderer;
import java.io.PrintWriter;
import java.util.function.Function;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The root command: the global options (mixins every command inherits) and the session they configure. */
@Command(name = "owl",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "The open-weight LLM advisor: choose, compare, size and license-check open models, offline.",
        footerHeading = "%n",
        footer = {"Examples:",
            "  owl list --family llama,mistral --min-context 128000",
            "  owl show llama3.3:70b --sources",
            "  owl list --format json | jq '.[].id'",
            "",
            ExitCode.TABLE})
public final class OwlCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Mixin
    CatalogOptions catalogOptions = new CatalogOptions();

    @Mixin
    OutputOptions output = new OutputOptions();

    private final Session session;

    private OwlCommand(Environment environment, Catalog loaded, Function<Format, Renderer> renderers) {
        this.session = new Session(environment, Config.load(environment), catalogOptions, output, renderers, loaded);
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut()); // like gh and kubectl: a bare group shows its commands
    }

    Session session() {
        return session;
    }

    /**
     * {@code owl help license check}: picocli's help command takes one command word and ignored the rest, so this printed
     * license's help. Each further word goes one level down; an unknown one is a usage error, as the first is. Null
     * when the line is not such a help request.
     */
    static Integer nestedHelp(CommandLine root, CommandLine.ParseResult parsed) {
        CommandLine.ParseResult help = parsed.subcommand();
        if (help == null || !(help.commandSpec().userObject() instanceof CommandLine.HelpCommand) || help.unmatched().isEmpty()
                || !help.hasMatchedPositional(0)) {
            return null;
        }
        java.util.List<String> words = new java.util.ArrayList<>(java.util.List.of(help.matchedPositional(0).getValue().toString()));
        words.addAll(help.unmatched());
        CommandLine at = root;
        for (String word : words) {
            CommandLine next = at.getSubcommands().get(word);
            if (next == null) {
                String name = at.getCommandSpec().qualifiedName();
                throw new CommandLine.ExecutionException(at, "unknown command", new dev.owl.input.UsageException(
                        "unknown command '" + word + "' for '" + name + "'", "run '" + name + " --help' for usage"));
            }
            at = next;
        }
        at.usage(root.getOut(), root.getColorScheme());
        return at.getCommandSpec().exitCodeOnUsageHelp();
    }

    /**
     * A bare {@code owl --version} (or {@code -V}) answered without building the command line: picocli reads the
     * root's annotations through reflection proxies, which is most of the run (issue 16: --version at 1.3x the
     * JVM's own start). The same line, exit code and write check as picocli's answer; null for any other arguments.
     */
    public static Integer versionOnly(String[] args, PrintWriter out, PrintWriter err) throws java.io.IOException {
        return Launcher.onlyVersion(args) ? Launcher.printVersion(out, err) : null;
    }

    /** The command line with every subcommand (help, man pages, completion). */
    public static CommandLine commandLine(Environment environment) {
        return commandLine(environment, (String[]) null);
    }

    /** The command line for {@code args}, ready to execute; only the subcommand they name is built. */
    public static CommandLine commandLine(Environment environment, String[] args) {
        return Launcher.build(new OwlCommand(environment, null, null), args);
    }

    /** A command line whose renderers come from {@code renderers} (a test-only output format). */
    static CommandLine commandLine(Environment environment, String[] args, Function<Format, Renderer> renderers) {
        return Launcher.build(new OwlCommand(environment, null, renderers), args);
    }

    /** The command line for {@code args}, each model read from the annotations by reflection: what the generated ones equal. */
    static CommandLine annotated(Environment environment, String[] args) {
        return Launcher.build(new OwlCommand(environment, null, null), args, Launcher.ANNOTATIONS);
    }

    /** A command line over an already loaded catalog: each line of {@code owl shell} reuses the one load. */
    static CommandLine commandLine(Environment environment, Catalog loaded) {
        return Launcher.build(new OwlCommand(environment, loaded, null), null);
    }
}
