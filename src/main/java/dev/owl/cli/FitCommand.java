package dev.owl.cli;

import dev.owl.catalog.Catalog;
import dev.owl.catalog.Model;
import dev.owl.catalog.ModelStatus;
import dev.owl.fit.FitCalculator;
import dev.owl.fit.FitEstimate;
import dev.owl.fit.Hardware;
import dev.owl.fit.HfConfig;
import dev.owl.fit.KvQuant;
import dev.owl.fit.ModelShape;
import dev.owl.fit.Quantization;
import dev.owl.query.ModelResolver;
import dev.owl.query.UnknownNameException;
import dev.owl.render.Renderer;
import dev.owl.render.Table;
import dev.owl.render.Units;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code owl fit}: memory and decode-speed bounds of a model on given hardware. */
@Command(name = "fit", mixinStandardHelpOptions = true,
        description = "Estimate memory (weights + KV cache + runtime allowance) and a decode-speed bound; "
                + "without a model, list every model that fits the hardware.",
        footerHeading = "%nExamples:%n",
        footer = {"  owl fit --list-gpus                                      # ids for --gpu",
            "  owl fit llama-3.1-8b-instruct --gpu rtx-4090",
            "  owl fit mixtral-8x7b-instruct-v0.1 --vram 24 --quant q4_k_m --context 32K",
            "  owl fit llama-3.3-70b-instruct --gpu h100-sxm --gpu-count 2 --quant bf16",
            "  owl fit ./models/my-model --vram 48 --bandwidth 960",
            "  owl fit --gpu rtx-4090 --context 32768 --quant q4_k_m     # what can I run?",
            "",
            "Memory = weights (total parameters × bits per weight) + KV cache (2 × layers × KV heads × head dim"
                + " × tokens × batch × bytes) + 1 GiB per device. Speed bound = bandwidth ÷ bytes read per token."})
final class FitCommand implements Callable<Integer> {
    private static final List<Integer> CONTEXT_STEPS = List.of(4096, 32768, 131072);

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "MODEL", arity = "0..1", completionCandidates = Candidates.Models.class,
            description = "Catalog model (id, alias, repo id, Ollama tag), or a path to a model directory / config.json.")
    String model;

    @picocli.CommandLine.Mixin
    HardwareOptions hardwareOptions = new HardwareOptions();

    @Option(names = "--quant", split = ",", paramLabel = "Q", completionCandidates = Candidates.Quants.class,
            description = "bf16, fp8, mxfp4, q8_0, q6_k, q5_k_m, q5_k_s, q5_0, q4_1, q4_k_m, q4_0, iq4_xs, q3_k_m, q3_k_s, "
                    + "iq3_xxs, q2_k, iq2_xxs, awq, gptq (default: the model's shipped format, then the common ones).")
    List<String> quants = new ArrayList<>();

    @Option(names = "--context", split = ",", paramLabel = "TOKENS", converter = Values.Tokens.class,
            description = "Context tokens, e.g. 8192 or 32K (default: a few steps up to the model's maximum).")
    List<Integer> contexts = new ArrayList<>();

    @Option(names = "--kv-quant", paramLabel = "KV", description = "KV cache format: fp16, q8_0 or q4_0 (default: fp16).")
    String kvQuant = "fp16";

    @Option(names = "--batch", paramLabel = "N", converter = Values.Positive.class, description = "Concurrent sequences (default: 1).")
    int batch = 1;

    @Option(names = "--offload", description = "Allow spilling to system RAM when the model does not fit.")
    boolean offload;

    @Option(names = "--runtime", paramLabel = "RUNTIME", completionCandidates = Candidates.Runtimes.class,
            description = "llama.cpp, ollama, vllm, sglang, mlx or tgi (default: llama.cpp for GGUF formats, mlx for others on "
                    + "Apple silicon, else vllm). Decides how several GPUs split a model and which measured efficiency applies.")
    String runtime;

    @Option(names = "--list-gpus", description = "List the accelerators --gpu accepts: memory, bandwidth, formats, source.")
    boolean listGpus;

    @Override
    public Integer call() {
        OwlCommand owl = OwlCommand.of(spec);
        if (listGpus) {
            return listGpus(owl);
        }
        KvQuant kv = KvQuant.parse(kvQuant);
        if (kv == null) {
            throw new UsageException("unknown KV cache format '" + kvQuant + "'", "use fp16, q8_0 or q4_0");
        }
        List<Quantization> qs = new ArrayList<>();
        for (String q : quants) {
            qs.add(Known.quantization(q));
        }
        // a path: an existing file or directory, or anything written like a path (./x, ../x, /x, ~/x, x.json)
        boolean pathModel = model != null && (model.contains("/") || model.endsWith(".json")) && (Files.exists(Path.of(model))
                || model.startsWith("./") || model.startsWith("../") || model.startsWith("/") || model.startsWith("~")
                || model.endsWith(".json"));
        Catalog catalog = owl.catalog();
        List<Hardware> hardware = hardwareOptions.resolve(catalog);
        Double cpuBandwidth = catalog.accelerator("cpu-ddr5").map(a -> a.bandwidthGbS() * 1e9).orElse(null);
        if (runtime != null && !FitCalculator.RUNTIMES.contains(runtime.toLowerCase(Locale.ROOT))) {
            throw new UsageException("unknown runtime '" + runtime + "'", "use one of " + String.join(", ", FitCalculator.RUNTIMES));
        }
        String rt = runtime == null ? null : runtime.toLowerCase(Locale.ROOT);
        FitCalculator calc = new FitCalculator(dev.owl.fit.SpeedCalibration.of(catalog));
        List<FitEstimate> rows = new ArrayList<>();
        Renderer renderer = owl.renderer();
        PrintWriter out = spec.commandLine().getOut();
        if (model == null) {
            if (hardware.isEmpty()) {
                throw new UsageException("without a model, fit needs hardware", "add --gpu ID or --vram GIB");
            }
            Quantization q = qs.isEmpty() ? Quantization.Q4_K_M : qs.get(0);
            int context = contexts.isEmpty() ? 8192 : contexts.get(0);
            for (Model m : catalog.models()) {
                ModelShape shape = ModelShape.of(m);
                if (m.status() != ModelStatus.RELEASED || shape == null
                        || (m.contextTokens() != null && m.contextTokens() < context)) {
                    continue; // no weights, no size, or it cannot take this much context
                }
                for (Hardware hw : hardware) {
                    FitEstimate e = calc.estimate(shape, q, context, batch, kv, hw, offload, cpuBandwidth, rt);
                    if (Boolean.TRUE.equals(e.fits())) {
                        rows.add(e);
                    }
                }
            }
            // quality = the general-chat score of `owl recommend` (evidence percentile or imputed prior, capabilities)
            Map<String, Double> quality = new java.util.HashMap<>();
            for (dev.owl.recommend.Recommendation r : new dev.owl.recommend.Recommender(catalog).rank(
                    new dev.owl.recommend.Requirements(dev.owl.recommend.Task.CHAT, null, context, false, null, List.of(), false,
                            List.of(), null, false, false), LocalDate.now(owl.environment().clock()))) {
                quality.put(r.model().id(), r.score());
            }
            rows.sort(Comparator.comparingDouble((FitEstimate e) -> -quality.getOrDefault(e.model(), 0.0))
                    .thenComparingDouble(e -> -paramsOf(catalog, e.model())).thenComparing(FitEstimate::model));
            Table t = Table.of("MODEL", ">PARAMS", "QUANT", ">CONTEXT", ">TOTAL", "HARDWARE", ">FREE", ">~TOK/S", ">QUALITY");
            for (FitEstimate e : rows) {
                t.row(e.model(), dev.owl.view.ModelViews.totalParams(catalog.model(e.model()).orElseThrow()), e.quant().key(), Units.tokens(e.contextTokens()),
                        total(e), e.hardware().id() + (e.hardware().count() > 1 ? " ×" + e.hardware().count() : ""),
                        Units.gib(e.availableBytes() - e.totalBytes()), speed(e), Units.plain(quality.getOrDefault(e.model(), 0.0)));
            }
            render(renderer, t, rows, out, "Models that fit, best first by quality: the general-chat score of 'owl recommend' "
                    + "(evidence percentile or imputed prior, capabilities; see README). Models whose context is shorter are left out; "
                    + "'≥' marks a total without the KV cache (architecture unknown). "
                    + (qs.isEmpty() ? "Quantization q4_k_m (default). " : "") + (contexts.isEmpty() ? "Context 8K (default). " : ""), true);
            return ExitCode.OK;
        }
        ModelShape shape;
        if (pathModel) {
            shape = HfConfig.read(Path.of(model));
        } else {
            Model m = new ModelResolver(catalog).resolve(model);
            shape = ModelShape.of(m);
            if (shape == null) {
                throw new UsageException("the catalog has no parameter count for " + m.id(), "owl show " + m.id());
            }
        }
        List<Integer> ctx = contexts.isEmpty() ? defaultContexts(shape) : contexts;
        for (Quantization q : qs.isEmpty() ? defaultQuants(shape) : qs) {
            for (int c : ctx) {
                if (hardware.isEmpty()) {
                    rows.add(calc.estimate(shape, q, c, batch, kv, null, offload, cpuBandwidth, rt));
                }
                for (Hardware hw : hardware) {
                    rows.add(calc.estimate(shape, q, c, batch, kv, hw, offload, cpuBandwidth, rt));
                }
            }
        }
        Table t = Table.of("QUANT", ">BITS/W", ">CONTEXT", ">WEIGHTS", ">KV CACHE", ">OVERHEAD", ">TOTAL", "HARDWARE", ">AVAILABLE",
                "FITS", ">~TOK/S");
        for (FitEstimate e : rows) {
            t.row(e.quant().key(), Units.plain(Math.round(e.quant().bitsPerWeight() * 1e4) / 1e4), Units.tokens(e.contextTokens()),
                    Units.gib(e.weightsBytes()), e.kvCacheBytes() == null ? "unknown" : Units.gib(e.kvCacheBytes()),
                    Units.gib(e.overheadBytes()), total(e),
                    e.hardware() == null ? "" : e.hardware().id() + (e.hardware().count() > 1 ? " ×" + e.hardware().count() : ""),
                    Units.gib(e.availableBytes()), fitsText(e), speed(e));
        }
        render(renderer, t, rows, out, shape.id() + ": " + Units.plain(shape.paramsTotalB()) + "B parameters"
                + (shape.mixtureOfExperts() ? " (" + Units.plain(round(shape.paramsActiveB())) + "B active)" : "")
                + (shape.paramsApprox() ? ", approximate" : "") + ". All figures are estimates. ", false);
        return ExitCode.OK;
    }

    private int listGpus(OwlCommand owl) {
        Table t = Table.of("ID", "NAME", "KIND", ">MEMORY", ">BANDWIDTH", "BF16", "FP8").dropFirst("KIND", "BF16", "FP8");
        List<Map<String, Object>> tree = new ArrayList<>();
        for (dev.owl.catalog.Accelerator a : owl.catalog().accelerators()) {
            boolean memApprox = a.approxFields().contains("memory_gib");
            boolean bwApprox = a.approxFields().contains("bandwidth_gb_s");
            t.row(a.id(), a.name(), a.kind(), a.memoryGib() == null ? "" : (memApprox ? "~" : "") + Units.plain(a.memoryGib()) + " GiB",
                    a.bandwidthGbS() == null ? "" : (bwApprox ? "~" : "") + Units.plain(a.bandwidthGbS()) + " GB/s",
                    a.bf16() == null ? "" : Units.yesNo(a.bf16()), a.fp8() == null ? "" : Units.yesNo(a.fp8()));
            Map<String, Object> g = new LinkedHashMap<>();
            g.put("id", a.id());
            g.put("name", a.name());
            g.put("vendor", a.vendor());
            g.put("kind", a.kind());
            g.put("memory_gib", a.memoryGib());
            g.put("bandwidth_gb_s", a.bandwidthGbS());
            g.put("bf16", a.bf16());
            g.put("fp8", a.fp8());
            g.put("unified_memory", a.unifiedMemory());
            g.put("memory_options_gib", a.memoryOptionsGib());
            g.put("approx_fields", a.approxFields());
            g.put("notes", a.notes());
            g.put("sources", a.sources());
            tree.add(g);
        }
        owl.renderer().table(t, tree, spec.commandLine().getOut());
        return ExitCode.OK;
    }

    /**
     * The table, then what its figures rest on. Over many models ({@code sharedOnly}) only what holds
     * for every row is listed; a model's own assumptions (experts, windows) are one 'owl fit MODEL' away.
     */
    private void render(Renderer renderer, Table t, List<FitEstimate> rows, PrintWriter out, String heading, boolean sharedOnly) {
        renderer.table(t, rows.stream().map(FitCommand::tree).toList(), out);
        if (renderer.format() == dev.owl.render.Format.TABLE) {
            Set<String> assumptions = new LinkedHashSet<>();
            rows.forEach(r -> assumptions.addAll(r.assumptions()));
            boolean omitted = sharedOnly && assumptions.removeIf(a -> !rows.stream().allMatch(r -> r.assumptions().contains(a)));
            if (omitted) {
                heading += "Each model's own assumptions (experts, sliding windows, unknown architecture): 'owl fit MODEL'.";
            }
            rows.stream().map(FitEstimate::quantBasis).filter(java.util.Objects::nonNull).forEach(assumptions::add);
            out.println();
            renderer.paragraph("", "", heading.strip(), out);
            for (String a : assumptions) {
                renderer.paragraph("  - ", "    ", a, out);
            }
            out.flush();
        }
    }

    /** "~" for an estimate; "≥" when the KV cache could not be counted, so the true total is higher. */
    private static String total(FitEstimate e) {
        return (e.kvCacheBytes() == null ? "≥" : "~") + Units.gib(e.totalBytes());
    }

    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }

    private static double paramsOf(Catalog catalog, String id) {
        return catalog.model(id).orElseThrow().paramsTotalB();
    }

    private static String fitsText(FitEstimate e) {
        if (e.fits() == null) {
            return "";
        }
        if (e.fits()) {
            return "yes";
        }
        return e.offloadBytes() > 0 ? "offload " + Units.gib(e.offloadBytes()) : "no";
    }

    /** The typical speed (calibrated on published measurements); the bound is in the assumptions and JSON. */
    private static String speed(FitEstimate e) {
        Double v = e.typicalTokensPerSecond() != null ? e.typicalTokensPerSecond() : e.decodeTokensPerSecond();
        return v == null ? "" : String.format(Locale.ROOT, "%.0f", v);
    }

    /** The model's shipped format first (gpt-oss: mxfp4, DeepSeek-V3: fp8), then the common ones. */
    static List<Quantization> defaultQuants(ModelShape shape) {
        Quantization nativeFormat = shape.nativeFormat() == null ? null : Quantization.parse(shape.nativeFormat());
        if (nativeFormat == null) {
            return Quantization.COMMON;
        }
        List<Quantization> out = new ArrayList<>(List.of(nativeFormat));
        Quantization.COMMON.stream().filter(q -> q != nativeFormat).forEach(out::add);
        return out;
    }

    private List<Integer> defaultContexts(ModelShape shape) {
        TreeSet<Integer> steps = new TreeSet<>();
        Integer max = shape.maxContextTokens();
        for (int s : CONTEXT_STEPS) {
            if (max == null || s < max) {
                steps.add(s);
            }
        }
        if (max != null) {
            steps.add(max);
        }
        return new ArrayList<>(steps);
    }

    static Map<String, Object> tree(FitEstimate e) {
        Map<String, Object> t = new LinkedHashMap<>();
        t.put("model", e.model());
        t.put("quant", e.quant().key());
        t.put("bits_per_weight", e.quant().bitsPerWeight());
        t.put("context_tokens", e.contextTokens());
        t.put("batch", e.batch());
        t.put("kv_quant", e.kvQuant().key());
        t.put("weights_bytes", e.weightsBytes());
        t.put("kv_cache_bytes", e.kvCacheBytes());
        t.put("overhead_bytes", e.overheadBytes());
        t.put("total_bytes", e.totalBytes());
        t.put("gpu", e.hardware() == null ? null : e.hardware().id());
        t.put("gpu_count", e.hardware() == null ? null : e.hardware().count());
        t.put("available_bytes", e.availableBytes());
        t.put("fits", e.fits());
        t.put("offload_bytes", e.offloadBytes());
        t.put("decode_tokens_per_s", e.decodeTokensPerSecond() == null ? null : Math.round(e.decodeTokensPerSecond() * 10) / 10.0);
        t.put("runtime", e.runtime());
        t.put("typical_tokens_per_s", e.typicalTokensPerSecond() == null ? null : Math.round(e.typicalTokensPerSecond() * 10) / 10.0);
        t.put("prefill_tokens_per_s", e.prefillTokensPerSecond());
        t.put("native_format", e.nativeFormat());
        t.put("assumptions", e.allAssumptions());
        return t;
    }
}
