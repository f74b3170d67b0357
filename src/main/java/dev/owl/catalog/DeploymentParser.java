package dev.owl.catalog;

import dev.owl.input.Diagnostic;
import dev.owl.input.Fields;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.nodes.Node;

/** Reads {@code deployments.yaml} (a model as a hosted provider serves it) and {@code gpu-prices.yaml}. */
final class DeploymentParser {
    static final Set<String> KEYS = Set.of("model", "provider", "provider_model_ids", "status", "retires", "regions",
            "eu_residency", "context_tokens", "quantization", "price", "notes", "source");
    static final Set<String> PRICE_KEYS = Set.of("input_usd_per_mtok", "output_usd_per_mtok", "as_of");
    static final Set<String> STATUSES = Set.of("available", "deprecated", "retired");
    static final Set<String> GPU_PRICE_KEYS = Set.of("gpu", "cloud", "offer", "usd_per_gpu_hour", "gpu_count",
            "instance_usd_per_hour", "region", "note", "source");

    private DeploymentParser() {}

    static List<CatalogLoader.Parsed<Deployment>> parse(Node root, String file, List<Diagnostic> sink) {
        Fields top = Fields.of(root, file, sink, "deployments.yaml", Set.of("deployments"));
        List<CatalogLoader.Parsed<Deployment>> out = new ArrayList<>();
        if (top == null) {
            return out;
        }
        top.require("deployments", "deployments.yaml");
        for (Node n : top.sequence("deployments")) {
            Fields f = Fields.of(n, file, sink, "a deployment", KEYS);
            if (f == null) {
                continue;
            }
            String what = "deployment of '" + f.string("model") + "' on '" + f.string("provider") + "'";
            for (String key : List.of("model", "provider", "status", "source")) {
                f.require(key, what);
            }
            Deployment.Price price = null;
            if (f.has("price")) {
                Fields p = Fields.of(f.value("price"), file, sink, "the price of " + what, PRICE_KEYS);
                if (p != null) {
                    for (String key : PRICE_KEYS) {
                        p.require(key, "the price of " + what);
                    }
                    Double in = p.number("input_usd_per_mtok", false);
                    Double outPrice = p.number("output_usd_per_mtok", false);
                    java.time.LocalDate asOf = p.pastDate("as_of");
                    if (in != null && outPrice != null && asOf != null) {
                        price = new Deployment.Price(in, outPrice, asOf);
                    }
                }
            }
            Source source = SourceParser.optional(f, "source", file, sink, "the source of " + what);
            if (price != null && source != null && source.asOf() != null && price.asOf().isAfter(source.asOf())) {
                f.error("price", what + ": the price is dated " + price.asOf() + ", after its source was read ("
                        + source.asOf() + ")", "a price can be older than its source, never newer");
            }
            List<String> ids = f.strings("provider_model_ids"); // empty: the provider's id was not read
            String model = f.string("model");
            String provider = f.string("provider");
            Deployment d = new Deployment(model, provider, ids, f.choice("status", STATUSES), f.date("retires"),
                    f.strings("regions"), Boolean.TRUE.equals(f.bool("eu_residency")), f.intValue("context_tokens", 1),
                    f.string("quantization"), price, f.strings("notes"), source, file);
            if (model != null && provider != null) {
                Map<String, CatalogLoader.Located> fields = new HashMap<>();
                fields.put("model", at(f, "model", file));
                fields.put("provider", at(f, "provider", file));
                fields.put("provider_model_ids", at(f, "provider_model_ids", file));
                out.add(new CatalogLoader.Parsed<>(d, at(f, "model", file), fields));
            }
        }
        return out;
    }

    static List<CatalogLoader.Parsed<GpuPrice>> parseGpuPrices(Node root, String file, List<Diagnostic> sink) {
        Fields top = Fields.of(root, file, sink, "gpu-prices.yaml", Set.of("gpu_prices"));
        List<CatalogLoader.Parsed<GpuPrice>> out = new ArrayList<>();
        if (top == null) {
            return out;
        }
        top.require("gpu_prices", "gpu-prices.yaml");
        for (Node n : top.sequence("gpu_prices")) {
            Fields f = Fields.of(n, file, sink, "a GPU price", GPU_PRICE_KEYS);
            if (f == null) {
                continue;
            }
            String what = "price of '" + f.string("gpu") + "' on '" + f.string("cloud") + "'";
            for (String key : List.of("gpu", "cloud", "offer", "usd_per_gpu_hour", "source")) {
                f.require(key, what);
            }
            Double usd = f.number("usd_per_gpu_hour", true);
            Integer count = f.intValue("gpu_count", 1);
            Double instance = f.number("instance_usd_per_hour", true);
            if (instance != null && !f.has("gpu_count")) {
                f.error("instance_usd_per_hour", what + ": an instance price needs the instance's 'gpu_count'",
                        "add `gpu_count: N`, so the price per GPU can be checked as instance price ÷ N");
            }
            Source source = SourceParser.optional(f, "source", file, sink, "the source of " + what);
            if (f.string("gpu") != null && f.string("cloud") != null && usd != null) {
                GpuPrice price = new GpuPrice(f.string("gpu"), f.string("cloud"), f.string("offer"), usd, count, instance,
                        f.string("region"), f.string("note"), source, file);
                if (!price.arithmeticHolds()) {
                    f.error("usd_per_gpu_hour", what + ": " + usd + " per GPU-hour is not the instance price " + instance
                            + " ÷ " + count + " = " + price.perGpuFromInstance(),
                            "record the quotient unrounded, or correct the instance price or GPU count");
                }
                out.add(new CatalogLoader.Parsed<>(price, at(f, "gpu", file), Map.of("gpu", at(f, "gpu", file))));
            }
        }
        return out;
    }

    private static CatalogLoader.Located at(Fields f, String key, String file) {
        return CatalogLoader.Located.of(f, key, file);
    }
}
