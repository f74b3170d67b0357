package dev.owl.input;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** Edit-distance suggestions for misspelt keys, values, model and license names. */
public final class Names {
    private Names() {}

    /** The closest candidate within a distance that suits the word's length, or null. */
    public static String closest(String word, Collection<String> candidates) {
        List<String> all = suggestions(word, candidates, 1);
        return all.isEmpty() ? null : all.get(0);
    }

    /** Longer words are not typos of any name: no suggestions (the edit distance is quadratic in the length). */
    public static final int MAX_SUGGESTED_LENGTH = 128;

    /** Up to {@code max} candidates near {@code word}, nearest first; none for a blank word (every short name is near it). */
    public static List<String> suggestions(String word, Collection<String> candidates, int max) {
        if (word.isBlank() || word.length() > MAX_SUGGESTED_LENGTH) {
            return List.of();
        }
        String w = word.toLowerCase(Locale.ROOT);
        int limit = Math.max(2, w.length() / 3);
        List<String> near = new ArrayList<>();
        for (String c : candidates) {
            if (score(w, c) <= limit) {
                near.add(c);
            }
        }
        // equal scores: the longer shared start first, then the fewer edits ("mixtral-8x7b-instrct" is nearer
        // "mixtral-8x7b-instruct-v0.1" than "mixtral-8x22b")
        near.sort(Comparator.<String>comparingInt(c -> score(w, c)).thenComparingInt(c -> -commonPrefix(w, c))
                .thenComparingInt(c -> distance(w, c.toLowerCase(Locale.ROOT))).thenComparing(c -> c));
        return near.subList(0, Math.min(max, near.size()));
    }

    /** Distance to the whole candidate, or to its start: "llama-3.3-7b" is near "llama-3.3-70b-instruct". */
    private static int score(String typed, String candidate) {
        String c = candidate.toLowerCase(Locale.ROOT);
        int whole = distance(typed, c);
        int common = commonPrefix(typed, c);
        if (common >= 3 && common * 4 >= Math.min(typed.length(), c.length()) * 3) {
            whole = Math.min(whole, 2); // "coding" is near "code": most of the shorter word is shared at the start
        }
        if (c.length() > typed.length() && typed.length() >= 4) {
            return Math.min(whole, distance(typed, c.substring(0, typed.length())) + 1);
        }
        return whole;
    }

    private static int commonPrefix(String typed, String candidate) {
        String c = candidate.toLowerCase(Locale.ROOT);
        int n = 0;
        while (n < Math.min(typed.length(), c.length()) && typed.charAt(n) == c.charAt(n)) {
            n++;
        }
        return n;
    }

    /** A name as its letters and digits alone, lower case: {@code RTX 4090} and {@code rtx4090}, {@code LLAMA_3_1} and {@code llama3.1} read alike. */
    public static String spelling(String name) {
        StringBuilder out = new StringBuilder(name.length());
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                out.append(Character.toLowerCase(c));
            }
        }
        return out.toString();
    }

    /** At most the first 80 characters of a name a user typed, for echoing it in a message. */
    public static String shown(String name) {
        return name.length() <= 80 ? name : name.substring(0, 80) + "… (" + name.length() + " characters)";
    }

    /** Edit distance where swapping two neighbouring letters counts as one edit (optimal string alignment). */
    public static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
