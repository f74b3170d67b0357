package dev.owl.policy;

import static dev.owl.policy.ReferenceScannerTest.found;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A provider's model schema in code lists the names its API takes for each model ({@code identifiers: { apiNames: […] }}). */
class ApiNamesTest {
    @BeforeAll
    static void load() {
        ReferenceScannerTest.load();
    }

    @Test
    void aModelSchemasApiNamesAreTheModelsHostedIds() {
        String schema = """
                import { StaticModel } from '../schema';
                export default {
                  name: 'Mistral Small 3.1',
                  slug: 'mistral-small-3-1-25-03',
                  type: 'Open',
                  identifiers: { apiNames: ['mistral-small-2503'] },
                  capabilities: { input: ['text', 'image'], output: ['text'] },
                  aliases: ['Mistral Small'],
                } as const satisfies StaticModel;
                """;
        assertThat(found("src/schema/models/mistral-small-3-1.ts", schema)).containsExactly("6 mistral-small-2503");
    }
}
