package dev.owl.policy;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A {@code vllm serve} command broken over lines before its model ({@code vllm serve \} then {@code   --task transcription
 * org/name \}): the first org/name on the continued lines that is no option's value ({@code --download-dir x}) is the model.
 */
final class ServeContinuation {
    /** The command with nothing or only options after it, continued on the next line. */
    private static final Pattern OPEN = Pattern.compile("\\bvllm\\s+serve(?:\\s+--?[\\w-]+(?:=\\S+)?)*\\s*\\\\\\s*$");
    /** A whitespace-separated word and the one before it on the line. */
    private static final Pattern WORD = Pattern.compile("\\S+");

    private ServeContinuation() {}

    /** Reads a continued line of an open command, then says whether the command stays open. */
    static void read(ScannedLine line, ScanState state, ContinuedLines.Taker taker) {
        if (state.serveOpen) {
            Matcher w = WORD.matcher(line.text);
            String before = null;
            while (w.find() && !w.group().equals("\\")) {
                String word = w.group();
                boolean value = before != null && before.startsWith("-") && before.indexOf('=') < 0;
                if (!word.startsWith("-") && !value && word.indexOf('/') > 0 && word.indexOf('/') == word.lastIndexOf('/')) {
                    if (line.free(w.start(), w.end())) {
                        taker.take(line, w.start(), w.end(), ReferenceContexts.VLLM_SERVE);
                    }
                    state.serveOpen = false;
                    return;
                }
                before = word;
            }
            state.serveOpen = line.text.stripTrailing().endsWith("\\");
        } else if (line.text.stripTrailing().endsWith("\\") && line.lower.contains("serve")) {
            state.serveOpen = OPEN.matcher(line.text).find();
        }
    }
}
