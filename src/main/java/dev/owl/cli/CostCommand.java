package dev.owl.cli;

import dev.owl.query.Known;
import dev.owl.input.UsageException;

import dev.owl.catalog.Accelerator;
import dev.owl.catalog.Catalog;
import dev.owl.catalog.Model;
import dev.owl.cost.CostCalculator;
import dev.owl.cost.CostEstimate;
import dev.owl.cost.CostOption;
import dev.owl.fit.Quantization;
import dev.owl.query.ModelResolver;
import dev.owl.query.UnknownNameException;
import dev.owl.view.CostViews;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code owl cost}: monthly cost of a daily token volume on hosted APIs and on self-hosted GPUs, and the break-even. */
@Command(name = "cost", mixinStandardHelpOptions = true,
        description = {"Estimate a daily token volume's monthly cost, hosted or self-run.",
            "Every priced hosted offer and rented GPUs, and the volume where the cheapest API and self-hosting break even."},
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

    @Option(names = "--tokens-per-day", required = true, paramLabel = "N", converter = Values.Volume.class,
            description = "Tokens a day, input and output together: 2000000, 2M, 500k, 1.5B (decimal: 2M = 2,000,000).")
    long tokensPerDay;

    @Option(names = "--input-share", paramLabel = "SHARE", converter = Values.Share.class, description = "Share of tokens that are input, 0 to 1 (default: 0.75).")
    double inputShare = 0.75;

    @Option(names = "--provider", paramLabel = "ID", description = "Only this hosted provider (a runtime id of kind hosted).")
    String provider;

    // its own key: the config file's gpu (the user's own card) is not a GPU to rent
    @Option(names = "--gpu", descriptionKey = "cost.gpu", paramLabel = "ID", completionCandidates = Candidates.Gpus.class,
            description = "Price self-hosting on this accelerator ('owl fit --list-gpus'); auto for this machine's card.")
    String gpu;

    @Option(names = "--gpu-count", paramLabel = "K", converter = Values.Positive.class,
            description = "GPUs per model copy (default: the fewest that hold it).")
    Integer gpuCount;

    @Option(names = "--gpu-hour-usd", paramLabel = "P", converter = Values.HourlyUsd.class, description = "Your price per GPU-hour in US dollars (default: the catalog's cheapest).")
    Double gpuHourUsd;

    @Option(names = "--quant", paramLabel = "Q", completionCandidates = Candidates.Quants.class,
            description = "Weights format when self-hosting (default: the format the weights ship in, as fit's first row: mxfp4 for gpt-oss, fp8 for DeepSeek-V3, else bf16).")
    String quant;

    @Option(names = "--batch", paramLabel = "N", converter = Values.Positive.class,
            description = "Sequences decoded together when self-hosting (default: 16).")
    int batch = CostCalculator.DEFAULT_BATCH;

    @Option(names = "--context", paramLabel = "TOKENS", converter = Values.Tokens.class,
            description = "Tokens held per sequence when self-hosting, e.g. 8192 or 8K (binary: K = 1024, M = 1024²; default: 4096).")
    int context = CostCalculator.DEFAULT_CONTEXT_TOKENS;

    @Override
    public Integer call() {
        if ((gpuCount != null || gpuHourUsd != null) && gpu == null) {
            throw new UsageException("--gpu-count and --gpu-hour-usd need --gpu", "add --gpu ID ('owl fit --list-gpus' lists them)");
        }
        Session owl = Session.of(spec);
        Catalog catalog = owl.catalog();
        Model m = new ModelResolver(catalog).resolve(model);
        if (provider != null) {
            dev.owl.query.Offers.requireProvider(catalog, provider);
        }
        Accelerator a = null;
        dev.owl.fit.Detected detected = null;
        if (gpu != null && HardwareOptions.AUTO.equalsIgnoreCase(gpu.strip())) {
            dev.owl.fit.Hardware found = new dev.owl.fit.HardwareDetector(owl.environment().host(), catalog.accelerators()).detect(null);
            detected = found.detected();
            if (detected.matched() == null || !"gpu".equals(found.kind())) {
                throw new UsageException("cost prices a catalog GPU; --gpu auto found " + detected.device()
                        + (detected.matched() == null ? ", which the catalog does not know" : ", no GPU"),
                        "name a catalog card: --gpu ID ('owl fit --list-gpus'), with --gpu-hour-usd P for your own price");
            }
            a = catalog.accelerator(detected.matched()).orElseThrow();
        } else if (gpu != null) {
            a = catalog.acceleratorNamed(gpu).orElseThrow(() -> new UnknownNameException("GPU", gpu,
                    Known.suggestions(gpu, catalog.accelerators().stream().map(Accelerator::id).toList()), false,
                    "'owl fit --list-gpus' lists them"));
        }
        Quantization q = quant == null ? null : Known.lookup("quantization", quant, Quantization::parse, Quantization.keys());
        CostEstimate e = new CostCalculator(catalog, owl.today()).estimate(m,
                new CostCalculator.Request(tokensPerDay, inputShare, provider, a, gpuCount, gpuHourUsd, q, batch, context, detected));
        java.io.PrintWriter out = spec.commandLine().getOut();
        owl.renderer().report(e, CostOption.of(e), CostViews.OPTIONS, out);
        owl.renderer().notes(CostViews.summary(e), CostViews.notes(e), out);
        return ExitCode.OK;
    }
}
