package dev.owl;

import dev.owl.cli.ExitCode;
import dev.owl.cli.OwlCommand;
import dev.owl.config.Environment;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * Writes one roff man page per command from the same picocli model that prints {@code --help}, so the
 * two cannot drift apart. Run at build time: {@code java -cp owl.jar dev.owl.ManPages DIR}.
 * <p>Not picocli-codegen's {@code ManPageGenerator}: it writes AsciiDoc, which needs Asciidoctor (on the
 * JVM, AsciidoctorJ and JRuby, tens of megabytes) to become the roff that {@code man} reads; writing
 * roff from the same model takes a hundred lines and no build dependency.
 */
public final class ManPages {
    private ManPages() {}

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "man");
        Files.createDirectories(dir);
        CommandLine root = OwlCommand.commandLine(Environment.system());
        for (Map.Entry<String, String> page : pages(root).entrySet()) {
            Files.writeString(dir.resolve(page.getKey()), page.getValue(), StandardCharsets.UTF_8);
        }
    }

    /** File name → page, for the root and every subcommand (help excluded). */
    public static Map<String, String> pages(CommandLine root) {
        Map<String, String> out = new java.util.LinkedHashMap<>();
        collect(root, out);
        return out;
    }

    private static void collect(CommandLine cmd, Map<String, String> out) {
        CommandSpec spec = cmd.getCommandSpec();
        String name = spec.qualifiedName("-");
        out.put(name + ".1", page(spec));
        for (CommandLine sub : cmd.getSubcommands().values()) {
            if (!sub.getCommandName().equals("help")) {
                collect(sub, out);
            }
        }
    }

    static String page(CommandSpec spec) {
        String version = spec.root().version().length > 0 ? spec.root().version()[0] : "owl";
        StringBuilder sb = new StringBuilder();
        sb.append(".TH \"").append(esc(spec.qualifiedName("-").toUpperCase(java.util.Locale.ROOT))).append("\" 1 \"\" \"")
                .append(esc(version)).append("\" \"owl manual\"\n");
        sb.append(".SH NAME\n").append(esc(spec.qualifiedName("-"))).append(" \\- ")
                .append(esc(first(spec.usageMessage().description()))).append('\n');
        synopsis(spec, sb);
        sb.append(".SH DESCRIPTION\n").append(esc(String.join(" ", spec.usageMessage().description()))).append('\n');
        if (!spec.subcommands().isEmpty()) {
            sb.append(".SH COMMANDS\n");
            for (Map.Entry<String, CommandLine> e : spec.subcommands().entrySet()) {
                sb.append(".TP\n.B ").append(esc(e.getKey())).append('\n')
                        .append(esc(first(e.getValue().getCommandSpec().usageMessage().description()))).append('\n');
            }
        }
        options(spec, sb);
        String[] footer = spec.usageMessage().footer();
        if (footer.length > 0) {
            sb.append(".SH NOTES\n.nf\n");
            for (String line : footer) {
                sb.append(esc(line.replace("%n", ""))).append('\n');
            }
            sb.append(".fi\n");
        }
        sb.append(".SH EXIT STATUS\n.nf\n").append(esc(ExitCode.TABLE)).append("\n.fi\n");
        sb.append(".SH ENVIRONMENT\n");
        for (String[] v : ENVIRONMENT) {
            sb.append(".TP\n.B ").append(esc(v[0])).append('\n').append(esc(v[1])).append('\n');
        }
        sb.append(".SH FILES\n");
        for (String[] f : FILES) {
            sb.append(".TP\n.I ").append(esc(f[0])).append('\n').append(esc(f[1])).append('\n');
        }
        sb.append(".SH SEE ALSO\n").append(spec.parent() == null ? "owl-list(1), owl-recommend(1), owl-license-check(1)"
                : "owl(1)").append('\n');
        return sb.toString();
    }

    /** The command's name, then [OPTIONS], its positional parameters (optional ones in brackets) and COMMAND. */
    private static void synopsis(CommandSpec spec, StringBuilder sb) {
        sb.append(".SH SYNOPSIS\n.B ").append(esc(spec.qualifiedName(" "))).append('\n');
        List<String> synopsis = new ArrayList<>();
        if (!spec.options().isEmpty()) {
            synopsis.add("[OPTIONS]");
        }
        for (PositionalParamSpec p : spec.positionalParameters()) {
            String label = p.paramLabel() + (p.arity().max() > 1 ? "..." : "");
            synopsis.add(p.arity().min() == 0 ? "[" + label + "]" : label);
        }
        if (!spec.subcommands().isEmpty()) {
            synopsis.add("COMMAND");
        }
        sb.append(esc(String.join(" ", synopsis))).append('\n');
    }

    /** Positional parameters and options with their descriptions, completion candidates filled in. */
    private static void options(CommandSpec spec, StringBuilder sb) {
        if (spec.positionalParameters().isEmpty() && spec.options().isEmpty()) {
            return;
        }
        sb.append(".SH OPTIONS\n");
        for (PositionalParamSpec p : spec.positionalParameters()) {
            sb.append(".TP\n.I ").append(esc(p.paramLabel())).append('\n').append(esc(String.join(" ", p.description()))).append('\n');
        }
        for (OptionSpec o : spec.options()) {
            sb.append(".TP\n.B ").append(esc(String.join(", ", o.names())));
            if (o.arity().max() > 0) {
                sb.append(" \\fI").append(esc(o.paramLabel())).append("\\fR");
            }
            sb.append('\n').append(esc(String.join(" ", o.description()).replace("${COMPLETION-CANDIDATES}",
                    o.completionCandidates() == null ? "" : String.join(", ", o.completionCandidates())))).append('\n');
        }
    }

    /** What owl (and its launcher) reads from the environment. */
    private static final String[][] ENVIRONMENT = {
        {"OWL_CONFIG", "The config file to read instead of the default (see FILES); /dev/null: none. A file it names must exist."},
        {"OWL_CATALOG_PATH", "User catalog directories, separated by ':', loaded after the built-in catalog and before --catalog."},
        {"NO_COLOR", "When set and not empty, no colour, whatever the terminal (--color always still colours)."},
        {"CLICOLOR_FORCE", "When set and not 0, colour even when output is not a terminal (NO_COLOR wins)."},
        {"TERM", "dumb turns colour off."},
        {"PAGER", "The pager for show and license show on a terminal (default: less -FRX); when it cannot start, "
                + "the text is printed directly. --no-pager turns paging off."},
        {"COLUMNS", "The width of a terminal table, instead of asking the terminal."},
        {"XDG_CONFIG_HOME", "Where the config file lives (default ~/.config)."},
        {"XDG_STATE_HOME", "Where owl shell keeps its history (default ~/.local/state)."},
        {"XDG_CACHE_HOME", "Where a release install keeps its class-data-sharing archive (default ~/.cache)."},
        {"HOME", "The base of the defaults above."},
        {"JAVA_HOME", "The JDK the launcher runs; else java on PATH."},
        {"OWL_JAVA_OPTS", "Extra JVM options for the launcher, such as -Xmx2g for a very large user catalog."},
    };

    /** The files owl reads and writes. */
    private static final String[][] FILES = {
        {"$XDG_CONFIG_HOME/owl/config.yaml", "Defaults for format, color, catalog, gpu and policy "
                + "(else ~/.config/owl/config.yaml; $OWL_CONFIG overrides). owl config show prints them."},
        {"$XDG_STATE_HOME/owl/history", "owl shell history (else ~/.local/state/owl/history)."},
        {"./owl-policy.yaml, ./.owl/policy.yaml", "The license policy owl license check reads unless --policy names one."},
    };

    private static String first(String[] lines) {
        return lines.length == 0 ? "" : lines[0];
    }

    /** roff treats backslashes and leading dots or quotes specially. */
    static String esc(String s) {
        String t = s.replace("\\", "\\e").replace("-", "\\-");
        StringBuilder out = new StringBuilder();
        for (String line : t.split("\n", -1)) {
            if (out.length() > 0) {
                out.append('\n');
            }
            out.append(line.startsWith(".") || line.startsWith("'") ? "\\&" + line : line);
        }
        // groff reads ASCII: every other character as its Unicode escape (man-db's preconv is not always in the pipe)
        StringBuilder ascii = new StringBuilder();
        out.toString().codePoints().forEach(c -> ascii.append(c < 128 ? Character.toString(c) : String.format("\\[u%04X]", c)));
        return ascii.toString();
    }
}
