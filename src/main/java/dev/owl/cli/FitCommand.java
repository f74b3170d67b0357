package dev.owl.cli;

import dev.owl.query.Known;
import dev.owl.input.UsageException;

import dev.owl.catalog.Architecture;
import dev.owl.catalog.Catalog;
import dev.owl.catalog.Model;
import dev.owl.fit.AcceleratorRow;
import dev.owl.fit.FitCalculator;
import dev.owl.fit.FitReport;
import dev.owl.fit.FitRow;
import dev.owl.fit.FitSetup;
import dev.owl.fit.Hardware;
import dev.owl.fit.HfConfig;
import dev.owl.fit.KvQuant;
import dev.owl.fit.ModelShape;
import dev.owl.fit.Quantization;
import dev.owl.fit.SpeedCalibration;
import dev.owl.fit.TrainingEstimate;
import dev.owl.fit.TrainingMemory;
import dev.owl.fit.TrainingPlan;
import dev.owl.fit.WhatFits;
import dev.owl.query.ModelResolver;
import dev.owl.recommend.Recommender;
import dev.owl.render.Renderer;
import dev.owl.render.View;
import dev.owl.view.FitViews;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code owl fit}: memory and decode-speed bounds of a model on given hardware. */
@Command(name = "fit", mixinStandardHelpOptions = true,
        description = {"Estimate memory and speed on given hardware, or what fits it.",
            "Memory is weights + KV cache + runtime allowance; speed is a decode-speed bound. Without a model, list every "
                + "model that fits the hardware."},
        footerHeading = "%nExamples:%n",
        footer = {"  owl fit --list-gpus                                      # ids for --gpu",
            "  owl fit --list-gpus --gpu rtx-4090,m3-max                # their specs",
            "  owl fit llama-3.1-8b-instruct --gpu rtx-4090",
            "  owl fit mixtral-8x7b-instruct-v0.1 --vram 24 --quant q4_k_m --context 32K",
            "  owl fit llama-3.3-70b-instruct --gpu h100-sxm --gpu-count 2 --quant bf16",
            "  owl fit ./models/my-model --vram 48 --bandwidth 960",
            "  owl fit --gpu rtx-4090 --context 32768 --quant q4_k_m     # what can I run?",
            "  owl fit llama-3.1-8b-instruct --train qlora --gpu rtx-4090  # fine-tuning",
            "  owl fit --gpu auto --context 32K                         # on this machine?",
            "",
            "Memory = weights (total parameters × bits per weight) + KV cache (2 × layers × KV heads × head dim"
                + " × tokens × batch × bytes) + 1 GiB per device. Speed bound = bandwidth ÷ bytes read per token."})
final class FitCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "MODEL", arity = "0..1", completionCandidates = Candidates.Models.class,
            description = "Catalog model (id, alias, repo id, Ollama tag), or a path to a model directory / config.json.")
    String model;

    @picocli.CommandLine.Mixin
    HardwareOptions hardwareOptions = new HardwareOptions();

    @Option(names = "--gpu", split = ",", paramLabel = "ID", completionCandidates = Candidates.Gpus.class,
            description = HardwareOptions.GPU_HELP)
    List<String> gpus = new ArrayList<>();

    @Option(names = "--quant", split = ",", paramLabel = "Q", completionCandidates = Candidates.Quants.class,
            description = "bf16, fp8, mxfp4, q8_0, q6_k, q5_k_m, q5_k_s, q5_0, q4_1, q4_k_m, q4_0, iq4_xs, q3_k_m, q3_k_s, "
                    + "iq3_xxs, q2_k, iq2_xxs, awq, gptq (default: the model's shipped format, then the common ones).")
    List<String> quants = new ArrayList<>();

    @Option(names = "--context", split = ",", paramLabel = "TOKENS", converter = Values.Tokens.class,
            description = "Context tokens, e.g. 8192 or 32K (binary: K = 1024, M = 1024²; default: a few steps up to the model's maximum).")
    List<Integer> contexts = new ArrayList<>();

    @Option(names = "--kv-quant", paramLabel = "KV", description = "KV cache format: fp16, q8_0 or q4_0 (default: fp16).")
    String kvQuant = "fp16";

    @Option(names = "--batch", paramLabel = "N", converter = Values.Positive.class, description = "Concurrent sequences (default: 1).")
    int batch = 1;

    @Option(names = "--offload", description = "Allow spilling to system RAM when the model does not fit.")
    boolean offload;

    @Option(names = "--runtime", paramLabel = "RUNTIME", completionCandidates = Candidates.Runtimes.class,
            description = "${COMPLETION-CANDIDATES} (default: llama.cpp for GGUF formats, mlx for others on Apple silicon, "
                    + "else vllm). Its memory rules (catalog runtimes.yaml) decide the memory it takes, its KV cache and how "
                    + "several GPUs split a model; and which measured efficiency applies.")
    String runtime;

    @Option(names = "--wide", description = "On a narrow terminal, keep every column (long cells wrap) rather than leave "
            + "some out.")
    boolean wide;

    @picocli.CommandLine.Mixin
    TrainingOptions trainingOptions = new TrainingOptions();

    @Option(names = "--list-gpus", description = "List the accelerators --gpu accepts: memory, bandwidth, formats, source "
            + "(with --gpu, only those it names).")
    boolean listGpus;

    @Override
    public Integer call() {
        Session owl = Session.of(spec);
        TrainingPlan plan = trainingOptions.plan(model != null);
        if (plan != null) {
            return train(owl, plan);
        }
        if (listGpus) {
            Session.alone(spec, "--list-gpus", "--gpu", "--wide");
            View<AcceleratorRow> view = FitViews.accelerators();
            owl.renderer().list(hardwareOptions.listed(owl.catalog(), gpus).stream().map(AcceleratorRow::of).toList(), wide ? view.wide() : view,
                    spec.commandLine().getOut());
            return ExitCode.OK;
        }
        KvQuant kv = KvQuant.parse(kvQuant);
        if (kv == null) {
            throw new UsageException("unknown KV cache format '" + kvQuant + "'", "use fp16, q8_0 or q4_0");
        }
        List<Quantization> qs = new ArrayList<>();
        for (String q : quants) {
            Quantization parsed = Known.lookup("quantization", q, Quantization::parse, Quantization.keys());
            if (!qs.contains(parsed)) { // q4_k_m,Q4_K_M is one row, as 4K,4096 is one context
                qs.add(parsed);
            }
        }
        contexts = new ArrayList<>(new java.util.LinkedHashSet<>(contexts));
        if (model == null && (qs.size() > 1 || contexts.size() > 1)) { // the what-fits list answers for one of each
            throw new UsageException("without a model, fit takes one " + (qs.size() > 1 ? "--quant" : "--context")
                    + "; the others would be ignored", "give one value, or name a model to see each");
        }
        Catalog catalog = owl.catalog();
        List<Hardware> hardware = hardwareOptions.resolve(catalog, gpus);
        Double cpuBandwidth = catalog.accelerator("cpu-ddr5").map(a -> a.bandwidthGbS() * 1e9).orElse(null);
        String rt = Values.runtime(catalog, runtime);
        FitCalculator calc = FitCalculator.of(catalog);
        FitSetup setup = new FitSetup(hardware, batch, kv, offload, cpuBandwidth, rt);
        Renderer renderer = owl.renderer();
        PrintWriter out = spec.commandLine().getOut();
        if (model == null) {
            if (hardware.isEmpty()) {
                throw new UsageException("without a model, fit needs hardware", "add --gpu ID or --vram GIB");
            }
            WhatFits.Query query = new WhatFits.Query(qs.isEmpty() ? null : qs.get(0), contexts.isEmpty() ? null : contexts.get(0));
            Map<String, Double> quality = new Recommender(catalog).chatScores(query.context(), LocalDate.now(owl.environment().clock()));
            WhatFits.Result fits = new WhatFits(calc).scan(catalog.models(), setup, query, id -> quality.getOrDefault(id, 0.0));
            View<WhatFits.Candidate> view = FitViews.whatFits(hardware.size() > 1);
            renderer.list(fits.rows(), wide ? view.wide() : view, out);
            notes(owl, fits.summary(), fits.notes(), out);
            return ExitCode.OK;
        }
        FitReport report = FitReport.of(calc, shape(catalog), qs, contexts, setup);
        View<FitRow> view = FitViews.model(hardware.size() > 1);
        renderer.list(report.rows(), wide ? view.wide() : view, out);
        notes(owl, report.summary(), report.notes(), out);
        return ExitCode.OK;
    }

    /** Training memory of one model, part by part, on at most one hardware. */
    private Integer train(Session owl, TrainingPlan plan) {
        Catalog catalog = owl.catalog();
        List<Hardware> hardware = hardwareOptions.resolve(catalog, gpus);
        if (hardware.size() > 1) {
            throw new UsageException("--train sizes one hardware at a time", "give one --gpu (with --gpu-count for several devices)");
        }
        ModelShape shape = shape(catalog);
        Architecture architecture = pathModel() ? null : catalog.model(shape.id()).map(Model::architecture).orElse(null);
        TrainingEstimate e = TrainingMemory.estimate(shape, architecture, plan, hardware.isEmpty() ? null : hardware.get(0));
        PrintWriter out = spec.commandLine().getOut();
        View<dev.owl.fit.TrainingRow> view = FitViews.training();
        owl.renderer().report(e, e.withTotal(), wide ? view.wide() : view, out);
        notes(owl, e.summary(), e.assumptions(), out);
        return ExitCode.OK;
    }

    /** A path: an existing file or directory, or anything written like a path (./x, ../x, /x, ~/x, x.json). */
    private boolean pathModel() {
        return (model.contains("/") || model.endsWith(".json")) && (Files.exists(Path.of(model))
                || model.startsWith("./") || model.startsWith("../") || model.startsWith("/") || model.startsWith("~")
                || model.endsWith(".json"));
    }

    /** The model's shape: from a config.json or model directory when MODEL is written like a path, else from the catalog. */
    private ModelShape shape(Catalog catalog) {
        if (pathModel()) {
            return HfConfig.read(Path.of(model));
        }
        Model m = new ModelResolver(catalog).resolve(model);
        ModelShape shape = ModelShape.of(m);
        if (shape == null) {
            throw new UsageException("the catalog has no parameter count for " + m.id(), "owl show " + m.id());
        }
        return shape;
    }

    /** Under a table, what its figures rest on: the summary, then each assumption once (not with --quiet). */
    private static void notes(Session owl, String summary, List<String> notes, PrintWriter out) {
        owl.renderer().notes(summary, notes, out);
    }
}
