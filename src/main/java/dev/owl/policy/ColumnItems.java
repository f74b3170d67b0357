package dev.owl.policy;

import java.util.regex.Matcher;

/**
 * The model column of a Markdown table about models that links no hub ({@code | Model Name | FP16 | Q8_0 |} over {@code |
 * AquilaChat2-7B | √ | √ |}, a provider table's {@code | **Mistral AI** | open-mistral-7b, pixtral-12b-2409<br/>… |}): each name
 * the cell lists counts when it is written as an id is, one token with a '-' and a digit, and reads as an open model's (a catalog
 * family's start, an open line's, or a parameter count), not a closed API model's, a placeholder or a label with spaces ({@code
 * Llama 3 8B}). Several names split by commas or {@code <br/>} are a provider's API names, open and closed alike: there only the
 * ones the catalog or a provider's table knows count.
 */
final class ColumnItems {
    private ColumnItems() {}

    /** Takes the names the cell at [start, end) of a line lists. */
    static void take(ScannedLine line, int start, int end, ModelNames names, ReferenceResolver resolver) {
        Matcher items = ModelColumns.ITEM_SEPARATOR.matcher(line.text).region(start, end);
        boolean list = items.find();
        items.reset().region(start, end);
        int at = start;
        while (at < end) {
            int stop = items.find() ? items.start() : end;
            item(line, at, stop, names, resolver, list);
            at = stop == end ? end : items.end();
        }
    }

    /**
     * One name: with a parameter count or one the catalog knows (not a family's {@code Llama-2}); in a list (a provider's API
     * names, open and closed) only one the catalog or a provider's table knows.
     */
    private static void item(ScannedLine line, int start, int end, ModelNames names, ReferenceResolver resolver, boolean list) {
        int[] in = ModelColumns.inner(line.text, start, end);
        String v = line.text.substring(in[0], in[1]);
        if (v.isEmpty() || !ModelColumns.BARE.matcher(v).matches()) {
            return;
        }
        int s = in[0];
        if (line.free(s, s + v.length()) && names.accept(v, "table-cell", line.text, line.label)
                && (!list && NameShapes.PARAM_SIZE.matcher(v).find() || resolver.knows(v, true) || list && resolver.isProviderId(v))) {
            line.take(s, s + v.length(), s + 1, v, names.kindOf(v, Reference.Kind.HF_REPO), "model-column");
        }
    }
}
