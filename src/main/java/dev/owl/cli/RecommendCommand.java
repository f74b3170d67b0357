package dev.owl.cli;

import dev.owl.policy.Requirement;
import dev.owl.query.Known;
import dev.owl.input.UsageException;

import dev.owl.catalog.Catalog;
import dev.owl.cost.Budget;
import dev.owl.fit.Hardware;
import dev.owl.fit.Quantization;
import dev.owl.policy.Policy;
import dev.owl.policy.PolicyParser;
import dev.owl.query.LicenseResolver;
import dev.owl.query.ModelResolver;
import dev.owl.query.UnknownNameException;
import dev.owl.recommend.Needs;
import dev.owl.recommend.RecommendReport;
import dev.owl.recommend.Recommendation;
import dev.owl.recommend.Recommender;
import dev.owl.recommend.Requirements;
import dev.owl.recommend.Task;
import dev.owl.recommend.TaskSummary;
import dev.owl.render.Detail;
import dev.owl.render.Format;
import dev.owl.render.Renderer;
import dev.owl.render.View;
import dev.owl.view.RecommendFooter;
import dev.owl.view.RecommendViews;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code owl recommend}: rank models for a task, hardware and license policy, with reasons and exclusions. */
@Command(name = "recommend", mixinStandardHelpOptions = true,
        description = {"Rank models for a task under hard constraints.",
            "The constraints: hardware, context, license, policy. Every result shows its score parts and reasons, and the "
                + "excluded models that would rank highest say why they were excluded."},
        footerHeading = "%nExamples:%n",
        footer = {"  owl recommend --task code",
            "  owl recommend --task code --gpu rtx-4090 --license-allow apache-2.0,mit",
            "  owl recommend --task vision --context 128K --gpu h100-sxm",
            "  owl recommend --task vision --eu --mau 2000000 --commercial",
            "  owl recommend --task edge --vram 8 --top 3",
            "  owl recommend --task chat --api-ok --budget-usd-month 100 --tokens-per-day 10M",
            "  owl recommend --api-ok --gpu l4 --budget-usd-month 600 --tokens-per-day 20M",
            "  owl recommend --task chat --policy owl-policy.yaml --explain llama-3.3-70b",
            "  owl recommend --list-tasks",
            "",
            "Score = 100 × weighted mean of the parts that apply (README: How recommend scores)."})
final class RecommendCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--task", paramLabel = "TASK", completionCandidates = Candidates.Tasks.class, description = "chat, code, agentic-code, tools, reasoning, math, vision, audio, "
            + "long-context, edge, multilingual, fine-tuning or rag (default: chat).")
    String task = "chat";

    @picocli.CommandLine.Mixin
    HardwareOptions hardwareOptions = new HardwareOptions();

    @Option(names = "--gpu", paramLabel = "ID", completionCandidates = Candidates.Gpus.class, description = HardwareOptions.GPU_HELP)
    String gpu;

    @Option(names = "--context", paramLabel = "TOKENS", converter = Values.Tokens.class, description = "Context the model must support, e.g. 131072 or 128K (binary: K = 1024, M = 1024²).")
    Integer context;

    @Option(names = "--quant", paramLabel = "Q", description = "Weight format to size with (default: the best that fits).")
    String quant;

    @Option(names = "--license-allow", split = ",", paramLabel = "LICENSE", completionCandidates = Candidates.Licenses.class, description = "Only these licenses (ids, HF tags or SPDX ids).")
    List<String> allow = new ArrayList<>();

    @Option(names = "--license-deny", split = ",", paramLabel = "LICENSE", completionCandidates = Candidates.Licenses.class, description = "Never these licenses.")
    List<String> deny = new ArrayList<>();

    @Option(names = "--commercial", description = "The use is commercial: exclude research-only and non-production licenses.")
    boolean commercial;

    @Option(names = "--osi", description = "Only OSI-approved licenses.")
    boolean osi;

    @Option(names = "--mau", paramLabel = "N", converter = Values.Users.class, description = "Monthly active users of your product.")
    Long mau;

    @Option(names = "--eu", description = "Your company is domiciled in the EU.")
    boolean eu;

    @Option(names = "--self-host", description = "Weights only (the default).")
    boolean selfHost;

    @Option(names = "--api-ok", description = "Also consider API-only models.")
    boolean apiOk;

    @Option(names = "--budget-usd-month", paramLabel = "B", converter = Values.MonthlyUsd.class, description = "Exclude a model "
            + "that costs more than B US dollars a month at --tokens-per-day both on its cheapest priced hosted offer (with "
            + "--api-ok) and self-hosted on rented --gpu (as 'owl cost' prices them); the cheaper option within B is the one shown.")
    Double budgetUsdMonth;

    @Option(names = "--gpu-hour-usd", paramLabel = "P", converter = Values.HourlyUsd.class,
            description = "Your price per GPU-hour for the --gpu a budget self-hosts on (default: the catalog's cheapest).")
    Double gpuHourUsd;

    @Option(names = "--tokens-per-day", paramLabel = "N", converter = Values.Volume.class,
            description = "The volume --budget-usd-month is priced at, input and output together: 2000000, 2M, 500k (decimal: 2M = 2,000,000).")
    Long tokensPerDay;

    @Option(names = "--input-share", paramLabel = "SHARE", converter = Values.Share.class,
            description = "Share of those tokens that are input, 0 to 1 (default: 0.75).")
    Double inputShare;

    @Option(names = "--family", split = ",", paramLabel = "FAMILY", completionCandidates = Candidates.Families.class, description = "Only these families.")
    List<String> families = new ArrayList<>();

    @Option(names = "--min-tok-s", paramLabel = "N", converter = Values.Rate.class, description = "Minimum speed on the hardware: the typical tok/s that ~TOK/S and 'owl fit' show.")
    Double minTokS;

    @Option(names = "--runtime", paramLabel = "RUNTIME", completionCandidates = Candidates.Runtimes.class,
            description = "The engine the fit assumes, as in 'owl fit': ${COMPLETION-CANDIDATES} (default: llama.cpp for GGUF "
                    + "formats, mlx for others on Apple silicon, else vllm).")
    String runtime;

    @Option(names = "--policy", paramLabel = "FILE", description = "Also apply this license policy, as 'owl license check' does.")
    Path policyFile;

    @Option(names = "--need", split = ",", paramLabel = "NEED", completionCandidates = Candidates.Needs.class,
            description = "Presets: ${COMPLETION-CANDIDATES}.")
    List<String> needs = new ArrayList<>();

    @Option(names = "--top", paramLabel = "N", converter = Values.Positive.class, description = "How many to show (default: 5).")
    int top = 5;

    @Option(names = "--all-excluded", description = "List every excluded model, not only the five that would rank highest.")
    boolean allExcluded;

    @Option(names = "--explain", paramLabel = "MODEL", completionCandidates = Candidates.Models.class, description = "Why one model ranks where it does, or why it was excluded.")
    String explain;

    @Option(names = "--wide", description = "On a narrow terminal, keep every column (long cells wrap) rather than leave some out.")
    boolean wide;

    @Option(names = "--list-tasks", description = "List the tasks and the evidence each uses.")
    boolean listTasks;

    @Override
    public Integer call() {
        Session owl = Session.of(spec);
        Renderer renderer = owl.renderer();
        PrintWriter out = spec.commandLine().getOut();
        if (listTasks) {
            Session.alone(spec, "--list-tasks");
            renderer.list(TaskSummary.all(), RecommendViews.tasks(), out);
            renderer.notes(TaskSummary.SCALE, List.of(), out); // what the scale column means, in markdown too
            return ExitCode.OK;
        }
        Catalog catalog = owl.catalog();
        Requirements req = requirements(catalog);
        List<Recommendation> ranked = new Recommender(catalog).rank(req, LocalDate.now(owl.environment().clock()));
        if (explain != null) {
            String id = new ModelResolver(catalog).resolve(explain).id();
            Recommendation r = ranked.stream().filter(x -> x.model().id().equals(id)).findFirst().orElseThrow(() ->
                    new UsageException(id + " is not a candidate of this query (its family was not asked for)", null));
            List<Recommendation> included = ranked.stream().filter(x -> !x.excluded()).toList();
            RecommendReport.Row row = RecommendReport.Row.of(r, included.indexOf(r) + 1);
            renderer.record(row, RecommendViews.explain(row, included.size()), out);
            return ExitCode.OK;
        }
        RecommendReport report = RecommendReport.of(req, ranked, top);
        Hardware hw = req.hardware();
        View<RecommendReport.Row> ranking = RecommendViews.ranking(hw != null, hw != null && hw.bandwidthBytesPerSecondEach() != null);
        renderer.report(report, report.recommendations(), wide ? ranking.wide() : ranking, out);
        if (renderer.format() == Format.TABLE && report.recommendations().isEmpty()) {
            out.println("No model meets every constraint.");
        }
        RecommendFooter footer = RecommendFooter.of(report, allExcluded);
        if (renderer.format() == Format.TABLE && owl.detail() != Detail.QUIET) {
            footer(renderer, footer, out);
        } else if (renderer.format() == Format.MARKDOWN) {
            renderer.notes(footer.summary(), footer.items(), out);
        }
        return ExitCode.OK;
    }

    /** Under a terminal's table: how to run the first pick, the exclusions under their heading, then the query. */
    private static void footer(Renderer renderer, RecommendFooter footer, PrintWriter out) {
        if (!footer.runs().isEmpty()) {
            out.println();
        }
        for (RecommendFooter.Line l : footer.runs()) {
            if (l.indented()) {
                renderer.paragraph(l.lead(), " ".repeat(l.lead().length()), l.text(), out);
            } else {
                out.println(l.lead() + l.text());
            }
        }
        out.println();
        out.println(footer.excludedHeading());
        footer.exclusions().forEach(e -> renderer.paragraph("  ", "    ", e, out));
        out.println();
        renderer.paragraph("", "", footer.summary(), out);
        out.flush();
    }

    private Requirements requirements(Catalog catalog) {
        Task asked = Task.parse(task);
        if (asked == null) {
            List<String> names = Arrays.stream(Task.values()).map(Task::key).toList();
            throw new UnknownNameException("task", task, dev.owl.input.Names.suggestions(task, names, 3), false,
                    "'owl recommend --list-tasks' lists them");
        }
        Needs need = Needs.parse(needs);
        List<String> allowed = new ArrayList<>(allow);
        allowed.addAll(need.allowedLicenses());
        LicenseResolver licenses = new LicenseResolver(catalog);
        for (String l : allowed) {
            licenses.resolve(l);
        }
        for (String l : deny) {
            licenses.resolve(l);
        }
        checkNumbers();
        String rt = Values.runtime(catalog, runtime);
        Hardware hw = hardware(catalog);
        Quantization q = quant == null ? null : Known.lookup("quantization", quant, Quantization::parse, Quantization.keys());
        Known.families(catalog, families);
        List<String> require = new ArrayList<>();
        if (commercial || need.commercial()) {
            require.add(Requirement.COMMERCIAL_USE.key());
        }
        if (osi || need.requireOsi()) {
            require.add(Requirement.OSI_APPROVED.key());
        }
        List<Policy> policies = new ArrayList<>();
        policies.add(new Policy("command line", allowed, deny, require,
                new Policy.Usage(mau, null, eu ? Boolean.TRUE : null, null, null), List.of(), List.of()));
        if (policyFile != null) {
            policies.add(PolicyParser.read(policyFile));
        }
        int ctx = context != null ? context : 8192;
        return new Requirements(need.task(asked), hw, ctx, context != null, q, policies, apiOk, families, minTokS,
                osi || need.preferOpenLicense(), need.euResidency(), rt, budget(hw, catalog));
    }

    /**
     * The budget, or null: at a volume (--tokens-per-day) it prices hosted offers (--api-ok) and self-hosting on the
     * catalog GPU of --gpu, if one was named.
     */
    private Budget budget(Hardware hw, Catalog catalog) {
        return Budget.of(budgetUsdMonth, tokensPerDay, inputShare, apiOk, hw == null || catalog.accelerator(hw.id()).isEmpty() ? null : hw.id(),
                gpuHourUsd);
    }

    private void checkNumbers() {
        if (selfHost && apiOk) {
            throw new UsageException("--self-host and --api-ok contradict each other", "use one of them");
        }
    }

    /** The one hardware description, or null for none. */
    private Hardware hardware(Catalog catalog) {
        if (gpu != null && gpu.contains(",")) {
            boolean typed = spec.commandLine().getParseResult().originalArgs().stream() // else the config file's gpu:
                    .anyMatch(w -> w.equals("--gpu") || w.startsWith("--gpu="));
            throw new UsageException("recommend takes one --gpu, not a list: '" + gpu + "'" + (typed ? "" : " (the config file's gpu)"),
                    "give one --gpu ID (2xa100-80gb for two of one card); 'owl fit' compares several");
        }
        List<Hardware> described = hardwareOptions.resolve(catalog, gpu == null ? List.of() : List.of(gpu));
        if (described.size() > 1) {
            throw new UsageException("recommend takes one hardware description", "give one --gpu ID");
        }
        Hardware hw = described.isEmpty() ? null : described.get(0);
        if (minTokS != null && (hw == null || hw.bandwidthBytesPerSecondEach() == null)) { // no speed: every model excluded
            throw new UsageException("--min-tok-s needs " + (hw == null ? "hardware" : "the hardware's memory bandwidth"),
                    hw == null ? "add --gpu ID, or --vram GIB with --bandwidth GB_PER_S" : "add --bandwidth GB_PER_S");
        }
        return hw;
    }
}
