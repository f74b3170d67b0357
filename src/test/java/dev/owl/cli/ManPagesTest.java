package dev.owl.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ManPagesTest {
    @Test
    void onePagePerCommandFromTheSameModelAsHelp() {
        Map<String, String> pages = ManPages.pages(OwlCommand.commandLine(Environment.system()));
        assertThat(pages.keySet()).contains("owl.1", "owl-list.1", "owl-fit.1", "owl-recommend.1", "owl-license-check.1",
                "owl-catalog-validate.1", "owl-completion.1", "owl-shell.1", "owl-config-show.1");
        String check = pages.get("owl-license-check.1");
        assertThat(check).startsWith(".TH \"OWL\\-LICENSE\\-CHECK\" 1").contains(".SH NAME").contains(".SH OPTIONS")
                .contains("\\-\\-policy").contains("\\-\\-explain").contains(".SH EXIT STATUS");
        for (String page : pages.values()) {
            // no line may start with an unescaped roff control character coming from our text
            assertThat(page.lines().filter(l -> l.startsWith(".") && !l.matches("\\.(TH|SH|TP|B|I|nf|fi)( .*)?"))).isEmpty();
        }
    }
}
