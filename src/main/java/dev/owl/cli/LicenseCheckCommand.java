package dev.owl.cli;

import dev.owl.policy.StarterPolicy;
import dev.owl.input.UsageException;
import dev.owl.catalog.Catalog;
import dev.owl.input.Diagnostic;
import dev.owl.input.InputException;
import dev.owl.input.UserFile;
import dev.owl.policy.CheckResult;
import dev.owl.policy.InstalledModels;
import dev.owl.policy.LicenseGate;
import dev.owl.policy.MlBom;
import dev.owl.policy.Policy;
import dev.owl.policy.PolicyFiles;
import dev.owl.policy.Reference;
import dev.owl.policy.Rule;
import dev.owl.policy.SarifLog;
import dev.owl.render.Detail;
import dev.owl.render.Format;
import dev.owl.view.CheckViews;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code owl license check}: the CI gate. Scans for model references and checks them against a policy. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"Check a project's model references against a license policy.", "References are Hugging Face "
            + "repo ids, Ollama tags, model cards and more. Exit 1 when any error is found, whatever the format."},
        footerHeading = "%nExamples:%n",
        footer = {"  owl license check --init              # write a commented owl-policy.yaml",
            "  owl license check                     # scan . with ./owl-policy.yaml",
            "  owl license check src/ configs/ --strict",
            "  owl license check --model meta-llama/Llama-3.2-11B-Vision-Instruct",
            "  owl license check --models-from models.txt  # one reference a line; - is stdin",
            "  owl license check --installed          # models Ollama and HF keep here",
            "  owl license check --format sarif -o owl.sarif --report junit=owl-junit.xml",
            "  owl license check --format cyclonedx -o ml-bom.json  # CycloneDX 1.6 ML-BOM",
            "  owl license check --explain mau-threshold",
            "",
            "Exit status: 0 no errors (warnings allowed), 1 errors found, 2 usage error, 3 invalid policy or unreadable input."})
final class LicenseCheckCommand implements Callable<Integer> {
    /** A list of model references is a few kilobytes; more is not such a list. */
    static final long MAX_REFERENCE_LIST_BYTES = 4L * 1024 * 1024;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "PATH", arity = "0..*", description = "Files or directories to scan (default: . unless --model/--models-from/--installed).")
    List<Path> paths = new ArrayList<>();

    @Option(names = "--policy", paramLabel = "FILE", description = "Policy file (default: ./owl-policy.yaml, then ./.owl/policy.yaml).")
    Path policyFile;

    @Option(names = "--model", paramLabel = "REF", converter = Values.NonEmpty.class, description = "Check this model reference too (repeatable).")
    List<String> models = new ArrayList<>();

    @Option(names = "--models-from", converter = Values.FileName.class, paramLabel = "FILE", description = "Read references from FILE, one a line ('-' for stdin).")
    String modelsFrom;

    @Option(names = "--installed", description = "Check the models on this machine too: Ollama's manifests ($OLLAMA_MODELS or "
            + "~/.ollama/models) and the Hugging Face cache ($HF_HUB_CACHE, $HF_HOME/hub or ~/.cache/huggingface/hub).")
    boolean installed;

    @Option(names = "--strict", description = "Unknown model references and files left unscanned are errors, not warnings.")
    boolean strict;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write the report (in --format) to FILE instead of stdout ('-' is stdout).")
    Path output;

    @Option(names = "--report", paramLabel = "FORMAT=FILE", description = "Also write a report: json, yaml, csv, tsv, markdown, sarif, junit or cyclonedx (repeatable; FILE '-' is stdout).")
    List<String> reports = new ArrayList<>();

    @Option(names = "--no-ignore", description = "Scan files that .gitignore files exclude too (the policy's paths.exclude still applies).")
    boolean noIgnore;

    @Option(names = "--inventory", description = "Print every reference found, passing or not (file, name, kind, model, license, "
            + "how it resolved) instead of the findings, also as csv/tsv; --format json always has it as 'references'.")
    boolean inventory;

    @Option(names = "--init", description = "Write a commented starter policy (to --policy or ./owl-policy.yaml) and exit.")
    boolean init;

    @Option(names = "--explain", paramLabel = "RULE", description = "Explain a rule, e.g. mau-threshold, and exit.")
    String explain;

    private Integer explainRule(Session owl, PrintWriter out) {
        Rule rule = Rule.named(explain);
        if (owl.format() == Format.TABLE || owl.format().isReportOnly()) {
            out.println(rule.id() + ": " + rule.explanation());
        } else { // a script asked for json, yaml, csv, tsv or markdown
            owl.renderer().report(rule.explained(), List.of(rule.explained()), CheckViews.explanation(), out);
        }
        out.flush();
        return ExitCode.OK;
    }

    private Integer writeStarterPolicy(Session owl, PrintWriter out, PrintWriter err) throws IOException {
        Path target = policyFile != null ? policyFile : Path.of(PolicyFiles.DEFAULT);
        if (Files.exists(target)) {
            throw new UsageException(target + " already exists; not overwriting it", "edit it, or pass --policy NEW_FILE");
        }
        writeReport(target, StarterPolicy.TEXT, out);
        owl.tell(err, "wrote " + target + "; edit it, then run: owl license check");
        err.flush();
        return ExitCode.OK;
    }

    @Override
    public Integer call() throws IOException {
        Session owl = Session.of(spec);
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        String mode = explain != null ? "--explain" : init ? "--init" : null; // each answers alone
        if (mode != null) {
            Session.alone(spec, mode, mode.equals("--init") ? new String[] {"--policy"} : new String[0]);
            return explain != null ? explainRule(owl, out) : writeStarterPolicy(owl, out, err);
        }
        Map<Format, Path> extra = parseReports();
        List<Path> inputs = new ArrayList<>(scanned()); // what this run reads: -o and --report must not destroy it
        inputs.addAll(List.of(policyFile != null ? policyFile : Path.of(PolicyFiles.DEFAULT), Path.of(PolicyFiles.FALLBACK),
                Path.of(modelsFrom == null ? "-" : modelsFrom)));
        List<Path> targets = new ArrayList<>(extra.values());
        targets.add(output != null ? output : Path.of("-"));
        dev.owl.render.ReportFile.refuseShared(targets);
        dev.owl.render.ReportFile.refuseInputs(targets, inputs, CheckViews::isReport, "an owl report");
        CheckResult result;
        try {
            result = check(owl, err, targets.stream().filter(t -> !t.toString().equals("-")).toList());
        } catch (InputException e) {
            // a CI upload step should show why the check could not run, not skip a missing file
            for (Path target : sarifFiles(owl, extra)) {
                writeReport(target, json(owl, SarifLog.failure(e.diagnostics(), version())), out);
            }
            out.flush();
            throw e;
        }
        for (Map.Entry<Format, Path> e : extra.entrySet()) {
            writeReport(e.getValue(), render(owl, e.getKey(), result), out);
        }
        String main = render(owl, owl.format(), result);
        if (output != null && !output.toString().equals("-")) {
            writeReport(output, main, out);
            owl.tell(err, CheckViews.summaryLine(result));
        } else if (owl.format() == Format.TABLE && owl.detail() == Detail.QUIET) {
            out.println(CheckViews.summaryLine(result)); // CI logs: the verdict; the exit code and reports carry the rest
        } else {
            out.print(main);
        }
        out.flush();
        err.flush();
        return result.passed() ? ExitCode.OK : ExitCode.CHECK_FAILED;
    }

    /** Finds and reads the policy, then scans and judges; an invalid policy or a missing path is an {@link InputException}. */
    private CheckResult check(Session owl, PrintWriter err, List<Path> own) throws IOException {
        Catalog catalog = owl.catalog();
        Policy policy = PolicyFiles.find(policyFile, catalog).orElseGet(() -> {
            owl.tell(err, "note: no policy file (" + PolicyFiles.DEFAULT + " or " + PolicyFiles.FALLBACK + "); checking references only. "
                    + "'owl license check --init' writes one.");
            return Policy.empty();
        });
        List<Reference> given = new ArrayList<>();
        models.forEach(m -> given.add(Reference.argument(m)));
        given.addAll(modelsFrom == null ? List.of() : readReferences(owl));
        InstalledModels.Listing local = installed ? ListCommand.installed(owl, err) : InstalledModels.Listing.NONE;
        given.addAll(local.references());
        return new LicenseGate(catalog, policy, LocalDate.now(owl.environment().clock()), strict)
                .check(given, local.unreadable(), scanned(), !noIgnore, own, version());
    }

    /** The paths to scan: those given, else . unless models are named another way. */
    private List<Path> scanned() {
        return paths.isEmpty() && models.isEmpty() && modelsFrom == null && !installed ? List.of(Path.of(".")) : paths;
    }

    /**
     * The SARIF reports asked for, files or stdout ({@code -}): a CI step that uploads {@code --format sarif > owl.sarif}
     * must find the error there, not an empty file. Other formats write nothing when the check cannot run.
     */
    private List<Path> sarifFiles(Session owl, Map<Format, Path> extra) {
        Path main = owl.format() != Format.SARIF ? null : output != null ? output : Path.of("-");
        return java.util.stream.Stream.of(extra.get(Format.SARIF), main).filter(java.util.Objects::nonNull).distinct().toList();
    }

    private static String version() throws IOException {
        return new VersionProvider().getVersion()[0].replace("owl ", "");
    }

    private static String json(Session owl, Object record) {
        StringWriter s = new StringWriter();
        owl.rendererFor(Format.JSON).foreign(record, new PrintWriter(s)); // SARIF and CycloneDX: their own schemas
        return s.toString();
    }

    /** {@code -} is stdout; a path that cannot take the report is a usage error, a failed write a data error. */
    private static void writeReport(Path target, String content, PrintWriter out) {
        if (target.toString().equals("-")) {
            out.print(content);
            return;
        }
        dev.owl.render.ReportFile.write(target, content.getBytes(StandardCharsets.UTF_8));
    }

    private String render(Session owl, Format format, CheckResult result) {
        StringWriter s = new StringWriter();
        PrintWriter w = new PrintWriter(s);
        switch (format) {
            case TABLE -> {
                if (inventory) {
                    owl.rendererFor(format).list(result.inventory(), CheckViews.inventory(), w);
                    w.println(CheckViews.summaryLine(result));
                } else {
                    w.print(CheckViews.diagnostics(result));
                }
            }
            case MARKDOWN -> {
                w.println(CheckViews.markdownTitle(result));
                w.println();
                if (!result.findings().isEmpty()) {
                    owl.rendererFor(format).list(result.findings(), CheckViews.findings(), w);
                    w.println();
                }
                w.println(CheckViews.markdownSummary(result));
            }
            case SARIF -> w.print(json(owl, SarifLog.of(result)));
            case CYCLONEDX -> w.print(json(owl, MlBom.of(result, owl.catalog())));
            case JUNIT -> w.print(CheckViews.junit(result));
            case JSON, YAML -> owl.rendererFor(format).tree(result.report(), w);
            case CSV, TSV -> {
                if (inventory) {
                    owl.rendererFor(format).list(result.inventory(), CheckViews.inventoryRows(), w);
                } else {
                    owl.rendererFor(format).list(result.findings(), CheckViews.findingRows(), w);
                }
            }
        }
        w.flush();
        return s.toString();
    }

    private Map<Format, Path> parseReports() {
        Map<Format, Path> out = new LinkedHashMap<>();
        for (String r : reports) {
            int eq = r.indexOf('=');
            Format f = eq > 0 ? Format.parse(r.substring(0, eq)) : null;
            if (f == null || eq == r.length() - 1 || f == Format.TABLE) {
                throw new UsageException("--report takes FORMAT=FILE with FORMAT json, yaml, csv, tsv, markdown, sarif, junit or cyclonedx, got '" + r + "'",
                        "e.g. --report sarif=owl.sarif");
            }
            if (out.put(f, Path.of(r.substring(eq + 1))) != null) {
                throw new UsageException("--report " + f.key() + " is given twice; only the last would be written", "give each format once");
            }
        }
        return out;
    }

    private List<Reference> readReferences(Session owl) throws IOException {
        List<Reference> out = new ArrayList<>();
        List<String> lines;
        if (modelsFrom.equals("-")) {
            lines = new String(owl.environment().stdin().get().readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        } else {
            try {
                lines = UserFile.utf8(Path.of(modelsFrom), MAX_REFERENCE_LIST_BYTES).lines().toList();
            } catch (IOException e) {
                UserFile.Unreadable u = e instanceof UserFile.Unreadable x ? x : null;
                throw new InputException(List.of(new Diagnostic(modelsFrom, u == null ? 0 : u.line(), u == null ? 0 : u.column(),
                        UserFile.reason(e), "pass a file with one model reference a line, or - to read them from stdin")));
            }
        }
        String label = modelsFrom.equals("-") ? "<stdin>" : modelsFrom;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (!line.isEmpty() && !line.startsWith("#")) {
                out.add(new Reference(label, i + 1, 1, line, Reference.Kind.ARGUMENT, null));
            }
        }
        return out;
    }
}
