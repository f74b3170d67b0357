package dev.owl.policy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntUnaryOperator;
import java.util.regex.Pattern;

/**
 * The "Model" column of a Markdown table of models to download ({@code | Model | Hardware | Download |} over {@code |
 * Qwen3-32B-W8A8 | … | [Download](https://modelscope.cn/models/org/Qwen3-32B-W8A8) |}): a row that links a hub's model page names
 * the model in its Model cell too, as a bare name, and the cell is taken when it reads as a sized catalog model's name (or the
 * catalog knows it). A results table's Model column (scores, speeds, no links) is read like any other ({@link ColumnItems}): the
 * repository ran or measured what it names (LABELLING.md, decided in the eighteenth session).
 * The columns are found in one pass before a file's lines are read, keyed by line number.
 */
final class ModelColumns {
    /**
     * A header cell that says its column holds models: "Model", "Models", "Model name", "Model ID", a model named by its role
     * ("Base Model", "Draft model", "Reward Model"), and the Chinese docs' "模型" / "模型名称".
     */
    private static final Pattern MODEL_HEADER = Pattern.compile("(?i)\\**\\s*(?:(?:[a-z][\\w-]*[ _])?models?(?:\\(s\\))?(?:[ _](?:name|id|types?(?:\\(s\\))?))?"
            + "|模型(?:名称|名)?)\\s*\\**");
    /** A header cell's decoration: a mark or emoji before its words, a remark in parentheses after them. */
    private static final Pattern HEADER_DECORATION = Pattern.compile("^[^\\p{L}*]+|\\s*\\([^)]*\\)\\s*(?=\\**\\s*$)");

    /** A header cell's words without its decoration ({@code ✅**Supported Models**}, {@code Model (sorted by name)}). */
    static String headerWords(String cell) {
        return HEADER_DECORATION.matcher(cell.strip()).replaceAll("");
    }

    /** What separates the names a cell lists: a comma, a Markdown line break. */
    static final Pattern ITEM_SEPARATOR = Pattern.compile(",|<br\\s*/?>");
    private static final Pattern MD_RULE = Pattern.compile("^\\s*\\|?\\s*:?-{2,}:?\\s*(?:\\|\\s*:?-{2,}:?\\s*)*\\|?\\s*$");

    private ModelColumns() {}

    /** The spans [start, end) of the model-column cells on each line (by its number), over all the tables among the lines. */
    static Map<Integer, List<int[]>> cells(List<String> texts, IntUnaryOperator number) {
        Map<Integer, List<int[]>> cells = new HashMap<>();
        for (int i = 1; i < texts.size(); i++) {
            String rule = texts.get(i);
            if (rule.indexOf("--") < 0) {
                continue;
            }
            // a table commented out in HTML (<!-- | Model | … |) still names what it names, as a commented-out line of code does
            if (MD_RULE.matcher(rule).matches() && (texts.get(i - 1).strip().startsWith("|") || texts.get(i - 1).strip().startsWith("<!-- |"))) {
                i = markdown(texts, i, number, cells);
            }
        }
        return cells;
    }

    /** A Markdown table whose header is the line before {@code rule}; returns the last row's index. */
    private static int markdown(List<String> texts, int rule, IntUnaryOperator number, Map<Integer, List<int[]>> cells) {
        List<Integer> columns = new ArrayList<>();
        List<int[]> header = mdCells(texts.get(rule - 1));
        for (int c = 0; c < header.size(); c++) {
            int[] h = header.get(c);
            if (MODEL_HEADER.matcher(headerWords(texts.get(rule - 1).substring(h[0], h[1]))).matches()) {
                columns.add(c);
            }
        }
        Map<Integer, List<int[]>> table = new HashMap<>();
        int i = rule + 1;
        int end = i;
        while (end < texts.size() && texts.get(end).strip().startsWith("|")) {
            end++;
        }
        int ids = columns.isEmpty() ? 0 : hubIds(texts.subList(rule + 1, end));
        for (; i < end; i++) {
            List<int[]> row = mdCells(texts.get(i));
            for (int c : columns) {
                if (c < row.size()) {
                    table.computeIfAbsent(i, n -> new ArrayList<>()).add(new int[] {row.get(c)[0], row.get(c)[1], ids});
                }
            }
        }
        keep(texts, table, number, cells);
        return i - 1;
    }

    /**
     * Keeps a table's model-column cells (by line index) when they name two models or more, most of them as one word: a table
     * that lists models by their ids. One name on every row ({@code Llama3-8b} over the rows of a training benchmark) is the
     * setting of a table about something else; a column of display names ({@code LLaMA 3.2 1B Instruct}, {@code QwQ 32B}) titles
     * the rows for people, and the one cell among them that spells an id's shape ({@code Mixtral-8x7B-Instruct}) is one more title.
     */
    private static void keep(List<String> texts, Map<Integer, List<int[]>> table, IntUnaryOperator number, Map<Integer, List<int[]>> cells) {
        java.util.Set<String> distinct = new java.util.HashSet<>();
        table.forEach((i, spans) -> spans.forEach(s -> {
            int[] in = inner(texts.get(i), s[0], s[1]); // without a remark in parentheses (DeepSeek-V2-Chat (RL)): one word
            for (String item : ITEM_SEPARATOR.split(texts.get(i).substring(in[0], in[1]))) {
                distinct.add(item.strip().toLowerCase(java.util.Locale.ROOT));
            }
        }));
        distinct.remove("");
        long words = distinct.stream().filter(c -> c.indexOf(' ') >= 0).count();
        if (distinct.size() >= 2 && words * 2 < distinct.size()) {
            table.forEach((i, spans) -> cells.computeIfAbsent(number.applyAsInt(i), n -> new ArrayList<>()).addAll(spans));
        }
    }

    /** 1 when some row of a table spells a Hub id as a whole cell (a table that lists models by their ids), else 0. */
    private static int hubIds(List<String> rows) {
        for (String r : rows) {
            if (r.indexOf('/') >= 0 && !RowIds.of(r).isEmpty()) {
                return 1;
            }
        }
        return 0;
    }

    /** The cells of a Markdown table row, each as the span between its bars. */
    private static List<int[]> mdCells(String row) {
        List<int[]> out = new ArrayList<>();
        int at = row.indexOf('|');
        while (at >= 0) {
            int next = row.indexOf('|', at + 1);
            if (next < 0) {
                break;
            }
            out.add(new int[] {at + 1, next});
            at = next;
        }
        return out;
    }

    /** A link to a model hub's model page: Hugging Face, ModelScope, Modelers. */
    private static final Pattern HUB_LINK = Pattern.compile("\\]\\((?:https?://)?(?:www\\.)?(?:huggingface\\.co/(?!datasets/|spaces/|docs/|blog/|papers/)|hf\\.co/"
            + "|modelscope\\.cn/models/|modelers\\.cn/models/)");

    /**
     * Takes each model-column cell of a row that links a hub's model page, or of a table that spells Hub ids in its cells, when the
     * cell's whole text is a bare name of a sized catalog model, one the catalog knows, or the repo name of an id in the same row.
     * An id in the row that only glues a label onto the cell's model ({@link RowIds#label}) is claimed: not a reference.
     */
    static void take(ScannedLine line, List<int[]> spans, ModelNames names, ReferenceResolver resolver) {
        if (spans.isEmpty()) {
            return;
        }
        if (spans.get(0)[2] != 1 && !HUB_LINK.matcher(line.text).find()) {
            spans.forEach(s -> ColumnItems.take(line, s[0], s[1], names, resolver));
            return;
        }
        List<RowIds.Id> ids = line.text.indexOf('/') < 0 ? List.of() : RowIds.of(line.text);
        for (int[] s : spans) {
            int[] in = inner(line.text, s[0], s[1]);
            String v = line.text.substring(in[0], in[1]);
            int start = in[0];
            RowIds.Id label = v.isEmpty() ? null : RowIds.label(ids, v);
            if (label != null && line.free(label.start(), label.end())) {
                line.spans.add(new int[] {label.start(), label.end()});
            }
            if (v.isEmpty() || !BARE.matcher(v).matches() || !line.free(start, start + v.length())) {
                continue;
            }
            boolean named = label != null || RowIds.repoNamed(ids, v) || RowIds.linksRepo(line.text, v); // the row links that very repo's page
            // a name without a size (DeepSeek-R1) is a family's as often as a model's: a model when the row links no other repo
            boolean repo = resolver.bare(v).model() == null && resolver.repoName(v).model() != null
                    && (named || ids.isEmpty() && line.text.indexOf("](") < 0);
            if ((named || repo || resolver.bare(v).model() != null || names.sizedLikeCatalog(v)) && names.accept(v, "table-cell", line.text, line.label)) {
                line.take(start, start + v.length(), start + 1, v, named || repo ? Reference.Kind.HF_REPO : names.kindOf(v, Reference.Kind.HF_REPO), "model-column");
            }
        }
    }

    /** Markup a cell's text may be wrapped in: bold, strike-through, emphasis. */
    private static final String[] WRAPPERS = {"**", "~~", "__", "*", "_"};

    /**
     * The span of the text between {@code start} and {@code end}, without spaces, the markup wrapped around it ({@code **GLM-4.7**},
     * {@code ~~name~~}) or a remark in parentheses after it ({@code DeepSeek-V2-Chat (RL)}, {@code Qwen1.5-72B-Chat (通义千问)}).
     */
    static int[] inner(String text, int start, int end) {
        int last = end;
        while (last > start && Character.isWhitespace(text.charAt(last - 1))) {
            last--;
        }
        int remark = last > start && text.charAt(last - 1) == ')' ? text.lastIndexOf(" (", last) : -1;
        if (remark > start && text.indexOf(')', remark) == last - 1) {
            end = remark;
        }
        boolean more = true;
        while (more) {
            while (start < end && Character.isWhitespace(text.charAt(start))) {
                start++;
            }
            while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
                end--;
            }
            more = false;
            for (String w : WRAPPERS) {
                if (end - start > 2 * w.length() && text.startsWith(w, start) && text.startsWith(w, end - w.length())) {
                    start += w.length();
                    end -= w.length();
                    more = true;
                    break;
                }
            }
        }
        return new int[] {start, end};
    }

    /** A bare name: a letter first, then letters, digits, '.', '_', '-', with a '-' and a digit. */
    static final Pattern BARE = Pattern.compile("(?=[^-]*-)(?=\\D*\\d)[A-Za-z][A-Za-z0-9._-]{2,79}");
}
