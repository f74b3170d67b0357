package dev.owl.cli;

import dev.owl.ManPages;
import dev.owl.config.Environment;
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

    @Test
    void synopsisMarksOptionalArgumentsAndEveryPageListsEnvironmentAndFiles() {
        Map<String, String> pages = ManPages.pages(OwlCommand.commandLine(Environment.system()));
        assertThat(pages.get("owl-fit.1")).contains(".SH SYNOPSIS\n.B owl fit\n[OPTIONS] [MODEL]\n");
        assertThat(pages.get("owl-show.1")).contains(".SH SYNOPSIS\n.B owl show\n[OPTIONS] MODEL\n");
        assertThat(pages.get("owl-license-check.1")).contains("[PATH...]");
        for (Map.Entry<String, String> page : pages.entrySet()) {
            assertThat(page.getValue()).as(page.getKey()).contains(".SH ENVIRONMENT", ".SH FILES", "OWL_CONFIG", "OWL_CATALOG_PATH",
                    "NO_COLOR", "CLICOLOR_FORCE", "PAGER", "COLUMNS", "XDG_CONFIG_HOME", "XDG_STATE_HOME", "owl/config.yaml");
            assertThat(page.getValue().chars()).as(page.getKey() + " is ASCII roff").allMatch(c -> c < 128);
        }
    }

    @Test
    void groffFormatsEveryPageWithoutAWarning(@org.junit.jupiter.api.io.TempDir java.nio.file.Path tmp) throws Exception {
        boolean groff = java.util.Arrays.stream(System.getenv().getOrDefault("PATH", "").split(":"))
                .anyMatch(dir -> java.nio.file.Files.isExecutable(java.nio.file.Path.of(dir, "groff")));
        org.junit.jupiter.api.Assumptions.assumeTrue(groff, "groff is not installed: skipping the groff -ww check");
        for (Map.Entry<String, String> page : ManPages.pages(OwlCommand.commandLine(Environment.system())).entrySet()) {
            java.nio.file.Path file = tmp.resolve(page.getKey());
            java.nio.file.Files.writeString(file, page.getValue());
            Process p = new ProcessBuilder("groff", "-ww", "-man", "-z", file.toString()).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            assertThat(p.waitFor()).as(page.getKey()).isZero();
            assertThat(out).as(page.getKey()).isEmpty();
        }
    }
}
