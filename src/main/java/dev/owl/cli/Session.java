package dev.owl.cli;

import dev.owl.input.UsageException;

import dev.owl.catalog.Catalog;
import dev.owl.catalog.CatalogLoader;
import dev.owl.catalog.CatalogLocation;
import dev.owl.config.Config;
import dev.owl.config.Environment;
import dev.owl.render.ColorMode;
import dev.owl.render.Pager;
import dev.owl.render.Detail;
import dev.owl.render.Format;
import dev.owl.render.Renderer;
import dev.owl.units.Quantities;
import java.io.File;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import picocli.CommandLine.Model.CommandSpec;

/**
 * What one run of owl shares across its commands: the environment and clock, the config file, the global
 * options, the catalog (loaded once, on first use) and the renderer. Commands reach it through {@link #of}.
 */
final class Session {
    private final Environment environment;
    private final Config config;
    private final CatalogOptions catalogOptions;
    private final OutputOptions output;
    /** Builds the renderer for a format; tests put in their own to add a format without touching a command. */
    private final Function<Format, Renderer> renderers;
    private Catalog catalog;
    /** Whether the catalog was handed in loaded (owl shell's lines): --catalog was given to the shell, not to the line. */
    private final boolean preloaded;
    /** Where notes of --verbose go: the command line's stderr, set when the command line is built. */
    private java.util.function.Supplier<PrintWriter> err = () -> new PrintWriter(java.io.Writer.nullWriter());

    Session(Environment environment, Config config, CatalogOptions catalogOptions, OutputOptions output,
            Function<Format, Renderer> renderers, Catalog loaded) {
        this.environment = environment;
        this.config = config;
        this.catalogOptions = catalogOptions;
        this.output = output;
        this.renderers = renderers;
        this.catalog = loaded;
        this.preloaded = loaded != null;
    }

    /** The session of the command line that {@code spec} belongs to. */
    static Session of(CommandSpec spec) {
        return ((OwlCommand) spec.root().userObject()).session();
    }

    Environment environment() {
        return environment;
    }

    /** Today by the environment's clock (tests fix it): what is served, retired or in the future. */
    java.time.LocalDate today() {
        return java.time.LocalDate.now(environment.clock());
    }

    Config config() {
        return config;
    }

    Format format() {
        return output.format;
    }

    ColorMode colorMode() {
        return output.color;
    }

    boolean debug() {
        return output.debug;
    }

    /** How much human-readable output says besides the result (--quiet, --verbose). */
    Detail detail() {
        return output.quiet ? Detail.QUIET : output.verbose ? Detail.VERBOSE : Detail.NORMAL;
    }

    boolean quietAndVerbose() {
        return output.quiet && output.verbose;
    }

    void errorsTo(java.util.function.Supplier<PrintWriter> stderr) {
        this.err = stderr;
    }

    /** With --verbose, one line on stderr ({@code owl: …}) about what the answer rests on; else nothing. */
    void note(String line) {
        if (detail() == Detail.VERBOSE) {
            PrintWriter w = err.get();
            tell(w, "owl: " + dev.owl.render.Sanitizer.clean(line));
            w.flush();
        }
    }

    /**
     * A line for people on stderr that is not an error (a note, what was written, the verdict of a report sent to a
     * file). With --error-format json it is a JSON object as an error is (severity note, exit_code 0), so that every
     * line a script reads from stderr parses. With --quiet a note is left out (only the result); a warning is not.
     */
    void tell(PrintWriter stderr, String line) {
        if (output.quiet && line.startsWith("note: ")) {
            return;
        }
        stderr.println(output.errorFormat != OutputOptions.ErrorFormat.JSON ? line : told(line).json());
    }

    /** A told line as the JSON error format carries it: "warning: …" keeps its severity, anything else is a note. */
    static dev.owl.render.ErrorLine told(String line) {
        boolean warning = line.startsWith("warning: ");
        String message = warning ? line.substring(9) : line.startsWith("note: ") ? line.substring(6) : line;
        return new dev.owl.render.ErrorLine(warning ? "warning" : "note", message, null, List.of(), null, null, null, null, ExitCode.OK);
    }

    /**
     * With --verbose, what a loaded catalog holds and where each part came from. Only then: counting the sections
     * decodes every one of them, and a command reads only the sections it needs.
     */
    void noteCatalog(Catalog c) {
        if (detail() != Detail.VERBOSE) {
            return;
        }
        note("catalog: " + Quantities.count(c.heads().size(), "model") + ", " + Quantities.count(c.licenses().size(), "license") + ", "
                + Quantities.count(c.accelerators().size(), "accelerator") + ", " + Quantities.count(c.runtimes().size(), "runtime")
                + " from " + String.join(", ", c.locations().stream()
                        .map(l -> l.label() + (l.builtin() ? " (built-in)" : "")).toList())
                + (c.overrides().isEmpty() ? "" : "; " + Quantities.count(c.overrides().size(), "built-in entry", "built-in entries") + " overridden ('owl catalog info')"));
    }

    /** The catalog locations in load order: built-in, $OWL_CATALOG_PATH, then each --catalog (else the config file's list). */
    List<CatalogLocation> locations(List<Path> extra) {
        List<CatalogLocation> out = new ArrayList<>();
        out.add(environment.builtinCatalog().get());
        for (String dir : pathVariableDirs()) {
            if (!java.nio.file.Files.exists(Path.of(dir))) { // not typed on this command line: say where it came from
                throw new dev.owl.input.InputException(List.of(new dev.owl.input.Diagnostic(dir, 0, 0, "catalog directory not found "
                        + "(named in $" + CatalogOptions.PATH_VARIABLE + ")", "create it, or remove it from " + CatalogOptions.PATH_VARIABLE)));
            }
            out.add(new CatalogLocation(dir, Path.of(dir), false));
        }
        // the config file's catalog list is the default of --catalog: the command line replaces it
        List<Path> dirs = catalogOptions.dirs.isEmpty() && config.problems().isEmpty()
                ? config.catalog().stream().map(Path::of).toList() : catalogOptions.dirs;
        for (Path dir : dirs) {
            out.add(new CatalogLocation(dir.toString(), dir, false));
        }
        for (Path dir : extra) {
            out.add(new CatalogLocation(dir.toString(), dir, false));
        }
        return CatalogLocation.distinct(out);
    }

    /**
     * The user catalogs after $OWL_CATALOG_PATH's, as {@code config show} reports them: those given to owl shell when a
     * line of it runs, else --catalog's, else the config file's; with where they came from ({@code none} for none).
     */
    String userCatalogs(List<String> into) {
        if (preloaded) {
            List<String> fromPath = pathVariableDirs();
            for (CatalogLocation l : catalog.locations()) {
                if (!l.builtin() && !fromPath.contains(l.label())) {
                    into.add(l.label());
                }
            }
            boolean configFile = catalogOptions.dirs.isEmpty() && config.problems().isEmpty()
                    && into.equals(config.catalog().stream().map(d -> Path.of(d).toString()).toList());
            return into.isEmpty() ? "none" : configFile ? "config file" : "command line (owl shell)";
        }
        for (Path dir : catalogOptions.dirs) {
            into.add(dir.toString());
        }
        if (!into.isEmpty()) {
            return "command line";
        }
        if (config.problems().isEmpty()) {
            into.addAll(config.catalog());
        }
        return into.isEmpty() ? "none" : "config file";
    }

    /** The directories $OWL_CATALOG_PATH names, blanks left out. */
    private List<String> pathVariableDirs() {
        List<String> dirs = new ArrayList<>();
        String path = environment.get(CatalogOptions.PATH_VARIABLE);
        for (String dir : path == null ? new String[0] : path.split(File.pathSeparator)) {
            if (!dir.isBlank()) {
                dirs.add(dir);
            }
        }
        return dirs;
    }

    /** Loads the catalog on first use; commands that don't need it never pay for it. */
    Catalog catalog() {
        if (catalog == null) {
            catalog = new CatalogLoader().load(locations(List.of()));
            noteCatalog(catalog);
        }
        return catalog;
    }

    /** The renderer for --format; a report-only format (sarif, junit) is a usage error outside license check. */
    Renderer renderer() {
        if (output.format.isReportOnly()) {
            throw new UsageException("--format " + output.format.key() + " is a report format of 'owl license check' only",
                    "use one of " + String.join(", ", new FormatConverter.ResultCandidates()));
        }
        return rendererFor(output.format);
    }

    /** A renderer for {@code f}, whatever --format says (license check writes several reports at once). */
    Renderer rendererFor(Format f) {
        if (renderers != null) {
            return renderers.apply(f);
        }
        boolean tty = environment.interactive();
        boolean colour = switch (output.color) {
            case ALWAYS -> true;
            case NEVER -> false;
            case AUTO -> isBlank(environment.get("NO_COLOR")) && (forced(environment.get("CLICOLOR_FORCE"))
                    || tty && !"dumb".equals(environment.get("TERM")));
        };
        return new Renderer(f, colour, tty && f == Format.TABLE && f == output.format ? terminalWidth() : 0, detail());
    }

    /** The terminal's width: COLUMNS when set, else asked of the terminal; 0 when unknown. */
    int terminalWidth() {
        int width = parseWidth(environment.get("COLUMNS"));
        return width != 0 ? width : environment.terminalWidth().getAsInt();
    }

    /**
     * The width help wraps to: COLUMNS when set (piped too: the user said so), else the terminal's, kept within
     * picocli's minimum (55) and 120 so examples stay on one line; 80 when neither is known (piped help).
     */
    int helpWidth() {
        int columns = parseWidth(environment.get("COLUMNS"));
        int width = columns != 0 ? columns : environment.interactive() ? environment.terminalWidth().getAsInt() : 0;
        return width <= 0 ? 80 : Math.max(55, Math.min(120, width));
    }

    /** Prints a long table result through the pager on a terminal (unless --no-pager), else straight to {@code out}. */
    void page(String text, PrintWriter out) {
        new Pager(environment::get, environment.interactive()).page(text, !output.noPager && output.format == Format.TABLE, out);
    }

    /**
     * A mode that answers alone ({@code fit --list-gpus}, {@code license check --init}): an argument or another option
     * of the command typed with it would be silently ignored, so it is a usage error. Global options and
     * {@code allowed} go with it.
     */
    static void alone(CommandSpec spec, String mode, String... allowed) {
        picocli.CommandLine.ParseResult typed = spec.commandLine().getParseResult();
        if (typed == null) {
            return;
        }
        String other = typed.matchedPositionals().isEmpty() ? null : typed.matchedPositionals().get(0).paramLabel();
        for (picocli.CommandLine.Model.OptionSpec o : typed.matchedOptions()) {
            if (other == null && !o.inherited() && !o.longestName().equals(mode) && !List.of(allowed).contains(o.longestName())) {
                other = o.longestName();
            }
        }
        if (other != null) {
            throw new UsageException(mode + " does not take " + other + "; it would be ignored", "leave out " + other
                    + (allowed.length == 0 ? "" : " (" + mode + " goes with " + String.join(", ", allowed) + " only)"));
        }
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
}
