package dev.owl.policy;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A serverless platform's endpoint URL that names the model it serves: RunPod's public endpoints are addressed by the model's
 * own id ({@code https://api.runpod.ai/v2/qwen3-32b-awq/runsync}, {@code …/v2/gpt-oss-120b/openai/v1}). A private endpoint's id
 * is a random token without a '-' ({@code abc123xyz}), a placeholder is upper case or braced ({@code ENDPOINT_ID},
 * {@code {endpointId}}): neither names a model.
 */
final class EndpointNames {
    private static final Pattern RUNPOD = Pattern.compile("(?i)\\bapi\\.runpod\\.ai/v2/(?<v>[a-z0-9][a-z0-9._]*-[a-z0-9._-]*[a-z0-9])"
            + "/(?:run|runsync|openai|status|stream|health)\\b");

    /**
     * A model's page in LM Studio's model catalog ({@code lmstudio.ai/models/openai/gpt-oss-20b}: its ids are the Hub's org/name).
     * Not a host's documentation page about a model (Cloudflare's {@code developers.cloudflare.com/workers-ai/models/…}): the lists
     * disagree on those, and the model's id there is another ({@code @cf/org/name}).
     */
    private static final Pattern MODEL_PAGE = Pattern.compile("(?i)\\blmstudio\\.ai/models/(?<org>[A-Za-z0-9][\\w.-]*)/(?<v>[A-Za-z0-9][\\w.-]*[A-Za-z0-9])"
            + "(?![\\w/-])");

    private EndpointNames() {}

    static void read(ScannedLine line, ModelNames names) {
        Matcher m = line.lower.contains("api.runpod.ai/v2/") ? RUNPOD.matcher(line.text) : null;
        while (m != null && m.find()) {
            String v = m.group("v");
            if (v.equals(v.toLowerCase(java.util.Locale.ROOT)) && line.free(m.start("v"), m.end("v")) && names.accept(v, "endpoint-url", line.text, line.label)) {
                line.take(m.start("v"), m.end("v"), m.start("v") + 1, v, names.kindOf(v, Reference.Kind.HF_REPO), "endpoint-url");
            }
        }
        Matcher p = line.lower.contains("lmstudio.ai/models/") ? MODEL_PAGE.matcher(line.text) : null;
        while (p != null && p.find()) {
            int start = p.start("org");
            String v = line.text.substring(start, p.end("v"));
            if (line.free(start, p.end("v")) && names.accept(v, "model-page", line.text, line.label)) {
                line.take(start, p.end("v"), start + 1, v, names.kindOf(v, Reference.Kind.HF_REPO), "model-page");
            }
        }
    }
}
