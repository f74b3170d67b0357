package dev.owl.policy;

import dev.owl.input.Diagnostic;
import dev.owl.input.Fields;
import dev.owl.input.YamlReader;
import dev.owl.query.ModelResolver;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Finds model references in a tree. A name counts when its context says it is a model (a Hugging Face
 * model URL, a {@code --model} flag, a model-ish key, {@code from_pretrained(}, {@code ollama run}, a
 * Modelfile {@code FROM}, a card's {@code base_model}) or when the catalog knows it exactly. Placeholders,
 * local paths, dataset ids and URL path pieces are not models. Notebooks are read as JSON, cell by cell.
 * Follows no symbolic links, honours .gitignore (unless told not to) and the policy's excludes, skips
 * owl's own policy and reports, and lists every file it could not read with the reason.
 */
public final class ReferenceScanner {
    /** Files larger than this are not model configs or code worth scanning (notebooks are streamed instead). */
    public static final long MAX_FILE_BYTES = 2L * 1024 * 1024;
    /** Notebooks are parsed as a stream, so only a cap against absurd sizes. */
    static final long MAX_NOTEBOOK_BYTES = 256L * 1024 * 1024;
    private static final int MAX_LINE = 10_000;

    /** A file the scan did not read, and why. */
    public record Skipped(String file, String reason) {}

    private static final String SEG = "[A-Za-z0-9][A-Za-z0-9_.\\-]*";
    /** A model name as written: org/name, name, name:tag; more slashes make it a path, checked later. */
    private static final String VALUE = "(?<v>" + SEG + "(?:/" + SEG + ")*(?::[A-Za-z0-9][A-Za-z0-9_.\\-]*)?)";

    private static final Pattern HF_URL = Pattern.compile(
            "(?i)(?<![\\w.-])(?:https?://)?(?:www\\.)?(?:(?:api-inference\\.)?huggingface\\.co|hf\\.co)/(?<p>[A-Za-z0-9_.\\-/:%]+)");
    /** First path segments of huggingface.co that are not an organisation. */
    private static final Set<String> HF_RESERVED = Set.of("datasets", "spaces", "docs", "blog", "papers", "collections",
            "settings", "api", "front", "learn", "models", "join", "login", "pricing", "tasks", "organizations", "posts",
            "enterprise", "chat", "new", "new-space", "inference-endpoints", "autotrain", "changelog", "hub", "course", "search",
            "terms-of-service", "privacy", "welcome", "mcp", "oauth", "static-proxy", "tos", "notifications", "inference-api");
    private static final Pattern OLLAMA_URL = Pattern.compile("(?i)ollama\\.com/library/(?<v>" + SEG + "(?::[A-Za-z0-9_.\\-]+)?)");

    private record Context(String name, Pattern pattern, Reference.Kind kind) {}

    private static final List<Context> CONTEXTS = List.of(
            new Context("ollama-cli", Pattern.compile("\\bollama\\s+(?:run|pull|show|stop|rm|push)\\s+(?:-{1,2}[\\w-]+(?:=\\S+)?\\s+)*[\"']?"
                    + VALUE), Reference.Kind.OLLAMA_TAG),
            new Context("download-cli", Pattern.compile("\\b(?:hf|huggingface-cli|tune)\\s+download\\s+[\"']?" + VALUE), Reference.Kind.HF_REPO),
            new Context("vllm-serve", Pattern.compile("\\bvllm\\s+serve\\s+[\"']?" + VALUE), Reference.Kind.HF_REPO),
            new Context("cli-flag", Pattern.compile("(?<![\\w-])(?:--model(?:[-_](?:id|name|name[-_]or[-_]path|path|repo))?|--base[-_]model"
                    + "|--tokenizer(?:[-_](?:name|name[-_]or[-_]path))?|-m)(?:\\s*=\\s*|\\s+)[\"']?" + VALUE), Reference.Kind.HF_REPO),
            new Context("lm-eval-args", Pattern.compile("\\bpretrained=" + VALUE), Reference.Kind.HF_REPO),
            new Context("env", Pattern.compile("^\\s*(?:ENV|ARG|export)\\s+\\w*MODEL\\w*(?:\\s*=\\s*|\\s+)[\"']?" + VALUE), Reference.Kind.HF_REPO),
            new Context("call", Pattern.compile("\\b(?:from_pretrained|snapshot_download|hf_hub_download|pipeline|InferenceClient|"
                    + "SentenceTransformer|HuggingFaceEmbeddings?|ChatOllama|OllamaLLM|AutoTokenizer)\\(\\s*[\"']" + VALUE + "[\"']"),
                    Reference.Kind.HF_REPO),
            new Context("key", Pattern.compile("(?i)(?<![\\w.$])[\"']?(?<k>\\w*(?:model|tokenizer|repo_id)\\w*)[\"']?\\s*(?::|=|:=)\\s*(?<q>[\"']?)"
                    + VALUE), Reference.Kind.HF_REPO));
    private static final Pattern MODELFILE_FROM = Pattern.compile("^\\s*(?:#\\s*)?FROM\\s+" + VALUE + "\\s*$", Pattern.CASE_INSENSITIVE);
    private static final Pattern YAML_MODEL_LIST_KEY = Pattern.compile("^(\\s*)[\"']?\\w*(?:model|models)\\w*[\"']?\\s*:\\s*(?:#.*)?$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern YAML_ITEM = Pattern.compile("^(\\s*)-\\s+[\"']?" + VALUE + "[\"']?\\s*(?:#.*)?$");
    /** Any org/name or name:tag token, accepted only when the catalog knows it. */
    private static final Pattern TOKEN = Pattern.compile("(?<![\\w./:@-])" + VALUE);
    private static final Pattern PLACEHOLDER = Pattern.compile("(?i)(?:^|/)(?:path/to|fake|my[-_]?model|your[-_].*|org/model|user/model"
            + "|myuser|username|example|foo|bar|xxx+|[\\w-]*model[-_]?name[\\w-]*|model[-_]?id|some[-_].*|\\.\\.\\.)(?:/|$|:)|^(?:org|user|owner|name)/");
    private static final Set<String> PATH_ORGS = Set.of("models", "model", "saves", "save", "checkpoints", "checkpoint", "ckpt", "ckpts",
            "outputs", "output", "out", "data", "path", "paths", "local", "weights", "tmp", "runs", "results", "exp", "experiments",
            "src", "scripts", "examples", "configs", "config", "home", "mnt", "workspace", "logs", "cache", "artifacts", "lora",
            "adapters", "merged", "export", "exports", "repository", "storage", "volume", "volumes", "assets", "docs", "tests");
    private static final Pattern FILE_EXT = Pattern.compile("(?i)\\.(?:json|jsonl|ya?ml|toml|gguf|bin|safetensors|pt|pth|onnx|py|txt|md|csv|"
            + "parquet|sh|zip|tar|gz|png|jpe?g|html|ipynb|ckpt|model|log)$");
    private static final Pattern SIZE_TAG = Pattern.compile("(?i)^[^:]+:(?:latest|\\d+(?:\\.\\d+)?[bmk]\\b.*|e\\d+b.*|[\\w.-]*q\\d.*|cloud|v\\d.*)$");
    private static final Pattern DATASET_HINT = Pattern.compile("repo_type\\s*=\\s*[\"']dataset|load_dataset\\(|/datasets/|dataset[\\w]*\\s*[:=]");

    private final ReferenceResolver resolver;
    private final List<String> excludes;
    private final boolean gitignore;
    private final Set<Path> notMine = new HashSet<>();
    private final Set<String> stems;
    private int filesScanned;
    private final List<Skipped> skipped = new ArrayList<>();
    private Path root;

    public ReferenceScanner(ReferenceResolver resolver, List<String> excludes) {
        this(resolver, excludes, true, List.of());
    }

    /**
     * {@code gitignore} false scans what .gitignore files exclude too; {@code ownFiles} (the policy, the report
     * targets) are never judged.
     */
    public ReferenceScanner(ReferenceResolver resolver, List<String> excludes, boolean gitignore, List<Path> ownFiles) {
        this.resolver = resolver;
        this.excludes = List.copyOf(excludes);
        this.gitignore = gitignore;
        this.stems = resolver.nameStems();
        for (Path p : ownFiles) {
            notMine.add(p.toAbsolutePath().normalize());
        }
    }

    public int filesScanned() {
        return filesScanned;
    }

    public int filesSkipped() {
        return skipped.size();
    }

    public List<Skipped> skipped() {
        return List.copyOf(skipped);
    }

    /** Scans each path (a file or a directory); throws {@link dev.owl.input.InputException} for a missing one. */
    public List<Reference> scan(List<Path> paths) {
        List<Reference> out = new ArrayList<>();
        List<Diagnostic> missing = new ArrayList<>();
        for (Path p : paths) {
            if (!Files.exists(p, LinkOption.NOFOLLOW_LINKS)) {
                missing.add(new Diagnostic(p.toString(), 0, 0, "path not found", "pass files or directories to scan"));
                continue;
            }
            if (!Files.isDirectory(p) && !Files.isRegularFile(p)) {
                // a device, FIFO or socket named explicitly cannot be scanned: an error, not a silent pass
                missing.add(new Diagnostic(p.toString(), 0, 0, Files.exists(p) ? "not a regular file or directory (a device, FIFO or socket)"
                        : "a symbolic link to nothing (broken, or a loop)", "pass files or directories to scan"));
                continue;
            }
            walk(p, out);
        }
        if (!missing.isEmpty()) {
            throw new dev.owl.input.InputException(missing);
        }
        out.sort(Comparator.comparing(Reference::file).thenComparingInt(Reference::line).thenComparingInt(Reference::column));
        return out;
    }

    private void walk(Path start, List<Reference> out) {
        IgnoreRules ignore = new IgnoreRules();
        ignore.addGlobs(excludes);
        root = Files.isDirectory(start, LinkOption.NOFOLLOW_LINKS) ? start : start.toAbsolutePath().getParent();
        try {
            Files.walkFileTree(start, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    String rel = relative(start, dir);
                    if (!rel.isEmpty() && (dir.getFileName().toString().equals(".git") || ignore.ignored(rel, true))) {
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    Path gi = dir.resolve(".gitignore");
                    if (gitignore && Files.isRegularFile(gi, LinkOption.NOFOLLOW_LINKS)) {
                        ignore.addGitignore(gi, rel.isEmpty() ? "" : rel + "/");
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (Thread.currentThread().isInterrupted()) {
                        return FileVisitResult.TERMINATE;
                    }
                    String rel = relative(start, file);
                    if (!attrs.isRegularFile() || attrs.isSymbolicLink() || (!rel.isEmpty() && ignore.ignored(rel, false))) {
                        return FileVisitResult.CONTINUE;
                    }
                    scanFile(file, attrs.size(), out);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    skipped.add(new Skipped(file.toString(), "unreadable: " + reason(e)));
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            skipped.add(new Skipped(start.toString(), "unreadable: " + reason(e)));
        }
    }

    private static String reason(IOException e) {
        String m = e.getClass().getSimpleName().replace("Exception", "");
        return m.isEmpty() ? "I/O error" : m.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
    }

    private static String relative(Path root, Path p) {
        return root.relativize(p).toString().replace('\\', '/');
    }

    private void scanFile(Path file, long size, List<Reference> out) {
        String name = file.getFileName().toString();
        if (notMine.contains(file.toAbsolutePath().normalize()) || name.equals("owl-policy.yaml")
                || file.endsWith(Path.of(".owl", "policy.yaml"))) {
            return;
        }
        boolean notebook = name.toLowerCase(Locale.ROOT).endsWith(".ipynb");
        if (size > (notebook ? MAX_NOTEBOOK_BYTES : MAX_FILE_BYTES)) {
            skipped.add(new Skipped(file.toString(), "larger than " + (notebook ? MAX_NOTEBOOK_BYTES : MAX_FILE_BYTES) / (1024 * 1024) + " MiB"));
            return;
        }
        if (notebook) {
            scanNotebook(file, out);
            return;
        }
        String text;
        try {
            byte[] bytes;
            try (InputStream in = Files.newInputStream(file)) {
                bytes = in.readNBytes((int) MAX_FILE_BYTES + 1);
            }
            for (int i = 0; i < Math.min(bytes.length, 8000); i++) {
                if (bytes[i] == 0) {
                    skipped.add(new Skipped(file.toString(), "binary"));
                    return;
                }
            }
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            skipped.add(new Skipped(file.toString(), "not UTF-8 text"));
            return;
        } catch (IOException | SecurityException e) {
            skipped.add(new Skipped(file.toString(), "unreadable: " + (e instanceof IOException io ? reason(io) : "permission denied")));
            return;
        }
        if (isOwlReport(text)) {
            return;
        }
        String head = text.length() > 4096 ? text.substring(0, 4096) : text;
        if (head.contains(IGNORE_MARK)) {
            skipped.add(new Skipped(file.toString(), "marked '" + IGNORE_MARK + "'"));
            return;
        }
        if (isCatalogData(name, head)) {
            skipped.add(new Skipped(file.toString(), "owl catalog data (facts about models, not a use of them)"));
            return;
        }
        filesScanned++;
        scanText(file.toString(), name, text, out);
    }

    /** A comment a file can carry to keep the gate out (lists of model names that are not uses, like test data). */
    public static final String IGNORE_MARK = "owl: ignore-file";

    /** An owl catalog file: a family's models with their repos and tags, or a license's terms. */
    private static boolean isCatalogData(String name, String head) {
        return (name.endsWith(".yaml") || name.endsWith(".yml")) && head.contains("\nmodels:\n") && head.contains("hf_repos:")
                && (head.startsWith("family:") || head.contains("\nfamily:"));
    }

    /** owl's own reports name every model they judged; judging them again would double every finding. */
    private static boolean isOwlReport(String text) {
        String head = text.length() > 4096 ? text.substring(0, 4096) : text;
        return head.startsWith("## owl license check:") || head.contains("<testsuite name=\"owl license check\"")
                || (head.contains("\"$schema\"") && head.contains("sarif") && head.contains("\"name\" : \"owl\""))
                || (head.contains("\"verdict\"") && head.contains("\"findings\"") && head.startsWith("{"))
                || (head.startsWith("verdict:") && head.contains("findings:"))
                || (head.contains("\"bomFormat\" : \"CycloneDX\"") && head.contains("\"name\" : \"owl\""));
    }

    private void scanNotebook(Path file, List<Reference> out) {
        List<String[]> lines = new ArrayList<>();
        try (InputStream in = Files.newInputStream(file); JsonParser p = new JsonFactory().createParser(in)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                skipped.add(new Skipped(file.toString(), "not a notebook (not a JSON object)"));
                return;
            }
            int depth = 1;
            JsonToken t;
            while ((t = p.nextToken()) != null) {
                if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
                    depth++;
                } else if (t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) {
                    depth--;
                } else if (t == JsonToken.FIELD_NAME && depth == 3 && p.currentName().equals("source")) {
                    // {cells: [ {source: [...]} ]}: the cell sources, each string with the notebook's own line
                    JsonToken v = p.nextToken();
                    if (v == JsonToken.VALUE_STRING) {
                        addSource(lines, p);
                    } else if (v == JsonToken.START_ARRAY) {
                        while (p.nextToken() == JsonToken.VALUE_STRING) {
                            addSource(lines, p);
                        }
                    } else if (v == JsonToken.START_OBJECT) {
                        p.skipChildren();
                    }
                }
            }
        } catch (IOException e) {
            skipped.add(new Skipped(file.toString(), e instanceof com.fasterxml.jackson.core.JsonProcessingException
                    ? "not a notebook (invalid JSON)" : "unreadable: " + reason(e)));
            return;
        }
        filesScanned++;
        State state = new State();
        for (String[] l : lines) {
            scanLine(file.toString(), Integer.parseInt(l[0]), l[1], false, false, state, out);
        }
    }

    private static void addSource(List<String[]> lines, JsonParser p) throws IOException {
        int line = p.currentTokenLocation().getLineNr();
        for (String s : p.getText().split("\\R", -1)) {
            lines.add(new String[] {Integer.toString(line), s});
        }
    }

    /** What a line-by-line scan remembers: an open YAML list under a model-ish key. */
    private static final class State {
        int listIndent = -1;
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
                modelCard(label, String.join("\n", java.util.Arrays.asList(lines).subList(1, end)), out);
                bodyStart = end + 1;
            }
        }
        String lower = name.toLowerCase(Locale.ROOT);
        boolean modelfile = name.equals("Modelfile") || lower.endsWith(".modelfile");
        boolean docs = lower.endsWith(".md") || lower.endsWith(".mdx") || lower.endsWith(".rst");
        boolean yaml = lower.endsWith(".yaml") || lower.endsWith(".yml");
        State state = new State();
        for (int i = bodyStart; i < lines.length; i++) {
            if (lines[i].length() <= MAX_LINE) {
                scanLine(label, i + 1, lines[i], modelfile || docs, yaml || docs, state, out);
            }
        }
    }

    private void scanLine(String label, int lineNo, String line, boolean fromLines, boolean yamlLists, State state, List<Reference> out) {
        List<int[]> spans = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        // 1. Hugging Face URLs, parsed as URLs
        Matcher u = HF_URL.matcher(line);
        while (u.find()) {
            String model = hfModelPath(u.group(0), u.group("p"));
            spans.add(new int[] {u.start(), u.end()});
            if (model != null) {
                add(out, seen, label, lineNo, u.start("p") + 1 + Math.max(0, u.group("p").indexOf(model.contains("/") ? model.split("/")[0] : model)),
                        model, Reference.Kind.HF_REPO, "hf-url");
            }
        }
        Matcher o = OLLAMA_URL.matcher(line);
        while (o.find()) {
            spans.add(new int[] {o.start(), o.end()});
            add(out, seen, label, lineNo, o.start("v") + 1, o.group("v"), Reference.Kind.OLLAMA_TAG, "ollama-url");
        }
        // 2. contexts that say the next name is a model
        for (Context c : CONTEXTS) {
            Matcher m = c.pattern().matcher(line);
            while (m.find()) {
                if (overlaps(spans, m.start("v"), m.end("v"))) {
                    continue;
                }
                if (c.name().equals("key") && !keyTakesModel(m, line)) {
                    continue;
                }
                String v = trim(m.group("v"));
                if (accept(v, c.name(), line, label)) {
                    spans.add(new int[] {m.start("v"), m.end("v")});
                    add(out, seen, label, lineNo, m.start("v") + 1, v, kindOf(v, c.kind()), c.name());
                }
            }
        }
        if (fromLines) {
            Matcher from = MODELFILE_FROM.matcher(line);
            if (from.find() && !overlaps(spans, from.start("v"), from.end("v"))) {
                String v = trim(from.group("v"));
                if (accept(v, "modelfile", line, label)) {
                    spans.add(new int[] {from.start("v"), from.end("v")});
                    add(out, seen, label, lineNo, from.start("v") + 1, v, kindOf(v, Reference.Kind.OLLAMA_TAG), "modelfile-from");
                }
            }
        }
        // 3. YAML list items under a model-ish key
        if (yamlLists) {
            Matcher key = YAML_MODEL_LIST_KEY.matcher(line);
            Matcher item = YAML_ITEM.matcher(line);
            if (key.matches()) {
                state.listIndent = key.group(1).length();
            } else if (state.listIndent >= 0 && item.matches() && item.group(1).length() >= state.listIndent) {
                String v = trim(item.group("v"));
                if (!overlaps(spans, item.start("v"), item.end("v")) && accept(v, "yaml-list", line, label)) {
                    spans.add(new int[] {item.start("v"), item.end("v")});
                    add(out, seen, label, lineNo, item.start("v") + 1, v, kindOf(v, Reference.Kind.HF_REPO), "yaml-list");
                }
            } else if (!line.isBlank() && !line.strip().startsWith("#")) {
                state.listIndent = -1;
            }
        }
        // 4. any other org/name or name:tag the catalog knows exactly (or as a re-upload)
        Matcher t = TOKEN.matcher(line);
        while (t.find()) {
            String v = trim(t.group("v"));
            if ((v.indexOf('/') > 0 || v.indexOf(':') > 0) && !overlaps(spans, t.start("v"), t.end("v"))
                    && v.chars().filter(ch -> ch == '/').count() <= 1) {
                boolean ollama = v.indexOf('/') < 0;
                if (resolver.knows(v, ollama)) {
                    spans.add(new int[] {t.start("v"), t.end("v")});
                    add(out, seen, label, lineNo, t.start("v") + 1, v, ollama ? Reference.Kind.OLLAMA_TAG : Reference.Kind.HF_REPO, "known-name");
                }
            }
        }
    }

    /** A key like {@code model_name_or_path} takes a model; {@code model_class} or {@code tensor_model_parallel_size} do not. */
    private static boolean keyTakesModel(Matcher m, String line) {
        String k = m.group("k").toLowerCase(Locale.ROOT);
        if (k.contains("dataset") || k.contains("dir") || k.contains("size") || k.contains("class") || k.contains("type")
                || k.contains("kwargs") || k.contains("config") || k.contains("max") || k.contains("len") || k.contains("only")
                || k.contains("parallel") || k.startsWith("use_") || k.contains("save") || k.contains("output") || k.contains("adapter")
                || k.contains("lora") || k.contains("peft") || k.contains("checkpoint") || k.contains("impl") || k.contains("temperature")) {
            return false;
        }
        // a Python or JS value must be quoted (unquoted is a variable); YAML, env and CLI-ish lines need no quotes
        int sep = m.start("q");
        String before = line.substring(0, sep);
        boolean assignment = before.stripTrailing().endsWith("=") && !before.contains(":");
        return !assignment || !m.group("q").isEmpty() || line.strip().matches("^(?:export\\s+)?\\w+=.*");
    }

    /** The model repo a Hugging Face URL points at ("org/name"), or null for docs, datasets, spaces, users and the like. */
    static String hfModelPath(String url, String path) {
        String p = path.replaceAll("[?#].*$", "");
        String[] seg = p.split("/");
        if (url.toLowerCase(Locale.ROOT).contains("api-inference.huggingface.co")) {
            return seg.length >= 3 && seg[0].equals("models") ? clean(seg[1] + "/" + seg[2]) : null;
        }
        if (seg.length >= 4 && seg[0].equals("api") && seg[1].equals("models")) {
            return clean(seg[2] + "/" + seg[3]);
        }
        if (seg.length < 2 || seg[0].isEmpty() || seg[1].isEmpty() || HF_RESERVED.contains(seg[0].toLowerCase(Locale.ROOT))) {
            return null;
        }
        String model = clean(seg[0] + "/" + seg[1]);
        return model == null || PLACEHOLDER.matcher(model).find() ? null : model;
    }

    private static String clean(String repo) {
        String r = repo;
        int colon = r.indexOf(':');
        String tag = "";
        if (colon > 0) {
            tag = r.substring(colon);
            r = r.substring(0, colon);
        }
        r = trim(r);
        if (r.isEmpty() || r.endsWith("/") || r.startsWith("/")) {
            return null;
        }
        return r + (tag.matches(":[A-Za-z0-9_.-]+") ? tag : "");
    }

    private static String trim(String v) {
        String r = v;
        while (!r.isEmpty() && ".-:_".indexOf(r.charAt(r.length() - 1)) >= 0) {
            r = r.substring(0, r.length() - 1);
        }
        return r;
    }

    private static boolean overlaps(List<int[]> spans, int start, int end) {
        for (int[] s : spans) {
            if (start < s[1] && end > s[0]) {
                return true;
            }
        }
        return false;
    }

    /** Whether a name found in a model context is a model: not a placeholder, a path, a file or a dataset. */
    private boolean accept(String v, String context, String line, String label) {
        if (v.isEmpty() || PLACEHOLDER.matcher(v).find() || FILE_EXT.matcher(v).find() || v.matches("\\d.*")) {
            return false;
        }
        long slashes = v.chars().filter(ch -> ch == '/').count();
        if (slashes > 1) {
            return false;
        }
        if (slashes == 1) {
            String org = v.substring(0, v.indexOf('/')).toLowerCase(Locale.ROOT);
            if (PATH_ORGS.contains(org) || DATASET_HINT.matcher(line).find() && !resolver.knows(v, false)) {
                return false;
            }
            return !existsInTree(v, label);
        }
        boolean ollama = context.startsWith("ollama") || context.equals("modelfile");
        if (resolver.knows(v, true)) {
            return true;
        }
        if (ollama) {
            return !v.equalsIgnoreCase("model") && !existsInTree(v, label);
        }
        String lower = v.toLowerCase(Locale.ROOT);
        if (SIZE_TAG.matcher(lower).matches()) {
            return true;
        }
        // a bare name outside an Ollama command counts when it starts like a catalog model's name (gemma4, qwen3.5)
        for (String s : stems) {
            if (lower.startsWith(s) && lower.length() > s.length()) {
                return true;
            }
        }
        return false;
    }

    private Reference.Kind kindOf(String v, Reference.Kind fromContext) {
        if (v.indexOf('/') < 0 && fromContext == Reference.Kind.HF_REPO) {
            return Reference.Kind.OLLAMA_TAG; // a bare name is not a Hugging Face repo id; Ollama is its likeliest home
        }
        return fromContext;
    }

    private boolean existsInTree(String v, String label) {
        try {
            Path file = Path.of(label);
            Path dir = file.getParent();
            return (dir != null && Files.exists(dir.resolve(v), LinkOption.NOFOLLOW_LINKS))
                    || (root != null && Files.exists(root.resolve(v), LinkOption.NOFOLLOW_LINKS));
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static void add(List<Reference> out, Set<String> seen, String file, int line, int column, String text,
            Reference.Kind kind, String context) {
        // one reference per name per line: a Markdown link whose text and target name one model is one reference
        if (seen.add(text.toLowerCase(Locale.ROOT))) {
            out.add(new Reference(file, line, column, text, kind, null, context));
        }
    }

    /** A Hugging Face model card's front matter: each base_model, with the license the card declares. */
    private static void modelCard(String label, String frontMatter, List<Reference> out) {
        List<Diagnostic> ignored = new ArrayList<>();
        Node root = YamlReader.parse(frontMatter, label, ignored);
        if (!(root instanceof MappingNode map)) {
            return;
        }
        String license = null;
        List<ScalarNode> bases = new ArrayList<>();
        for (NodeTuple t : map.getValue()) {
            if (!(t.getKeyNode() instanceof ScalarNode key)) {
                continue;
            }
            Node v = t.getValueNode();
            if (key.getValue().equals("license") && v instanceof ScalarNode s && !Fields.isNull(s)) {
                license = s.getValue();
            } else if (key.getValue().equals("base_model")) {
                if (v instanceof ScalarNode s && !Fields.isNull(s)) {
                    bases.add(s);
                } else if (v instanceof SequenceNode seq) {
                    seq.getValue().stream().filter(ScalarNode.class::isInstance).map(ScalarNode.class::cast).forEach(bases::add);
                }
            }
        }
        for (ScalarNode base : bases) {
            // front matter starts on the file's second line, after the opening ---
            out.add(new Reference(label, base.getStartMark().getLine() + 2, base.getStartMark().getColumn() + 1,
                    base.getValue(), Reference.Kind.MODEL_CARD_BASE, license, "model-card"));
        }
    }
}
