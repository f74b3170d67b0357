package dev.owl.policy;

import static dev.owl.policy.NameShapes.keyTakesModel;
import static dev.owl.policy.NameShapes.trim;
import static dev.owl.policy.ReferenceContexts.CONTEXTS;
import static dev.owl.policy.ReferenceContexts.VALUE;
import dev.owl.policy.ReferenceContexts.Context;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads model references out of a file's text, line by line: URLs and model URIs ({@link UrlNames}), contexts that say
 * the next name is a model, Modelfile {@code FROM}, YAML lists under model-ish keys, and any other name the
 * catalog knows exactly.
 */
final class LineScanner {
    private static final int MAX_LINE = 10_000;
    private static final Pattern MODELFILE_FROM = Pattern.compile("^\\s*(?:#\\s*)?FROM\\s+" + VALUE + "\\s*$", Pattern.CASE_INSENSITIVE);
    /** A model-ish YAML key that opens a list, or a Markdown line that introduces one ("Recommended models:"). */
    private static final Pattern YAML_MODEL_LIST_KEY = Pattern.compile("^(\\s*)(?:[\"']?\\w*(?:model|models)\\w*[\"']?|[A-Za-z][\\w ]*\\bmodels?)"
            + "\\s*:\\s*(?:#.*)?$"
            // a Markdown heading or bold line that introduces models ("### Available Models", "**Mistral Models:**")
            + "|^()(?:#{1,6}\\s+|\\*\\*)[A-Za-z][\\w .-]*\\bmodels?\\b:?(?:\\*\\*)?:?\\s*$|^()[A-Z][\\w ,]*\\bmodels?\\b[\\w ,]*:\\s*$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern YAML_ITEM = Pattern.compile("^(\\s*)-\\s+[\"']?" + VALUE + "[\"']?\\s*(?:#.*)?$");
    /** A Markdown list item that starts with a code span, then says more ({@code - `BAAI/bge-large-en-v1.5` (1024 dimensions)}). */
    private static final Pattern DOC_ITEM = Pattern.compile("^(\\s*)[-*]\\s+`" + VALUE + " ?`:?(?:\\s.*)?$");

    private final ReferenceResolver resolver;
    private final ReferenceRules rules;
    private final ModelNames names;
    private final StandaloneNames standalone;
    private final ModelStrings modelStrings;
    private final EnumeratedNames enumerated;
    private final RoutedNames routed;
    private final PrintedLists printed;
    private final ContinuedLines continued = new ContinuedLines(this::take);
    private final ModelEntries entries = new ModelEntries(this::take);
    private final DefinedNames defined = new DefinedNames();

    LineScanner(ReferenceResolver resolver) {
        this.resolver = resolver;
        this.rules = resolver.rules();
        this.names = new ModelNames(resolver);
        this.standalone = new StandaloneNames(resolver, names);
        this.modelStrings = new ModelStrings(rules, names);
        this.enumerated = new EnumeratedNames(names, rules);
        this.routed = new RoutedNames(resolver, names);
        this.printed = new PrintedLists(names);
    }

    /** The directory a scan started from: names that exist as paths under it are files, not models. */
    void root(Path root) {
        names.root(root);
    }

    /** Drops the bare references that are labels some file of the scan defined (DefinedNames), once the scan is done. */
    void dropDefined(List<Reference> out) {
        defined.drop(out);
    }

    /** Scans one file's text; {@code name} is its file name (Modelfile and README.md are special). */
    void scanText(String label, String name, String text, List<Reference> out) {
        String[] lines = text.split("\\R", -1);
        int bodyStart = 0;
        if (name.equalsIgnoreCase("README.md") && lines.length > 0 && lines[0].strip().equals("---")) {
            int end = -1;
            for (int i = 1; i < lines.length; i++) {
                if (lines[i].strip().equals("---")) {
                    end = i;
                    break;
                }
            }
            if (end > 0) {
                ModelCards.read(label, String.join("\n", java.util.Arrays.asList(lines).subList(1, end)), out);
                bodyStart = end + 1;
            }
        }
        String lower = name.toLowerCase(Locale.ROOT);
        boolean modelfile = name.equals("Modelfile") || lower.endsWith(".modelfile");
        boolean docs = lower.endsWith(".md") || lower.endsWith(".mdx") || lower.endsWith(".rst");
        boolean yaml = lower.endsWith(".yaml") || lower.endsWith(".yml");
        ScanState state = new ScanState();
        state.prose = docs;
        state.modelCells = ModelColumns.cells(java.util.Arrays.asList(lines), i -> i + 1);
        if (docs) {
            state.printedRows = PrintedLists.columns(java.util.Arrays.asList(lines), i -> i + 1, names::nameLike);
        }
        java.util.Map<Integer, ModelTables.Entry> tables = ModelTables.entries(java.util.Arrays.asList(lines), names::nameLike);
        int from = out.size();
        for (int i = bodyStart; i < lines.length; i++) {
            if (lines[i].length() <= MAX_LINE) {
                scanLine(label, i + 1, lines[i], modelfile || docs, yaml || docs, state, out, tables.get(i));
            }
        }
        DerivedNames.drop(java.util.Arrays.asList(lines), out, from, this::knownRepo);
        defined.add(state);
        if (out.size() > from) {
            int first = bodyStart;
            FileVocabulary.extend(java.util.Arrays.asList(lines).subList(first, lines.length), i -> first + i + 1, out, from, i -> docs,
                    state);
            DatasetNames.drop(java.util.Arrays.asList(lines), out, from, this::knownRepo);
        }
    }

    /** Scans lines given with their own line numbers (a notebook's cell sources; a third element "md" marks a Markdown cell's). */
    void scanLines(String label, List<String[]> numbered, List<Reference> out) {
        ScanState state = new ScanState();
        state.modelCells = ModelColumns.cells(numbered.stream().map(l -> l[1]).toList(), i -> Integer.parseInt(numbered.get(i)[0]));
        java.util.Map<Integer, ModelTables.Entry> tables = ModelTables.entries(numbered.stream().map(l -> l[1]).toList(), names::nameLike);
        int from = out.size();
        for (int i = 0; i < numbered.size(); i++) {
            String[] l = numbered.get(i);
            state.prose = l.length > 2 && l[2].equals(NotebookCells.MARKDOWN);
            if (l[1].length() <= MAX_LINE) {
                scanLine(label, Integer.parseInt(l[0]), l[1], false, false, state, out, tables.get(i));
            }
        }
        DerivedNames.drop(numbered.stream().map(l -> l[1]).toList(), out, from, this::knownRepo);
        defined.add(state);
        if (out.size() > from) {
            FileVocabulary.extend(numbered.stream().map(l -> l[1]).toList(), i -> Integer.parseInt(numbered.get(i)[0]), out, from,
                    i -> numbered.get(i).length > 2 && numbered.get(i)[2].equals(NotebookCells.MARKDOWN), state);
            DatasetNames.drop(numbered.stream().map(l -> l[1]).toList(), out, from, this::knownRepo);
        }
    }

    private boolean knownRepo(String v) {
        return resolver.knows(v, false);
    }

    private void scanLine(String label, int lineNo, String text, boolean fromLines, boolean yamlLists, ScanState state, List<Reference> out,
            ModelTables.Entry tableEntry) {
        ScannedLine line = new ScannedLine(label, lineNo, text, out, state.outputs);
        ContinuedLines.dataArgument(line, state);
        OutputNames.read(line);
        NotReferences.claim(line, state);
        ArchitectureNames.claim(line, state);
        entries.read(line, state);
        KaggleHandles.read(line);
        UrlNames.read(line, resolver);
        EndpointNames.read(line, names);
        CommentIds.read(line, names, resolver, state);
        RepoFilePaths.read(line, names, resolver);
        modelStrings.read(line, state);
        routed.read(line);
        if (tableEntry != null) {
            ModelTables.take(line, tableEntry, names);
        }
        ModelColumns.take(line, state.modelCells.getOrDefault(lineNo, java.util.List.of()), names, resolver);
        contexts(line, state);
        ConstantNames.read(line, names);
        LoopLists.read(line, names, resolver);
        continued.read(line, state);
        OllamaClientCalls.read(line, state, this::take);
        ServeContinuation.read(line, state, this::take);
        RuntimeCommands.read(line, this::take);
        standalone.hostedNames(line);
        if (fromLines) {
            modelfileFrom(line, state);
        }
        if (yamlLists) {
            yamlListItem(line, state);
        }
        printed.read(line, state);
        boolean tableRow = fromLines && state.modelTableRow(text);
        standalone.knownNames(line, tableRow, state.prose);
        standalone.quotedBareNames(line, tableRow);
        if (state.prose) {
            enumerated.read(line);
        }
    }

    /** Contexts that say the next name is a model: a flag, a call, a command, a key. */
    private void contexts(ScannedLine line, ScanState state) {
        for (Context c : CONTEXTS) {
            if (!c.mayMatch(line.lower)) {
                continue;
            }
            Matcher m = c.pattern().matcher(line.text);
            while (m.find()) {
                boolean key = c.name().equals("key");
                if ((c.name().equals("option-default") || c.name().equals("getenv-default")) && !NameShapes.modelKey(ReferenceContexts.key(m).replace('-', '_'))
                        || c.name().equals("model-flag") && !NameShapes.flagTakesModel(m.group("k"))
                        || c.name().equals("ollama-create") && !NameShapes.derivedTag(m.group("v")) && !names.nameLike(m.group("v"))) {
                    continue; // --model_dir, --model-type: a folder or a kind, not the model
                }
                if (!line.free(m.start("v"), m.end("v")) || key && (!keyTakesModel(m, line.text) || label(m, line, state) || proseLabel(m, line.text, state))
                        || ReferenceContexts.called(line.text, m.end("v")) || line.text.startsWith("://", m.end("v"))
                        || c.name().equals("call") && NameShapes.configRepo(line.text, m.start("v"), m.group("v")) && !resolver.knows(m.group("v"), false)) {
                    continue;
                }
                if (key && m.group("v").indexOf('/') > 0) {
                    state.repoLine = line.number;
                }
                if (key && m.group("k").equalsIgnoreCase("pretrained")) {
                    // HFLM(pretrained="gpt2"), pretrained: gpt2; not a docstring's "pretrained: The model to evaluate"
                    if (!m.group("q").isEmpty() || line.text.substring(m.end("v")).isBlank()) {
                        take(line, m.start("v"), m.end("v"), ReferenceContexts.PRETRAINED);
                    }
                    continue;
                }
                take(line, m.start("v"), m.end("v"), c);
            }
        }
    }

    /**
     * A bare {@code model_name} that labels a model rather than naming it: a chat template's name ({@code
     * ChatTemplateConfig(model_name='llama2')}) or the name given beside the repo id on the lines above ({@code
     * repo_id=lmdeploy/llama2-chat-70b-4bit} then {@code model_name=llama2-chat-70b}).
     */
    private static boolean label(Matcher m, ScannedLine line, ScanState state) {
        return m.group("k").equalsIgnoreCase("model_name") && m.group("v").indexOf('/') < 0
                && (line.lower.contains("template") || state.repoLine > 0 && line.number - state.repoLine <= 2);
    }

    /**
     * Documentation's "Model: Meta-Llama-3-8B-Instruct" (a capitalised word as a label, not an environment variable, as a results page or a list item writes it for
     * people) with a bare, unquoted name: prose, which names models in code spans and links, not a config key.
     */
    private static boolean proseLabel(Matcher m, String text, ScanState state) {
        String v = m.group("v");
        String k = m.group("k");
        int at = m.start("k");
        // "Base model: LLaMA2 7B", "* Reward model: …": a phrase ending in "model", as people write a label, not a config key
        boolean phrase = at >= 2 && text.charAt(at - 1) == ' ' && Character.isLetter(text.charAt(at - 2));
        return state.prose && (phrase || Character.isUpperCase(k.charAt(0)) && k.chars().skip(1).allMatch(Character::isLowerCase))
                && m.group("q").isEmpty() && v.indexOf('/') < 0 && v.indexOf(':') < 0;
    }

    /** A weights file's name at the end of a path ({@code org/repo/model.Q4_K_M.gguf}). */
    private static final Pattern WEIGHTS_FILE = Pattern.compile("(?i)/[^/]+\\.(?:gguf|ggml|bin|safetensors)$");

    /**
     * Takes the name at [start, end) found by context {@code c} when it is a model, with the kind its form says; a path to a
     * weights file inside a Hub repo ({@code "model": "org/repo/file.bin"}, as LocalAI names a downloaded file) names the repo.
     */
    private void take(ScannedLine line, int start, int end, Context c) {
        String v = trim(line.text.substring(start, end));
        int second = v.indexOf('/', v.indexOf('/') + 1);
        if (second > 0 && v.indexOf('/', second + 1) < 0 && WEIGHTS_FILE.matcher(v).find()) {
            v = v.substring(0, second);
            end = start + second;
        }
        if (!names.accept(v, c.name(), line.text, line.label)) {
            return;
        }
        boolean hosted = !c.name().startsWith("ollama") && resolver.isProviderId(v);
        String provider = rules.provider(v);
        if (provider != null && rules.routesToOwnServer(provider) && v.indexOf('/', provider.length() + 1) > 0 && !hosted) {
            // a client library's route to the user's own server (hosted_vllm/org/name, ollama/org/name, and LiteLLM's openai/ route
            // to any OpenAI-compatible server: openai/org/name): that server loads the Hub repo
            start += provider.length() + 1;
            v = v.substring(provider.length() + 1);
            provider = null;
        }
        Reference.Kind kind = hosted || provider != null && !rules.localProvider(provider) && !resolver.isRepo(v)
                ? Reference.Kind.API
                : provider != null ? names.kindOf(v.substring(provider.length() + 1), c.kind())
                : c.name().equals("embedding") || ModelNames.loads(c.name()) ? c.kind() : names.kindOf(v, c.kind());
        line.take(start, end, start + 1, v, kind, c.name());
    }

    private void modelfileFrom(ScannedLine line, ScanState state) {
        if (!line.lower.contains("from")) {
            return;
        }
        Matcher from = MODELFILE_FROM.matcher(line.text);
        if (from.find() && line.free(from.start("v"), from.end("v"))) {
            String v = trim(from.group("v"));
            if ((!state.prose || ModelfileBases.named(v, names)) && names.accept(v, "modelfile", line.text, line.label)) {
                line.take(from.start("v"), from.end("v"), from.start("v") + 1, v, names.kindOf(v, Reference.Kind.OLLAMA_TAG), "modelfile-from");
            }
        }
    }

    /** YAML list items under a model-ish key. */
    private void yamlListItem(ScannedLine line, ScanState state) {
        Matcher key = line.lower.contains("model") ? YAML_MODEL_LIST_KEY.matcher(line.text) : null;
        Matcher item = state.listIndent >= 0 && line.text.stripLeading().startsWith("-") ? YAML_ITEM.matcher(line.text) : null;
        if (item != null && (!item.matches() || state.spansOnly)) {
            item = DOC_ITEM.matcher(line.text);
        }
        if (key != null && key.matches()) {
            state.openList(key.group(1) != null ? key.group(1).length() : 0, key.group(3) != null);
        } else if (item != null && item.matches() && item.group(1).length() >= state.listIndent) {
            String v = trim(item.group("v"));
            if (line.free(item.start("v"), item.end("v")) && names.accept(v, "yaml-list", line.text, line.label)) {
                line.take(item.start("v"), item.end("v"), item.start("v") + 1, v, names.kindOf(v, Reference.Kind.HF_REPO), "yaml-list");
            }
        } else if (!line.text.isBlank() && !line.text.strip().startsWith("#")) {
            state.listIndent = -1;
        }
    }
}
