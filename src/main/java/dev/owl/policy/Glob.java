package dev.owl.policy;

import java.util.regex.Pattern;

/** Git-style globs: {@code *} within a segment, {@code **} across segments, {@code ?} one character. */
final class Glob {
    private Glob() {}

    /** What is wrong with a glob, or null when it is valid. */
    static String problem(String glob) {
        if (glob.isBlank()) {
            return "it is empty";
        }
        if (glob.contains("***")) {
            return "'***' means nothing more than '**'";
        }
        if (glob.startsWith("../") || glob.contains("/../") || glob.equals("..")) {
            return "'..' leaves the scanned tree";
        }
        int open = -1;
        for (int i = 0; i < glob.length(); i++) {
            char c = glob.charAt(i);
            if (c == '[' && open < 0) {
                open = i;
            } else if (c == ']' && open >= 0 && i > open + 1) {
                open = -1;
            }
        }
        if (open >= 0) {
            return "the '[' at position " + (open + 1) + " is never closed";
        }
        return null;
    }

    static Pattern toRegex(String glob) {
        StringBuilder re = new StringBuilder();
        for (int i = 0; i < glob.length(); i++) {
            char c = glob.charAt(i);
            if (c == '*') {
                if (i + 1 < glob.length() && glob.charAt(i + 1) == '*') {
                    i++;
                    if (i + 1 < glob.length() && glob.charAt(i + 1) == '/') {
                        i++;
                        re.append("(?:.*/)?");
                    } else {
                        re.append(".*");
                    }
                } else {
                    re.append("[^/]*");
                }
            } else if (c == '?') {
                re.append("[^/]");
            } else if (c == '[' && glob.indexOf(']', i + 2) > 0) {
                // a set of characters, [abc] or [!abc], as in git
                int close = glob.indexOf(']', i + 2);
                String set = glob.substring(i + 1, close);
                boolean negate = set.startsWith("!") || set.startsWith("^");
                re.append('[').append(negate ? "^" : "").append(set.substring(negate ? 1 : 0).replace("\\", "\\\\").replace("[", "\\[")).append(']');
                i = close;
            } else if ("\\.[]{}()+-^$|".indexOf(c) >= 0) {
                re.append('\\').append(c);
            } else {
                re.append(c);
            }
        }
        return Pattern.compile(re.toString());
    }
}
