package dev.owl.policy;

import static dev.owl.policy.ReferenceContexts.SEG;

import java.util.regex.Pattern;

/**
 * A tool's printed list of models in documentation: a fenced block with no language whose lines are each one name or an
 * ellipsis ({@code litgpt download list} prints {@code org/name} per line). Each lone org/name there is a model the tool offers.
 */
final class PrintedLists {
    private static final Pattern FENCE = Pattern.compile("^\\s*(```|~~~)\\s*([^\\s`]*)(?:\\s+[^`]*)?$");
    private static final Pattern LONE_ID = Pattern.compile("^\\s*(?<v>" + SEG + "/" + SEG + ")\\s*$");
    /** One token per line: a name, an ellipsis; nothing that reads as a sentence, a command or a key's value. */
    private static final Pattern ONE_TOKEN = Pattern.compile("^\\s*(?:\\.{2,}|…|" + SEG + "(?:/" + SEG + ")?)?\\s*$");

    /**
     * A row of a box-drawn table a command prints ({@code llama model list}, a rich console table): its first cell is one
     * name, the model the row lists, with its size and date in the other cells.
     */
    private static final Pattern BOX_ROW = Pattern.compile("^\\s*\u2502\\s*(?<v>" + SEG + "(?::[\\w.-]+)?)\\s*\u2502.*");

    private final ModelNames names;

    PrintedLists(ModelNames names) {
        this.names = names;
    }

    /** Reads one line of documentation (none of code): tracks fences, and takes a lone org/name inside a plain block of single names. */
    void read(ScannedLine line, ScanState state) {
        if (!state.prose) {
            return;
        }
        if (line.text.indexOf('`') >= 0 || line.text.indexOf('~') >= 0) {
            java.util.regex.Matcher f = FENCE.matcher(line.text);
            if (f.matches()) {
                state.fence = !state.fence;
                state.nameBlock = state.fence && f.group(2).isEmpty();
                return;
            }
        }
        if (state.fence && line.text.indexOf('\u2502') >= 0) {
            boxRow(line);
            return;
        }
        if (!state.fence || !state.nameBlock) {
            return;
        }
        if (!ONE_TOKEN.matcher(line.text).matches()) {
            state.nameBlock = false;
            return;
        }
        java.util.regex.Matcher m = LONE_ID.matcher(line.text);
        if (m.matches() && line.free(m.start("v"), m.end("v"))) {
            String v = m.group("v");
            if (NameShapes.hubIdShaped(v, false) && names.accept(v, "printed-list", line.text, line.label)) {
                line.take(m.start("v"), m.end("v"), m.start("v") + 1, v, Reference.Kind.HF_REPO, "printed-list");
            }
        }
    }

    /** Takes a printed table row's first cell when it reads as a model's name (sized: Llama3.2-1B-Instruct:int4, Prompt-Guard-86M). */
    private void boxRow(ScannedLine line) {
        java.util.regex.Matcher m = BOX_ROW.matcher(line.text);
        if (!m.matches() || !line.free(m.start("v"), m.end("v"))) {
            return;
        }
        String v = m.group("v");
        String untagged = v.indexOf(':') > 0 ? v.substring(0, v.indexOf(':')) : v;
        if (names.modelShaped(untagged, false, false) && names.accept(untagged, "printed-list", line.text, line.label)) {
            line.take(m.start("v"), m.end("v"), m.start("v") + 1, v, names.kindOf(v, Reference.Kind.HF_REPO), "printed-table");
        }
    }
}
