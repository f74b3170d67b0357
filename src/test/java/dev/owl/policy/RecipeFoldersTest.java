package dev.owl.policy;

import static dev.owl.policy.ReferenceScannerTest.found;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A repository of serving recipes names each recipe after the model it serves: its folder ({@code cd repo/llama3.1-8b-instruct})
 * and its settings' typed {@code name: str = '…'} are labels; the model id beside them is the reference.
 */
class RecipeFoldersTest {
    @BeforeAll
    static void load() {
        ReferenceScannerTest.load();
    }

    @Test
    void theFolderAShellChangesIntoIsAPath() {
        String md = """
                - You have access to `meta-llama/Llama-3.1-8B-Instruct` on Hugging Face.

                ```bash
                git clone https://github.com/acme/ServeRecipes.git
                cd ServeRecipes/llama3.1-8b-instruct
                pushd qwen3-8b && pip install -r requirements.txt && popd
                ```
                """;
        assertThat(found("README.md", md)).containsExactly("1 meta-llama/Llama-3.1-8B-Instruct");
    }

    @Test
    void aSettingsClasssTypedNameIsTheDeploymentsLabel() {
        String py = """
                class Settings(pydantic.BaseModel):
                  port: int = 8000
                  name: str = 'llama3.1-8b-instruct'
                  model_id: str = 'meta-llama/Meta-Llama-3.1-8B-Instruct'
                  label: Optional[str] = None
                """;
        assertThat(found("service.py", py)).containsExactly("4 meta-llama/Meta-Llama-3.1-8B-Instruct");
    }
}
