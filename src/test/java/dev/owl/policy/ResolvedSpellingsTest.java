package dev.owl.policy;

import static dev.owl.policy.ReferenceScannerTest.foundResolved;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Names found in files that spell a catalog model another way: a provider's API name, a mirror's or a quantizer's copy. */
class ResolvedSpellingsTest {
    @BeforeAll
    static void load() {
        ReferenceScannerTest.load();
    }

    @Test
    void aProvidersApiNamesInAModelsTableCellResolveAsTheProviderServesThem() {
        String md = """
                | Provider | Models |
                |----------|--------|
                | **Mistral AI** | open-mistral-7b, open-mixtral-8x7b<br/>mistral-small-2506 |
                """;
        assertThat(foundResolved("models.md", md)).containsExactly("3 open-mistral-7b -> mistral-7b-instruct-v0.3",
                "3 open-mixtral-8x7b -> mixtral-8x7b-instruct-v0.1", "3 mistral-small-2506 -> mistral-small-3.2-24b-instruct-2506");
    }

    @Test
    void mistralsSmallLatestAliasIsTheModelMistralsDocsListItUnder() {
        String py = """
                agent = Agent("mistral:mistral-small-latest")
                """;
        assertThat(foundResolved("agent.py", py)).containsExactly("1 mistral-small-latest -> mistral-small-4-119b-2603");
    }
}
