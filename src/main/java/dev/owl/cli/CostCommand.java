package dev.owl.cli;

import dev.owl.catalog.Accelerator;
import dev.owl.catalog.Catalog;
import dev.owl.catalog.Model;
import dev.owl.input.Names;
import dev.owl.cost.CostCalculator;
import dev.owl.cost.CostEstimate;
import dev.owl.fit.Quantization;
import dev.owl.query.ModelResolver;
import dev.owl.query.UnknownNameException;
import dev.owl.render.Sections;
import dev.owl.render.Sections.Field;
import dev.owl.render.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code owl cost}: monthly cost of a daily token volume on hosted APIs and on self-hosted GPUs, and the break-even. */
@Command(name = "cost", mixinStandardHelpOptions = true,
        description = "Estimate the monthly cost of a daily token volume on each priced hosted offer and on "
                + "rented GPUs, and the volume where the cheapest API and self-hosting break even.",
        footerHeading = "%nExamples:%n",
        footer = {"  owl cost ministral-3-8b-instruct-2512 --tokens-per-day 20M",
            "  owl cost ministral-3-8b-instruct-2512 --tokens-per-day 20M --gpu l4",
            "  owl cost llama3.3:70b --tokens-per-day 50M --gpu h100-sxm --gpu-hour-usd 2.5",
            "  owl cost mistral-large-3 --tokens-per-day 5M --provider mistral-la-plateforme",
            "",
            "Volumes are decimal: 50M = 50,000,000 tokens. Every figure is an estimate; the",
            "assumptions are printed with it."})
final class CostCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "MODEL", completionCandidates = Candidates.Models.class,
            description = "Model id, alias, Hugging Face repo id, Ollama tag or a provider's model id.")
    String model;

    @Option(names = "--tokens-per-day", required = true, paramLabel = "N", converter = Volume.class,
            description = "Tokens a day, input and output together: 2000000, 2M, 500k, 1.5B.")
    long tokensPerDay;

    @Option(names = "--input-share", paramLabel = "SHARE", converter = Values.Share.class, description = "Share of tokens that are input, 0 to 1 (default: 0.75).")
    double inputShare = 0.75;

    @Option(names = "--provider", paramLabel = "ID", description = "Only this hosted provider (a runtime id of kind hosted).")
    String provider;

    @Option(names = "--gpu", paramLabel = "ID", completionCandidates = Candidates.Gpus.class,
            description = "Price self-hosting on this accelerator ('owl fit --list-gpus').")
    String gpu;

    @Option(names = "--gpu-count", paramLabel = "K", converter = Values.Positive.class,
            description = "GPUs per model copy (default: the fewest that hold it).")
    Integer gpuCount;

    @Option(names = "--gpu-hour-usd", paramLabel = "P", converter = Values.HourlyUsd.class, description = "Your price per GPU-hour in US dollars (default: the catalog's cheapest).")
    Double gpuHourUsd;

    @Option(names = "--quant", paramLabel = "Q", completionCandidates = Candidates.Quants.class,
            description = "Weights format when self-hosting (default: bf16).")
    String quant = "bf16";

    @Option(names = "--batch", paramLabel = "N", converter = Values.Positive.class,
            description = "Sequences decoded together when self-hosting (default: 16).")
    int batch = 16;

    @Option(names = "--context", paramLabel = "TOKENS", converter = Values.Tokens.class,
            description = "Tokens held per sequence when self-hosting (default: 4096).")
    int context = 4096;

    @Override
    public Integer call() {
        if ((gpuCount != null || gpuHourUsd != null) && gpu == null) {
            throw new UsageException("--gpu-count and --gpu-hour-usd need --gpu", "add --gpu ID ('owl fit --list-gpus' lists them)");
        }
        OwlCommand owl = OwlCommand.of(spec);
        Catalog catalog = owl.catalog();
        Model m = new ModelResolver(catalog).resolve(model);
        if (provider != null) {
            dev.owl.query.Offers.requireProvider(catalog, provider);
        }
        Accelerator a = null;
        if (gpu != null) {
            a = catalog.accelerator(gpu.toLowerCase(Locale.ROOT)).orElseThrow(() -> new UnknownNameException("GPU", gpu,
                    Names.suggestions(gpu, catalog.accelerators().stream().map(Accelerator::id).toList(), 3), false,
                    "'owl fit --list-gpus' lists them"));
        }
        Quantization q = Known.quantization(quant);
        CostEstimate e;
        try {
            e = new CostCalculator(catalog, LocalDate.now(owl.environment().clock())).estimate(m,
                    new CostCalculator.Request(tokensPerDay, inputShare, provider, a, gpuCount, gpuHourUsd, q, batch, context));
        } catch (CostCalculator.CostException ex) {
            throw new UsageException(ex.getMessage(), null);
        }
        java.io.StringWriter text = new java.io.StringWriter();
        owl.renderer().sections(sections(e), tree(e), new java.io.PrintWriter(text));
        spec.commandLine().getOut().print(text);
        spec.commandLine().getOut().flush();
        return ExitCode.OK;
    }

    static Sections sections(CostEstimate e) {
        Sections s = new Sections("Estimated monthly cost of " + e.model() + " at " + String.format(Locale.ROOT, "%,d", e.tokensPerDay())
                + " tokens a day");
        Table hosted = Table.of("PROVIDER", "MODEL ID", "REGIONS", ">IN $/M", ">OUT $/M", ">BLENDED $/M", ">~$/MONTH", "PRICE AS OF");
        for (CostEstimate.HostedCost h : e.hosted()) {
            hosted.row(h.provider(), h.providerModelId() == null ? "" : h.providerModelId(),
                    String.join(", ", h.regions()) + (h.euResidency() ? " (EU residency)" : ""), money(h.inputUsdPerMtok()),
                    money(h.outputUsdPerMtok()), money(h.blendedUsdPerMtok()), "~" + money(h.monthlyUsd()), h.priceAsOf().toString());
        }
        s.table("Hosted APIs", hosted);
        List<Field> none = new ArrayList<>();
        if (e.hosted().isEmpty()) {
            none.add(new Field("-", "no hosted offer of this model has a price in the catalog"));
        }
        if (!e.unpricedProviders().isEmpty()) {
            none.add(new Field("-", "also served, price not in the catalog: " + String.join(", ", e.unpricedProviders())));
        }
        s.section("Hosted APIs without a price", none);
        CostEstimate.SelfHostCost h = e.selfHost();
        if (h != null) {
            List<Field> self = new ArrayList<>();
            self.add(new Field("hardware", h.replicas() + " × " + h.gpusPerReplica() + " × " + h.gpu() + " (" + h.quant()
                    + ", ~" + dev.owl.units.Quantities.gib(h.memoryBytesPerReplica()) + " per copy)"));
            self.add(new Field("throughput", "~" + Math.round(h.outputTokensPerSecondPerReplica()) + " output tokens/s per copy, "
                    + "batch " + h.batch() + " (upper bound)"));
            self.add(new Field("capacity", "~" + String.format(Locale.ROOT, "%,d", Math.round(h.tokensPerDayPerReplica())) + " tokens a day per copy"));
            self.add(new Field("GPU price", money(h.gpuHourUsd()) + " per GPU-hour, " + h.priceSource()));
            self.add(new Field("per month", "~" + money(h.monthlyUsd()) + " (" + Math.round(h.hoursPerMonth() * 10) / 10.0 + " h)"));
            self.add(new Field("per million", "~" + money(h.usdPerMtok()) + " per million tokens at this volume"));
            s.section("Self-hosted", self);
        }
        List<Field> be = new ArrayList<>();
        CostEstimate.BreakEven b = e.breakEven();
        if (b.tokensPerDay() != null) {
            be.add(new Field("break-even", "~" + String.format(Locale.ROOT, "%,d", Math.round(b.tokensPerDay())) + " tokens a day against "
                    + b.cheapestProvider() + " (" + money(b.cheapestBlendedUsdPerMtok()) + "/M blended)"));
        }
        be.add(new Field("-", b.reason()));
        s.section("Break-even", be);
        List<Field> notes = new ArrayList<>();
        for (String a : e.assumptions()) {
            notes.add(new Field("-", a));
        }
        s.section("Assumptions (every figure is an estimate)", notes);
        return s;
    }

    private static String money(double usd) {
        return "$" + (usd >= 100 ? String.format(Locale.ROOT, "%,.0f", usd) : String.format(Locale.ROOT, "%.2f", usd).replaceAll("(\\.\\d\\d)\\d*$", "$1"));
    }

    /** The JSON/YAML object (README: "cost JSON"). */
    static Map<String, Object> tree(CostEstimate e) {
        Map<String, Object> t = new LinkedHashMap<>();
        t.put("model", e.model());
        t.put("tokens_per_day", e.tokensPerDay());
        t.put("input_share", e.inputShare());
        t.put("days_per_month", e.daysPerMonth());
        List<Map<String, Object>> hosted = new ArrayList<>();
        for (CostEstimate.HostedCost h : e.hosted()) {
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("provider", h.provider());
            o.put("provider_model_id", h.providerModelId());
            o.put("regions", h.regions());
            o.put("eu_residency", h.euResidency());
            o.put("input_usd_per_mtok", h.inputUsdPerMtok());
            o.put("output_usd_per_mtok", h.outputUsdPerMtok());
            o.put("price_as_of", h.priceAsOf().toString());
            o.put("blended_usd_per_mtok", h.blendedUsdPerMtok());
            o.put("monthly_usd", h.monthlyUsd());
            o.put("source", h.sourceUrl());
            hosted.add(o);
        }
        t.put("hosted", hosted);
        t.put("unpriced_providers", e.unpricedProviders());
        CostEstimate.SelfHostCost h = e.selfHost();
        if (h == null) {
            t.put("self_host", null);
        } else {
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("gpu", h.gpu());
            o.put("quant", h.quant());
            o.put("batch", h.batch());
            o.put("context_tokens", h.contextTokens());
            o.put("gpus_per_replica", h.gpusPerReplica());
            o.put("replicas", h.replicas());
            o.put("memory_bytes_per_replica", h.memoryBytesPerReplica());
            o.put("output_tokens_per_second_per_replica", h.outputTokensPerSecondPerReplica());
            o.put("tokens_per_day_per_replica", h.tokensPerDayPerReplica());
            o.put("gpu_hour_usd", h.gpuHourUsd());
            o.put("gpu_price_source", h.priceSource());
            o.put("hours_per_month", h.hoursPerMonth());
            o.put("monthly_usd", h.monthlyUsd());
            o.put("usd_per_mtok", h.usdPerMtok());
            t.put("self_host", o);
        }
        Map<String, Object> b = new LinkedHashMap<>();
        b.put("cheapest_provider", e.breakEven().cheapestProvider());
        b.put("cheapest_blended_usd_per_mtok", e.breakEven().cheapestBlendedUsdPerMtok());
        b.put("tokens_per_day", e.breakEven().tokensPerDay());
        b.put("reason", e.breakEven().reason());
        t.put("break_even", b);
        t.put("assumptions", e.assumptions());
        return t;
    }

    /** A daily volume: a whole number with an optional decimal suffix k, M or B ({@code 50M} = 50,000,000). */
    static final class Volume implements CommandLine.ITypeConverter<Long> {
        @Override
        public Long convert(String value) {
            String v = value.strip().replace("_", "").replace(",", "");
            double factor = 1;
            char last = v.isEmpty() ? ' ' : Character.toUpperCase(v.charAt(v.length() - 1));
            if (last == 'K' || last == 'M' || last == 'B') {
                factor = last == 'K' ? 1e3 : last == 'M' ? 1e6 : 1e9;
                v = v.substring(0, v.length() - 1);
            }
            double n;
            try {
                n = Double.parseDouble(v);
            } catch (NumberFormatException e) {
                throw new CommandLine.TypeConversionException("'" + value + "' is not a token volume (try 2000000, 2M or 500k)");
            }
            double total = n * factor;
            if (!Double.isFinite(total) || total < 1 || total > 1e15) {
                throw new CommandLine.TypeConversionException("'" + value + "' is out of range: a volume is 1 to 10^15 tokens a day");
            }
            return Math.round(total);
        }
    }
}
