package dev.owl.catalog;

import dev.owl.input.Diagnostic;
import dev.owl.input.Fields;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.yaml.snakeyaml.nodes.Node;

/** Reads {@code hardware.yaml} (accelerators) and {@code runtimes.yaml} (engines and providers). */
final class HardwareParser {
    static final Set<String> ACCEL_KEYS = Set.of("id", "name", "vendor", "kind", "memory_gib", "bandwidth_gb_s",
            "bf16", "fp8", "unified_memory", "memory_options_gib", "approx_fields", "notes", "sources", "match");
    /** The memory sizes a chip is sold with ({@code memory_options_gib}); each a positive number. */
    private static List<Double> memoryOptions(Fields f, String file, List<Diagnostic> sink) {
        List<Double> out = new java.util.ArrayList<>();
        for (Node n : f.sequence("memory_options_gib")) {
            Double v = n instanceof org.yaml.snakeyaml.nodes.ScalarNode s ? parsePositive(s.getValue()) : null;
            if (v == null) {
                Fields.error(sink, file, n, "memory_options_gib takes positive numbers (GiB)",
                        "list the sizes the vendor sells, e.g. [16, 24, 32]");
            } else {
                out.add(v);
            }
        }
        return out;
    }

    /** The names local tools report for an accelerator ({@code match}); a blank one would match nothing useful. */
    private static List<String> matchNames(Fields f) {
        List<String> names = f.strings("match");
        if (names.stream().anyMatch(String::isBlank)) {
            f.error("match", "match takes the names a tool reports, e.g. \"NVIDIA GeForce RTX 4090\"",
                    "remove the empty entry");
        }
        return names.stream().filter(n -> !n.isBlank()).toList();
    }

    private static Double parsePositive(String text) {
        try {
            double v = Double.parseDouble(text);
            return Double.isFinite(v) && v > 0 ? v : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    static final Set<String> KINDS = Set.of("gpu", "apple", "cpu");
    static final Set<String> RUNTIME_KEYS = Set.of("id", "name", "kind", "aliases", "quant_formats", "families", "regions",
            "notes", "sources", "memory");
    static final Set<String> MEMORY_KEYS = Set.of("multi_gpu", "memory_fraction", "overhead_gib_per_device", "kv_block_tokens",
            "sliding_window_margin_tokens", "sliding_window", "full_kv", "mla", "linear_attention", "approx_fields", "notes",
            "sources");
    static final Set<String> RUNTIME_KINDS = Set.of("engine", "hosted");

    private HardwareParser() {}

    static List<CatalogLoader.Parsed<Accelerator>> parse(Node root, String file, List<Diagnostic> sink) {
        Fields top = Fields.of(root, file, sink, "hardware.yaml", Set.of("accelerators"));
        List<CatalogLoader.Parsed<Accelerator>> out = new ArrayList<>();
        if (top == null) {
            return out;
        }
        top.require("accelerators", "hardware.yaml");
        for (Node n : top.sequence("accelerators")) {
            Fields f = Fields.of(n, file, sink, "an accelerator", ACCEL_KEYS);
            if (f == null) {
                continue;
            }
            String id = f.string("id");
            String what = id == null ? "an accelerator" : "accelerator '" + id + "'";
            for (String key : List.of("id", "name", "vendor", "kind", "memory_gib", "bandwidth_gb_s")) {
                f.require(key, what);
            }
            if (id != null && !CatalogLoader.validId(id)) {
                f.error("id", "accelerator id '" + id + "' must be lowercase letters, digits, '.', '_' or '-'",
                    "e.g. rtx-4090 or h100-sxm");
            }
            Accelerator a = new Accelerator(id, f.string("name"), f.string("vendor"), f.choice("kind", KINDS),
                    f.number("memory_gib", true), f.number("bandwidth_gb_s", true), f.bool("bf16"), f.bool("fp8"),
                    Boolean.TRUE.equals(f.bool("unified_memory")), memoryOptions(f, file, sink),
                    f.choices("approx_fields", Set.of("memory_gib", "bandwidth_gb_s")), f.strings("notes"),
                    SourceParser.sources(f, file, sink, what), matchNames(f), file);
            if (id != null) {
                out.add(new CatalogLoader.Parsed<>(a, at(f, file)));
            }
        }
        return out;
    }

    static List<CatalogLoader.Parsed<InferenceRuntime>> parseRuntimes(Node root, String file, List<Diagnostic> sink) {
        Fields top = Fields.of(root, file, sink, "runtimes.yaml", Set.of("runtimes"));
        List<CatalogLoader.Parsed<InferenceRuntime>> out = new ArrayList<>();
        if (top == null) {
            return out;
        }
        top.require("runtimes", "runtimes.yaml");
        for (Node n : top.sequence("runtimes")) {
            Fields f = Fields.of(n, file, sink, "a runtime", RUNTIME_KEYS);
            if (f == null) {
                continue;
            }
            String id = f.string("id");
            String what = id == null ? "a runtime" : "runtime '" + id + "'";
            for (String key : List.of("id", "name", "kind")) {
                f.require(key, what);
            }
            String kind = f.choice("kind", RUNTIME_KINDS);
            List<String> aliases = f.strings("aliases");
            aliases.stream().filter(a -> !CatalogLoader.validId(a)).forEach(a -> f.error("aliases", "runtime alias '" + a
                    + "' must be lowercase letters, digits, '.', '_' or '-'", "e.g. llama.cpp"));
            RuntimeMemory memory = f.has("memory") ? memory(f.value("memory"), file, sink, what) : null;
            if (memory != null && !"engine".equals(kind)) {
                f.error("memory", what + " has memory rules but is not an engine", "memory rules describe self-hosted engines only");
            }
            InferenceRuntime r = new InferenceRuntime(id, f.string("name"), kind, aliases,
                    f.strings("quant_formats"), f.strings("families"), f.strings("regions"), f.strings("notes"),
                    SourceParser.sources(f, file, sink, what), memory, file);
            if (id != null) {
                out.add(new CatalogLoader.Parsed<>(r, at(f, file)));
            }
        }
        return out;
    }

    /** An engine's {@code memory} block: each number within its range, each model pattern an id or an id prefix + '*'. */
    private static RuntimeMemory memory(Node node, String file, List<Diagnostic> sink, String owner) {
        String what = "memory rules of " + owner;
        Fields f = Fields.of(node, file, sink, what, MEMORY_KEYS);
        if (f == null) {
            return null;
        }
        Double fraction = f.number("memory_fraction", true);
        if (fraction != null && fraction > 1) {
            f.error("memory_fraction", "memory_fraction is a share of the device's memory, found " + fraction,
                    "write it between 0 and 1, e.g. 0.9");
            fraction = null;
        }
        return new RuntimeMemory(f.choice("multi_gpu", Set.of(RuntimeMemory.LAYERS, RuntimeMemory.TENSOR)), fraction,
                f.number("overhead_gib_per_device", false), f.intValue("kv_block_tokens", 1),
                f.intValue("sliding_window_margin_tokens", 0), modelPatterns(f, "sliding_window"), modelPatterns(f, "full_kv"),
                f.bool("mla"), f.bool("linear_attention"), f.choices("approx_fields", Set.of("memory_fraction",
                        "overhead_gib_per_device", "kv_block_tokens", "sliding_window_margin_tokens")),
                f.strings("notes"), SourceParser.sources(f, file, sink, what));
    }

    /** Model ids, or an id prefix ending in '*' (gemma-3-*). */
    private static List<String> modelPatterns(Fields f, String key) {
        List<String> out = new ArrayList<>();
        for (String p : f.strings(key)) {
            String id = p.endsWith("*") ? p.substring(0, p.length() - 1) : p;
            if (id.isEmpty() ? !p.equals("*") : !CatalogLoader.validId(id)) {
                f.error(key, "'" + p + "' in " + key + " is not a model id or an id prefix ending in '*'",
                        "e.g. mistral-7b-instruct-v0.1 or gemma-3-*");
            } else {
                out.add(p);
            }
        }
        return out;
    }

    static final Set<String> MEASUREMENT_KEYS = Set.of("model", "quant", "hardware", "runtime", "backend", "context_tokens",
            "decode_tokens_per_s", "prefill_tokens_per_s", "note", "source");

    /** Reads {@code measurements.yaml}: published speed measurements, each with its source. */
    static List<Measurement> parseMeasurements(Node root, String file, List<Diagnostic> sink) {
        Fields top = Fields.of(root, file, sink, "measurements.yaml", Set.of("measurements"));
        List<Measurement> out = new ArrayList<>();
        if (top == null) {
            return out;
        }
        top.require("measurements", "measurements.yaml");
        for (Node n : top.sequence("measurements")) {
            Fields f = Fields.of(n, file, sink, "a measurement", MEASUREMENT_KEYS);
            if (f == null) {
                continue;
            }
            String what = "a measurement";
            for (String key : List.of("model", "quant", "hardware", "runtime", "context_tokens", "decode_tokens_per_s", "source")) {
                f.require(key, what);
            }
            Integer context = f.intValue("context_tokens", 0);
            Double decode = f.number("decode_tokens_per_s", true);
            Double prefill = f.number("prefill_tokens_per_s", true);
            Source source = SourceParser.optional(f, "source", file, sink, what);
            if (f.string("model") != null && decode != null && source != null) {
                out.add(new Measurement(f.string("model"), f.string("quant"), f.string("hardware"), f.string("runtime"),
                        f.string("backend"), context, decode, prefill, f.string("note"), source, file));
            }
        }
        return out;
    }

    private static CatalogLoader.Located at(Fields f, String file) {
        return CatalogLoader.Located.of(f, "id", file);
    }
}
