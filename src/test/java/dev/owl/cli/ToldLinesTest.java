package dev.owl.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.owl.render.ErrorLine;
import org.junit.jupiter.api.Test;

/** Lines for people on stderr keep what they are under --error-format json: a warning is not filed as a note. */
class ToldLinesTest {
    @Test
    void aWarningKeepsItsSeverityAndANoteLosesOnlyItsPrefix() {
        ErrorLine warning = Session.told("warning: /home/u/.ollama/models/manifests was not read (unreadable: access denied)");
        assertThat(warning.severity()).isEqualTo("warning");
        assertThat(warning.message()).isEqualTo("/home/u/.ollama/models/manifests was not read (unreadable: access denied)");
        assertThat(warning.exitCode()).isZero();
        ErrorLine note = Session.told("note: no policy file");
        assertThat(note.severity()).isEqualTo("note");
        assertThat(note.message()).isEqualTo("no policy file");
        assertThat(Session.told("wrote report.sarif").severity()).isEqualTo("note");
        assertThat(Session.told("wrote report.sarif").message()).isEqualTo("wrote report.sarif");
    }
}
