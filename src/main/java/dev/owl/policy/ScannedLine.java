package dev.owl.policy;

import static dev.owl.policy.NameShapes.overlaps;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** One line being read: where it is, what has been taken from it, where its references go. */
final class ScannedLine {
    final String label;
    final int number;
    final String text;
    final String lower;
    final List<Reference> out;
    final List<int[]> spans = new ArrayList<>();
    final Set<String> seen = new HashSet<>();
    /** Names this file writes to (push targets, served names), lower case: never references, on any later line either. */
    private final Set<String> outputs;

    ScannedLine(String label, int number, String text, List<Reference> out, Set<String> outputs) {
        this.outputs = outputs;
        this.label = label;
        this.number = number;
        this.text = text;
        this.lower = text.toLowerCase(Locale.ROOT);
        this.out = out;
    }

    /**
     * A weights file in a folder that is not a Hub id's org ({@code Mistral-7B-Instruct-v0.3/mistral-7b.Q4_K_M.gguf}, as a
     * converter's log prints it): a local file, named after the model it holds.
     */
    private static final java.util.regex.Pattern LOCAL_WEIGHTS = java.util.regex.Pattern.compile(
            "(?i)^[^/]*\\d[^/]*/[^/]+\\.(?:gguf|ggml|bin|safetensors|pth?|onnx)$");

    /**
     * A variant's template after an org/name ({@code mlx-community/gemma-3-4b-it-{quantization}}): the model is whole and one of its
     * quantized builds is picked, so the name counts, not as a template piece.
     */
    static final java.util.regex.Pattern VARIANT = java.util.regex.Pattern.compile(
            "(?i)[-_.]?\\{(?:quantization|quant|quantization_method|bits|precision|format|dtype)\\}");

    /**
     * Transformers' pointer to code kept in another Hub repo ({@code "AutoConfig": "deepseek-ai/deepseek-moe-16b-base--configuration_deepseek.DeepseekConfig"}
     * in a config's auto_map): the repo before the {@code --} is the model named; the module and class after it are not part of its name.
     */
    private static final java.util.regex.Pattern REMOTE_CODE = java.util.regex.Pattern.compile("--[A-Za-z_]\\w*\\.[A-Za-z_]\\w*$");

    boolean free(int start, int end) {
        return !overlaps(spans, start, end);
    }

    /** One reference per name per line: a Markdown link whose text and target name one model is one reference. */
    void take(int start, int end, int column, String name, Reference.Kind kind, String context) {
        spans.add(new int[] {start, end});
        java.util.regex.Matcher code = name.indexOf("--") > 0 ? REMOTE_CODE.matcher(name) : null;
        if (code != null && code.find() && name.lastIndexOf('/', code.start()) > 0) {
            end -= name.length() - code.start();
            name = name.substring(0, code.start());
        }
        java.util.regex.Matcher variant = name.indexOf('/') > 0 ? VARIANT.matcher(text).region(end, text.length()) : null;
        if (variant != null && variant.lookingAt()) {
            String sep = variant.group().charAt(0) == '{' && variant.start() > 0 && "-_.".indexOf(text.charAt(variant.start() - 1)) >= 0
                    && "-_.".indexOf(name.charAt(name.length() - 1)) < 0 ? text.substring(variant.start() - 1, variant.start()) : "";
            name = name + sep + variant.group(); // the whole model, only its variant templated: written whole (ReferenceResolver drops the variant)
            end = variant.end();
        }
        if (!template(text, end) && !LOCAL_WEIGHTS.matcher(name).find() && !NameShapes.configValue(text, start) && !outputs.contains(name.toLowerCase(Locale.ROOT)) && seen.add(name.toLowerCase(Locale.ROOT))) {
            out.add(new Reference(label, number, column, name, kind, null, context));
        }
    }

    /**
     * Whether the name ending at {@code end} runs on into a template ({@code deepseek-ai/{model_name}}, {@code
     * open-r1/details-$MODEL_NAME}, {@code org/${NAME}}, {@code llama-<size>}, {@code org/%(name)s}): a name filled in at run
     * time, not the piece before the brace.
     */
    static boolean template(String text, int end) {
        int i = end;
        while (i < text.length() && "/-_.:".indexOf(text.charAt(i)) >= 0) {
            i++;
        }
        if (i >= text.length()) {
            return false;
        }
        char c = text.charAt(i);
        return c == '{' || c == '$' && i + 1 < text.length() && (text.charAt(i + 1) == '{' || Character.isLetter(text.charAt(i + 1)))
                || c == '%' && text.startsWith("%(", i) || c == '<' && i > end && i + 1 < text.length() && Character.isLetter(text.charAt(i + 1));
    }

    /** A name the file writes to (an upload target, a served name): taken from the line, remembered for the file. */
    void output(int start, int end, String name) {
        spans.add(new int[] {start, end});
        outputs.add(name.toLowerCase(Locale.ROOT));
    }
}
