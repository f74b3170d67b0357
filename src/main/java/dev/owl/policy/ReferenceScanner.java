package dev.owl.policy;

import dev.owl.input.Diagnostic;
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

    /** A file the scan did not read, and why. */
    public record Skipped(String file, String reason) {}

    private final ReferenceResolver resolver;
    private final List<String> excludes;
    private final Path project;
    private final boolean gitignore;
    private final Set<Path> notMine = new HashSet<>();
    private final FolderNames folders = new FolderNames();
    private final LineScanner lines;
    private int filesScanned;
    private final List<Skipped> skipped = new ArrayList<>();

    public ReferenceScanner(ReferenceResolver resolver, List<String> excludes) {
        this(resolver, excludes, null, true, List.of());
    }

    /**
     * {@code excludes} are globs relative to a scanned path or to {@code project} (the policy's directory; null for
     * none), see {@link ScanScope}; {@code gitignore} false scans what .gitignore files exclude too; {@code ownFiles}
     * (the policy, the report targets) are never judged.
     */
    public ReferenceScanner(ReferenceResolver resolver, List<String> excludes, Path project, boolean gitignore, List<Path> ownFiles) {
        this.resolver = resolver;
        this.excludes = List.copyOf(excludes);
        this.project = project;
        this.gitignore = gitignore;
        this.lines = new LineScanner(resolver);
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
            walk(followed(p), out);
        }
        if (Thread.currentThread().isInterrupted()) { // Ctrl-C in owl shell ended the walk early: no partial verdict
            throw new java.util.concurrent.CancellationException("the scan was interrupted");
        }
        if (!missing.isEmpty()) {
            throw new dev.owl.input.InputException(missing);
        }
        folders.drop(out);
        lines.dropDefined(out);
        out.sort(new ByPlace());
        return out;
    }

    /**
     * A symbolic link named on the command line is followed, as ripgrep does (links met inside a walk are not): its
     * target's path, relative to the working directory when under it, is what the report names.
     */
    private static Path followed(Path p) {
        try {
            Path real = Files.isSymbolicLink(p) ? p.toRealPath() : p;
            Path cwd = Path.of("").toAbsolutePath();
            return real == p || p.isAbsolute() || !real.startsWith(cwd) ? real : cwd.relativize(real);
        } catch (IOException e) {
            return p;
        }
    }

    /**
     * By file, line and column. A class, not a {@code Comparator.comparing(…).thenComparingInt(…)} chain: that makes
     * lambda classes inside {@code java.util.Comparator}, which owl's class-data archive cannot hold, on every run.
     */
    private static final class ByPlace implements Comparator<Reference> {
        @Override
        public int compare(Reference a, Reference b) {
            int c = a.file().compareTo(b.file());
            if (c == 0) {
                c = Integer.compare(a.line(), b.line());
            }
            return c != 0 ? c : Integer.compare(a.column(), b.column());
        }
    }

    private void walk(Path start, List<Reference> out) {
        Path root = Files.isDirectory(start, LinkOption.NOFOLLOW_LINKS) ? start : start.toAbsolutePath().getParent();
        ScanScope scope = new ScanScope(root, excludes, gitignore, project);
        lines.root(root);
        try {
            Files.walkFileTree(start, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    String rel = relative(start, dir);
                    if (!rel.isEmpty() && (dir.getFileName().toString().equals(".git") || scope.skips(rel, true))) {
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    scope.enter(dir, rel);
                    folders.add(dir.getFileName() == null ? "" : dir.getFileName().toString());
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (Thread.currentThread().isInterrupted()) {
                        return FileVisitResult.TERMINATE;
                    }
                    String rel = relative(start, file);
                    if (!attrs.isRegularFile() || attrs.isSymbolicLink() || (!rel.isEmpty() && scope.skips(rel, false))) {
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

    /** What went wrong, in words: {@code AccessDeniedException} is "access denied". */
    static String reason(IOException e) {
        String m = e.getClass().getSimpleName().replace("Exception", "");
        return m.isEmpty() ? "I/O error" : m.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
    }

    private static String relative(Path root, Path p) {
        return root.relativize(p).toString().replace('\\', '/');
    }

    private void scanFile(Path file, long size, List<Reference> out) {
        String name = file.getFileName().toString();
        if (notMine.contains(file.toAbsolutePath().normalize()) || PolicyFiles.isPolicyFile(file) || PackageManifests.is(name)) {
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
        lines.scanText(file.toString(), name, text, out);
    }

    /** A comment a file can carry to keep the gate out (lists of model names that are not uses, like test data). */
    public static final String IGNORE_MARK = "owl: ignore-file";

    /**
     * An owl catalog file: a family's models with their repos and tags, a license's terms (whose sources link model
     * pages), owl's published measurements, hosted offers and runtimes, or its reference rules (lists of catalog ids
     * and names with sources, not uses).
     */
    private static boolean isCatalogData(String name, String head) {
        if (!name.endsWith(".yaml") && !name.endsWith(".yml")) {
            return false;
        }
        boolean family = head.contains("\nmodels:\n") && head.contains("hf_repos:") && (head.startsWith("family:") || head.contains("\nfamily:"));
        boolean measurements = head.contains("\nmeasurements:\n  - model: ") && head.contains("\n    runtime: ");
        boolean deployments = head.contains("\ndeployments:\n") && head.contains("\n    provider: ") && head.contains("\n    provider_model_ids: ");
        boolean license = head.startsWith("id: ") && head.contains("\nspdx: ") && head.contains("\nhf_tag: ") && head.contains("\nterms:");
        return family || measurements || deployments || license || isRuntimesOrRules(head);
    }

    /** catalog/runtimes.yaml (engines and providers) and catalog/reference-rules.yaml (how names are read). */
    private static boolean isRuntimesOrRules(String head) {
        return head.contains("\nruntimes:\n") && head.contains("\n  - id: ") && head.contains("\n    kind: ")
                || head.contains("\nreuploaders:\n  - ") && head.contains("org: ") && head.contains("as_of: "); // providers: may start past the head
    }

    private static final char JSON_OBJECT = '\u007b';

    /** owl's own reports name every model they judged; judging them again would double every finding. */
    private static boolean isOwlReport(String text) {
        String head = text.length() > 4096 ? text.substring(0, 4096) : text;
        return head.startsWith("## owl license check:") || head.contains("<testsuite name=\"owl license check\"")
                || (head.contains("\"$schema\"") && head.contains("sarif") && head.contains("\"name\" : \"owl\""))
                || (head.contains("\"verdict\"") && head.contains("\"findings\"") && !head.isEmpty() && head.charAt(0) == JSON_OBJECT)
                || (head.startsWith("verdict:") && head.contains("findings:"))
                || head.startsWith("FILE,LINE,COLUMN,REFERENCE,") || head.startsWith("FILE\tLINE\tCOLUMN\tREFERENCE\t")
                || (head.contains("\"bomFormat\" : \"CycloneDX\"") && head.contains("\"name\" : \"owl\""));
    }

    private void scanNotebook(Path file, List<Reference> out) {
        List<String[]> cells;
        try {
            cells = NotebookCells.read(file);
        } catch (NotebookCells.NotANotebook e) {
            skipped.add(new Skipped(file.toString(), e.getMessage()));
            return;
        } catch (IOException e) {
            skipped.add(new Skipped(file.toString(), "unreadable: " + reason(e)));
            return;
        }
        filesScanned++;
        lines.scanLines(file.toString(), cells, out);
    }

    /** Scans one file's text (tests give it directly). */
    void scanText(String label, String name, String text, List<Reference> out) {
        lines.scanText(label, name, text, out);
    }
}
