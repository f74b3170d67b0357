package dev.owl.policy;

import dev.owl.catalog.Diagnostic;
import dev.owl.catalog.Fields;
import dev.owl.catalog.YamlReader;
import dev.owl.query.ModelResolver;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Finds model references in a tree: Hugging Face repo ids in code and config, Ollama tags, Modelfile
 * {@code FROM} lines, and model cards' {@code base_model}. Follows no symbolic links, honours
 * .gitignore and the policy's excludes, and skips binary and large files.
 */
public final class ReferenceScanner {
    /** Files larger than this are not model configs or code worth scanning. */
    public static final long MAX_FILE_BYTES = 2L * 1024 * 1024;

    private static final String REPO = "([A-Za-z0-9][A-Za-z0-9_.-]*/[A-Za-z0-9][A-Za-z0-9_.-]*)";
    /** Patterns that name a model whatever the catalog knows; an unknown one is reported as such. */
    private static final List<Pattern> STRONG_REPO = List.of(
            Pattern.compile("(?:huggingface\\.co|hf\\.co)/" + REPO),
            Pattern.compile("from_pretrained\\(\\s*[\"']" + REPO + "[\"']"),
            Pattern.compile("--model[\"']?(?:\\s*[=,]\\s*|\\s+)[\"']?" + REPO),
            Pattern.compile("[\"']?\\b(?:model|model_id|model_name|base_model|repo_id|pretrained_model_name_or_path)[\"']?\\s*[:=]\\s*[\"']?" + REPO));
    private static final Pattern OLLAMA_CLI = Pattern.compile("\\bollama\\s+(?:pull|run)\\s+([A-Za-z0-9][A-Za-z0-9_.-]*(?::[A-Za-z0-9_.-]+)?)");
    private static final Pattern MODELFILE_FROM = Pattern.compile("^\\s*FROM\\s+(\\S+)", Pattern.CASE_INSENSITIVE);
    /** Quoted strings that name a model only when the catalog knows them (anything quoted could be a path). */
    private static final Pattern QUOTED = Pattern.compile("[\"']([A-Za-z0-9][A-Za-z0-9_.:/-]*)[\"']");

    private final ModelResolver resolver;
    private final List<String> excludes;
    private int filesScanned;
    private int filesSkipped;

    public ReferenceScanner(ModelResolver resolver, List<String> excludes) {
        this.resolver = resolver;
        this.excludes = List.copyOf(excludes);
    }

    public int filesScanned() {
        return filesScanned;
    }

    public int filesSkipped() {
        return filesSkipped;
    }

    /** Scans each path (a file or a directory); throws {@link dev.owl.catalog.InputException} for a missing one. */
    public List<Reference> scan(List<Path> paths) {
        List<Reference> out = new ArrayList<>();
        List<Diagnostic> missing = new ArrayList<>();
        for (Path p : paths) {
            if (!Files.exists(p, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
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
            throw new dev.owl.catalog.InputException(missing);
        }
        out.sort(Comparator.comparing(Reference::file).thenComparingInt(Reference::line).thenComparingInt(Reference::column));
        return out;
    }

    private void walk(Path root, List<Reference> out) {
        IgnoreRules ignore = new IgnoreRules();
        ignore.addGlobs(excludes);
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    String rel = relative(root, dir);
                    if (!rel.isEmpty() && (dir.getFileName().toString().equals(".git") || ignore.ignored(rel, true))) {
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    Path gitignore = dir.resolve(".gitignore");
                    if (Files.isRegularFile(gitignore, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                        ignore.addGitignore(gitignore, rel.isEmpty() ? "" : rel + "/");
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (Thread.currentThread().isInterrupted()) {
                        return FileVisitResult.TERMINATE;
                    }
                    String rel = relative(root, file);
                    if (!attrs.isRegularFile() || attrs.isSymbolicLink() || (!rel.isEmpty() && ignore.ignored(rel, false))) {
                        return FileVisitResult.CONTINUE;
                    }
                    scanFile(file, out);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    filesSkipped++;
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            filesSkipped++;
        }
    }

    private static String relative(Path root, Path p) {
        return root.relativize(p).toString().replace('\\', '/');
    }

    private void scanFile(Path file, List<Reference> out) {
        String text;
        try {
            if (Files.size(file) > MAX_FILE_BYTES) {
                filesSkipped++;
                return;
            }
            byte[] bytes;
            try (InputStream in = Files.newInputStream(file)) {
                bytes = in.readNBytes((int) MAX_FILE_BYTES + 1);
            }
            for (int i = 0; i < Math.min(bytes.length, 8000); i++) {
                if (bytes[i] == 0) {
                    filesSkipped++;
                    return;
                }
            }
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            filesSkipped++;
            return;
        } catch (IOException | SecurityException e) {
            filesSkipped++;
            return;
        }
        filesScanned++;
        scanText(file.toString(), file.getFileName().toString(), text, out);
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
        boolean modelfile = name.equals("Modelfile") || name.endsWith(".modelfile") || name.endsWith(".Modelfile");
        Set<String> seen = new HashSet<>();
        for (int i = bodyStart; i < lines.length; i++) {
            String line = lines[i];
            if (line.length() > 10_000) {
                continue;
            }
            int lineNo = i + 1;
            for (Pattern p : STRONG_REPO) {
                Matcher m = p.matcher(line);
                while (m.find()) {
                    add(out, seen, label, lineNo, m.start(1) + 1, trimRepo(m.group(1)), Reference.Kind.HF_REPO);
                }
            }
            Matcher ollama = OLLAMA_CLI.matcher(line);
            while (ollama.find()) {
                add(out, seen, label, lineNo, ollama.start(1) + 1, ollama.group(1), Reference.Kind.OLLAMA_TAG);
            }
            if (modelfile) {
                Matcher from = MODELFILE_FROM.matcher(line);
                if (from.find()) {
                    String target = from.group(1);
                    boolean path = target.startsWith(".") || target.startsWith("/") || target.endsWith(".gguf")
                            || target.startsWith("hf.co/") || target.startsWith("huggingface.co/");
                    if (!path) {
                        add(out, seen, label, lineNo, from.start(1) + 1, target, Reference.Kind.OLLAMA_TAG);
                    }
                }
            }
            Matcher q = QUOTED.matcher(line);
            while (q.find()) {
                String candidate = q.group(1);
                if ((candidate.contains("/") || candidate.contains(":")) && resolver.find(candidate).isPresent()) {
                    add(out, seen, label, lineNo, q.start(1) + 1, candidate,
                            candidate.contains("/") ? Reference.Kind.HF_REPO : Reference.Kind.OLLAMA_TAG);
                }
            }
        }
    }

    private static String trimRepo(String repo) {
        String r = repo;
        while (r.endsWith(".") || r.endsWith("-")) {
            r = r.substring(0, r.length() - 1);
        }
        return r;
    }

    private static void add(List<Reference> out, Set<String> seen, String file, int line, int column, String text,
            Reference.Kind kind) {
        if (seen.add(line + ":" + column)) {
            out.add(new Reference(file, line, column, text, kind, null));
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
                    base.getValue(), Reference.Kind.MODEL_CARD_BASE, license));
        }
    }
}
