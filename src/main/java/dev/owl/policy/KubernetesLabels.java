package dev.owl.policy;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Kubernetes manifest's label maps ({@code labels:}, {@code matchLabels:}, a Service's {@code selector:}, a custom resource's
 * {@code discoveryLabels:}) and annotations: each entry's value ({@code model: llama-3.3-70b}) is a tag that selects or marks
 * resources, chosen by the file's author, never the model a server loads (that is its args' or env's).
 */
final class KubernetesLabels {
    /** A key that opens a map of labels, alone on its line. */
    private static final Pattern OPENS = Pattern.compile("^(?<i>\\s*)(?:-\\s+)?(?:labels|matchLabels|selector|\\w*[lL]abels|annotations|nodeSelector)\\s*:\\s*(?:#.*)?$");
    /** One entry of the map: {@code key: value}. */
    private static final Pattern ENTRY = Pattern.compile("^(?<i>\\s*)[\"']?[\\w./-]+[\"']?\\s*:\\s*[\"']?(?<v>[^\"'#\\s][^\"'#]*?)[\"']?\\s*(?:#.*)?$");

    private KubernetesLabels() {}

    static void claim(ScannedLine line, ScanState state) {
        String t = line.text;
        if (t.isBlank() || t.stripLeading().startsWith("#")) {
            return;
        }
        int indent = t.length() - t.stripLeading().length();
        if (state.labelIndent >= 0) {
            if (indent > state.labelIndent) {
                Matcher e = ENTRY.matcher(t);
                if (e.matches()) {
                    line.spans.add(new int[] {e.start("v"), e.end("v")});
                    state.labels.add(line.number + " " + e.group("v").toLowerCase(Locale.ROOT));
                }
                return;
            }
            state.labelIndent = -1;
        }
        if (t.indexOf(':') > 0 && (line.lower.contains("label") || line.lower.contains("selector") || line.lower.contains("annotations"))) {
            Matcher o = OPENS.matcher(t);
            if (o.matches()) {
                state.labelIndent = o.group("i").length() + (t.stripLeading().startsWith("-") ? 2 : 0);
            }
        }
    }
}
