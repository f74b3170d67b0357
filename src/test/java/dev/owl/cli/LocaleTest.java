package dev.owl.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.owl.OwlRunner;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Numbers read the same whatever the user's locale: a German default locale once printed 700.000.000. */
class LocaleTest {
    private Locale before;

    @BeforeEach
    void german() {
        before = Locale.getDefault();
        Locale.setDefault(Locale.GERMANY);
    }

    @AfterEach
    void restore() {
        Locale.setDefault(before);
    }

    @Test
    void showPrintsThousandsWithCommasUnderAGermanLocale() {
        String out = OwlRunner.fixture().run("show", "llama-3.1-8b-instruct").out();

        assertThat(out).contains("700,000,000").contains("131,072").doesNotContain("700.000.000");
    }

    @Test
    void licenseShowPrintsThousandsWithCommasUnderAGermanLocale() {
        String out = OwlRunner.fixture().run("license", "show", "llama-3.1-community").out();

        assertThat(out).contains("700,000,000").doesNotContain("700.000.000");
    }

    @Test
    void licenseListCompareAndCostPrintThousandsWithCommasUnderAGermanLocale() {
        assertThat(OwlRunner.fixture().run("license", "list").out()).contains("700,000,000").doesNotContain("700.000.000");
        assertThat(OwlRunner.fixture().run("license", "compare", "apache-2.0", "llama-3.1-community").out())
                .contains("700,000,000 [§2]");
        assertThat(OwlRunner.bundled().run("cost", "ministral-3-8b-instruct-2512", "--tokens-per-day", "20M", "--gpu", "l4").out())
                .contains("at 20,000,000 tokens a day").contains("$0.15").contains("730.5 h a month").doesNotContain("20.000.000")
                .doesNotContainPattern("\\$\\d+,\\d\\d\\b");
    }

    @Test
    void catalogCompileCountsBytesWithCommasUnderAGermanLocale(@org.junit.jupiter.api.io.TempDir java.nio.file.Path tmp) {
        String out = OwlRunner.fixture().run("catalog", "compile", "catalog", "-o", tmp.resolve("c.owlcat").toString()).err();

        assertThat(out).containsPattern("\\(\\d{1,3}(,\\d{3})+ bytes\\)");
    }

    @Test
    void csvDecimalsUseAPointUnderAGermanLocale() {
        String out = OwlRunner.fixture().run("list", "--format", "csv").out();

        assertThat(out).contains("llama-3.1-8b-instruct,llama,8.03,,131072,");
    }

    @Test
    void fitPrintsDecimalsWithAPointUnderAGermanLocale() {
        String out = OwlRunner.fixture().run("fit", "llama-3.1-8b-instruct", "--vram", "24").out();

        assertThat(out).doesNotContainPattern("\\d,\\d GiB");
    }
}
