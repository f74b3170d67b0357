package dev.owl.fit;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.owl.catalog.Diagnostic;
import dev.owl.catalog.InputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads a Hugging Face {@code config.json} (and {@code model.safetensors.index.json} when it sits
 * beside it) into a {@link ModelShape}, for models that are not in the catalog.
 */
public final class HfConfig {
    private static final long MAX_BYTES = 4L * 1024 * 1024;

    private HfConfig() {}

    /** {@code path} is a model directory or a config.json file. */
    public static ModelShape read(Path path) {
        Path config = Files.isDirectory(path) ? path.resolve("config.json") : path;
        String label = config.toString();
        JsonNode root = parse(config, label);
        JsonNode c = root.has("text_config") && root.get("text_config").isObject() ? root.get("text_config") : root;
        Integer layers = integer(c, "num_hidden_layers", "n_layer", "num_layers");
        Integer heads = integer(c, "num_attention_heads", "n_head");
        Integer kvHeads = integer(c, "num_key_value_heads");
        if (kvHeads == null) {
            kvHeads = heads;
        }
        Integer hidden = integer(c, "hidden_size", "n_embd", "d_model");
        Integer headDim = integer(c, "head_dim");
        if (headDim == null && hidden != null && heads != null && heads > 0) {
            headDim = hidden / heads;
        }
        Integer experts = integer(c, "num_local_experts", "num_experts", "n_routed_experts");
        Integer expertsActive = integer(c, "num_experts_per_tok", "experts_per_token", "moe_topk");
        Integer window = integer(c, "sliding_window", "attention_chunk_size");
        boolean windowOff = c.has("use_sliding_window") && !c.get("use_sliding_window").asBoolean(true);
        Integer windowLayers = null;
        if (window != null && !windowOff) {
            windowLayers = layers;
            JsonNode types = c.get("layer_types");
            if (types != null && types.isArray()) {
                int n = 0;
                for (JsonNode t : types) {
                    n += t.asText().contains("sliding") || t.asText().contains("chunk") ? 1 : 0;
                }
                windowLayers = n;
            }
        } else {
            window = null;
        }
        Integer maxContext = integer(c, "max_position_embeddings", "n_positions");
        if (layers == null || hidden == null || heads == null) {
            throw new InputException(List.of(new Diagnostic(label, 0, 0,
                    "not a transformer config: needs num_hidden_layers, hidden_size and num_attention_heads",
                    "pass the config.json of a Hugging Face model")));
        }
        Double total = totalFromIndex(config.resolveSibling("model.safetensors.index.json"), root);
        boolean approx = total == null;
        double[] estimate = estimateParams(c, layers, hidden, heads, kvHeads, headDim, experts, expertsActive);
        if (total == null) {
            total = estimate[0];
        }
        double active = experts != null && experts > 1 ? Math.min(total, estimate[1] * (total / estimate[0])) : total;
        String id = config.toAbsolutePath().getParent() == null ? label
                : config.toAbsolutePath().getParent().getFileName().toString();
        return new ModelShape(id, total / 1e9, active / 1e9, approx || (experts != null && experts > 1), maxContext,
                layers, kvHeads, headDim, window, windowLayers, linearLayers(c, layers), crossLayers(c), integer(c, "kv_lora_rank"),
                integer(c, "qk_rope_head_dim"), experts != null && experts > 1, integer(c, "num_global_key_value_heads"),
                integer(c, "global_head_dim"), integer(c, "kv_lora_rank") == null ? null : integer(c, "index_head_dim"),
                nativeFormat(root), null, null);
    }

    private static JsonNode parse(Path file, String label) {
        try {
            if (!Files.isRegularFile(file)) {
                throw new InputException(List.of(new Diagnostic(label, 0, 0,
                        Files.exists(file) ? "not a regular file" : "file not found",
                        "pass a model directory that holds config.json, or the config.json itself")));
            }
            if (Files.size(file) > MAX_BYTES) {
                throw new InputException(List.of(new Diagnostic(label, 0, 0, "file is larger than 4 MiB", null)));
            }
            JsonNode node = new ObjectMapper().readTree(Files.readString(file));
            if (node == null || !node.isObject()) {
                throw new InputException(List.of(new Diagnostic(label, 1, 1, "expected a JSON object", null)));
            }
            return node;
        } catch (JsonProcessingException e) {
            JsonLocation l = e.getLocation();
            throw new InputException(List.of(new Diagnostic(label, l == null ? 0 : l.getLineNr(),
                    l == null ? 0 : l.getColumnNr(), "invalid JSON: " + e.getOriginalMessage().lines().findFirst().orElse(""),
                    null)));
        } catch (IOException e) {
            throw new InputException(List.of(new Diagnostic(label, 0, 0, "cannot read file (" + e.getMessage() + ")", null)));
        }
    }

    /** Parameters from the safetensors index's byte total and the weights' dtype, when present. */
    private static Double totalFromIndex(Path index, JsonNode config) {
        if (!Files.isRegularFile(index)) {
            return null;
        }
        try {
            JsonNode root = new ObjectMapper().readTree(Files.readString(index));
            JsonNode size = root.path("metadata").path("total_size");
            if (!size.isNumber()) {
                return null;
            }
            String dtype = config.path("torch_dtype").asText(config.path("dtype").asText("bfloat16"));
            double bytesPer = dtype.contains("32") ? 4 : dtype.contains("8") ? 1 : 2;
            return size.asDouble() / bytesPer;
        } catch (IOException e) {
            return null;
        }
    }

    /** A count from the shapes: embeddings, attention and MLP (all experts; and those used per token). */
    private static double[] estimateParams(JsonNode c, int layers, int hidden, int heads, int kvHeads, int headDim,
            Integer experts, Integer expertsActive) {
        double vocab = c.path("vocab_size").asDouble(0);
        boolean tied = c.path("tie_word_embeddings").asBoolean(false);
        double embeddings = vocab * hidden * (tied ? 1 : 2);
        double attention = (double) hidden * heads * headDim * 2 + (double) hidden * kvHeads * headDim * 2;
        double ffn = c.path("intermediate_size").asDouble(4.0 * hidden);
        double expertFfn = c.path("moe_intermediate_size").asDouble(ffn);
        double mlpAll;
        double mlpActive;
        if (experts != null && experts > 1) {
            int active = expertsActive == null ? 1 : expertsActive;
            mlpAll = 3 * hidden * expertFfn * experts;
            mlpActive = 3 * hidden * expertFfn * active;
        } else {
            mlpAll = 3 * hidden * ffn;
            mlpActive = mlpAll;
        }
        double total = embeddings + layers * (attention + mlpAll);
        double active = embeddings + layers * (attention + mlpActive);
        return new double[] {total, active};
    }

    /**
     * Hybrid models list each layer's kind; linear-attention layers keep a fixed state, not a KV cache.
     * Configs without {@code layer_types} (Qwen3-Next, Qwen3.5) give {@code full_attention_interval} N instead:
     * every Nth layer has full attention and the rest are linear.
     */
    private static Integer linearLayers(JsonNode c, int layers) {
        JsonNode types = c.get("layer_types");
        if (types != null && types.isArray()) {
            int n = 0;
            for (JsonNode t : types) {
                n += t.asText().contains("linear") ? 1 : 0;
            }
            return n == 0 ? null : n;
        }
        Integer interval = integer(c, "full_attention_interval");
        if (interval == null || interval < 2) {
            return null;
        }
        return layers - layers / interval;
    }

    /** Vision decoders list the layers that attend to image states only (no per-token text cache). */
    private static Integer crossLayers(JsonNode c) {
        JsonNode list = c.get("cross_attention_layers");
        return list != null && list.isArray() && list.size() > 0 ? list.size() : null;
    }

    /** The shipped format from quantization_config (fp8, mxfp4, awq, gptq), else the dtype. */
    private static String nativeFormat(JsonNode root) {
        String method = root.path("quantization_config").path("quant_method").asText("");
        if (method.equals("fp8") || method.equals("mxfp4") || method.equals("awq") || method.equals("gptq")) {
            return method;
        }
        String dtype = root.path("torch_dtype").asText(root.path("dtype").asText(""));
        return dtype.equals("float16") ? "fp16" : dtype.equals("bfloat16") ? "bf16" : null;
    }

    private static Integer integer(JsonNode c, String... keys) {
        for (String k : keys) {
            JsonNode v = c.get(k);
            if (v != null && v.canConvertToInt() && v.asInt() > 0) {
                return v.asInt();
            }
        }
        return null;
    }
}
