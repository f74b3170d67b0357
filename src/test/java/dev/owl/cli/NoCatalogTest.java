package dev.owl.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.owl.OwlRunner;
import dev.owl.OwlRunner.Result;
import org.junit.jupiter.api.Test;

/** Answers that need no catalog never load it: start-up is part of the product. */
class NoCatalogTest {
    private static OwlRunner withoutCatalog() {
        return OwlRunner.fixture().builtin(() -> {
            throw new IllegalStateException("the catalog was loaded");
        });
    }

    @Test
    void versionAndHelpAnswerWithoutTheCatalog() {
        for (String[] args : new String[][] {{"--version"}, {"--help"}, {"help"}, {"list", "--help"}, {"fit", "--help"},
                {"recommend", "--help"}, {"license", "check", "--help"}, {"catalog", "compile", "--help"}}) {
            Result r = withoutCatalog().run(args);
            assertThat(r.exitCode()).as(String.join(" ", args) + ": " + r.err()).isZero();
            assertThat(r.out()).as(String.join(" ", args)).isNotBlank();
        }
    }

    /** The control: a command that needs the catalog does reach for it. */
    @Test
    void aCommandThatNeedsTheCatalogLoadsIt() {
        Result r = withoutCatalog().run("list");
        assertThat(r.exitCode()).isEqualTo(4);
        assertThat(r.err()).contains("the catalog was loaded");
    }
}
