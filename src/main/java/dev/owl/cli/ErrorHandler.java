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
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/** The one place where failures become messages on stderr and exit codes. */
final class ErrorHandler implements IExecutionExceptionHandler, IParameterExceptionHandler {

    @Override
    public int handleParseException(ParameterException ex, String[] args) {
        CommandLine cmd = ex.getCommandLine();
        PrintWriter err = cmd.getErr();
        String message = ex.getMessage();
        if (message.length() > 300) { // picocli quotes the whole argument; a 100 KB one is not worth echoing
            message = message.substring(0, 300) + "… (" + message.length() + " characters)";
        }
        String close = null;
        String near = null; // the nearest of an option's choices
        if (ex instanceof CommandLine.UnmatchedArgumentException u && !u.getUnmatched().isEmpty()) {
            close = dev.owl.input.Names.closest(u.getUnmatched().get(0), cmd.getSubcommands().keySet());
            if (u.getUnmatched().get(0).matches("--(json|yaml|csv|tsv|markdown)")) { // gh's --json, others' --csv
                near = "--format " + u.getUnmatched().get(0).substring(2);
            }
        } else if (ex.getArgSpec() instanceof CommandLine.Model.OptionSpec o && o.type().isEnum() && ex.getValue() != null) {
            // picocli says "expected one of [FAMILY, ID, …] (case-insensitive)"; help and users spell them in lower case
            List<String> choices = java.util.Arrays.stream(o.type().getEnumConstants())
                    .map(c -> ((Enum<?>) c).name().toLowerCase(java.util.Locale.ROOT)).toList();
            message = "Invalid value for option '" + o.longestName() + "': '" + ex.getValue() + "' is not one of "
                    + String.join(", ", choices);
            near = dev.owl.input.Names.closest(ex.getValue(), choices);
        }
        if (jsonErrors(args)) {
            err.println(new ErrorLine("error", message, "run '" + cmd.getCommandSpec().qualifiedName() + " --help' for usage",
                    close != null ? List.of(close) : near != null ? List.of(near) : List.of(), null, null, null, null,
                    ExitCode.USAGE).json());
            err.flush();
            return ExitCode.USAGE;
        }
        err.println("error: " + Sanitizer.clean(message));
        if (close != null) {
            err.println("did you mean: " + cmd.getCommandSpec().qualifiedName() + " " + close + "?");
        } else if (near != null) {
            err.println("did you mean: " + near + "?");
        } else {
            CommandLine.UnmatchedArgumentException.printSuggestions(ex, err);
        }
        err.println("help: run '" + cmd.getCommandSpec().qualifiedName() + " --help' for usage");
        err.flush();
        return ExitCode.USAGE;
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
        return List.of(new ErrorLine("error", "internal error: " + ex, "a bug in owl; rerun with --debug for the stack trace",
                List.of(), null, null, null, null, ExitCode.INTERNAL));
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
        out.println(diagnostics.size() + (diagnostics.size() == 1 ? " error" : " errors"));
    }
}
