package dev.owl.cli;

import dev.owl.render.HelpTable;
import dev.owl.render.StdoutWriter;
import dev.owl.config.Config;
import dev.owl.input.InputException;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Builds the command line for a run: only the subcommand the arguments name is constructed (picocli reads each
 * command's annotations, which costs start-up time), with the config file's defaults, the one error handler,
 * the help width, and the check that the result was written.
 */
final class Launcher {
    private Launcher() {}

    /** A subcommand: its name and its class (whose annotation describes it; Models makes one). */
    record Sub(String name, Class<?> type) {}

    /**
     * Every subcommand, in the order help lists them; each built on demand (start-up is part of the product). A
     * method, not a static field, so that a bare --version (which answers before any command line) skips it.
     */
    static List<Sub> subcommands() {
        return List.of(
                new Sub("list", ListCommand.class),
                new Sub("show", ShowCommand.class),
                new Sub("fit", FitCommand.class),
                new Sub("cost", CostCommand.class),
                new Sub("recommend", RecommendCommand.class),
                new Sub("compare", CompareCommand.class),
                new Sub("license", LicenseCommand.class),
                new Sub("catalog", CatalogCommand.class),
                new Sub("completion", CompletionCommand.class),
                new Sub("shell", ShellCommand.class),
                new Sub("config", ConfigCommand.class),
                new Sub("help", CommandLine.HelpCommand.class));
    }

    /** Options of the root that take a value, so the scan for the command word can skip their values. */
    private static final Set<String> VALUE_OPTIONS = Set.of("--catalog", "--format", "--color");

    /** The command line for {@code args} (null: every subcommand, for help, man pages and completion). */
    static CommandLine build(OwlCommand root, String[] args) {
        return build(root, args, Generated.MODELS != null ? Generated.MODELS : ANNOTATIONS);
    }

    /**
     * The built-in converters picocli leaves out: every {@code new CommandLine} registers one for each java.sql and
     * java.time type through {@code Class.forName}, which initialises them (java.time's formatters: 89 classes on JDK 17,
     * ~20 ms of CPU in {@code owl list}). No option of owl has such a type without its own converter
     * ({@code --released-after} has {@code Values.Date}); {@code LauncherTest} checks every option.
     */
    static final String CONVERTER_EXCLUDES = "java\\.(sql|time)\\..*";

    /** As above, with the models from {@code models} (a test compares the generated models with the annotations'). */
    static CommandLine build(OwlCommand root, String[] args, Models models) {
        if (System.getProperty("picocli.converters.excludes") == null) {
            System.setProperty("picocli.converters.excludes", CONVERTER_EXCLUDES);
        }
        CommandLine cl = new CommandLine(model(models, root));
        List<Sub> subcommands = subcommands();
        String word = args == null ? null : commandWord(args);
        boolean version = args != null && word == null && (Arrays.asList(args).contains("--version") || Arrays.asList(args).contains("-V"));
        // no command word (owl, owl --help, a root option alone): the root's own help at most, which lists each
        // subcommand by its name and first description line, so each is a listing, not a model of its options
        boolean listing = args != null && word == null && !version;
        // help, completion, the shell and anything unrecognised get every subcommand
        boolean all = !version && (word == null || !named(subcommands, word) || word.equals("help")
                || word.equals("completion") || word.equals("shell"));
        for (Sub sub : subcommands) {
            if (listing) {
                CommandLine listed = models.listing(sub.name(), sub.type());
                cl.addSubcommand(sub.name(), listed != null ? listed : ANNOTATIONS.listing(sub.name(), sub.type()));
            } else if (all || sub.name().equals(word)) {
                Object command = models.make(sub.type());
                cl.addSubcommand(sub.name(), model(models, command != null ? command : ANNOTATIONS.make(sub.type())));
            }
        }
        return configure(cl, root.session());
    }

    /** Whether one of {@code subcommands} is called {@code word} (a loop, not a stream's match: no lambda to link at each start). */
    private static boolean named(List<Sub> subcommands, String word) {
        for (Sub s : subcommands) {
            if (s.name().equals(word)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Where the commands' picocli models come from: the code ModelGenerator wrote from their annotations at build time
     * (which spares the reflection over them, and the JDK's annotation proxy classes, at each start), or the annotations.
     */
    interface Models {
        /** The command's full model; null for a command that is not owl's own (picocli's help command). */
        CommandSpec model(Object command);

        /**
         * A new instance of the command class; null as above. A constructor call, not a constructor reference: each of
         * those is a call site linked at start-up.
         */
        Object make(Class<?> type);

        /** A subcommand as the root's help lists it (see {@link #listing(String, String[], String[], String[], boolean)}); null as above. */
        CommandLine listing(String name, Class<?> type);
    }

    /** The models read from the annotations by reflection: picocli's help command's, and what the generated ones equal. */
    static final Models ANNOTATIONS = new Models() {
        @Override
        public CommandSpec model(Object command) {
            return CommandSpec.forAnnotatedObject(command);
        }

        @Override
        public Object make(Class<?> type) {
            try {
                return type.getDeclaredConstructor().newInstance();
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }

        @Override
        public CommandLine listing(String name, Class<?> type) {
            CommandLine.Command c = type.getAnnotation(CommandLine.Command.class);
            return Launcher.listing(name, c.aliases(), c.header(), c.description(), c.hidden());
        }
    };

    private static CommandSpec model(Models models, Object command) {
        CommandSpec spec = models.model(command);
        return spec != null ? spec : ANNOTATIONS.model(command);
    }

    /** The models ModelGenerator wrote at build time (null before it has run), loaded on first use: not by --version. */
    private static final class Generated {
        static final Models MODELS = generated();
    }

    private static Models generated() {
        try {
            return (Models) Class.forName(Launcher.class.getPackageName() + "." + ModelGenerator.CLASS).getDeclaredConstructor()
                    .newInstance();
        } catch (ReflectiveOperationException | LinkageError e) {
            return null;
        }
    }

    /**
     * A subcommand as the root's help lists it: its name, aliases, header and description, and nothing to run or
     * parse. Building a command's full model costs more than the help shows (~5 ms a command from annotations).
     */
    static CommandLine listing(String name, String[] aliases, String[] header, String[] description, boolean hidden) {
        CommandSpec spec = CommandSpec.create().name(name).aliases(aliases);
        spec.usageMessage().header(header).description(description).hidden(hidden);
        return new CommandLine(spec);
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

    /**
     * A result that could not be written is not a success: {@code owl list > /dev/full} says so in one line
     * (exit 3). A reader that stopped early ({@code | head}) is not an error.
     */
    static int checkOutput(PrintWriter out, PrintWriter err, int code) {
        return checkOutput(out, err, code, false);
    }

    /** As above; with {@code json} the error is one line of {@code --error-format json}, as every other error is. */
    static int checkOutput(PrintWriter out, PrintWriter err, int code, boolean json) {
        if (!out.checkError()) {
            return code;
        }
        IOException why = out instanceof StdoutWriter s ? s.failure() : null;
        if (why != null && String.valueOf(why.getMessage()).contains("Broken pipe")) {
            return code;
        }
        String message = "could not write the output" + (why == null || why.getMessage() == null ? "" : " (" + why.getMessage() + ")")
                + "; the result is incomplete";
        err.println(json ? new dev.owl.render.ErrorLine("error", message, null, java.util.List.of(), null, null, null, null,
                ExitCode.DATA).json() : "error: " + message);
        err.flush();
        return Math.max(code, ExitCode.DATA);
    }

    /** Whether the arguments are exactly {@code --version} or {@code -V}: nothing else to parse, no command to build. */
    static boolean onlyVersion(String[] args) {
        return args.length == 1 && (args[0].equals("--version") || args[0].equals("-V"));
    }

    /** What picocli prints for {@code --version}, with the same exit code and the same check that it was written. */
    static int printVersion(PrintWriter out, PrintWriter err) throws IOException {
        for (String line : new VersionProvider().getVersion()) {
            out.println(line);
        }
        out.flush();
        return checkOutput(out, err, ExitCode.OK);
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

    private static CommandLine configure(CommandLine cl, Session session) {
        Config config = session.config();
        cl.setDefaultValueProvider(config);
        session.errorsTo(cl::getErr);
        // an invalid config file is a data error, reported once before any command runs, except for the
        // commands that must work to fix it: help, --version, completion and config show (which reports it)
        cl.setExecutionStrategy(parseResult -> {
            if (!config.problems().isEmpty() && !runsWithoutConfig(parseResult)) {
                throw new CommandLine.ExecutionException(cl, "invalid config file", new InputException(config.problems()));
            }
            if (session.quietAndVerbose()) {
                throw new CommandLine.ParameterException(cl, "--quiet and --verbose exclude each other");
            }
            session.note("config file: " + (Config.none(config.file().toString()) ? "none ($" + Config.VARIABLE + "="
                    + config.file() + ")" : config.file() + (!config.exists() ? " (not found)" : "")));
            if (session.format() != dev.owl.render.Format.TABLE && cl.getOut() instanceof StdoutWriter stdout) {
                stdout.utf8(); // for programs: never the locale's '?' for what ASCII lacks
            }
            Integer help = OwlCommand.nestedHelp(cl, parseResult);
            int code = help != null ? help : new CommandLine.RunLast().execute(parseResult);
            return checkOutput(cl.getOut(), cl.getErr(), code,
                    ErrorHandler.jsonErrors(parseResult.originalArgs().toArray(String[]::new)));
        });
        ErrorHandler handler = new ErrorHandler();
        cl.setExecutionExceptionHandler(handler);
        cl.setParameterExceptionHandler(handler);
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.registerConverter(java.nio.file.Path.class, new Values.FilePath()); // '' is not the current directory
        VersionProvider.everywhere(cl, cl.getCommandSpec().versionProvider()); // owl list --version: not a blank line
        // help wraps to the terminal (Session.helpWidth), its hand-laid examples too; looked up only when help is printed
        cl.setHelpFactory((spec, scheme) -> help(spec, scheme, session.helpWidth()));
        return cl;
    }

    /**
     * Help at {@code width} columns, its hand-laid footers fitted to it (HelpFooter), and wrapped at spaces only
     * (HelpTable): picocli's own wrapping splits paths and ids at dots and slashes.
     */
    private static CommandLine.Help help(CommandSpec spec, CommandLine.Help.ColorScheme scheme, int width) {
        spec.usageMessage().width(width);
        boolean cjk = spec.usageMessage().adjustLineBreaksForWideCJKCharacters();
        return new CommandLine.Help(spec, scheme) {
            @Override
            public String footer(Object... params) { // not set on the spec: its getter interpolates ${…} again
                String[] fitted = dev.owl.render.HelpFooter.fit(spec.usageMessage().footer(), width);
                return HelpTable.join(ansi(), width, cjk, fitted, new StringBuilder(), params).toString();
            }

            @Override
            public String description(Object... params) {
                return HelpTable.join(ansi(), width, cjk, spec.usageMessage().description(), new StringBuilder(), params).toString();
            }

            @Override
            public Layout createDefaultLayout(List<CommandLine.Model.OptionSpec> options,
                    List<CommandLine.Model.PositionalParamSpec> positionals, ColorScheme colors) {
                HelpTable table = HelpTable.forDefaultColumns(colors, calcLongOptionColumnWidth(options, positionals, colors), width);
                table.setAdjustLineBreaksForWideCJKCharacters(cjk);
                return new Layout(colors, table, createDefaultOptionRenderer(), createDefaultParameterRenderer());
            }
        };
    }
}
