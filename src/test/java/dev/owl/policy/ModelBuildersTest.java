package dev.owl.policy;

import static dev.owl.policy.ReferenceScannerTest.found;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A Java client's builder names its model with a method ({@code .modelName("…")}), and a constant can be named after its model. */
class ModelBuildersTest {
    @BeforeAll
    static void load() {
        ReferenceScannerTest.load();
    }

    @Test
    void aBuildersModelMethodNamesTheModel() {
        String java = """
                class Rag {
                    EmbeddingModel embedder = LocalEmbeddingModel.builder().modelName("BAAI/bge-small-en-v1.5").build();
                    ChatModel chat = HostedChatModel.builder()
                            .apiKey(System.getenv("API_KEY"))
                            .modelName("acme-ai/acme-chat-7b-instruct")
                            .modelId("qwen2.5:7b")
                            .modelName(MODEL_NAME)
                            .modelName("gpt-4o-mini")
                            .build();
                    OllamaOptions options = OllamaOptions.builder().model("llama3.2").withModel("mistral-nemo").build();
                    Object render = view.model("index");
                }
                """;
        assertThat(found("src/main/java/Rag.java", java)).containsExactly("2 BAAI/bge-small-en-v1.5", "5 acme-ai/acme-chat-7b-instruct",
                "6 qwen2.5:7b", "10 llama3.2", "10 mistral-nemo");
    }

    @Test
    void aConstantNamedAfterItsValueHoldsAModel() {
        String java = """
                public final class Models {
                    public static final String LLAMA_3_1 = "llama3.1";
                    static final String QWEN2_5_CODER_7B = "qwen2.5-coder:7b";
                    public static final String LLAMA = "llama";
                    static final String OLLAMA_IMAGE = "ollama/ollama:latest";
                    static final String GPT_4O = "gpt-4o";
                }
                """;
        assertThat(found("src/main/java/Models.java", java)).containsExactly("2 llama3.1", "3 qwen2.5-coder:7b");
    }
}
