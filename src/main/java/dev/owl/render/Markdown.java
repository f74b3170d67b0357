package dev.owl.render;

import java.io.PrintWriter;
import java.util.List;

/** A GitHub-flavoured markdown table; emphasized cells in bold. */
final class Markdown {
    private Markdown() {}

    static void table(Table table, PrintWriter out) {
        List<Table.Column> cols = table.columns();
        StringBuilder sb = new StringBuilder("|");
        StringBuilder rule = new StringBuilder("|");
        for (Table.Column c : cols) {
            sb.append(' ').append(cell(c.header())).append(" |");
            rule.append(c.align() == Align.RIGHT ? " ---: |" : " --- |");
        }
        out.println(sb);
        out.println(rule);
        List<List<String>> rows = table.rows();
        for (int r = 0; r < rows.size(); r++) {
            StringBuilder line = new StringBuilder("|");
            for (int c = 0; c < rows.get(r).size(); c++) {
                String cell = cell(rows.get(r).get(c));
                boolean strong = table.emphasized(r, c) && !cell.isEmpty();
                line.append(' ').append(strong ? "**" + cell + "**" : cell).append(" |");
            }
            out.println(line);
        }
    }

    /** A paragraph and a bullet list under a table (each item on one line, whatever its length). */
    static void notes(String summary, List<String> notes, PrintWriter out) {
        if (summary != null && !summary.isBlank()) {
            out.println(prose(summary));
        }
        if (!notes.isEmpty()) {
            out.println();
            notes.forEach(n -> out.println("- " + prose(n)));
        }
    }

    /** Text outside a table: no line breaks, and nothing a markdown reader would take for HTML. */
    private static String prose(String s) {
        return Sanitizer.clean(s.replace('\n', ' ')).replace("<", "&lt;").replace(">", "&gt;");
    }

    private static String cell(String s) {
        return Sanitizer.clean(s).replace("\\", "\\\\").replace("|", "\\|").replace("<", "&lt;").replace(">", "&gt;");
    }
}
