package dev.owl.policy;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An alias table's entry: a short name mapped to a model's URI ({@code "granite" = "hf://org/repo-GGUF"} in a runtime's
 * shortnames file, {@code "tiny": "ollama://tinyllama"} in the JSON that prints it, {@code llama3: huggingface://org/repo/file.gguf}
 * in YAML). The key is a name the file defines for the model, however much it spells one; the URI beside it names the model.
 */
final class AliasEntries {
    private static final Pattern ENTRY = Pattern.compile("^\\s*(?<q>[\"']?)(?<k>[\\w.:/-]+)\\k<q>\\s*[:=]\\s*[\"']?"
            + "(?i:huggingface|hf|ollama|oci|modelscope|ms)://[\\w.-]");

    private AliasEntries() {}

    static void claim(ScannedLine line, ScanState state) {
        if (line.lower.indexOf("://") < 0) {
            return;
        }
        Matcher m = ENTRY.matcher(line.text);
        if (m.find()) {
            line.spans.add(new int[] {m.start("k"), m.end("k")});
            // nor found again on this line as the file's vocabulary (the key is the alias, the URI's name is the model)
            state.labels.add(line.number + " " + m.group("k").toLowerCase(Locale.ROOT));
        }
    }
}
