package dev.owl.render;

import org.jline.utils.WCWidth;

/** Display width in terminal cells (CJK and emoji take two), via JLine's wcwidth. */
public final class TextWidth {
    private TextWidth() {}

    public static int of(String s) {
        int width = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            width += Math.max(0, WCWidth.wcwidth(cp));
            i += Character.charCount(cp);
        }
        return width;
    }

    /** Cuts {@code s} to at most {@code max} cells, ending in an ellipsis when it was cut. */
    public static String truncate(String s, int max) {
        if (of(s) <= max) {
            return s;
        }
        if (max <= 0) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        int width = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            int w = Math.max(0, WCWidth.wcwidth(cp));
            if (width + w > max - 1) {
                break;
            }
            out.appendCodePoint(cp);
            width += w;
            i += Character.charCount(cp);
        }
        return out.append('…').toString();
    }

    public static String pad(String s, int width, Align align) {
        int gap = width - of(s);
        if (gap <= 0) {
            return s;
        }
        String spaces = " ".repeat(gap);
        return align == Align.RIGHT ? spaces + s : s + spaces;
    }
}
