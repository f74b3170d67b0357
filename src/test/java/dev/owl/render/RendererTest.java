package dev.owl.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class RendererTest {
    private static String render(Format format, int width, Table t) {
        StringWriter out = new StringWriter();
        new Renderer(format, false, width).table(t, java.util.List.of(), new PrintWriter(out));
        return out.toString();
    }

    @Test
    void columnsAlignByDisplayWidthNotByCharCount() {
        Table t = Table.of("NAME", ">N").row("通义千问", "1").row("abc", "22");
        String out = render(Format.TABLE, 0, t);
        assertThat(out).isEqualTo("NAME       N\n通义千问   1\nabc       22\n");
    }

    @Test
    void tablesAreCutToTheTerminalWidthWithAnEllipsis() {
        Table t = Table.of("ID", "DESCRIPTION").row("a", "x".repeat(50));
        String out = render(Format.TABLE, 20, t);
        assertThat(out.lines()).allSatisfy(l -> assertThat(TextWidth.of(l)).isLessThanOrEqualTo(20));
        assertThat(out).contains("…");
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
}
