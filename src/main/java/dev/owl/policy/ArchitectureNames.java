package dev.owl.policy;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names given to a factory that builds a model from an architecture's config ({@code GPT.from_name(name="Acme-7B")}, {@code
 * Config.from_name("Acme-7B")}): a config's name, whose weights start fresh, so no model's weights (and
 * licence) are used. Claimed on the call's line and on its keyword lines when the call opens at a line's end.
 */
final class ArchitectureNames {
    private static final Pattern FACTORY = Pattern.compile("\\.from_name\\(");
    private static final Pattern QUOTED = Pattern.compile("([\"'])[^\"']*\\1");
    private static final Pattern KEYWORD_LINE = Pattern.compile("^\\s*\\w+\\s*=");

    private ArchitectureNames() {}

    /** Claims the quoted strings in a config factory's arguments, so that no later rule reads them as models. */
    static void claim(ScannedLine line, ScanState state) {
        int from = -1;
        if (state.configCall && KEYWORD_LINE.matcher(line.text).find()) {
            from = 0;
        } else {
            state.configCall = false;
        }
        if (line.text.contains(".from_name(")) {
            Matcher f = FACTORY.matcher(line.text);
            if (f.find()) {
                from = f.end();
                state.configCall = line.text.substring(from).isBlank();
            }
        }
        if (from < 0) {
            return;
        }
        int close = line.text.indexOf(')', from);
        String args = line.text.substring(from, close < 0 ? line.text.length() : close);
        if (args.indexOf('(') >= 0) {
            args = args.substring(0, args.indexOf('(')); // a nested call's argument is its own (Config.from_pretrained("org/name"))
        }
        Matcher q = QUOTED.matcher(args);
        while (q.find()) {
            line.spans.add(new int[] {from + q.start() + 1, from + q.end() - 1});
            // nor is it one when the same name appears as a model elsewhere in the file (FileVocabulary)
            state.labels.add(line.number + " " + args.substring(q.start() + 1, q.end() - 1).toLowerCase(java.util.Locale.ROOT));
        }
        if (close >= 0 && !line.text.stripTrailing().endsWith(",")) {
            state.configCall = false;
        }
    }
}
