package dev.owl.cli;

import dev.owl.catalog.Catalog;
import dev.owl.fit.Hardware;
import dev.owl.fit.Quantization;
import dev.owl.policy.Policy;
import dev.owl.policy.PolicyParser;
import dev.owl.query.LicenseResolver;
import dev.owl.query.ModelResolver;
import dev.owl.query.UnknownNameException;
import dev.owl.recommend.Recommendation;
import dev.owl.recommend.Recommender;
import dev.owl.recommend.Prior;
import dev.owl.recommend.QuantPenalty;
import dev.owl.recommend.Requirements;
import dev.owl.recommend.Suite;
import dev.owl.recommend.TaskEvidence;
import dev.owl.recommend.Task;
import dev.owl.render.Format;
import dev.owl.render.Renderer;
import dev.owl.render.Sections;
import dev.owl.render.Table;
import dev.owl.render.Units;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code owl recommend}: rank models for a task, hardware and license policy, with reasons and exclusions. */
@Command(name = "recommend", mixinStandardHelpOptions = true,
        description = "Rank models for a task under hard constraints (hardware, context, license, policy); "
                + "every result shows its score parts and reasons, and the closest misses say why they were excluded.",
        footerHeading = "%nExamples:%n",
        footer = {"  owl recommend --task code",
            "  owl recommend --task code --gpu rtx-4090 --license-allow apache-2.0,mit",
            "  owl recommend --task vision --context 128K --gpu h100-sxm",
            "  owl recommend --task vision --eu --mau 2000000 --commercial",
            "  owl recommend --task edge --vram 8 --top 3",
            "  owl recommend --task chat --policy owl-policy.yaml --explain llama-3.3-70b",
            "  owl recommend --list-tasks",
            "",
            "Score = 100 × confidence × weighted mean of the parts that apply (README: How recommend scores)."})
final class RecommendCommand implements Callable<Integer> {
    /** How figures from different suites become one evidence value; shown by --list-tasks and --explain. */
    static final String SCALE = "Scale: each figure becomes its percentile among the catalog models its suite covers "
            + "(the i-th of n at (i - 0.5)/n, linear in between); a model's evidence is the mean of its percentiles weighted "
            + "by trust (common protocol " + Suite.COMMON_TRUST + ", vendor-reported " + Suite.VENDOR_TRUST + "). A model "
            + "without figures is imputed from a prior fitted on the models with figures (active and total parameters, release "
            + "date, family), counted one standard error low. A quantized format scales the figures by what llama.cpp's KL "
            + "divergence measurements say it keeps.";

    @Spec
    CommandSpec spec;

    @Option(names = "--task", paramLabel = "TASK", completionCandidates = Candidates.Tasks.class, description = "chat, code, agentic-code, reasoning, math, vision, audio, "
            + "long-context, edge, multilingual, fine-tuning or rag (default: chat).")
    String task = "chat";

    @picocli.CommandLine.Mixin
    HardwareOptions hardwareOptions = new HardwareOptions();

    @Option(names = "--context", paramLabel = "TOKENS", converter = Values.Tokens.class, description = "Context the model must support, e.g. 128K.")
    Integer context;

    @Option(names = "--quant", paramLabel = "Q", description = "Weight format to size with (default: the best that fits).")
    String quant;

    @Option(names = "--license-allow", split = ",", paramLabel = "ID", completionCandidates = Candidates.Licenses.class, description = "Only these licenses (ids, HF tags or SPDX ids).")
    List<String> allow = new ArrayList<>();

    @Option(names = "--license-deny", split = ",", paramLabel = "ID", completionCandidates = Candidates.Licenses.class, description = "Never these licenses.")
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

    @Option(names = "--family", split = ",", paramLabel = "FAMILY", completionCandidates = Candidates.Families.class, description = "Only these families.")
    List<String> families = new ArrayList<>();

    @Option(names = "--min-tok-s", paramLabel = "N", converter = Values.Rate.class, description = "Minimum decode-speed bound on the hardware.")
    Double minTokS;

    @Option(names = "--policy", paramLabel = "FILE", description = "Also apply this license policy, as 'owl license check' does.")
    Path policyFile;

    @Option(names = "--need", split = ",", paramLabel = "NEED",
            description = "Presets: apache, permissive, commercial, eu-data-residency, fine-tuning-ecosystem.")
    List<String> needs = new ArrayList<>();

    @Option(names = "--top", paramLabel = "N", converter = Values.Positive.class, description = "How many to show (default: 5).")
    int top = 5;

    @Option(names = "--all-excluded", description = "List every excluded model, not only the closest misses.")
    boolean allExcluded;

    @Option(names = "--explain", paramLabel = "MODEL", completionCandidates = Candidates.Models.class, description = "Why one model ranks where it does, or why it was excluded.")
    String explain;

    @Option(names = "--list-tasks", description = "List the tasks and the evidence each uses.")
    boolean listTasks;

    @Override
    public Integer call() {
        OwlCommand owl = OwlCommand.of(spec);
        Renderer renderer = owl.renderer();
        PrintWriter out = spec.commandLine().getOut();
        if (listTasks) {
            Table t = Table.of("TASK", "FOR", "EVIDENCE (MOST TRUSTED FIRST)", "CAPABILITIES", "REQUIRES");
            List<Map<String, Object>> tree = new ArrayList<>();
            for (Task x : Task.values()) {
                t.row(x.key(), x.description(), String.join(", ", x.evidence().stream().map(Suite::label).toList()),
                        String.join(", ", x.capabilities()), x.requiredInput() == null ? "" : x.requiredInput() + " input");
                Map<String, Object> tt = new LinkedHashMap<>();
                tt.put("task", x.key());
                tt.put("description", x.description());
                List<Map<String, Object>> ev = new ArrayList<>();
                for (Suite su : x.evidence()) {
                    Map<String, Object> e = new LinkedHashMap<>();
                    e.put("benchmark", su.benchmark());
                    e.put("protocol", su.protocol());
                    e.put("vendor_reported", !su.commonProtocol());
                    e.put("trust", su.trust());
                    e.put("description", su.description());
                    ev.add(e);
                }
                tt.put("evidence", ev);
                tt.put("scale", SCALE);
                tt.put("capabilities", x.capabilities());
                tt.put("required_input", x.requiredInput());
                tree.add(tt);
            }
            renderer.table(t, tree, out);
            if (renderer.format() == Format.TABLE) {
                out.println();
                renderer.paragraph("", "", SCALE, out);
                out.flush();
            }
            return ExitCode.OK;
        }
        Catalog catalog = owl.catalog();
        Requirements req = requirements(catalog);
        LocalDate today = LocalDate.now(owl.environment().clock());
        List<Recommendation> ranked = new Recommender(catalog).rank(req, today);
        List<Recommendation> included = ranked.stream().filter(r -> !r.excluded()).toList();
        List<Recommendation> excluded = ranked.stream().filter(Recommendation::excluded).toList();
        if (explain != null) {
            String id = new ModelResolver(catalog).resolve(explain).id();
            Recommendation r = ranked.stream().filter(x -> x.model().id().equals(id)).findFirst().orElseThrow(() ->
                    new UsageException(id + " is not a candidate of this query (its family was not asked for)", null));
            int rank = included.indexOf(r) + 1;
            renderer.sections(explainSections(r, rank, included.size()), item(r, rank), out);
            return ExitCode.OK;
        }
        List<Recommendation> shown = included.subList(0, Math.min(top, included.size()));
        List<Recommendation> misses = allExcluded ? excluded : excluded.subList(0, Math.min(5, excluded.size()));
        Map<String, Object> tree = new LinkedHashMap<>();
        tree.put("query", query(req));
        List<Map<String, Object>> recs = new ArrayList<>();
        for (int i = 0; i < shown.size(); i++) {
            recs.add(item(shown.get(i), i + 1));
        }
        tree.put("recommendations", recs);
        List<Map<String, Object>> ex = new ArrayList<>();
        for (Recommendation r : excluded) {
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("model", r.model().id());
            e.put("reasons", r.exclusions());
            ex.add(e);
        }
        tree.put("excluded", ex);
        if (renderer.format().isTree()) {
            renderer.tree(tree, out);
            return ExitCode.OK;
        }
        Table t = Table.of(">RANK", "MODEL", "LICENSE", "FITS", ">~TOK/S", ">SCORE", "WHY");
        for (int i = 0; i < shown.size(); i++) {
            Recommendation r = shown.get(i);
            t.row(Integer.toString(i + 1), r.model().id(), r.model().license(), fitText(r), speed(r),
                    Units.plain(r.score()) + (r.evidence() != null && r.evidence().imputed() ? " ?" : ""), String.join("; ", r.reasons()));
        }
        renderer.table(t, recs, out);
        if (renderer.format() == Format.TABLE) {
            if (shown.isEmpty()) {
                out.println("No model meets every constraint.");
            } else if (shown.get(0).run() != null) {
                out.println();
                out.println("Run #1: " + dev.owl.render.Sanitizer.clean(shown.get(0).run().command()));
            }
            out.println();
            out.println("Excluded (" + excluded.size() + ")" + (allExcluded || excluded.size() <= misses.size() ? ":" : ", closest misses:"));
            for (Recommendation r : misses) {
                renderer.paragraph("  ", "    ", r.model().id() + ": " + String.join("; ", r.exclusions()), out);
            }
            out.println();
            renderer.paragraph("", "", "Task " + req.task().key() + (req.hardware() == null ? "" : " on " + req.hardware().id()
                    + (req.hardware().count() > 1 ? " ×" + req.hardware().count() : "")) + ", context " + Units.tokens(req.contextTokens())
                    + (req.contextGiven() ? "" : " (default)") + ". '?' marks a score whose evidence is imputed, not measured. "
                    + "'owl recommend … --explain MODEL' shows the parts.", out);
            out.flush();
        }
        return ExitCode.OK;
    }

    private Requirements requirements(Catalog catalog) {
        Task t = Task.parse(task);
        if (t == null) {
            List<String> names = Arrays.stream(Task.values()).map(Task::key).toList();
            throw new UnknownNameException("task", task, dev.owl.input.Names.suggestions(task, names, 3), false,
                    "'owl recommend --list-tasks' lists them");
        }
        List<String> allowed = new ArrayList<>(allow);
        boolean preferOpen = osi;
        boolean euResidency = false;
        boolean commercialUse = commercial;
        for (String need : needs) {
            switch (need.strip().toLowerCase(Locale.ROOT)) {
                case "apache" -> allowed.add("apache-2.0");
                case "permissive" -> {
                    osi = true;
                    preferOpen = true;
                }
                case "commercial" -> commercialUse = true;
                case "eu-data-residency" -> euResidency = true;
                case "fine-tuning-ecosystem" -> {
                    t = Task.FINE_TUNING;
                    preferOpen = true;
                }
                default -> throw new UnknownNameException("need", need, dev.owl.input.Names.suggestions(need,
                        List.of("apache", "permissive", "commercial", "eu-data-residency", "fine-tuning-ecosystem"), 3), false,
                        "needs: apache, permissive, commercial, eu-data-residency, fine-tuning-ecosystem");
            }
        }
        LicenseResolver licenses = new LicenseResolver(catalog);
        for (String l : allowed) {
            licenses.resolve(l);
        }
        for (String l : deny) {
            licenses.resolve(l);
        }
        if (selfHost && apiOk) {
            throw new UsageException("--self-host and --api-ok contradict each other", "use one of them");
        }
        List<Hardware> described = hardwareOptions.resolve(catalog);
        if (described.size() > 1) {
            throw new UsageException("recommend takes one hardware description", "give one --gpu ID");
        }
        Hardware hw = described.isEmpty() ? null : described.get(0);
        if (minTokS != null && hw == null) {
            throw new UsageException("--min-tok-s needs hardware", "add --gpu ID or --vram GIB");
        }
        Quantization q = quant == null ? null : Known.quantization(quant);
        Known.families(catalog, families);
        List<String> require = new ArrayList<>();
        if (commercialUse) {
            require.add("commercial_use");
        }
        if (osi) {
            require.add("osi_approved");
        }
        List<Policy> policies = new ArrayList<>();
        policies.add(new Policy("command line", allowed, deny, require,
                new Policy.Usage(mau, null, eu ? Boolean.TRUE : null, null, null), List.of(), List.of()));
        if (policyFile != null) {
            if (!java.nio.file.Files.exists(policyFile)) {
                throw new dev.owl.input.InputException(List.of(new dev.owl.input.Diagnostic(policyFile.toString(), 0, 0,
                        "policy file not found", "create one with: owl license check --init --policy " + policyFile)));
            }
            policies.add(PolicyParser.read(policyFile));
        }
        int ctx = context != null ? context : 8192;
        return new Requirements(t, hw, ctx, context != null, q, policies, apiOk, families, minTokS, preferOpen, euResidency);
    }

    private static Map<String, Object> query(Requirements r) {
        Map<String, Object> q = new LinkedHashMap<>();
        q.put("task", r.task().key());
        q.put("gpu", r.hardware() == null ? null : r.hardware().id());
        q.put("gpu_count", r.hardware() == null ? null : r.hardware().count());
        q.put("available_bytes", r.hardware() == null ? null : r.hardware().availableBytes());
        q.put("context_tokens", r.contextTokens());
        q.put("quant", r.quant() == null ? null : r.quant().key());
        Policy flags = r.policies().get(0);
        q.put("license_allow", flags.allow());
        q.put("license_deny", flags.deny());
        q.put("require", flags.require());
        q.put("mau", flags.usage().monthlyActiveUsers());
        q.put("eu", Boolean.TRUE.equals(flags.usage().euEntity()));
        q.put("policy", r.policies().size() > 1 ? r.policies().get(1).origin() : null);
        q.put("families", r.families());
        q.put("api_ok", r.apiOk());
        q.put("min_tok_s", r.minTokensPerSecond());
        return q;
    }

    private static Map<String, Object> item(Recommendation r, int rank) {
        Map<String, Object> t = new LinkedHashMap<>();
        t.put("rank", rank > 0 ? rank : null);
        t.put("model", r.model().id());
        t.put("score", r.score());
        t.put("score_parts", r.parts());
        t.put("confidence", Math.round(r.confidence() * 100) / 100.0);
        t.put("fits", r.fit() == null ? null : r.fit().fits());
        t.put("quant", r.fit() == null ? null : r.fit().quant().key());
        t.put("total_bytes", r.fit() == null ? null : r.fit().totalBytes());
        t.put("decode_tokens_per_s", r.fit() == null || r.fit().decodeTokensPerSecond() == null ? null
                : Math.round(r.fit().decodeTokensPerSecond() * 10) / 10.0);
        t.put("license", r.model().license());
        t.put("evidence", evidenceTree(r.evidence()));
        t.put("quant_penalty", r.penalty() == null ? null : penaltyTree(r.penalty()));
        if (r.run() == null) {
            t.put("run", null);
        } else {
            Map<String, Object> run = new LinkedHashMap<>();
            run.put("runtime", r.run().runtime());
            run.put("step", r.run().step().key());
            run.put("command", r.run().command());
            run.put("note", r.run().note());
            t.put("run", run);
        }
        t.put("reasons", r.reasons());
        t.put("excluded_because", r.exclusions());
        return t;
    }

    private static Map<String, Object> evidenceTree(TaskEvidence.Estimate e) {
        if (e == null) {
            return null;
        }
        Map<String, Object> t = new LinkedHashMap<>();
        t.put("value", Math.round(e.value() * 1000) / 1000.0);
        t.put("uncertainty", Math.round(e.uncertainty() * 1000) / 1000.0);
        t.put("imputed", e.imputed());
        List<Map<String, Object>> rows = new ArrayList<>();
        for (TaskEvidence.Row row : e.rows()) {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("benchmark", row.figure().name());
            x.put("protocol", row.figure().protocol());
            x.put("vendor_reported", row.figure().vendorReported());
            x.put("score", row.figure().score());
            x.put("setting", row.figure().setting());
            x.put("percentile", Math.round(row.percentile() * 1000) / 1000.0);
            x.put("covered_models", row.covered());
            x.put("source", row.figure().source().url());
            x.put("as_of", row.figure().source().asOf().toString());
            rows.add(x);
        }
        t.put("rows", rows);
        if (e.prior() != null) {
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("mean", Math.round(e.prior().mean() * 1000) / 1000.0);
            p.put("sigma", Math.round(e.prior().sigma() * 1000) / 1000.0);
            p.put("family_offset", Math.round(e.prior().familyOffset() * 1000) / 1000.0);
            p.put("fitted_on_models", e.prior().fittedOn());
            p.put("formula", e.prior().formula());
            t.put("imputation", p);
        } else {
            t.put("imputation", null);
        }
        return t;
    }

    private static Map<String, Object> penaltyTree(QuantPenalty q) {
        Map<String, Object> t = new LinkedHashMap<>();
        t.put("format", q.format().key());
        t.put("kl_divergence", q.kld());
        t.put("relative_loss", Math.round(q.loss() * 10000) / 10000.0);
        t.put("analogue", q.analogue());
        t.put("basis", q.basis());
        t.put("source", q.kld() == 0 ? null : QuantPenalty.KLD_SOURCE);
        return t;
    }

    private static Sections explainSections(Recommendation r, int rank, int of) {
        Sections s = new Sections(r.model().id() + (r.excluded() ? ": excluded" : ": rank " + rank + " of " + of));
        List<Sections.Field> f = new ArrayList<>();
        if (r.excluded()) {
            r.exclusions().forEach(x -> f.add(new Sections.Field("excluded", x)));
        }
        f.add(new Sections.Field("score", Units.plain(r.score()) + " = 100 × weighted mean of the parts below"));
        s.section("Verdict", f);
        List<Sections.Field> parts = new ArrayList<>();
        r.parts().forEach((k, v) -> parts.add(new Sections.Field(k, (v == null ? "no evidence" : Units.plain(Math.round(v * 1000) / 1000.0))
                + "  (weight " + Units.plain(Recommender.WEIGHTS.get(k)) + ")")));
        s.section("Score parts", parts);
        List<Sections.Field> why = new ArrayList<>();
        r.reasons().forEach(x -> why.add(new Sections.Field("-", x)));
        s.section("Reasons", why);
        TaskEvidence.Estimate e = r.evidence();
        if (e != null) {
            List<Sections.Field> ev = new ArrayList<>();
            for (TaskEvidence.Row row : e.rows()) {
                ev.add(new Sections.Field(row.figure().name(), Units.plain(row.figure().score()) + " — "
                        + (row.figure().vendorReported() ? "vendor-reported" : "protocol " + row.figure().protocol())
                        + ", " + row.figure().setting() + "; percentile " + Units.plain(Math.round(row.percentile() * 1000) / 1000.0)
                        + " of " + row.covered() + " covered models; as of " + row.figure().source().asOf() + ", "
                        + row.figure().source().url()));
            }
            if (e.imputed()) {
                Prior.Estimate p = e.prior();
                ev.add(new Sections.Field("imputed", p.formula() + "; uncertainty ± " + Units.plain(Math.round(p.sigma() * 1000) / 1000.0)
                        + " (residual standard error over " + p.fittedOn() + " models with figures); counted as mean − uncertainty"));
            }
            ev.add(new Sections.Field("value", Units.plain(Math.round(e.value() * 1000) / 1000.0)
                    + (r.penalty() != null && r.penalty().loss() > 0 ? " at " + r.penalty().format().key() : "")
                    + " ± " + Units.plain(Math.round(e.uncertainty() * 1000) / 1000.0)));
            ev.add(new Sections.Field("scale", SCALE));
            s.section("Evidence", ev);
        }
        if (r.penalty() != null) {
            QuantPenalty q = r.penalty();
            s.section("Quantization penalty", List.of(new Sections.Field(q.format().key(), q.loss() == 0 ? q.basis()
                    : String.format(Locale.ROOT, "keeps %.2f %% of benchmark scores: mean KL divergence %.4f × %.2f per nat (%s; %s)",
                            100 * q.keep(), q.kld(), QuantPenalty.LOSS_PER_NAT, q.basis(), QuantPenalty.KLD_SOURCE))));
        }
        if (r.run() != null) {
            s.section("Run it", List.of(new Sections.Field(r.run().runtime(), r.run().command()
                    + (r.run().note() == null ? "" : "  (" + r.run().note() + ")"))));
        }
        if (r.fit() != null) {
            s.section("Fit", List.of(new Sections.Field("estimate", String.format(Locale.ROOT, "%s: ~%.1f GiB of %.1f GiB%s",
                    r.fit().quant().key(), r.fit().totalBytes() / Hardware.GIB, r.fit().availableBytes() / Hardware.GIB,
                    r.fit().decodeTokensPerSecond() == null ? "" : String.format(Locale.ROOT, ", ~%.0f tok/s upper bound",
                            r.fit().decodeTokensPerSecond())))));
        }
        return s;
    }

    private static String fitText(Recommendation r) {
        return r.fit() == null ? "" : r.fit().quant().key();
    }

    private static String speed(Recommendation r) {
        return r.fit() == null || r.fit().decodeTokensPerSecond() == null ? "" : String.format(Locale.ROOT, "%.0f", r.fit().decodeTokensPerSecond());
    }
}
