package dev.owl.cli;

import dev.owl.input.UsageException;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code owl completion bash|zsh|fish}: a shell completion script, with catalog names as candidates.
 * The names are written into the script: asking owl at each Tab would start a JVM (see the README for the figures).
 */
@Command(name = "completion", mixinStandardHelpOptions = true,
        description = {"Print a shell completion script (bash, zsh or fish).",
            "Model ids, aliases and Ollama tags, license, GPU, family and task names come from the catalogs of this run "
                + "(built-in, $OWL_CATALOG_PATH, --catalog); regenerate the script after upgrading owl or changing a catalog."},
        footerHeading = "%nExamples:%n",
        footer = {"  source <(owl completion bash)", "  owl completion zsh > \"$${fpath[1]}/_owl\"",
            "  owl completion fish > ~/.config/fish/completions/owl.fish",
            "  owl --catalog ~/my-catalog completion bash > owl.bash   # with your models"})
final class CompletionCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "SHELL", completionCandidates = Shells.class, description = "bash, zsh or fish.")
    String shell;

    /** The shells a script is written for, as completion candidates of SHELL itself. */
    static final class Shells implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return List.of("bash", "zsh", "fish").iterator();
        }
    }

    @Override
    public Integer call() {
        CommandLine root = spec.root().commandLine();
        reportFormats(root);
        try {
            userCatalogNames(root, Session.of(spec).catalog());
        } catch (RuntimeException e) {
            // an unreadable user catalog must not cost the user their completion: keep the built-in names
        }
        PrintWriter out = spec.commandLine().getOut();
        switch (shell.toLowerCase(Locale.ROOT)) {
            case "bash" -> out.print(bash(root));
            case "zsh" -> out.print(zsh(root));
            case "fish" -> out.print(fish(root));
            default -> throw new UsageException("unknown shell '" + shell + "'", "use bash, zsh or fish");
        }
        out.flush();
        return ExitCode.OK;
    }

    /** --format is one option inherited by every command; only license check also takes the report formats. */
    private static void reportFormats(CommandLine cmd) {
        if (cmd.getCommand() instanceof LicenseCheckCommand) {
            CommandSpec s = cmd.getCommandSpec();
            OptionSpec format = s.findOption("--format");
            if (format != null) {
                s.remove(format);
                s.addOption(OptionSpec.builder(format).completionCandidates(new FormatConverter.Candidates()).build());
            }
        }
        cmd.getSubcommands().values().forEach(CompletionCommand::reportFormats);
    }

    /**
     * Catalog names come from the catalogs of this run (built-in, $OWL_CATALOG_PATH, --catalog), so
     * {@code owl --catalog DIR completion bash} completes the user's models too.
     */
    private static void userCatalogNames(CommandLine cmd, dev.owl.catalog.Catalog catalog) {
        CommandSpec s = cmd.getCommandSpec();
        for (OptionSpec o : List.copyOf(s.options())) {
            List<String> names = o.completionCandidates() == null ? null : Candidates.from(catalog, o.completionCandidates());
            if (names != null) {
                s.remove(o);
                s.addOption(OptionSpec.builder(o).completionCandidates(names).build());
            }
        }
        List<PositionalParamSpec> positionals = List.copyOf(s.positionalParameters());
        if (positionals.stream().anyMatch(p -> p.completionCandidates() != null && Candidates.from(catalog, p.completionCandidates()) != null)) {
            positionals.forEach(s::remove);
            for (PositionalParamSpec p : positionals) {
                List<String> names = p.completionCandidates() == null ? null : Candidates.from(catalog, p.completionCandidates());
                s.addPositional(names == null ? p : PositionalParamSpec.builder(p).completionCandidates(names).build());
            }
        }
        cmd.getSubcommands().values().forEach(sub -> userCatalogNames(sub, catalog));
    }

    /**
     * picocli's script, completed through a wrapper that keeps Ollama tags whole: bash splits words at ':'
     * (COMP_WORDBREAKS), so the wrapper rebuilds the words from the line and trims what bash already has.
     */
    static String bash(CommandLine root) {
        return AutoComplete.bash("owl", root) + """

                # owl: complete whole words even when they contain ':' (Ollama tags such as llama3.3:70b).
                function _owl_whole_words() {
                  local line="${COMP_LINE:0:COMP_POINT}"
                  local -a words
                  read -r -a words <<< "$line"
                  [[ "$line" =~ [[:space:]]$ ]] && words+=("")
                  local cur="${words[${#words[@]}-1]}"
                  COMP_WORDS=("${words[@]}")
                  COMP_CWORD=$(( ${#words[@]} - 1 ))
                  _complete_owl "$@"
                  if [[ "$cur" == *:* && "$COMP_WORDBREAKS" == *:* ]]; then
                    local i prefix="${cur%"${cur##*:}"}"
                    for i in "${!COMPREPLY[@]}"; do COMPREPLY[i]="${COMPREPLY[i]#"$prefix"}"; done
                  fi
                }
                complete -F _owl_whole_words -o default owl
                """;
    }

    /**
     * The bash script through zsh's bashcompinit, without picocli's {@code alias compopt=complete} (zsh has
     * no compopt, and the alias is not in effect inside a file autoloaded from $fpath, so every Tab printed
     * "command not found"). Autoloaded as {@code _owl}, the file also completes the Tab that loaded it.
     */
    static String zsh(CommandLine root) {
        // zsh does not split words at ':', so picocli's function needs no wrapper there
        String script = AutoComplete.bash("owl", root).replace("  alias compopt=complete\n", "");
        return "#compdef owl\n# owl completion for zsh: save as _owl in a directory of $fpath, or source it.\n"
                + "autoload -U +X bashcompinit && bashcompinit\n" + script
                + "\nif [[ ${funcstack[1]} == _owl ]]; then\n  _bash_complete -F _complete_owl -o default\nfi\n";
    }

    /**
     * fish: one {@code complete} line per command path, option and argument list. Conditions compare the
     * exact command path (so {@code license list} does not get {@code list}'s options), computed by a helper
     * that skips options and their values.
     */
    static String fish(CommandLine root) {
        Set<String> paths = new LinkedHashSet<>();
        Set<String> valueOptions = new LinkedHashSet<>();
        collect(root, "", paths, valueOptions);
        StringBuilder sb = new StringBuilder("# owl completions for fish\n");
        sb.append("set -g __owl_commands ").append(quoteAll(paths)).append('\n');
        sb.append("set -g __owl_value_options ").append(quoteAll(valueOptions)).append('\n');
        sb.append("""
                function __owl_path --description 'the owl subcommand path typed so far'
                    set -l path
                    set -l skip 0
                    for t in (commandline -opc)[2..-1]
                        if test $skip = 1
                            set skip 0
                            continue
                        end
                        switch $t
                            case '--*=*'
                                continue
                            case '-*'
                                contains -- $t $__owl_value_options; and set skip 1
                                continue
                        end
                        set -l next (string join ' ' $path $t)
                        contains -- $next $__owl_commands; or break
                        set path $path $t
                    end
                    string join ' ' $path
                end
                function __owl_is --description 'whether the typed owl subcommand path is exactly the argument'
                    set -l path (__owl_path)
                    test "$path" = "$argv[1]"
                end
                complete -c owl -f
                """);
        fishCommand(root, "", sb);
        return sb.toString();
    }

    private static void collect(CommandLine cmd, String path, Set<String> paths, Set<String> valueOptions) {
        for (OptionSpec o : cmd.getCommandSpec().options()) {
            if (o.arity().max() > 0) {
                valueOptions.addAll(List.of(o.names()));
            }
        }
        for (CommandLine sub : cmd.getSubcommands().values()) {
            String p = path.isEmpty() ? sub.getCommandName() : path + " " + sub.getCommandName();
            paths.add(p);
            collect(sub, p, paths, valueOptions);
        }
    }

    private static void fishCommand(CommandLine cmd, String path, StringBuilder sb) {
        String cond = "complete -c owl -n '__owl_is \"" + path + "\"'";
        if (!cmd.getSubcommands().isEmpty()) {
            for (CommandLine sub : cmd.getSubcommands().values()) {
                sb.append(cond).append(" -a ").append(quote(sub.getCommandName()))
                        .append(" -d ").append(quote(firstSentence(sub.getCommandSpec().usageMessage().description()))).append('\n');
            }
        }
        for (OptionSpec o : cmd.getCommandSpec().options()) {
            sb.append(cond);
            for (String name : o.names()) {
                sb.append(name.startsWith("--") ? " -l " + name.substring(2) : " -s " + name.substring(1));
            }
            if (o.completionCandidates() != null) {
                sb.append(" -x -a ").append(quote(String.join(" ", o.completionCandidates())));
            } else if (o.arity().max() > 0) {
                sb.append(" -r -F"); // a file or directory
            }
            sb.append(" -d ").append(quote(firstSentence(o.description()))).append('\n');
        }
        for (PositionalParamSpec p : cmd.getCommandSpec().positionalParameters()) {
            if (p.completionCandidates() != null) {
                sb.append(cond).append(" -a ").append(quote(String.join(" ", p.completionCandidates()))).append('\n');
            } else if (p.typeInfo().getType() == java.nio.file.Path.class) {
                sb.append(cond).append(" -F\n");
            }
        }
        for (CommandLine sub : cmd.getSubcommands().values()) {
            fishCommand(sub, path.isEmpty() ? sub.getCommandName() : path + " " + sub.getCommandName(), sb);
        }
    }

    private static String firstSentence(String[] description) {
        String d = description.length > 0 ? description[0] : "";
        int end = d.indexOf(". ");
        d = end > 0 ? d.substring(0, end) : d.endsWith(".") ? d.substring(0, d.length() - 1) : d;
        return d.length() > 60 ? d.substring(0, 57) + "..." : d;
    }

    /** A fish single-quoted string. */
    private static String quote(String s) {
        return "'" + s.replace("\\", "\\\\").replace("'", "\\'") + "'";
    }

    private static String quoteAll(Set<String> words) {
        List<String> quoted = new ArrayList<>();
        words.forEach(w -> quoted.add(quote(w)));
        return String.join(" ", quoted);
    }
}
