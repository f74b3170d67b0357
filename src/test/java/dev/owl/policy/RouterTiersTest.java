package dev.owl.policy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A provider route to its router's tier ({@code openrouter/auto}) picks a model per request: it names none. */
class RouterTiersTest {
    @BeforeAll
    static void load() {
        ReferenceScannerTest.load();
    }

    @Test
    void aRoutersTierBehindAProviderRouteIsNoModel() {
        assertThat(ReferenceScannerTest.found(".env.example", """
                OPENROUTER_MODEL_PREF='openrouter/auto'
                OPENROUTER_MODEL_PREF='openrouter/meta-llama/llama-3.1-8b-instruct'
                """)).containsExactly("2 openrouter/meta-llama/llama-3.1-8b-instruct");
    }
}
