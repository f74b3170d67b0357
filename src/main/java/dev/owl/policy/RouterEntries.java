package dev.owl.policy;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A router's or gateway's model registry: a list entry {@code - name: codellama-7b} (or {@code model_name:}) whose body says where
 * requests for it go ({@code endpoint:}, {@code backend_refs:}, {@code external_model_ids:}, {@code api_base:}). The entry's bare
 * name is the name the file defines for the backend it routes to, and its decisions, defaults and requests then use it
 * ({@code default_model: codellama-7b}, {@code - model: codellama-7b}): a label (DefinedNames), not a model, like a served name.
 */
final class RouterEntries {
    private static final Pattern ENTRY = Pattern.compile("^(\\s*)-\\s+[\"']?(?:name|model_name)[\"']?\\s*:\\s*[\"']?(?<v>[A-Za-z0-9][\\w.:-]*)[\"']?\\s*(?:#.*)?$");
    private static final Pattern BACKEND = Pattern.compile("^\\s*(?:-\\s+)?[\"']?(?:endpoints?|backend_?refs|backends?|external_model_ids|api_?base|base_?url"
            + "|upstreams?|address)[\"']?\\s*:");

    private RouterEntries() {}

    static void claim(String text, ScanState state) {
        if (text.isBlank()) {
            return;
        }
        int indent = 0;
        while (indent < text.length() && text.charAt(indent) == ' ') {
            indent++;
        }
        if (state.entryName != null) {
            if (indent <= state.entryIndent) {
                state.entryName = null;
            } else if (BACKEND.matcher(text).find()) {
                state.routed.add(state.entryName);
                state.entryName = null;
                return;
            }
        }
        if (text.indexOf("name") > 0) {
            Matcher e = ENTRY.matcher(text);
            if (e.matches()) {
                state.entryName = e.group("v");
                state.entryIndent = indent;
            }
        }
    }
}
