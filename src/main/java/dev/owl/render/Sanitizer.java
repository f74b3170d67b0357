package dev.owl.render;

/**
 * Makes text from catalogs, policies and scanned files inert before it reaches a terminal:
 * control characters, escape sequences, bidi overrides and zero-width characters become visible
 * escapes such as {@code \e} or {@code \u202E}.
 */
public final class Sanitizer {
    private Sanitizer() {}

    public static String clean(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder out = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            String replacement = replacement(c);
            if (replacement != null) {
                if (out == null) {
                    out = new StringBuilder(s.length() + 8);
                    out.append(s, 0, i);
                }
                out.append(replacement);
            } else if (out != null) {
                out.append(c);
            }
        }
        return out == null ? s : out.toString();
    }

    private static String replacement(char c) {
        switch (c) {
            case '\u001b':
                return "\\e";
            case '\r':
                return "\\r";
            case '\t':
                return "\\t";
            case '\n':
                return "\\n";
            default:
                break;
        }
        if (c < 0x20 || c == 0x7f || (c >= 0x80 && c < 0xa0)) {
            return String.format(java.util.Locale.ROOT, "\\x%02x", (int) c);
        }
        if ((c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069) || c == 0x200e || c == 0x200f
                || c == 0x061c || (c >= 0x200b && c <= 0x200d) || c == 0x2060 || c == 0xfeff) {
            return String.format(java.util.Locale.ROOT, "\\u%04X", (int) c);
        }
        return null;
    }
}
