package dev.owl.catalog;

import dev.owl.input.Diagnostic;
import dev.owl.input.Fields;
import dev.owl.input.YamlReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.nodes.Node;

/** Reads a family file ({@code models/<family>.yaml}) into models, checking every field. */
final class ModelParser {
    static final Set<String> FILE_KEYS = Set.of("family", "vendor", "models");
    /** The formats weights ship in (config.json's torch_dtype or quantization_config). */
    static final Set<String> NATIVE_FORMATS = Set.of("bf16", "fp16", "fp8", "mxfp4", "awq", "gptq");
    static final Set<String> MODEL_KEYS = Set.of("id", "name", "aliases", "generation", "status", "weights",
            "release_date", "hf_repos", "ollama_tags", "license", "params_total_b", "params_active_b",
            "context_tokens", "context_native_tokens", "modalities", "capabilities", "languages", "approx_fields",
            "architecture", "benchmarks", "notes", "sources");
    static final Set<String> ARCH_KEYS = Set.of("attention", "layers", "hidden_size", "attention_heads", "kv_heads",
            "head_dim", "vocab_size", "experts_total", "experts_active", "sliding_window", "sliding_window_layers",
            "linear_attention_layers", "cross_attention_layers", "kv_lora_rank", "qk_rope_head_dim",
            "full_attention_kv_heads", "full_attention_head_dim", "indexer_head_dim", "kv_shared_layers",
            "kv_shared_sliding_layers", "native_format", "tied_embeddings", "expert_params_b", "note", "source");
    static final Set<String> BENCH_KEYS = Set.of("name", "score", "setting", "source", "approx", "protocol");
    static final Set<String> STATUS = Set.of("released", "announced", "api_only");
    static final Set<String> WEIGHTS = Set.of("open", "gated", "none");
    static final Set<String> ATTENTION = Set.of("mha", "gqa", "mqa", "mla");
    static final Set<String> MODALITIES = Set.copyOf(Modality.keys());
    static final Set<String> CAPABILITIES = Set.copyOf(Capability.keys());
    /** Fields that {@code approx_fields} may name. */
    static final Set<String> APPROX_FIELDS = Set.of("params_total_b", "params_active_b", "context_tokens",
            "context_native_tokens", "release_date");

    private ModelParser() {}

    /**
     * Reads a family file, each model built as soon as its entry is composed ({@link YamlReader#read(java.nio.file.Path,
     * String, List, String, java.util.function.BiFunction)}): the same models and findings as {@link #parseFamilyFile}.
     */
    static List<CatalogLoader.Parsed<Model>> readFamilyFile(java.nio.file.Path path, String file, List<Diagnostic> sink) {
        List<Diagnostic> ofModels = new ArrayList<>();
        YamlReader.Streamed<CatalogLoader.Parsed<Model>> read = YamlReader.read(path, file, sink, "models", (root, item) ->
                parseModel(item, file, ofModels, YamlReader.stringSoFar(root, "family"), YamlReader.stringSoFar(root, "vendor")));
        if (read == null) {
            return List.of();
        }
        // streamed, the root's list is empty: this checks the file's own keys; read whole, it reads every model too
        List<CatalogLoader.Parsed<Model>> out = new ArrayList<>(parseFamilyFile(read.root(), file, sink));
        if (read.streamed()) { // else what the item function found before streaming stopped is not the file's answer
            sink.addAll(ofModels);
        }
        read.items().stream().filter(java.util.Objects::nonNull).forEach(out::add);
        return out;
    }

    static List<CatalogLoader.Parsed<Model>> parseFamilyFile(Node root, String file, List<Diagnostic> sink) {
        Fields f = Fields.of(root, file, sink, "a model family file", FILE_KEYS);
        if (f == null) {
            return List.of();
        }
        f.require("family", "a model family file");
        f.require("vendor", "a model family file");
        f.require("models", "a model family file");
        String family = f.string("family");
        if (family != null && !CatalogLoader.validId(family)) {
            f.error("family", "family '" + family + "' must be lowercase letters, digits, '.', '_' or '-'",
                    "e.g. llama or qwen");
        }
        String vendor = f.string("vendor");
        List<CatalogLoader.Parsed<Model>> out = new ArrayList<>();
        for (Node item : f.sequence("models")) {
            CatalogLoader.Parsed<Model> m = parseModel(item, file, sink, family, vendor);
            if (m != null) {
                out.add(m);
            }
        }
        return out;
    }

    private static CatalogLoader.Parsed<Model> parseModel(Node node, String file, List<Diagnostic> sink,
            String family, String vendor) {
        Fields f = Fields.of(node, file, sink, "a model", MODEL_KEYS);
        if (f == null) {
            return null;
        }
        String id = f.string("id");
        String what = id == null ? "a model" : "model '" + id + "'";
        for (String key : List.of("id", "name", "generation", "status", "weights", "license")) {
            f.require(key, what);
        }
        if (id != null && !CatalogLoader.validId(id)) {
            f.error("id", "model id '" + id + "' must be lowercase letters, digits, '.', '_' or '-'",
                    "for example llama-3.1-8b-instruct");
        }
        String status = f.choice("status", STATUS);
        String weights = f.choice("weights", WEIGHTS);
        checkWeights(f, what, status, weights);
        Double total = f.number("params_total_b", true);
        Double active = f.number("params_active_b", true);
        if (total != null && active != null && active > total) {
            f.error("params_active_b", what + ": active parameters (" + active + "B) exceed total parameters ("
                    + total + "B)", "active parameters of a mixture of experts are a part of the total");
        }
        Integer context = f.intValue("context_tokens", 1);
        Integer nativeContext = f.intValue("context_native_tokens", 1);
        Modalities modalities = modalities(f, file, sink, what);
        List<String> approx = f.choices("approx_fields", APPROX_FIELDS);
        Architecture arch = f.has("architecture") ? architecture(f.value("architecture"), file, sink, what) : null;
        if (arch != null && arch.isMixtureOfExperts() && active == null) {
            f.error("architecture", what + " is a mixture of experts but has no params_active_b",
                    "add the active parameter count from the model card");
        }
        List<Benchmark> benchmarks = benchmarks(f, file, sink, what);
        List<Source> sources = SourceParser.sources(f, file, sink, what);
        Model model = new Model(id, f.string("name"), f.strings("aliases"), family, vendor, f.string("generation"),
                status == null ? null : ModelStatus.valueOf(status.toUpperCase(java.util.Locale.ROOT)),
                weights == null ? null : Weights.valueOf(weights.toUpperCase(java.util.Locale.ROOT)),
                f.pastDate("release_date"), f.strings("hf_repos"), f.strings("ollama_tags"), f.string("license"),
                total, active, context, nativeContext, modalities, f.choices("capabilities", CAPABILITIES),
                f.strings("languages"), approx, arch, benchmarks, f.strings("notes"), sources, file);
        for (String repo : model.hfRepos()) {
            if (!repo.matches("[A-Za-z0-9][A-Za-z0-9._-]*/[A-Za-z0-9][A-Za-z0-9._-]*")) {
                f.error("hf_repos", what + ": '" + repo + "' is not a Hugging Face repo id", "write it as org/name");
            }
        }
        if (id == null || model.status() == null) {
            return null;
        }
        // A model with other errors is still returned, so that cross-checks (its license, its names)
        // report in the same run; the load fails anyway because the sink is not empty.
        return new CatalogLoader.Parsed<>(model, CatalogLoader.Located.of(f, "id", file),
                Map.of("license", CatalogLoader.Located.of(f, "license", file)));
    }

    /** A released model has weights; an announced or API-only one has none. */
    private static void checkWeights(Fields f, String what, String status, String weights) {
        if (status == null || weights == null) {
            return;
        }
        boolean released = status.equals("released");
        if (released && weights.equals("none")) {
            f.error("weights", what + " is released but has `weights: none`",
                    "use open or gated, or set status to announced or api_only");
        } else if (!released && !weights.equals("none")) {
            f.error("weights", what + " is " + status + " but lists weights '" + weights + "'",
                    "an announced or API-only model has `weights: none`");
        }
    }

    private static List<Benchmark> benchmarks(Fields f, String file, List<Diagnostic> sink, String what) {
        List<Benchmark> benchmarks = new ArrayList<>();
        for (Node b : f.sequence("benchmarks")) {
            Benchmark bench = benchmark(b, file, sink, what);
            if (bench != null) {
                benchmarks.add(bench);
            }
        }
        return benchmarks;
    }

    private static Modalities modalities(Fields f, String file, List<Diagnostic> sink, String what) {
        if (!f.has("modalities")) {
            return new Modalities(List.of("text"), List.of("text"));
        }
        Fields m = Fields.of(f.value("modalities"), file, sink, "modalities of " + what, Set.of("input", "output"));
        if (m == null) {
            return new Modalities(List.of(), List.of());
        }
        List<String> in = m.choices("input", MODALITIES);
        List<String> out = m.choices("output", MODALITIES);
        return new Modalities(in.isEmpty() ? List.of("text") : in, out.isEmpty() ? List.of("text") : out);
    }

    private static Architecture architecture(Node node, String file, List<Diagnostic> sink, String owner) {
        String what = "architecture of " + owner;
        Fields f = Fields.of(node, file, sink, what, ARCH_KEYS);
        if (f == null) {
            return null;
        }
        String attention = f.choice("attention", ATTENTION);
        Integer layers = f.intValue("layers", 1);
        Integer heads = f.intValue("attention_heads", 1);
        Integer kvHeads = f.intValue("kv_heads", 1);
        if (heads != null && kvHeads != null && kvHeads > heads) {
            f.error("kv_heads", what + ": kv_heads (" + kvHeads + ") exceed attention_heads (" + heads + ")",
                    "grouped-query attention shares each KV head among several query heads");
        }
        Integer expertsTotal = f.intValue("experts_total", 1);
        Integer expertsActive = f.intValue("experts_active", 1);
        if (expertsTotal != null && expertsActive != null && expertsActive > expertsTotal) {
            f.error("experts_active", what + ": experts_active (" + expertsActive + ") exceed experts_total ("
                    + expertsTotal + ")", "experts_active counts the experts routed per token, experts_total all of them");
        }
        if ((expertsTotal == null) != (expertsActive == null)) {
            f.error(expertsTotal == null ? "experts_active" : "experts_total",
                    what + ": give both experts_total and experts_active, or neither",
                    "both are in the config.json (num_local_experts and num_experts_per_tok)");
        }
        Integer window = f.intValue("sliding_window", 1);
        Integer windowLayers = f.intValue("sliding_window_layers", 0);
        if (windowLayers != null && layers != null && windowLayers > layers) {
            f.error("sliding_window_layers", what + ": sliding_window_layers (" + windowLayers + ") exceed layers ("
                    + layers + ")", "sliding_window_layers counts the layers that use the window, at most all of them");
        }
        Integer linearLayers = f.intValue("linear_attention_layers", 0);
        Integer crossLayers = f.intValue("cross_attention_layers", 0);
        if (layers != null && zero(linearLayers) + zero(crossLayers) + zero(windowLayers) > layers) {
            f.error("layers", what + ": sliding_window_layers + linear_attention_layers + cross_attention_layers exceed layers ("
                    + layers + ")", "each layer has one kind of attention: the three counts add up to at most layers");
        }
        if (window != null && windowLayers == null) {
            f.error("sliding_window", what + ": sliding_window needs sliding_window_layers",
                    "say how many layers use the window (all of them: the layer count)");
        }
        Integer kvLoraRank = f.intValue("kv_lora_rank", 1);
        if ("mla".equals(attention) && kvLoraRank == null) {
            f.error("attention", what + ": multi-head latent attention needs kv_lora_rank",
                    "copy kv_lora_rank from the model's config.json");
        }
        Integer[] shared = kvShared(f, what, layers, window == null ? null : windowLayers, zero(linearLayers) + zero(crossLayers));
        Source source = SourceParser.optional(f, "source", file, sink, what);
        Architecture a = new Architecture(attention, layers, f.intValue("hidden_size", 1), heads, kvHeads,
                f.intValue("head_dim", 1), f.intValue("vocab_size", 1), expertsTotal, expertsActive, window,
                windowLayers, linearLayers, crossLayers, kvLoraRank, f.intValue("qk_rope_head_dim", 1),
                f.intValue("full_attention_kv_heads", 1), f.intValue("full_attention_head_dim", 1), f.intValue("indexer_head_dim", 1),
                shared[0], shared[1], f.choice("native_format", NATIVE_FORMATS), f.bool("tied_embeddings"), f.number("expert_params_b", false),
                f.string("note"), source);
        if (source == null) {
            Fields.error(sink, file, node, what + " has no source", "add `source: {url: …/config.json, as_of: …}`");
        }
        return a;
    }

    /**
     * Layers that reuse an earlier layer's KV cache (Gemma 3n's num_kv_shared_layers) and how many of them slide: they
     * store nothing, so they must fit inside the sliding and the full-attention layers they are counted among.
     */
    private static Integer[] kvShared(Fields f, String what, Integer layers, Integer windowLayers, int uncached) {
        Integer shared = f.intValue("kv_shared_layers", 1);
        Integer sharedSliding = f.intValue("kv_shared_sliding_layers", 0);
        if (shared == null) {
            if (sharedSliding != null) {
                f.error("kv_shared_sliding_layers", what + ": kv_shared_sliding_layers needs kv_shared_layers",
                        "give kv_shared_layers (num_kv_shared_layers in config.json), or drop this key");
            }
            return new Integer[] {null, null};
        }
        if (windowLayers != null && windowLayers > 0 && sharedSliding == null) {
            f.error("kv_shared_layers", what + ": kv_shared_layers needs kv_shared_sliding_layers when some layers slide",
                    "count the sliding_attention entries among the last kv_shared_layers of layer_types");
            return new Integer[] {shared, null};
        }
        int sliding = zero(sharedSliding);
        if (sliding > shared || sliding > zero(windowLayers)) {
            f.error("kv_shared_sliding_layers", what + ": kv_shared_sliding_layers (" + sliding
                    + ") exceed kv_shared_layers or sliding_window_layers", "the shared sliding layers are some of both");
        } else if (layers != null && shared - sliding > layers - zero(windowLayers) - uncached) {
            f.error("kv_shared_layers", what + ": kv_shared_layers (" + shared + ") leave more shared full-attention layers"
                    + " than there are", "kv_shared_layers − kv_shared_sliding_layers counts full-attention layers only");
        }
        return new Integer[] {shared, sharedSliding};
    }

    private static int zero(Integer n) {
        return n == null ? 0 : n;
    }

    private static Benchmark benchmark(Node node, String file, List<Diagnostic> sink, String owner) {
        String what = "a benchmark of " + owner;
        Fields f = Fields.of(node, file, sink, what, BENCH_KEYS);
        if (f == null) {
            return null;
        }
        f.require("name", what);
        f.require("score", what);
        f.require("setting", what);
        f.require("source", what);
        Double score = f.number("score", false);
        Source source = SourceParser.optional(f, "source", file, sink, what);
        Boolean approx = f.bool("approx");
        String name = f.string("name");
        String setting = f.string("setting");
        if (score == null || source == null || name == null || setting == null) {
            return null;
        }
        return new Benchmark(name, score, setting, source, Boolean.TRUE.equals(approx), f.string("protocol"));
    }
}
