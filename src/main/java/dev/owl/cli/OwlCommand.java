package dev.owl.cli;

import dev.owl.catalog.Catalog;
import dev.owl.catalog.CatalogLoader;
import dev.owl.catalog.CatalogLocation;
import dev.owl.render.Format;
import dev.owl.render.Renderer;
import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/** The root command: global options, and the one catalog load that every subcommand shares. */
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
    public static final String CATALOG_PATH_VARIABLE = "OWL_CATALOG_PATH";

    private final Environment environment;
    private final Config config;
    private Catalog catalog;

    @Spec
    CommandSpec spec;

    @Option(names = "--catalog", paramLabel = "DIR", scope = ScopeType.INHERIT,
            description = "Add a user catalog directory, or a file from 'owl catalog compile' (repeatable); "
                    + "its entries override built-in ones by id. "
                    + "Also read from $" + CATALOG_PATH_VARIABLE + ".")
    List<Path> catalogDirs = new ArrayList<>();

    @Option(names = "--format", paramLabel = "FORMAT", scope = ScopeType.INHERIT, converter = FormatConverter.class,
            completionCandidates = FormatConverter.ResultCandidates.class,
            description = "Output format: table, json, yaml, csv, tsv, markdown; license check also sarif and junit (default: table).")
    Format format = Format.TABLE;

    @Option(names = "--color", paramLabel = "WHEN", scope = ScopeType.INHERIT, completionCandidates = Candidates.Colors.class,
            description = "Colour: auto (a terminal without NO_COLOR), always or never (default: auto).")
    ColorMode color = ColorMode.AUTO;

    @Option(names = "--debug", scope = ScopeType.INHERIT, description = "Print stack traces of internal errors.")
    boolean debug;

    @Option(names = "--no-pager", scope = ScopeType.INHERIT,
            description = "Never page long output (on a terminal, show and license show use $PAGER or less -FRX; "
                    + "when neither runs, the text is printed directly).")
    boolean noPager;

    public OwlCommand(Environment environment) {
        this.environment = environment;
        this.config = Config.load(environment);
    }

    /** A root over an already loaded catalog: each line of {@code owl shell} reuses the one load. */
    OwlCommand(Environment environment, Catalog loaded) {
        this(environment);
        this.catalog = loaded;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut()); // like gh and kubectl: a bare group shows its commands
    }

    /** Colour choices; {@code auto} means on a terminal only, and never when NO_COLOR is set. */
    public enum ColorMode { AUTO, ALWAYS, NEVER }

    Config config() {
        return config;
    }

    ColorMode colorMode() {
        return color;
    }

    Format format() {
        return format;
    }

    Environment environment() {
        return environment;
    }

    boolean debug() {
        return debug;
    }

    /** The catalog locations in load order: built-in, $OWL_CATALOG_PATH, then each --catalog. */
    List<CatalogLocation> locations(List<Path> extra) {
        List<CatalogLocation> out = new ArrayList<>();
        out.add(environment.builtinCatalog().get());
        String path = environment.get(CATALOG_PATH_VARIABLE);
        if (path != null && !path.isBlank()) {
            for (String dir : path.split(File.pathSeparator)) {
                if (!dir.isBlank()) {
                    out.add(new CatalogLocation(dir, Path.of(dir), false));
                }
            }
        }
        for (Path dir : catalogDirs) {
            out.add(new CatalogLocation(dir.toString(), dir, false));
        }
        for (Path dir : extra) {
            out.add(new CatalogLocation(dir.toString(), dir, false));
        }
        return out;
    }

    /** Loads the catalog on first use; commands that don't need it never pay for it. */
    Catalog catalog() {
        if (catalog == null) {
            catalog = new CatalogLoader().load(locations(List.of()));
        }
        return catalog;
    }

    Renderer renderer() {
        if (format.isReportOnly()) {
            throw new UsageException("--format " + format.key() + " is a report format of 'owl license check' only",
                    "use table, json, yaml, csv, tsv or markdown");
        }
        return rendererFor(format);
    }

    /** A renderer for {@code f}, whatever --format says (license check writes several reports at once). */
    Renderer rendererFor(Format f) {
        Format format = f;
        boolean tty = environment.interactive();
        boolean colour = switch (color) {
            case ALWAYS -> true;
            case NEVER -> false;
            case AUTO -> isBlank(environment.get("NO_COLOR")) && (forced(environment.get("CLICOLOR_FORCE"))
                    || tty && !"dumb".equals(environment.get("TERM")));
        };
        return new Renderer(format, colour, tty && format == Format.TABLE && f == this.format ? terminalWidth() : 0);
    }

    /** The terminal's width: COLUMNS when set, else asked of the terminal; 0 when unknown. */
    int terminalWidth() {
        int width = parseWidth(environment.get("COLUMNS"));
        return width != 0 ? width : environment.terminalWidth().getAsInt();
    }

    /** CLICOLOR_FORCE set to anything but 0 asks for colour even when piped (NO_COLOR still wins). */
    private static boolean forced(String value) {
        return value != null && !value.isEmpty() && !value.equals("0");
    }

    private static boolean isBlank(String s) {
        return s == null || s.isEmpty();
    }

    private static int parseWidth(String columns) {
        try {
            int w = columns == null ? 0 : Integer.parseInt(columns.strip());
            return w >= 20 && w <= 10_000 ? w : 0;
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /**
     * Prints a long human-readable result: through $PAGER (default {@code less -FRX}, which exits at once when
     * the text fits the screen) on a terminal, straight to {@code out} otherwise or when no pager starts.
     */
    void page(String text, java.io.PrintWriter out) {
        String pager = environment.get("PAGER");
        boolean useLess = pager == null || pager.isBlank();
        if (environment.interactive() && !noPager && format == Format.TABLE && (!useLess || onPath("less"))) {
            String command = useLess ? "less -FRX" : pager;
            try {
                Process p = new ProcessBuilder("sh", "-c", command).redirectOutput(ProcessBuilder.Redirect.INHERIT)
                        .redirectError(ProcessBuilder.Redirect.INHERIT).start();
                try (java.io.Writer w = new java.io.OutputStreamWriter(p.getOutputStream(), java.nio.charset.StandardCharsets.UTF_8)) {
                    w.write(text);
                } catch (java.io.IOException quitEarly) {
                    // the reader quit the pager before the end: nothing more to show
                }
                // 126/127: the shell found no such pager (PAGER=/nonexistent) or could not run it; show the text anyway
                int status = p.waitFor();
                if (status != 126 && status != 127) {
                    return;
                }
            } catch (java.io.IOException e) {
                // no pager to be had: print directly
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        out.print(text);
        out.flush();
    }

    /** Whether an executable named {@code program} is on $PATH. */
    private boolean onPath(String program) {
        String path = environment.get("PATH");
        if (path == null) {
            return false;
        }
        for (String dir : path.split(File.pathSeparator)) {
            if (!dir.isEmpty() && java.nio.file.Files.isExecutable(Path.of(dir, program))) {
                return true;
            }
        }
        return false;
    }

    /** The root command object of any command in the tree. */
    static OwlCommand of(CommandSpec spec) {
        return (OwlCommand) spec.root().userObject();
    }

    /** Every subcommand, in the order help lists them; built on demand (start-up is part of the product). */
    private static final java.util.Map<String, java.util.function.Supplier<Object>> SUBCOMMANDS = subcommands();

    private static java.util.Map<String, java.util.function.Supplier<Object>> subcommands() {
        java.util.Map<String, java.util.function.Supplier<Object>> m = new java.util.LinkedHashMap<>();
        m.put("list", ListCommand::new);
        m.put("show", ShowCommand::new);
        m.put("fit", FitCommand::new);
        m.put("cost", CostCommand::new);
        m.put("recommend", RecommendCommand::new);
        m.put("compare", CompareCommand::new);
        m.put("license", LicenseCommand::new);
        m.put("catalog", CatalogCommand::new);
        m.put("completion", CompletionCommand::new);
        m.put("shell", ShellCommand::new);
        m.put("config", ConfigCommand::new);
        m.put("help", CommandLine.HelpCommand::new);
        return java.util.Collections.unmodifiableMap(m);
    }

    /** Options of the root that take a value, so the scan for the command word can skip their values. */
    private static final java.util.Set<String> VALUE_OPTIONS = java.util.Set.of("--catalog", "--format", "--color");

    /** Builds the command line with every subcommand, ready to execute. */
    public static CommandLine commandLine(Environment environment) {
        return commandLine(environment, (String[]) null);
    }

    /**
     * Builds the command line for {@code args}: only the subcommand they name is constructed (picocli reads
     * each command's annotations, which costs start-up time); help, completion, the shell and anything
     * unrecognised get them all.
     */
    public static CommandLine commandLine(Environment environment, String[] args) {
        return build(new OwlCommand(environment), args);
    }

    static CommandLine commandLine(Environment environment, Catalog loaded) {
        return build(new OwlCommand(environment, loaded), null);
    }

    private static CommandLine build(OwlCommand root, String[] args) {
        CommandLine cl = new CommandLine(root);
        String word = args == null ? null : commandWord(args);
        boolean version = args != null && word == null && java.util.Arrays.stream(args).anyMatch(a -> a.equals("--version") || a.equals("-V"));
        boolean all = !version && (word == null || !SUBCOMMANDS.containsKey(word) || word.equals("help")
                || word.equals("completion") || word.equals("shell"));
        for (java.util.Map.Entry<String, java.util.function.Supplier<Object>> e : SUBCOMMANDS.entrySet()) {
            if (all || e.getKey().equals(word)) {
                cl.addSubcommand(e.getKey(), e.getValue().get());
            }
        }
        return configure(cl);
    }

    /** The first argument that is not a root option or its value; null when there is none. */
    static String commandWord(String[] args) {
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (VALUE_OPTIONS.contains(a)) {
                i++;
            } else if (!a.startsWith("-")) {
                return a;
            } else if (a.equals("--help") || a.equals("-h") || a.equals("--version") || a.equals("-V")) {
                return null;
            }
        }
        return null;
    }

    /** Whether this command line asks for help, the version, completion or {@code config}: none reads the defaults. */
    static boolean runsWithoutConfig(CommandLine.ParseResult parseResult) {
        for (CommandLine.ParseResult p = parseResult; p != null; p = p.subcommand()) {
            Object command = p.commandSpec().userObject();
            if (p.isUsageHelpRequested() || p.isVersionHelpRequested() || command instanceof CompletionCommand
                    || command instanceof ConfigCommand || command instanceof ConfigCommand.Show
                    || command instanceof CommandLine.HelpCommand) {
                return true;
            }
        }
        return false;
    }

    private static CommandLine configure(CommandLine cl) {
        OwlCommand root = cl.getCommand();
        cl.setDefaultValueProvider(root.config);
        // an invalid config file is a data error, reported once before any command runs, except for the
        // commands that must work to fix it: help, --version, completion and config show (which reports it)
        cl.setExecutionStrategy(parseResult -> {
            if (!root.config.problems().isEmpty() && !runsWithoutConfig(parseResult)) {
                throw new CommandLine.ExecutionException(cl, "invalid config file",
                        new dev.owl.catalog.InputException(root.config.problems()));
            }
            return new CommandLine.RunLast().execute(parseResult);
        });
        ErrorHandler handler = new ErrorHandler();
        cl.setExecutionExceptionHandler(handler);
        cl.setParameterExceptionHandler(handler);
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        // help fills a terminal up to 120 columns (never below picocli's 80), so examples stay on one line;
        // the width is looked up only when help is printed
        cl.setHelpFactory((spec, scheme) -> {
            int width = root.environment.interactive() ? root.terminalWidth() : 0;
            spec.usageMessage().width(Math.max(80, Math.min(120, width)));
            return new CommandLine.Help(spec, scheme);
        });
        return cl;
    }
}
