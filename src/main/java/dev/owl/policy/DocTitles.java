package dev.owl.policy;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Documentation's titles and alt texts (a content tab's, an admonition's, an image's): words for people that name no model. A
 * title that holds an org/name is left to the readers: a Hub id counts wherever it stands.
 */
final class DocTitles {
    /**
     * A content tab's or admonition's title as MkDocs Material and Python-Markdown write them ({@code === "Qwen3-8B"}, {@code !!!
     * note "Llama 3"}, {@code ??? example "gpt-oss-20b"}): the title of a block, like a heading; the block's code names the model.
     */
    private static final Pattern BLOCK_TITLE = Pattern.compile("^\\s*(?:===|!!!|\\?\\?\\?\\+?)\\s*(?:[\\w-]+\\s*)?\"(?<v>[^\"]*)\"\\s*$");
    /** An image's alt text ({@code <img src="…/logo.svg" alt="DeepSeek-R1" />}, Markdown's {@code ![alt](…)} aside): a caption. */
    private static final Pattern ALT = Pattern.compile("(?i)(?<![\\w-])alt\\s*=\\s*(?<q>[\"'])(?<v>[^\"']*)\\k<q>");

    private DocTitles() {}

    /** Claims a documentation line's titles, and keeps the file's names used elsewhere from being found again on a title line. */
    static void claim(ScannedLine line, ScanState state) {
        if (!state.prose) {
            return;
        }
        String s = line.text.stripLeading();
        if (s.startsWith("===") || s.startsWith("!!!") || s.startsWith("???")) {
            Matcher m = BLOCK_TITLE.matcher(line.text);
            if (m.matches() && m.group("v").indexOf('/') < 0) {
                title(line, state, m.start("v"), m.end("v"));
            }
        }
        if (line.lower.contains("alt")) {
            Matcher m = ALT.matcher(line.text);
            while (m.find()) {
                if (m.group("v").indexOf('/') < 0) {
                    title(line, state, m.start("v"), m.end("v"));
                }
            }
        }
    }

    /** A title's text: taken by no reader, and its line none the file's vocabulary (FileVocabulary) extends to. */
    static void title(ScannedLine line, ScanState state, int start, int end) {
        line.spans.add(new int[] {start, end});
        state.titleLines.add(line.number);
    }
}
