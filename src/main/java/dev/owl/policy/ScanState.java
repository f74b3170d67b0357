package dev.owl.policy;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/** What a line-by-line scan of one file remembers: an open YAML list under a model-ish key, the names it writes to, a table. */
final class ScanState {
    int listIndent = -1;
    /** The indent of an open Kubernetes label map's key (KubernetesLabels; -1: none). */
    int labelIndent = -1;
    /**
     * The open list was introduced by a sentence ("The following models are available:"), not a key: its items are prose, and
     * only an item that starts with a code span names a model.
     */
    boolean spansOnly;
    /** Whether the line being read is documentation (Markdown, reStructuredText, a notebook's Markdown cell), not code or data. */
    boolean prose;
    /** A {@code vllm serve} command continued from an earlier line before its model (ServeContinuation). */
    boolean serveOpen;
    /** A call to a capitalised name (a client class) opened on an earlier line and not yet closed. */
    boolean openCall;
    /** Inside a config factory's call opened at a line's end (ArchitectureNames). */
    boolean configCall;
    /** Inside a fenced block of documentation, and whether it is a plain one of single names so far (PrintedLists). */
    boolean fence;
    boolean nameBlock;
    /** That call is to a class that takes adapters by their Hub ids ({@code MergedAdapters(}). */
    boolean adapterCall;
    /** A model loader's call opened at the end of an earlier line (null: none), and the context its string argument gets. */
    ReferenceContexts.Context loaderCall;
    /** The provider of a provider model class's call ({@code OpenAIChatModel(}) opened at the end of the line before (null: none). */
    String modelClassCall;
    /** Inside a list assigned to a model-ish name, not yet closed. */
    boolean modelList;
    /** Inside an option's declaration for a model that began on an earlier line ({@code "--model_name",} then {@code default=…}). */
    boolean modelOption;
    /** A call that reads a dataset or pushes to the Hub opened at the end of the line before ({@link ContinuedLines#dataArgument}). */
    boolean dataCall;
    /** The file uses an Ollama client library (OllamaClientCalls): its verbs' first string argument is a model. */
    boolean ollamaClient;
    /** The line where a model-ish key last named an org/name (0: none), for a {@code model_name} label beside it. */
    int repoLine;
    final Set<String> outputs = new HashSet<>();
    /** A config file's alias table: each quoted key and the model URI it maps to ("" when the file maps it twice, differently). */
    final java.util.Map<String, String> aliasTargets = new java.util.HashMap<>();
    /** Labels on their lines ("7 phi-2-q4f16_1-mlc"): an entry's display name, never a model, though it spells one. */
    final Set<String> labels = new HashSet<>();
    /** Lines that title something for people (DocTitles, a YAML display label): the file's names are not looked for on them. */
    final Set<Integer> titleLines = new HashSet<>();
    /** Bare names a {@code name:}-style key gave (ServedAliases): the file's own aliases once it names a model by URL key. */
    final Set<String> aliases = new HashSet<>();
    /** The same names as written, and whether the file deploys a model from a store's URI (DefinedNames learns them then). */
    final Set<String> named = new HashSet<>();
    boolean deploys;
    /** A line of code or data has been read: the file's header comment is over (CommentNames). */
    boolean pastHeader;
    /** An open list entry's bare name and its dash's indent, and the names of entries that route to a backend (RouterEntries). */
    String entryName;
    int entryIndent;
    final Set<String> routed = new HashSet<>();
    /** The file gave a served name, loads a Hub id by flag, and which flag's value is the next item (1: the model, 2: the name). */
    boolean servedNames;
    boolean servesHub;
    int hubFlag;
    /** A Markdown table's columns that hold no models (TableColumns), from its header row; null outside a table. */
    boolean[] plainColumns;
    /** The line of the last model given by URL in an app config, and of the last entry typed as a model class (0: none). */
    int modelUrlLine;
    int modelTypeLine;
    /** The indent of a container assigned to a model-ish name whose tuples name models (-1: none open). */
    int tupleIndent = -1;
    /** The line of a YAML command list's model flag whose value is the next item (0: none). */
    int flagLine;
    /** The line of a dataclass field for a model whose default may be on the next line (0: none). */
    int fieldLine;
    /** Inside a Markdown table, and whether its header names a model column ("Model", "API String", "Repo"). */
    boolean inTable;
    boolean modelTable;
    /** The cells of tables' model columns, by line number (ModelColumns). */
    java.util.Map<Integer, java.util.List<int[]>> modelCells = java.util.Map.of();
    /** The first tokens of rows a tool prints in documentation's fenced blocks, when they are a column of models (PrintedLists). */
    java.util.Map<Integer, int[]> printedRows = java.util.Map.of();

    /** Whether this line is a body row of a Markdown table whose header names models. */
    boolean modelTableRow(String text) {
        String s = text.strip();
        if (!s.startsWith("|")) {
            inTable = false;
            return false;
        }
        if (!inTable) {
            inTable = true;
            String h = s.toLowerCase(Locale.ROOT);
            modelTable = h.contains("model") || h.contains("api string") || h.contains("repo");
            return false;
        }
        return modelTable;
    }

    void openList(int indent, boolean sentence) {
        listIndent = indent;
        spansOnly = sentence;
    }
}
