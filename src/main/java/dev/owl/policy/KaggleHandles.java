package dev.owl.policy;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Kaggle Models' names for a model: a handle {@code owner/model/framework/variation} that {@code kagglehub.model_download(…)}
 * fetches (only its variation templated: {@code f'google/codegemma/flax/{VARIANT}'} is written whole), that kagglehub's log
 * prints ({@code Downloading from https://www.kaggle.com/api/v1/models/keras/gemma/keras/gemma_2b_en/2/download/…}) or that a
 * {@code kaggle://} preset URI names or a code span holds alone; and a KerasHub preset name given to {@code from_preset("gemma2_instruct_2b_en")}. A
 * handle is reported without its version. Neither resolves to a catalog model yet (no rule maps Kaggle's or KerasHub's names to
 * Hugging Face repos): each is an unresolved reference, never a guessed one.
 */
final class KaggleHandles {
    /** Kaggle Models' framework segment of a handle. */
    private static final String FRAMEWORKS = "(?i:keras|flax|jax|pytorch|transformers|tensorflow\\d?|tflite|litert|gemmacpp|gemma_cpp|maxtext|pax|gguf|other)";
    private static final String PART = "[A-Za-z0-9][\\w.-]*";
    private static final String HANDLE = "(?<v>" + PART + "/" + PART + "/" + FRAMEWORKS + "/(?:" + PART + "|\\{\\w+\\}))";
    private static final Pattern DOWNLOAD = Pattern.compile("\\bmodel_download\\(\\s*f?[\"']" + HANDLE + "(?:/\\d+)?[\"']");
    private static final Pattern API_URL = Pattern.compile("\\bkaggle\\.com/api/v1/models/" + HANDLE + "/\\d+/download\\b");
    private static final Pattern URI = Pattern.compile("\\bkaggle://" + HANDLE + "(?:/\\d+)?(?![\\w/.-])");
    /** A handle alone in a code span ({@code `google/gemma-3/flax/gemma3-4b-it`} in a checkpoints table): its framework segment says what it is. */
    private static final Pattern SPAN = Pattern.compile("`" + HANDLE + "(?:/\\d+)?`");
    /** A KerasHub/KerasNLP preset: lower case words joined by '_' (a version may have a '.'), not a path or a URI. */
    private static final Pattern PRESET = Pattern.compile("\\.from_preset\\(\\s*[\"'](?<v>[a-z][a-z0-9]*(?:[._][a-z0-9]+)+)[\"']");

    private KaggleHandles() {}

    static void read(ScannedLine line) {
        if (line.lower.contains("kaggle")) {
            take(line, DOWNLOAD.matcher(line.text), "kaggle-handle");
            take(line, API_URL.matcher(line.text), "kaggle-handle");
            take(line, URI.matcher(line.text), "kaggle-handle");
        } else if (line.lower.contains("model_download(")) {
            take(line, DOWNLOAD.matcher(line.text), "kaggle-handle");
        }
        if (line.text.indexOf('`') >= 0 && line.text.indexOf('/') > 0) {
            take(line, SPAN.matcher(line.text), "kaggle-handle");
        }
        if (line.lower.contains("from_preset(")) {
            Matcher m = PRESET.matcher(line.text);
            while (m.find()) {
                if (m.group("v").indexOf('_') > 0 && line.free(m.start("v"), m.end("v"))) {
                    line.take(m.start("v"), m.end("v"), m.start("v") + 1, m.group("v"), Reference.Kind.HF_REPO, "keras-preset");
                }
            }
        }
    }

    private static void take(ScannedLine line, Matcher m, String context) {
        while (m.find()) {
            if (line.free(m.start("v"), m.end("v"))) {
                line.take(m.start("v"), m.end("v"), m.start("v") + 1, m.group("v"), Reference.Kind.HF_REPO, context);
            }
        }
    }
}
