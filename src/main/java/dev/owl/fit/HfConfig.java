package dev.owl.fit;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.owl.input.Diagnostic;
import dev.owl.input.InputException;
import dev.owl.input.UserFile;
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
    /** Strict JSON: a key given twice is an error, not a silent last-one-wins. */
    private static final ObjectMapper JSON = new ObjectMapper().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    private HfConfig() {}

    /** {@code path} is a model directory or a config.json file. */
    public static ModelShape read(Path path) {
        Path config = Files.isDirectory(path) ? path.resolve("config.json") : path;
        String label = config.toString();
        byte[] raw = readBytes(config, label);
        JsonNode root = parse(raw, label);
        JsonNode c = root.has("text_config") && root.get("text_config").isObject() ? root.get("text_config") : root;
        Checked f = new Checked(label, new String(raw, java.nio.charset.StandardCharsets.UTF_8), c != root);
        Integer layers = f.count(c, "num_hidden_layers", "n_layer", "num_layers");
        Integer heads = f.count(c, "num_attention_heads", "n_head");
        Integer kvHeads = f.count(c, "num_key_value_heads");
        if (kvHeads == null) {
            kvHeads = heads;
        }
        Integer hidden = f.count(c, "hidden_size", "n_embd", "d_model");
        Integer headDim = f.count(c, "head_dim");
        if (headDim == null && hidden != null && heads != null && heads > 0) {
            headDim = hidden / heads;
        }
        Integer experts = f.count(c, "num_local_experts", "num_experts", "n_routed_experts");
        Integer expertsActive = f.count(c, "num_experts_per_tok", "experts_per_token", "moe_topk");
        Integer window = f.count(c, "sliding_window", "attention_chunk_size");
        boolean windowOff = Boolean.FALSE.equals(f.bool(c, "use_sliding_window"));
        JsonNode types = f.array(c, "layer_types");
        window = windowOff ? null : window;
        // layers that keep only the window: those layer_types names sliding or chunked, else all of them
        Integer windowLayers = window == null ? null : types == null ? layers : countTypes(types, 0, "sliding", "chunk");
        Integer maxContext = f.count(c, "max_position_embeddings", "n_positions");
        double[] estimate = layers == null || hidden == null || heads == null ? null
                : estimateParams(c, f, layers, hidden, heads, kvHeads, headDim, experts, expertsActive);
        Integer linear = layers == null ? null : linearLayers(types, f.count(c, "full_attention_interval"), layers);
        Integer kvLora = f.count(c, "kv_lora_rank");
        // without layer_types owl cannot tell which shared layers slide: then it counts none as shared
        Integer shared = window != null && types == null ? null : f.count(c, "num_kv_shared_layers");
        Integer[] more = {f.count(c, "qk_rope_head_dim"), f.count(c, "num_global_key_value_heads"), f.count(c, "global_head_dim"),
            kvLora == null ? null : f.count(c, "index_head_dim")};
        f.throwIfAny();
        if (estimate == null) {
            throw new InputException(List.of(new Diagnostic(label, 0, 0,
                    "not a transformer config: needs num_hidden_layers, hidden_size and num_attention_heads",
                    "pass the config.json of a Hugging Face model")));
        }
        Double total = totalFromIndex(config.resolveSibling("model.safetensors.index.json"), root);
        boolean approx = total == null;
        if (total == null) {
            total = estimate[0];
        }
        double active = experts != null && experts > 1 ? Math.min(total, estimate[1] * (total / estimate[0])) : total;
        String id = config.toAbsolutePath().getParent() == null ? label
                : config.toAbsolutePath().getParent().getFileName().toString();
        return new ModelShape(id, total / 1e9, active / 1e9, approx || (experts != null && experts > 1), maxContext,
                layers, kvHeads, headDim, window, windowLayers, linear, crossLayers(c), kvLora, more[0], experts != null && experts > 1,
                more[1], more[2], more[3], shared, shared == null || types == null ? null
                        : countTypes(types, types.size() - shared, "sliding"), nativeFormat(root), null, null, false, heads);
    }

    /** Entries of {@code layer_types} from index {@code from} on whose name contains one of {@code kinds}. */
    private static int countTypes(JsonNode types, int from, String... kinds) {
        int n = 0;
        for (int i = Math.max(0, from); i < types.size(); i++) {
            String t = types.get(i).asText();
            n += java.util.Arrays.stream(kinds).anyMatch(t::contains) ? 1 : 0;
        }
        return n;
    }

    private static byte[] readBytes(Path file, String label) {
        try {
            return UserFile.bytes(file, MAX_BYTES);
        } catch (UserFile.Unreadable e) {
            throw new InputException(List.of(new Diagnostic(label, e.line(), e.column(), e.getMessage(),
                    "pass a model directory that holds config.json, or the config.json itself")));
        } catch (IOException e) {
            throw new InputException(List.of(new Diagnostic(label, 0, 0, UserFile.reason(e), "check that it exists and is readable")));
        }
    }

    private static JsonNode parse(byte[] raw, String label) {
        try {
            JsonNode node = JSON.readTree(raw);
            if (node == null || !node.isObject()) {
                throw new InputException(List.of(new Diagnostic(label, 1, 1, "expected a JSON object",
                        "pass the config.json of a Hugging Face model")));
            }
            return node;
        } catch (JsonProcessingException e) {
            JsonLocation l = e.getLocation();
            throw new InputException(List.of(new Diagnostic(label, l == null ? 0 : l.getLineNr(),
                    l == null ? 0 : l.getColumnNr(), "invalid JSON: " + e.getOriginalMessage().lines().findFirst().orElse(""),
                    "check the JSON syntax at this spot")));
        } catch (IOException e) {
            throw new InputException(List.of(new Diagnostic(label, 0, 0, UserFile.reason(e), "check that it exists and is readable")));
        }
    }

    /** Parameters from the safetensors index's byte total and the weights' dtype, when present. */
    private static Double totalFromIndex(Path index, JsonNode config) {
        if (!Files.exists(index)) {
            return null;
        }
        try {
            JsonNode root = JSON.readTree(UserFile.bytes(index, MAX_BYTES));
            JsonNode size = root.path("metadata").path("total_size");
            if (!size.isNumber()) {
                return null;
            }
            if (!(size.asDouble() > 0 && Double.isFinite(size.asDouble()))) {
                throw new InputException(List.of(new Diagnostic(index.toString(), 0, 0,
                        "metadata.total_size must be a positive byte count, got " + size, "fix or delete the index file")));
            }
            String dtype = config.path("torch_dtype").asText(config.path("dtype").asText("bfloat16"));
            double bytesPer = dtype.contains("32") ? 4 : dtype.contains("8") ? 1 : 2;
            return size.asDouble() / bytesPer;
        } catch (IOException e) {
            return null;
        }
    }

    /** A count from the shapes: embeddings, attention and MLP (all experts; and those used per token). */
    private static double[] estimateParams(JsonNode c, Checked f, int layers, int hidden, int heads, int kvHeads, int headDim,
            Integer experts, Integer expertsActive) {
        Integer vocabSize = f.count(c, "vocab_size");
        double vocab = vocabSize == null ? 0 : vocabSize;
        boolean tied = Boolean.TRUE.equals(f.bool(c, "tie_word_embeddings"));
        double embeddings = vocab * hidden * (tied ? 1 : 2);
        double attention = (double) hidden * heads * headDim * 2 + (double) hidden * kvHeads * headDim * 2;
        Integer intermediate = f.count(c, "intermediate_size");
        double ffn = intermediate == null ? 4.0 * hidden : intermediate;
        Integer moeIntermediate = f.count(c, "moe_intermediate_size");
        double expertFfn = moeIntermediate == null ? ffn : moeIntermediate;
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
    private static Integer linearLayers(JsonNode types, Integer interval, int layers) {
        if (types != null) {
            int n = countTypes(types, 0, "linear");
            return n == 0 ? null : n;
        }
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

    /**
     * Reads typed values and collects one diagnostic per value of the wrong type or range, naming the key and
     * its line: a config that says {@code "num_key_value_heads": "eight"} or {@code num_hidden_layers: 3.5} is
     * an error, never a silent default. JSON {@code null} is absent, as Hugging Face writes it.
     */
    private static final class Checked {
        private final String label;
        private final String text;
        private final boolean nested;
        private final List<Diagnostic> errors = new java.util.ArrayList<>();

        Checked(String label, String text, boolean nested) {
            this.label = label;
            this.text = text;
            this.nested = nested;
        }

        /** The first of {@code keys} present: a whole number from 0 to 2^31−1; 0 means absent. */
        Integer count(JsonNode c, String... keys) {
            for (String k : keys) {
                JsonNode v = c.get(k);
                if (v == null || v.isNull()) {
                    continue;
                }
                if (!v.isIntegralNumber() || !v.canConvertToInt() || v.asInt() < 0) {
                    error(k, k + " must be a whole number from 0 to " + Integer.MAX_VALUE + ", got " + shown(v),
                            "fix the value in the config.json");
                    return null;
                }
                return v.asInt() == 0 ? null : v.asInt();
            }
            return null;
        }

        Boolean bool(JsonNode c, String key) {
            JsonNode v = c.get(key);
            if (v == null || v.isNull()) {
                return null;
            }
            if (!v.isBoolean()) {
                error(key, key + " must be true or false, got " + shown(v), "fix the value in the config.json");
                return null;
            }
            return v.asBoolean();
        }

        JsonNode array(JsonNode c, String key) {
            JsonNode v = c.get(key);
            if (v == null || v.isNull()) {
                return null;
            }
            if (!v.isArray()) {
                error(key, key + " must be a list, got " + shown(v), "fix the value in the config.json");
                return null;
            }
            return v;
        }

        void throwIfAny() {
            if (!errors.isEmpty()) {
                throw new InputException(errors);
            }
        }

        private static String shown(JsonNode v) {
            String s = v.isDouble() && !Double.isFinite(v.asDouble()) ? "a number beyond any range" : v.toString();
            return s.length() > 80 ? s.substring(0, 80) + "…" : s;
        }

        /** Line and column of {@code "key":}, searched after {@code "text_config"} when the values are nested there. */
        private void error(String key, String message, String hint) {
            int from = nested ? Math.max(0, text.indexOf("\"text_config\"")) : 0;
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"" + java.util.regex.Pattern.quote(key) + "\"\\s*:")
                    .matcher(text);
            int at = m.find(from) ? m.start() : -1;
            if (at < 0) {
                errors.add(new Diagnostic(label, 0, 0, message, hint));
                return;
            }
            int line = 1;
            int lineStart = 0;
            for (int i = 0; i < at; i++) {
                if (text.charAt(i) == '\n') {
                    line++;
                    lineStart = i + 1;
                }
            }
            errors.add(new Diagnostic(label, line, text.codePointCount(lineStart, at) + 1, message, hint));
        }
    }
}
