package dev.owl.cli;

import dev.owl.input.UsageException;

import dev.owl.input.InputException;
import dev.owl.input.Diagnostic;
import dev.owl.input.SourceLine;
import dev.owl.render.ErrorLine;
import dev.owl.render.TextWidth;
import dev.owl.query.UnknownNameException;
import dev.owl.render.Sanitizer;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.concurrent.CancellationException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/** The one place where failures become messages on stderr and exit codes. */
final class ErrorHandler implements IExecutionExceptionHandler, IParameterExceptionHandler {
    /** Ctrl-C in owl shell interrupted the command, which stopped without a result (a partial one would mislead). */
    static final String CANCELLED = "cancelled (Ctrl-C): the command stopped before its result";

    @Override
    public int handleParseException(ParameterException ex, String[] args) {
        CommandLine cmd = ex.getCommandLine();
        PrintWriter err = cmd.getErr();
        String message = ex.getMessage();
        List<String> near = List.of(); // owl's "did you mean", the only one printed (never picocli's own list as well)
        String stray = ex instanceof CommandLine.MissingParameterException ? strayOption(cmd, args) : null;
        if (stray != null) { // picocli checks required options before unknown ones: '--tokens 5M' read as --tokens-per-day missing
            message = unmatched(cmd, stray);
            near = unmatchedSuggestions(cmd, stray);
        } else if (ex instanceof CommandLine.UnmatchedArgumentException u && !u.getUnmatched().isEmpty()) {
            // picocli reports every word from the first unknown one on ("Unknown options: '--familly', 'llama'"): the
            // first is the mistake, the rest its value or what follows
            String first = u.getUnmatched().get(0);
            message = unmatched(cmd, first);
            near = unmatchedSuggestions(cmd, first);
        } else if (message.startsWith("Unknown subcommand '") && ex.getValue() != null) { // owl help lsit
            message = unmatched(cmd, ex.getValue());
            near = unmatchedSuggestions(cmd, ex.getValue());
        } else if (ex.getArgSpec() instanceof CommandLine.Model.OptionSpec o && o.type().isEnum() && ex.getValue() != null) {
            // picocli says "expected one of [FAMILY, ID, …] (case-insensitive)"; help and users spell them in lower case
            List<String> choices = java.util.Arrays.stream(o.type().getEnumConstants())
                    .map(c -> ((Enum<?>) c).name().toLowerCase(java.util.Locale.ROOT)).toList();
            message = "invalid value for option '" + o.longestName() + "': '" + ex.getValue() + "' is not one of "
                    + String.join(", ", choices);
            String closest = dev.owl.input.Names.closest(ex.getValue(), choices);
            near = closest == null ? List.of() : List.of(closest);
        } else if (message.length() > 1 && Character.isUpperCase(message.charAt(0)) && Character.isLowerCase(message.charAt(1))) {
            message = Character.toLowerCase(message.charAt(0)) + message.substring(1); // as owl's own errors read
        }
        if (message.length() > 300) { // picocli quotes the whole argument; a 100 KB one is not worth echoing
            message = message.substring(0, 300) + "… (" + message.length() + " characters)";
        }
        String help = "run '" + cmd.getCommandSpec().qualifiedName() + " --help' for usage";
        if (jsonErrors(args)) {
            err.println(new ErrorLine("error", message, help, near, null, null, null, null, ExitCode.USAGE).json());
            err.flush();
            return ExitCode.USAGE;
        }
        err.println("error: " + Sanitizer.clean(message));
        if (!near.isEmpty()) {
            err.println("did you mean: " + Sanitizer.clean(String.join(", ", near)) + "?");
        }
        err.println("help: " + help);
        err.flush();
        return ExitCode.USAGE;
    }

    /** What is wrong with the first word picocli could not place: an unknown option, command, or one argument too many. */
    private static String unmatched(CommandLine cmd, String word) {
        String shown = "'" + dev.owl.input.Names.shown(word) + "'";
        if (isOption(word)) {
            return "unknown option '" + dev.owl.input.Names.shown(optionName(word)) + "'";
        }
        String name = cmd.getCommandSpec().qualifiedName();
        return cmd.getSubcommands().isEmpty()
                ? "unexpected argument " + shown + (cmd.getCommandSpec().positionalParameters().isEmpty()
                        ? " ('" + name + "' takes options only)" : "")
                : "unknown command " + shown + " for '" + name + "'";
    }

    /** The nearest option names or commands to an unmatched word (another tool's --json: --format json). */
    private static List<String> unmatchedSuggestions(CommandLine cmd, String word) {
        if (isOption(word)) {
            String option = optionName(word);
            if (option.matches("--(json|yaml|csv|tsv|markdown)")) { // gh's --json, others' --csv
                return List.of("--format " + option.substring(2));
            }
            return option.startsWith("--") ? dev.owl.input.Names.suggestions(option, cmd.getCommandSpec().optionsMap().keySet()
                    .stream().filter(n -> n.startsWith("--")).toList(), 3) : List.of();
        }
        String close = dev.owl.input.Names.closest(word, cmd.getSubcommands().keySet());
        return close == null ? List.of() : List.of(cmd.getCommandSpec().qualifiedName() + " " + close);
    }

    /** The first {@code --long} option on the line that neither the command nor a parent knows (not an option's value); null if none. */
    private static String strayOption(CommandLine cmd, String[] args) {
        java.util.Map<String, CommandLine.Model.OptionSpec> known = new java.util.HashMap<>();
        for (CommandLine c = cmd; c != null; c = c.getParent()) {
            c.getCommandSpec().optionsMap().forEach(known::putIfAbsent);
        }
        for (int i = 0; i < args.length && !args[i].equals("--"); i++) {
            if (!args[i].startsWith("--")) {
                continue;
            }
            CommandLine.Model.OptionSpec option = known.get(optionName(args[i]));
            if (option == null) {
                return args[i];
            }
            if (option.arity().max() > 0 && args[i].indexOf('=') < 0) {
                i++; // its value
            }
        }
        return null;
    }

    /** An option-like word: a dash and more, but not a negative number ({@code -} alone is stdin). */
    private static boolean isOption(String word) {
        return word.length() > 1 && word.startsWith("-") && !word.matches("-[0-9.].*");
    }

    /** {@code --name=value} without its value. */
    private static String optionName(String word) {
        int eq = word.indexOf('=');
        return eq > 0 ? word.substring(0, eq) : word;
    }

    @Override
    public int handleExecutionException(Exception ex, CommandLine cmd, ParseResult parseResult) {
        PrintWriter err = cmd.getErr();
        if (jsonErrors(parseResult.originalArgs().toArray(String[]::new))) {
            List<ErrorLine> lines = jsonLines(ex);
            lines.forEach(l -> err.println(l.json()));
            err.flush();
            return lines.get(0).exitCode();
        }
        int code;
        if (ex instanceof InputException ce) {
            printDiagnostics(ce.diagnostics(), err);
            code = ExitCode.DATA;
        } else if (ex instanceof UnknownNameException u) {
            err.println("error: " + Sanitizer.clean(u.getMessage()));
            if (!u.suggestions().isEmpty()) {
                err.println((u.ambiguous() ? "it matches: " : "did you mean: ") + String.join(", ", u.suggestions())
                        + (u.ambiguous() ? "" : "?"));
            }
            if (u.hint() != null) {
                err.println("help: " + Sanitizer.clean(u.hint()));
            }
            code = ExitCode.USAGE;
        } else if (ex instanceof UsageException u) {
            code = usage(err, u.getMessage(), u.hint());
        } else if (ex instanceof CancellationException) {
            err.println(CANCELLED);
            code = ExitCode.CANCELLED;
        } else {
            err.println("error: internal error: " + Sanitizer.clean(String.valueOf(ex))
                    + " (a bug in owl; rerun with --debug for the stack trace)");
            if (Session.of(cmd.getCommandSpec()).debug()) {
                StringWriter trace = new StringWriter();
                ex.printStackTrace(new PrintWriter(trace));
                err.print(trace);
            }
            code = ExitCode.INTERNAL;
        }
        err.flush();
        return code;
    }

    /** {@code --error-format json} anywhere on the command line (read from the words: a parse error comes before options are bound). */
    static boolean jsonErrors(String[] args) {
        for (int i = 0; args != null && i < args.length; i++) {
            if (args[i].equalsIgnoreCase("--error-format=json")
                    || (args[i].equals("--error-format") && i + 1 < args.length && args[i + 1].equalsIgnoreCase("json"))) {
                return true;
            }
        }
        return false;
    }

    /** The failure as JSON lines: one per finding of a data error, else one. */
    private static List<ErrorLine> jsonLines(Exception ex) {
        if (ex instanceof InputException ce) {
            return SourceLine.attach(ce.diagnostics()).stream().map(d -> new ErrorLine("error", d.message(), d.hint(), List.of(),
                    d.file(), d.line() > 0 ? d.line() : null, d.column() > 0 ? d.column() : null, d.text(), ExitCode.DATA)).toList();
        }
        if (ex instanceof UnknownNameException u) {
            return List.of(new ErrorLine("error", u.getMessage(), u.hint(), u.suggestions(), null, null, null, null, ExitCode.USAGE));
        }
        if (ex instanceof UsageException u) {
            return List.of(new ErrorLine("error", u.getMessage(), u.hint(), List.of(), null, null, null, null, ExitCode.USAGE));
        }
        if (ex instanceof CancellationException) {
            return List.of(new ErrorLine("error", CANCELLED, null, List.of(), null, null, null, null, ExitCode.CANCELLED));
        }
        return List.of(new ErrorLine("error", "internal error: " + ex, "a bug in owl; rerun with --debug for the stack trace",
                List.of(), null, null, null, null, ExitCode.INTERNAL));
    }

    /** A line {@code owl shell} does not run: a usage error in the format the session's errors use. */
    static void refusal(PrintWriter err, boolean json, String message, String hint) {
        if (json) {
            err.println(new ErrorLine("error", message, hint, List.of(), null, null, null, null, ExitCode.USAGE).json());
        } else {
            usage(err, message, hint);
        }
        err.flush();
    }

    private static int usage(PrintWriter err, String message, String hint) {
        err.println("error: " + Sanitizer.clean(message));
        if (hint != null) {
            err.println("help: " + Sanitizer.clean(hint));
        }
        return ExitCode.USAGE;
    }

    /**
     * Per finding, as cargo-deny and rustc print them: {@code file:line:col: error: message}, the offending line
     * with a caret under the column (when the line is known), and an indented {@code help:} line.
     */
    static void printDiagnostics(List<Diagnostic> diagnostics, PrintWriter out) {
        for (Diagnostic d : SourceLine.attach(diagnostics)) {
            out.println(Sanitizer.clean(d.headline()));
            String text = d.text();
            if (text != null && d.line() > 0) {
                String number = Integer.toString(d.line());
                String before = text.codePoints().limit(Math.max(0, d.column() - 1))
                        .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
                out.println((" " + number + " | " + Sanitizer.clean(text)).stripTrailing());
                out.println(" ".repeat(number.length() + 2) + "| " + " ".repeat(TextWidth.of(Sanitizer.clean(before))) + "^");
            }
            if (d.hint() != null) {
                out.println("  help: " + Sanitizer.clean(d.hint()));
            }
        }
        out.println(dev.owl.render.Units.count(diagnostics.size(), "error"));
    }
}
