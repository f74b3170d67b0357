package dev.owl.policy;

import static dev.owl.policy.ReferenceContexts.SEG;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Hub id behind an evaluation harness's route to a server that loads it ({@code vllm/org/name}, {@code
 * hf-inference-providers/org/name:provider}, as Inspect AI and lighteval's {@code eval} name models): the Hub repo is the model,
 * the route and a trailing {@code :provider} only say where it runs.
 */
final class RoutedNames {
    /**
     * Inspect AI's model providers that run a Hub repo itself (https://inspect.aisi.org.uk/providers.html: hf, vllm, sglang,
     * hf-inference-providers); then org/name and an optional {@code :provider} (Hugging Face's router suffix: {@code :fireworks-ai}).
     */
    private static final Pattern ROUTE = Pattern.compile("(?<![\\w./@:-])(?:hf-inference-providers|vllm|sglang|hf)/(?<v>" + SEG + "/" + SEG
            + ")(?::[A-Za-z0-9][\\w.-]*)?(?![\\w/@.-])");
    private static final String[] HINTS = {"vllm/", "sglang/", "hf/", "hf-inference-providers/"};

    private final ReferenceResolver resolver;
    private final ModelNames names;

    RoutedNames(ReferenceResolver resolver, ModelNames names) {
        this.resolver = resolver;
        this.names = names;
    }

    /** Takes each routed Hub id the catalog knows or that reads as a model's (a sized name), and claims the route with it. */
    void read(ScannedLine line) {
        boolean any = false;
        for (String h : HINTS) {
            any |= line.lower.contains(h);
        }
        if (!any) {
            return;
        }
        Matcher m = ROUTE.matcher(line.text);
        while (m.find()) {
            String v = NameShapes.trim(m.group("v"));
            if (line.free(m.start(), m.end()) && (resolver.knows(v, false) || names.modelShaped(v, true, false))
                    && names.accept(v, "routed-name", line.text, line.label)) {
                line.spans.add(new int[] {m.start(), m.start("v")});
                line.take(m.start("v"), m.end(), m.start("v") + 1, v, Reference.Kind.HF_REPO, "routed-name");
            }
        }
    }
}
