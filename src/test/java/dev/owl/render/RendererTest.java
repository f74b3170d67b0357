package dev.owl.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class RendererTest {
    private static String render(Format format, int width, Table t) {
        StringWriter out = new StringWriter();
        new Renderer(format, false, width).cells(t, new PrintWriter(out));
        return out.toString();
    }

    @Test
    void columnsAlignByDisplayWidthNotByCharCount() {
        Table t = Table.of("NAME", ">N").row("通义千问", "1").row("abc", "22");
        String out = render(Format.TABLE, 0, t);
        assertThat(out).isEqualTo("NAME       N\n通义千问   1\nabc       22\n");
    }

    @Test
    void onATerminalLongCellsWrapAtSpacesAndNoWordIsLost() {
        String text = "the quick brown fox jumps over the lazy dog and keeps running until the line ends";
        Table t = Table.of("ID", "DESCRIPTION").row("a", text).row("b", "short");
        String out = render(Format.TABLE, 30, t);
        assertThat(out.lines()).allSatisfy(l -> assertThat(TextWidth.of(l)).isLessThanOrEqualTo(30));
        assertThat(out).doesNotContain("…");
        String rejoined = out.lines().skip(1).takeWhile(l -> !l.startsWith("b"))
                .map(l -> l.substring(3).strip()).collect(java.util.stream.Collectors.joining(" "));
        assertThat(rejoined).isEqualTo(text);
        assertThat(out.lines().filter(l -> l.startsWith("b "))).containsExactly("b   short");
        assertThat(render(Format.TABLE, 0, t).lines()).hasSize(3);
    }

    @Test
    void aWordWiderThanItsColumnBreaksAfterAHyphenWhereItCan() {
        assertThat(TextWidth.wrap("llama-3.1-community", 12)).containsExactly("llama-3.1-", "community");
        assertThat(TextWidth.wrap("abcdefghij", 4)).containsExactly("abcd", "efgh", "ij");
        assertThat(TextWidth.wrap("通义千问", 4)).containsExactly("通义", "千问");
        assertThat(TextWidth.wrap("", 4)).containsExactly("");
    }

    @Test
    void droppableColumnsAreLeftOutBeforeAnythingWraps() {
        Table t = Table.of("ID", "FAMILY", "NOTE").dropFirst("FAMILY").row("model-one", "family", "x".repeat(15));
        assertThat(render(Format.TABLE, 40, t)).isEqualTo("ID         FAMILY  NOTE\nmodel-one  family  xxxxxxxxxxxxxxx\n");
        assertThat(render(Format.TABLE, 30, t)).isEqualTo("ID         NOTE\nmodel-one  xxxxxxxxxxxxxxx\n");
        assertThat(render(Format.TABLE, 24, t)).isEqualTo("ID         NOTE\nmodel-one  xxxxxxxxxxxxx\n           xx\n");
    }

    /** qa8: cost's BREAK-EVEN TOKENS/DAY header kept its answer column 21 cells wide and ran the table over 50-60 columns. */
    @Test
    void aNumberColumnWrapsItsHeaderOnlyWhenTheAnswerColumnsDoNotFitOtherwise() {
        Table t = Table.of("ID", "PROVIDER", ">EXTRA", ">BREAK-EVEN TOKENS/DAY").keep(1).keep(3)
                .row("api", "together", "1", "~1").row("self", "", "2", "~20,000");
        assertThat(render(Format.TABLE, 60, t)).isEqualTo("""
                ID    PROVIDER  EXTRA  BREAK-EVEN TOKENS/DAY
                api   together      1                     ~1
                self                2                ~20,000
                """);
        assertThat(render(Format.TABLE, 40, t)).isEqualTo("""
                ID    PROVIDER  BREAK-EVEN TOKENS/DAY
                api   together                     ~1
                self                          ~20,000
                """);
        assertThat(render(Format.TABLE, 25, t)).isEqualTo("""
                ID    PROVIDER  BREAK-EVEN
                                TOKENS/DAY
                api   together          ~1
                self               ~20,000
                """);
    }

    @Test
    void theFirstColumnIsCutOnlyWhenNothingElseFits() {
        Table t = Table.of("ID", "NOTE").row("a-very-long-model-identifier", "note");
        String out = render(Format.TABLE, 10, t);
        assertThat(out).isEqualTo("ID\na-very-lo…\n");
    }

    @Test
    void csvQuotesPerRfc4180() {
        Table t = Table.of("a", "b").row("x,y", "say \"hi\"");
        assertThat(render(Format.CSV, 0, t)).isEqualTo("a,b\n\"x,y\",\"say \"\"hi\"\"\"\n");
    }

    @Test
    void markdownEscapesPipes() {
        Table t = Table.of("a", ">b").row("x|y", "1");
        assertThat(render(Format.MARKDOWN, 0, t)).isEqualTo("| a | b |\n| --- | ---: |\n| x\\|y | 1 |\n");
    }

    @Test
    void controlAndBidiCharactersAreShownAsVisibleEscapes() {
        assertThat(Sanitizer.clean("red\u001b[31mX\u001b]8;;http://e\u0007\r\u202Eevil\u200B"))
                .isEqualTo("red\\e[31mX\\e]8;;http://e\\x07\\r\\u202Eevil\\u200B");
        Table t = Table.of("NAME").row("\u001b[2Jwipe");
        assertThat(render(Format.TABLE, 0, t)).doesNotContain("\u001b").contains("\\e[2Jwipe");
        assertThat(render(Format.CSV, 0, t)).doesNotContain("\u001b");
    }

    @Test
    void jsonStaysValidWithHostileStrings() throws Exception {
        StringWriter out = new StringWriter();
        new Renderer(Format.JSON, false, 0).tree(java.util.Map.of("name", "a\u001b[31m\"b\u202E"), new PrintWriter(out));
        assertThat(new com.fasterxml.jackson.databind.ObjectMapper().readTree(out.toString()).get("name").asText())
                .isEqualTo("a\u001b[31m\"b\u202E");
        assertThat(out.toString()).doesNotContain("\u001b");
    }

    /** A record with what JSON must escape or keep as it is. */
    record Row(String name, double value, java.util.List<String> tags) {}

    /** On a UTF-8 stdout JSON goes straight to bytes: the same bytes as through the writer, and text after it stays in order. */
    @Test
    void jsonWrittenAsBytesEqualsJsonWrittenAsText() {
        java.util.List<Row> rows = java.util.List.of(new Row("通义千问 \"q\"\n\u0007 é 😀", 1.5, java.util.List.of("a", "b")),
                new Row("plain", -2, java.util.List.of()));
        StringWriter text = new StringWriter();
        PrintWriter textOut = new PrintWriter(text);
        textOut.print("before ");
        new Renderer(Format.JSON, false, 0).list(rows, null, textOut);
        textOut.print("after");
        textOut.flush();
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        StdoutWriter stdout = StdoutWriter.over(bytes, java.nio.charset.StandardCharsets.UTF_8);
        stdout.print("before ");
        new Renderer(Format.JSON, false, 0).list(rows, null, stdout);
        stdout.print("after");
        stdout.flush();
        assertThat(bytes.toString(java.nio.charset.StandardCharsets.UTF_8)).isEqualTo(text.toString()).contains("通义千问");
        assertThat(stdout.failure()).isNull();
    }

    /** A JSON result written as bytes to a full disk fails like text does: no exception, the writer marked, the cause kept. */
    @Test
    void aFailedByteWriteIsRememberedNotThrown() {
        java.io.OutputStream full = new java.io.OutputStream() {
            @Override
            public void write(int b) throws java.io.IOException {
                throw new java.io.IOException("No space left on device");
            }

            @Override
            public void write(byte[] b, int off, int len) throws java.io.IOException {
                write(0);
            }
        };
        StdoutWriter stdout = StdoutWriter.over(full, java.nio.charset.StandardCharsets.UTF_8);
        new Renderer(Format.JSON, false, 0).list(java.util.List.of(new Row("a", 1, java.util.List.of())), null, stdout);
        assertThat(stdout.checkError()).isTrue();
        assertThat(stdout.failure()).hasMessage("No space left on device");
    }
}
