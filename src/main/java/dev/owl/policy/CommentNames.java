package dev.owl.policy;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A model's exact name in the header comment of a config or script, before its first line of code ({@code # Inference config for
 * gpt-oss-120b.}, {@code # LoRA config for Qwen3-Coder-30B-A3B-Instruct}): the file says which model it is for. Further down, a
 * comment's {@code GPT-OSS-20B} or {@code Phi-4} is mostly a remark about a family ("Phi-4 multimodal", "for DeepSeek-R1, we …"). Only a whole name the catalog knows as written, a sized name or a Hub repo's whole name ({@link
 * ReferenceResolver#repoName}): a spaced display name ("Gemma 3 27B") or a family word is not one, and prose (Markdown, a
 * notebook's Markdown cell, whose '#' lines are headings) is left to its own readers.
 */
final class CommentNames {
    private static final Pattern COMMENT = Pattern.compile("^\\s*(?:#+|//)\\s");
    private static final Pattern NAME = Pattern.compile("(?<![\\w./:@=$-])[A-Za-z][\\w.]*(?:-[\\w.]+)+(?![\\w/@=-])");

    private CommentNames() {}

    static void read(ScannedLine line, ModelNames names, ReferenceResolver resolver, ScanState state) {
        if (state.prose || state.pastHeader || line.label.endsWith(".md") || line.label.endsWith(".mdx") || line.text.isBlank()
                || line.text.startsWith("#!")) {
            return;
        }
        if (!COMMENT.matcher(line.text).find()) {
            state.pastHeader = true;
            return;
        }
        Matcher m = NAME.matcher(line.text);
        while (m.find()) {
            String v = m.group();
            int end = m.end();
            while (v.endsWith(".")) {
                v = v.substring(0, v.length() - 1);
                end--;
            }
            if (v.chars().anyMatch(Character::isDigit) && line.free(m.start(), end) && resolver.repoName(v).model() != null
                    && names.accept(v, "comment-name", line.text, line.label)) {
                line.take(m.start(), end, m.start() + 1, v, Reference.Kind.HF_REPO, "comment-name");
            }
        }
    }
}
