package dev.owl.policy;

import static dev.owl.policy.ReferenceScannerTest.found;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Hosted image and video generators whose weights were never published are API products under any vendor route, not open models. */
class ClosedMediaModelsTest {
    @BeforeAll
    static void load() {
        ReferenceScannerTest.load();
    }

    @Test
    void closedImageAndVideoGeneratorsAreNoReferences() {
        String md = """
                | Model ID | Type |
                |----------|------|
                | `kwaivgi/kling-v2.1-i2v-pro` | i2v |
                | `google/nano-banana-2-edit` | edit |
                | `openai/sora-2-pro-i2v` | i2v |
                | `bytedance/seedance-v1.5-pro-i2v` | i2v |
                | `Qwen/Qwen2.5-7B-Instruct` | text |
                """;
        assertThat(found("models.md", md)).containsExactly("7 Qwen/Qwen2.5-7B-Instruct");
        assertThat(found("video.ts", "const { video } = await generateVideo({ model: \"kwaivgi/kling-v2.6-std-motion-control\" });")).isEmpty();
    }

    @Test
    void qwensHostedVisionAndAudioTiersAreClosedApiNames() {
        String py = """
                llm_cfg = {'model': 'qwen-vl-max-0809', 'model_type': 'qwenvl_dashscope'}
                llm_cfg_plus = {'model': 'qwen-vl-plus'}
                llm_cfg_audio = {'model': 'qwen-audio-turbo-latest', 'model_type': 'qwenaudio_dashscope'}
                llm_cfg_open = {'model': 'Qwen/Qwen2-VL-7B-Instruct'}
                """;
        assertThat(found("assistant.py", py)).containsExactly("4 Qwen/Qwen2-VL-7B-Instruct");
    }
}
