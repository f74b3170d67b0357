package dev.owl.render;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Help footers laid out by hand for 80 columns (indented examples, the exit-code table), laid out again for a
 * narrower terminal: picocli would wrap such a line to column 0, which reads as a new example.
 */
public final class HelpFooter {
    /** Help footers are written for this width: nothing changes at it or above. */
    public static final int LAID_OUT_FOR = 80;
    /** A row of the exit-code table: indent, the code, two spaces, then its meaning. */
    private static final Pattern TABLE_ROW = Pattern.compile("^( +\\d+ {2,})\\S.*");

    private HelpFooter() {}

    /** The footer's lines (picocli's elements, split at {@code %n} and newlines), every hand-laid one fitted to {@code width}. */
    public static String[] fit(String[] footer, int width) {
        if (width >= LAID_OUT_FOR) {
            return footer;
        }
        List<String> lines = new ArrayList<>();
        for (String element : footer) {
            lines.addAll(List.of(element.split("%n|\n", -1)));
        }
        List<String> out = new ArrayList<>();
        for (String line : joined(lines)) {
            out.addAll(fit(line, width));
        }
        return out.toArray(String[]::new);
    }

    /**
     * The lines with what was wrapped by hand for 80 columns joined again: a paragraph's lines (unindented, after an
     * unindented line that is not a heading) and a table row's continuation (indented to the row's text).
     */
    private static List<String> joined(List<String> lines) {
        List<String> out = new ArrayList<>();
        String hanging = null;
        for (String line : lines) {
            String last = out.isEmpty() ? "" : out.get(out.size() - 1);
            boolean paragraph = !line.isBlank() && !line.startsWith(" ") && !last.isBlank() && !last.startsWith(" ")
                    && !last.endsWith(":");
            boolean continues = hanging != null && line.startsWith(hanging) && !line.substring(hanging.length()).startsWith(" ");
            if (paragraph || continues) {
                out.set(out.size() - 1, last + " " + line.strip());
                continue;
            }
            java.util.regex.Matcher row = TABLE_ROW.matcher(line);
            hanging = row.matches() ? " ".repeat(row.group(1).length()) : null;
            out.add(line);
        }
        return out;
    }

    /**
     * One line fitted to {@code width}: a line that does not start indented is picocli's to wrap; an example's
     * trailing {@code # comment} moves above it; an example breaks between words with {@code \} so it still pastes
     * into a shell; a table row continues under its own text.
     */
    static List<String> fit(String line, int width) {
        if (!line.startsWith("  ") || TextWidth.of(line) <= width) {
            return List.of(line);
        }
        String indent = line.substring(0, line.length() - line.stripLeading().length());
        java.util.regex.Matcher row = TABLE_ROW.matcher(line);
        if (row.matches()) {
            return hanging(line, " ".repeat(row.group(1).length()), width);
        }
        String text = line.strip();
        int comment = text.indexOf("  # ");
        List<String> out = new ArrayList<>();
        if (comment > 0) {
            out.addAll(hanging(indent + text.substring(comment).strip(), indent + "# ", width));
            text = text.substring(0, comment).strip();
        }
        out.addAll(continued(indent, text, width));
        return out;
    }

    /** {@code line} wrapped between words, each further line starting with {@code prefix}. */
    private static List<String> hanging(String line, String prefix, int width) {
        List<String> out = new ArrayList<>();
        String rest = line;
        while (TextWidth.of(rest) > width) {
            int cut = rest.lastIndexOf(' ', width);
            if (cut <= prefix.length()) {
                break; // one word wider than the line: leave it whole
            }
            out.add(rest.substring(0, cut).stripTrailing());
            rest = prefix + rest.substring(cut + 1).stripLeading();
        }
        out.add(rest);
        return out;
    }

    /** A shell command broken at spaces outside quotes, each break ending in {@code " \"} and the rest indented further. */
    private static List<String> continued(String indent, String command, int width) {
        List<String> words = shellWords(command);
        List<String> out = new ArrayList<>();
        StringBuilder line = new StringBuilder(indent);
        String next = indent + "    ";
        for (String word : words) {
            boolean first = line.length() == indent.length() || line.toString().equals(next);
            // a word too wide even for a line of its own stays where it is: moving it would only add a line
            if (!first && TextWidth.of(line + " " + word + " \\") > width && TextWidth.of(next + word + " \\") <= width) {
                out.add(line + " \\");
                line = new StringBuilder(next);
                first = true;
            }
            line.append(first ? "" : " ").append(word);
        }
        out.add(line.toString());
        return out;
    }

    /** The words of a command line as typed, quotes kept, split at spaces outside quotes. */
    private static List<String> shellWords(String command) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        char quote = 0;
        for (char c : command.toCharArray()) {
            if (quote == 0 && c == ' ') {
                if (word.length() > 0) {
                    words.add(word.toString());
                    word.setLength(0);
                }
                continue;
            }
            if (quote == 0 && (c == '\'' || c == '"')) {
                quote = c;
            } else if (c == quote) {
                quote = 0;
            }
            word.append(c);
        }
        if (word.length() > 0) {
            words.add(word.toString());
        }
        return words;
    }
}
