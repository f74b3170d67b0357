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
    /**
     * A client library's provider route, or a placeholder for one, before a Hub id ({@code openai/meta-llama/Llama-3.1-8B-Instruct},
     * {@code anyscale/mistralai/Mistral-7B-Instruct-v0.1}) or before a bare name ({@code '<provider>/Llama-3.2-3B-Instruct'}): the
     * route says where it runs; the id after it is the model.
     */
    private static final Pattern PROVIDER_ROUTE = Pattern.compile("(?<![\\w./@:<>-])(?:(?<p>[a-z][\\w-]*)|<[\\w -]+>)/(?<v>" + SEG + "(?:/" + SEG
            + ")?)(?::[A-Za-z0-9][\\w.-]*)?(?![\\w/@.-])");

    private final ReferenceResolver resolver;
    private final ModelNames names;

    RoutedNames(ReferenceResolver resolver, ModelNames names) {
        this.resolver = resolver;
        this.names = names;
    }

    /** Takes each routed Hub id the catalog knows or that reads as a model's (a sized name), and claims the route with it. */
    void read(ScannedLine line) {
        if (line.text.indexOf('/') >= 0) {
            providerRoutes(line);
        }
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

    private void providerRoutes(ScannedLine line) {
        Matcher m = PROVIDER_ROUTE.matcher(line.text);
        while (m.find()) {
            String v = NameShapes.trim(m.group("v"));
            String p = m.group("p");
            boolean hub = v.indexOf('/') > 0;
            String provider = p == null ? null : resolver.rules().provider(p + "/" + v);
            if (p != null && (!hub || provider == null) || !line.free(m.start(), m.end())
                    || !(resolver.knows(v, !hub) || hub && names.modelShaped(v, true, false))) {
                continue; // a bare name after a real route is the provider's own, read with its route elsewhere; a folder is no route
            }
            // a hosted provider's route stays with its name, as a model key's value keeps it; a route to the user's server drops
            boolean own = provider == null || resolver.rules().routesToOwnServer(provider);
            // with its variant tag: a hosted provider's own name for the offer (OpenRouter's openrouter/org/name:free)
            String ref = own ? v : m.group();
            if (names.accept(ref, hub ? "routed-name" : "key", line.text, line.label)) {
                int start = own ? m.start("v") : m.start();
                line.spans.add(new int[] {m.start(), m.end()});
                // a bare name behind a placeholder route is some provider's name for the model
                line.take(start, own ? m.end("v") : m.end(), start + 1, ref, hub && own ? Reference.Kind.HF_REPO : Reference.Kind.API, "routed-name");
            }
        }
    }
}
