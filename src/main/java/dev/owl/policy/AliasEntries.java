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

    /** The model a URI names: a Hub repo (its file dropped, its quant tag kept) or an Ollama name:tag. */
    private static final Pattern TARGET = Pattern.compile("(?i)(?<scheme>huggingface|hf|ollama|modelscope|ms)://(?<t>[\\w.-]+(?:/[\\w.-]+)?(?::[\\w.-]+)?)");

    /** What a reference's context says when the scanned tree's alias table maps its name to a model URI. */
    static final String CONTEXT = "tree-alias ";

    private AliasEntries() {}

    /**
     * The name a reference stands for when it is an alias the scanned tree defines ({@code ramalama run qwen3:4b} where the tree's
     * shortnames file maps {@code "qwen3:4b" = "hf://org/Qwen3-4B-GGUF"}): the URI, or null.
     */
    static String target(Reference r) {
        return r.context() != null && r.context().startsWith(CONTEXT) ? r.context().substring(CONTEXT.length()) : null;
    }

    /** An alias the scanned tree's alias table maps to a model URI: that URI's model, noted as such. */
    static ReferenceResolver.Resolution resolve(ReferenceResolver resolver, String uri) {
        String t = uri.substring(uri.indexOf("://") + 3);
        ReferenceResolver.Resolution r = uri.startsWith("ollama://") ? resolver.ollama(t) : resolver.hf(t);
        String via = "alias the scanned tree maps to " + uri;
        return r.model() == null ? ReferenceResolver.Resolution.NONE
                : new ReferenceResolver.Resolution(r.model(), ReferenceResolver.How.ALIAS, r.note() == null ? via : via + ", " + r.note());
    }

    /**
     * Gives each bare reference (not a URI's) that is an alias some config file of the scan maps to one model URI (not two) that URI as its
     * context, for the resolver: the runtime reads its alias table before any registry.
     */
    static void apply(java.util.Map<String, String> aliases, java.util.List<Reference> out) {
        if (aliases.isEmpty()) {
            return;
        }
        out.replaceAll(r -> {
            // not a URI's name (ollama://deepseek-r1 names its registry, past any alias)
            String t = r.kind() == Reference.Kind.OLLAMA_TAG && r.positioned() && !"model-uri".equals(r.context()) ? aliases.get(r.lowerText()) : null;
            return t == null ? r : new Reference(r.file(), r.line(), r.column(), r.text(), r.kind(), r.declaredLicense(), CONTEXT + t);
        });
    }

    static void claim(ScannedLine line, ScanState state) {
        if (line.lower.indexOf("://") < 0) {
            return;
        }
        Matcher m = ENTRY.matcher(line.text);
        if (m.find()) {
            line.spans.add(new int[] {m.start("k"), m.end("k")});
            // nor found again on this line as the file's vocabulary (the key is the alias, the URI's name is the model)
            state.labels.add(line.number + " " + m.group("k").toLowerCase(Locale.ROOT));
            Matcher t = TARGET.matcher(line.text).region(m.end("k"), line.text.length());
            if (!state.prose && !m.group("q").isEmpty() && t.find()) { // a config file's table defines; a doc's printed copy may be older
                String uri = t.group("scheme").toLowerCase(Locale.ROOT) + "://" + t.group("t");
                state.aliasTargets.merge(m.group("k").toLowerCase(Locale.ROOT), uri, (a, b) -> a.equals(b) ? a : "");
            }
        }
    }
}
