package dev.owl.policy;

import static dev.owl.policy.ReferenceScannerTest.found;
import static dev.owl.policy.ReferenceScannerTest.foundResolved;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A serverless platform's public endpoint URL is addressed by the model it serves; a private endpoint's id or a placeholder is not. */
class EndpointNamesTest {
    @BeforeAll
    static void load() {
        ReferenceScannerTest.load();
    }

    @Test
    void aRunpodPublicEndpointUrlNamesItsModel() {
        String mdx = """
                curl -X POST "https://api.runpod.ai/v2/qwen3-32b-awq/runsync" \\
                base_url = "https://api.runpod.ai/v2/gpt-oss-120b/openai/v1"
                https://api.runpod.ai/v2/ENDPOINT_ID/openai/v1
                https://api.runpod.ai/v2/abc123xyz/run
                The SDK resolves your endpoint ID to `https://api.runpod.ai/v2/{endpointId}` automatically.
                """;
        assertThat(foundResolved("requests.mdx", mdx)).containsExactly("1 qwen3-32b-awq -> qwen3-32b", "2 gpt-oss-120b -> gpt-oss-120b");
    }

    @Test
    void aModelKeysProviderFactoryCallNamesTheModelByItsFirstArgument() {
        String ts = """
                const { image } = await generateImage({
                  model: runpod.image("black-forest-labs-flux-1-dev"),
                  model: runpod.image("your-image-endpoint-id"),
                  model: groq("llama-3.3-70b-versatile"),
                  model: openai("gpt-4o"),
                """;
        assertThat(found("ai-sdk.mdx", ts)).containsExactly("2 black-forest-labs-flux-1-dev", "4 llama-3.3-70b-versatile");
    }

    @Test
    void anLmStudioModelPageNamesItsModelAHostsDocsPageDoesNot() {
        String md = """
                  - [Use gpt-oss-20b with LM Studio](https://lmstudio.ai/models/openai/gpt-oss-20b)
                  - [gpt-oss-120b on Cloudflare Workers AI](https://developers.cloudflare.com/workers-ai/models/gpt-oss-120b)
                  - [all models](https://developers.cloudflare.com/workers-ai/models/)
                """;
        assertThat(foundResolved("awesome.md", md)).containsExactly("1 openai/gpt-oss-20b -> gpt-oss-20b");
    }
}
