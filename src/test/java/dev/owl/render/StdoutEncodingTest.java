package dev.owl.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.owl.OwlRunner;
import dev.owl.catalog.CatalogLocation;
import dev.owl.cli.OwlCommand;
import dev.owl.config.Environment;
import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * Under {@code LC_ALL=C} (many CI images and containers) Java writes standard output as ASCII and every other
 * character as '?': a program reading json, yaml or csv cannot get them back. Those formats are UTF-8 whatever the
 * locale; the table, for a person at that terminal, keeps the terminal's encoding.
 */
class StdoutEncodingTest {
    private static Run owl(String... args) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Environment env = new Environment(Map.of("OWL_CONFIG", "/dev/null"), false, () -> 0,
                () -> new CatalogLocation("catalog", OwlRunner.FIXTURE, true), java.io.InputStream::nullInputStream,
                Clock.fixed(Instant.parse("2026-11-22T12:00:00Z"), ZoneOffset.UTC));
        CommandLine cl = OwlCommand.commandLine(env, args);
        cl.setOut(StdoutWriter.over(bytes, StandardCharsets.US_ASCII)); // what a C locale gives
        StringWriter err = new StringWriter();
        cl.setErr(new PrintWriter(err, true));
        int code = cl.execute(args);
        return new Run(code, bytes.toString(StandardCharsets.UTF_8), err.toString());
    }

    private record Run(int exitCode, String out, String err) {}

    @Test
    void jsonYamlAndCsvKeepNonAsciiCharactersUnderACLocale() {
        for (String format : new String[] {"json", "yaml", "csv", "tsv", "markdown"}) {
            Run r = owl("compare", "--families", "llama,mistral", "--format", format);
            assertThat(r.exitCode()).as(format + ": " + r.err()).isZero();
            assertThat(r.out()).as(format).contains("≤ 4B").doesNotContain("? 4B");
        }
    }

    @Test
    void theTableKeepsTheTerminalsEncoding() {
        Run r = owl("compare", "--families", "llama,mistral");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("edge (? 4B)");
    }
}
