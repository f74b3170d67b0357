package dev.owl.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.owl.OwlRunner;
import dev.owl.OwlRunner.Result;
import org.junit.jupiter.api.Test;

/** What a new user ran into on a first pass over every command: each test is one defect that was found and fixed. */
class NewUserTest {
    @Test
    void everyFormatAnExampleUsesIsOneTheFormatOptionNames() {
        Result help = OwlRunner.fixture().run("license", "check", "--help");
        assertThat(help.exitCode()).isZero();
        String text = help.out().replaceAll("\\s+", " ");
        String described = text.substring(text.indexOf("--format=FORMAT Output format:"), text.indexOf("(default: table)"));
        java.util.regex.Matcher used = java.util.regex.Pattern.compile("owl license check --format (\\w+)").matcher(text);
        int examples = 0;
        while (used.find()) {
            examples++;
            assertThat(described).as("--format's description names the example's format").contains(used.group(1));
        }
        assertThat(examples).isGreaterThanOrEqualTo(2);
    }
}
