package dev.owl.policy;

import static dev.owl.policy.NameShapes.trim;
import static dev.owl.policy.ReferenceContexts.OUTPUT;
import static dev.owl.policy.ReferenceContexts.OUTPUT_HINTS;
import static dev.owl.policy.ReferenceContexts.VALUE;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a file names what it writes, not what it reads: upload and push targets, a server's public name for its model (the
 * patterns in {@link ReferenceContexts}), a command's {@code -o}/{@code --output} folder, and the name a script gives the
 * model it makes, a local name ({@code quant_path = 'x-awq'}, {@code new_model_name = "X-Custom-SFT"}; an org/name there is the
 * Hub repo an inference example loads: {@code quant_path = "org/X-AWQ"}). Each is remembered as the file's
 * output: the same name later ({@code -m onnx_model/unet}, {@code "model": "x-awq"}) is the file's own product, no reference.
 */
final class OutputNames {
    /** A command's output option ({@code olive … -o onnx_model/unet_pen}, {@code --output-dir out/x}); not {@code -ot} or {@code --output-format}. */
    private static final Pattern OUTPUT_OPTION = Pattern.compile("(?<![\\w-])(?:-o|--output(?:[-_](?:dir|path|folder|model))?)(?:\\s*=\\s*|\\s+)[\"']?" + VALUE);
    /**
     * A variable or key for the model a script makes: a quantizer's {@code quant_path}/{@code quant_name}, a fine-tune's
     * {@code new_model}/{@code new_model_name}, a merge's {@code merged_model_name}.
     */
    private static final Pattern MADE_MODEL = Pattern.compile("(?i)(?<![\\w.$-])[\"']?(?:quant(?:ized)?_(?:model_)?(?:path|name|dir|id)"
            + "|(?:new|finetuned|fine_tuned|merged|quantized)_model(?:_(?:name|id|path))?)[\"']?\\s*[:=]\\s*[\"']" + VALUE + "[\"']");

    private OutputNames() {}

    static void read(ScannedLine line) {
        for (String h : OUTPUT_HINTS) {
            if (line.lower.contains(h)) {
                Matcher m = OUTPUT.matcher(line.text);
                while (m.find()) {
                    // a push's printed commit URL (CommitInfo(commit_url='https://huggingface.co/org/name/commit/…')) names org/name
                    String v = trim(m.group("v"));
                    int third = v.indexOf('/', v.indexOf('/') + 1);
                    line.output(m.start("v"), m.end("v"), third > 0 && v.charAt(0) != '@' ? v.substring(0, third) : v);
                }
                break;
            }
        }
        if (line.lower.contains("-o") && (line.lower.contains(" -o") || line.lower.contains("--output"))) {
            Matcher m = OUTPUT_OPTION.matcher(line.text);
            while (m.find()) {
                if (line.free(m.start("v"), m.end("v"))) {
                    line.output(m.start("v"), m.end("v"), trim(m.group("v")));
                }
            }
        }
        if (line.lower.contains("_model") || line.lower.contains("quant")) {
            Matcher m = MADE_MODEL.matcher(line.text);
            while (m.find()) {
                if (m.group("v").indexOf('/') < 0 && line.free(m.start("v"), m.end("v"))) {
                    line.output(m.start("v"), m.end("v"), trim(m.group("v")));
                }
            }
        }
    }
}
