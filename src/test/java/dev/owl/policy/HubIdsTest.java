package dev.owl.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Hub ids written the ways docs write them: a legacy id's page URL, a loader call inside an escaped string, a saved copy's folder. */
class HubIdsTest {
    @BeforeAll
    static void load() {
        ReferenceScannerTest.load();
    }

    private static List<String> found(String fileName, String text) {
        return ReferenceScannerTest.scan(fileName, text).stream().map(r -> r.line() + " " + r.text()).toList();
    }

    @Test
    void aLegacyIdsPageUrlNamesTheModel() {
        String md = """
                In this example we use the [t5-small](https://huggingface.co/t5-small) model. Refer to the
                [model card](https://huggingface.co/gpt2/resolve/main/README.md); see https://huggingface.co/openai for the org.
                """;
        assertThat(found("notes.md", md)).containsExactly("1 t5-small", "2 gpt2");
    }

    @Test
    void aLoaderCallInsideAnEscapedStringNamesTheModel() {
        String mdx = """
                <button onclick={() => {
                    navigator.clipboard.writeText('OVModelForCausalLM.from_pretrained(\\'TinyLlama/TinyLlama-1.1B-Chat-v1.0\\', quantization_config=OVWeightQuantizationConfig(bits=4, dataset=\\'wikitext2\\')).save_pretrained(\\'save_dir\\')');
                }}>
                """;
        assertThat(found("optimization.mdx", mdx)).containsExactly("2 TinyLlama/TinyLlama-1.1B-Chat-v1.0");
    }

    @Test
    void theFolderAFileSavesToIsNoRepeatOfAnUploadedCopysName() {
        String py = """
                model = OVModelForQuestionAnswering.from_pretrained("distilbert-base-uncased-distilled-squad", export=True)
                model.save_pretrained("distilbert-base-uncased-distilled-squad-ov-fp32")
                model = OVModelForQuestionAnswering.from_pretrained("distilbert-base-uncased-distilled-squad-ov-fp32")
                hub = OVModelForQuestionAnswering.from_pretrained("helenai/distilbert-base-uncased-distilled-squad-ov-fp32")
                """;
        assertThat(found("inference.py", py)).containsExactly("1 distilbert-base-uncased-distilled-squad",
                "4 helenai/distilbert-base-uncased-distilled-squad-ov-fp32");
    }
}
