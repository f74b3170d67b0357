package dev.owl.policy;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The models a loop runs through: Python's {@code for model in ["llama3.1", "phi3", "gemma2"]:} and the shell's {@code for m in
 * llama3.2 qwen2.5:7b; do …} (also a {@code do} on the next line). The loop variable says what the items are: a model-ish name
 * ({@code model}, {@code model_id}, {@code MODEL}) takes any item a model context would; a short one ({@code m}, {@code name}) only
 * items that read as models' names (the catalog's, or starting like a catalog family's), not a list of files, sizes or words.
 */
final class LoopLists {
    private static final Pattern PYTHON = Pattern.compile("^\\s*(?:async\\s+)?for\\s+(?<var>[A-Za-z_]\\w*)\\s+in\\s+[\\[(](?<items>[^\\])]*)[\\])]\\s*:");
    private static final Pattern SHELL = Pattern.compile("^\\s*for\\s+(?<var>[A-Za-z_]\\w*)\\s+in\\s+(?<items>[^;`$()]+?)\\s*(?:;\\s*do\\b|$)");
    private static final Pattern QUOTED = Pattern.compile("([\"'])(?<v>[^\"'\\s]+)\\1");
    private static final Pattern WORD = Pattern.compile("(?<![^\\s\"'])[\"']?(?<v>[A-Za-z0-9][\\w.:/-]*)[\"']?(?=\\s|$)");
    private static final Pattern SHORT_VAR = Pattern.compile("(?i)^(?:m|name|tag|llm)$");

    private LoopLists() {}

    static void read(ScannedLine line, ModelNames names, ReferenceResolver resolver) {
        if (!line.lower.contains("for ") || !line.lower.contains(" in ")) {
            return;
        }
        Matcher p = PYTHON.matcher(line.text);
        boolean python = p.find();
        Matcher m = python ? p : SHELL.matcher(line.text);
        if (!python && (line.text.stripTrailing().endsWith(":") || !m.find())) {
            return;
        }
        String var = m.group("var");
        boolean modelVar = var.toLowerCase(java.util.Locale.ROOT).contains("model") && NameShapes.modelKey(var);
        if (!modelVar && !SHORT_VAR.matcher(var).matches()) {
            return;
        }
        Matcher item = (python ? QUOTED : WORD).matcher(line.text).region(m.start("items"), m.end("items"));
        while (item.find()) {
            String v = NameShapes.trim(item.group("v"));
            int start = item.start("v");
            int end = start + v.length();
            if (line.free(start, end) && (modelVar || names.nameLike(v) && !resolver.rules().closed(v))
                    && names.accept(v, "model-list", line.text, line.label)) {
                line.take(start, end, start + 1, v, names.kindOf(v, Reference.Kind.HF_REPO), "loop-list");
            }
        }
    }
}
