package dev.owl.policy;

import static dev.owl.policy.ReferenceContexts.SEG;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A weights file given as its Hub repo and the file in it, as llama-cpp-python's and RAGLite's model paths write one
 * ({@code bartowski/Llama-3.2-3B-Instruct-GGUF/Llama-3.2-3B-Instruct-Q4_K_M.gguf@4096}): the org/name before the file is the
 * repo the file is downloaded from. A local folder ({@code models/…}, {@code ./…}) is no Hub owner and is left alone.
 */
final class RepoFilePaths {
    private static final Pattern REPO_FILE = Pattern.compile("(?<![\\w./~$-])(?<v>" + SEG + "/" + SEG + ")/(?:[\\w.-]+/)*[\\w.-]+\\.gguf(?![\\w/])");

    private RepoFilePaths() {}

    static void read(ScannedLine line, ModelNames names, ReferenceResolver resolver) {
        if (line.lower.indexOf(".gguf") < 0) {
            return;
        }
        Matcher m = REPO_FILE.matcher(line.text);
        while (m.find()) {
            String v = m.group("v");
            if (line.free(m.start("v"), m.end("v")) && NameShapes.hubIdShaped(v, resolver.knows(v, false))
                    && names.accept(v, "repo-file", line.text, line.label)) {
                line.take(m.start("v"), m.end("v"), m.start("v") + 1, v, Reference.Kind.HF_REPO, "repo-file");
            }
        }
    }
}
