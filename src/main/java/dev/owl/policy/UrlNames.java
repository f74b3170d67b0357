package dev.owl.policy;

import static dev.owl.policy.NameShapes.PLACEHOLDER;
import static dev.owl.policy.NameShapes.hfModelPath;
import static dev.owl.policy.ReferenceContexts.SEG;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Model names read out of URLs and URIs: Hugging Face pages (parsed as URLs), ollama.com library pages, and the model URIs
 * of local runtimes ({@code huggingface://org/repo/file}, {@code ollama://name:tag}, {@code oci://registry/name:tag}).
 */
final class UrlNames {
    private static final Pattern HF_URL = Pattern.compile(
            "(?i)(?<![\\w.-])(?:https?://)?(?:www\\.)?(?:(?:api-inference\\.)?huggingface\\.co|hf\\.co)/(?<p>[A-Za-z0-9_.\\-/:%]+)");
    private static final Pattern OLLAMA_URL = Pattern.compile("(?i)ollama\\.com/library/(?<v>" + SEG + "(?::[A-Za-z0-9_.\\-]+)?)");
    /**
     * Model URIs of local runtimes (LocalAI, llama.cpp tools, RamaLama): huggingface://org/repo[/file], hf://org/repo[:quant],
     * node-llama-cpp's hf:org/repo[:quant] and hf:org/repo/file.gguf, ollama://name[:tag], and an OCI
     * artifact oci://[registry/]org/name[:tag] (LocalAI pulls models packed as images).
     */
    private static final Pattern MODEL_URI = Pattern.compile("(?i)(?<![\\w.-])(?:(?:(?:huggingface|hf)://|hf:(?!/))(?<org>" + SEG + ")/(?<repo>" + SEG
            + ")(?<quant>:[A-Za-z0-9][\\w.-]*(?![\\w.:/-]))?|ollama://(?<v>" + SEG + "(?::[A-Za-z0-9_.\\-]+)?)|oci://(?<oci>" + SEG + "(?:/" + SEG + ")*(?::[A-Za-z0-9_.\\-]+)?))");

    /**
     * ModelScope, the other model hub: a model page {@code modelscope.cn/models/{org}/{name}} and the name Ollama pulls from it
     * ({@code ollama run modelscope.cn/{org}/{name}:Q4_K_M}); its ids are the same org/name as on Hugging Face.
     */
    private static final Pattern MODELSCOPE = Pattern.compile("(?i)(?<![\\w.-])(?:https?://)?(?:www\\.)?modelscope\\.cn/(?:(?<page>models/)|(?!(?:datasets|studios"
            + "|docs|organization|models|my|learn|headlines|collections|aigc|brand|mcp)/))(?<org>" + SEG + ")/(?<repo>" + SEG + ")(?<tag>:" + SEG + ")?");
    /**
     * Modelers (modelers.cn), Huawei's model hub for Ascend: a model page {@code modelers.cn/models/{org}/{name}} names an org/name
     * id read like a Hugging Face one (its re-uploads keep the original's name: {@code Modelers_Park/Qwen3-8B}).
     */
    private static final Pattern MODELERS = Pattern.compile("(?i)(?<![\\w.-])(?:https?://)?(?:www\\.)?modelers\\.cn/models/(?<org>" + SEG + ")/(?<repo>" + SEG + ")");
    private static final Pattern LINK_TEXT_ID = Pattern.compile(SEG + "/" + SEG);

    private UrlNames() {}

    /**
     * The text of a Markdown link to a model page, when it is itself an org/name: {@code [lmsys/fastchat-t5-3b-v1.0](
     * https://huggingface.co/lmsys/fastchat-t5)} names two repos; the same name twice, or a respelling of the linked catalog model, is one reference.
     */
    private static void linkText(ScannedLine line, int urlStart, String model, ReferenceResolver resolver) {
        if (urlStart < 3 || line.text.charAt(urlStart - 1) != '(' || line.text.charAt(urlStart - 2) != ']') {
            return;
        }
        int open = line.text.lastIndexOf('[', urlStart - 2);
        if (open < 0) {
            return;
        }
        String text = line.text.substring(open + 1, urlStart - 2).replace("`", "").strip();
        Matcher m = LINK_TEXT_ID.matcher(text);
        // not a folder inside the linked repo ([DeepSeek-V3-0324-GGUF/Q4_K_M](https://huggingface.co/unsloth/DeepSeek-V3-0324-GGUF/tree/main/Q4_K_M))
        if (m.matches() && !PLACEHOLDER.matcher(text).find() && !text.substring(0, text.indexOf('/')).equalsIgnoreCase(model.substring(model.indexOf('/') + 1))) {
            int at = line.text.indexOf(text, open);
            if (respelled(text, model, resolver)) {
                line.spans.add(new int[] {at, at + text.length()});
            } else {
                line.take(at, at + text.length(), at + 1, text, Reference.Kind.HF_REPO, "hf-link-text");
            }
        }
    }

    /**
     * Whether a link's text spells the linked catalog model another way: the same org, a name the catalog does not know, a target it
     * does ({@code [meta-llama/Meta-Llama-3.2-3B-Instruct](https://huggingface.co/meta-llama/Llama-3.2-3B-Instruct)}).
     */
    private static boolean respelled(String text, String model, ReferenceResolver resolver) {
        return text.regionMatches(true, 0, model, 0, model.indexOf('/') + 1) && resolver.hf(text).model() == null && resolver.hf(model).model() != null;
    }

    /**
     * A code span on the line of a model page's link that spells the linked repo's name ({@code [Granite](https://huggingface.co/
     * ibm-granite/granite-3.3-2b-instruct): `granite-3.3-2b-instruct` and its variants}): the same model, named again for the reader.
     */
    private static void namedSpan(ScannedLine line, String model) {
        String span = "`" + model.substring(model.indexOf('/') + 1).toLowerCase(java.util.Locale.ROOT) + "`";
        int at = model.indexOf('/') > 0 ? line.lower.indexOf(span) : -1;
        int after = at + span.length();
        // not the link's own text ([`zephyr-7b-sft-full`](https://huggingface.co/…)): one reference with its target
        boolean linkText = at > 0 && line.text.charAt(at - 1) == '[' || after < line.text.length() && line.text.charAt(after) == ']';
        if (at >= 0 && !linkText && line.free(at + 1, at + span.length() - 1)) {
            line.take(at + 1, at + span.length() - 1, at + 2, line.text.substring(at + 1, at + span.length() - 1), Reference.Kind.HF_REPO, "hf-link-span");
        }
    }

    /** Hugging Face URLs, parsed as URLs, and ollama.com library pages. */
    static void read(ScannedLine line, ReferenceResolver resolver) {
        // a matcher only for a line that can match: creating one costs more than the test that rules it out
        Matcher u = line.lower.contains("huggingface.co") || line.lower.contains("hf.co") ? HF_URL.matcher(line.text) : null;
        while (u != null && u.find()) {
            String model = hfModelPath(u.group(0), u.group("p"));
            if (model == null || !line.free(u.start("p"), u.end("p"))) {
                line.spans.add(new int[] {u.start(), u.end()});
            } else {
                int at = Math.max(0, u.group("p").indexOf(model.contains("/") ? model.split("/")[0] : model));
                line.take(u.start(), u.end(), u.start("p") + 1 + at, model, Reference.Kind.HF_REPO, "hf-url");
                linkText(line, u.start(), model, resolver);
                namedSpan(line, model);
            }
        }
        Matcher ms = line.lower.contains("modelscope.cn/") ? MODELSCOPE.matcher(line.text) : null;
        while (ms != null && ms.find()) {
            String v = NameShapes.trim(ms.group("org") + "/" + ms.group("repo"));
            if (line.free(ms.start(), ms.end()) && (ms.group("page") != null || ms.group("tag") != null) && !PLACEHOLDER.matcher(v).find()) {
                line.take(ms.start(), ms.end(), ms.start("org") + 1, v, Reference.Kind.HF_REPO, "modelscope-url");
                linkText(line, ms.start(), v, resolver);
            }
        }
        Matcher mo = line.lower.contains("modelers.cn/") ? MODELERS.matcher(line.text) : null;
        while (mo != null && mo.find()) {
            String v = NameShapes.trim(mo.group("org") + "/" + mo.group("repo"));
            if (line.free(mo.start(), mo.end()) && !PLACEHOLDER.matcher(v).find()) {
                line.take(mo.start(), mo.end(), mo.start("org") + 1, v, Reference.Kind.HF_REPO, "modelers-url");
                linkText(line, mo.start(), v, resolver);
            }
        }
        Matcher o = line.lower.contains("ollama.com") ? OLLAMA_URL.matcher(line.text) : null;
        while (o != null && o.find()) {
            line.take(o.start(), o.end(), o.start("v") + 1, o.group("v"), Reference.Kind.OLLAMA_TAG, "ollama-url");
        }
        Matcher s = line.lower.contains("://") || line.lower.contains("hf:") ? MODEL_URI.matcher(line.text) : null;
        while (s != null && s.find()) {
            if (!line.free(s.start(), s.end())) {
                continue; // a Helm chart's registry address (RegistryAddresses)
            } else if (s.group("oci") != null) {
                String v = NameShapes.trim(s.group("oci"));
                if (!PLACEHOLDER.matcher(v).find()) {
                    line.take(s.start(), s.end(), s.start("oci") + 1, v, Reference.Kind.OLLAMA_TAG, "model-uri");
                } else {
                    line.spans.add(new int[] {s.start(), s.end()});
                }
            } else if (PLACEHOLDER.matcher(s.group("v") != null ? s.group("v") : s.group("org") + "/" + s.group("repo")).find()) {
                line.spans.add(new int[] {s.start(), s.end()}); // huggingface://repository_id/model_file, ollama://model_id:tag
            } else if (s.group("v") != null) {
                line.take(s.start(), s.end(), s.start("v") + 1, s.group("v"), Reference.Kind.OLLAMA_TAG, "model-uri");
            } else if (!s.group("org").matches("(?i)datasets|spaces|buckets")) { // hf://buckets/…: a storage bucket's files
                // a quantization picked by tag (hf://org/repo-GGUF:Q8_0, as Ollama's hf.co/org/repo:Q4_K_M) is kept as written
                String quant = s.group("quant") != null ? s.group("quant") : "";
                line.take(s.start(), s.end(), s.start("org") + 1, s.group("org") + "/" + s.group("repo") + quant, Reference.Kind.HF_REPO, "model-uri");
            } else {
                line.spans.add(new int[] {s.start(), s.end()});
            }
        }
    }
}
