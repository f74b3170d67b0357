package dev.owl.policy;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What one walk from a scanned path leaves out. Inside a git work tree, the .gitignore files from the work tree's root
 * down to the scanned directory and {@code .git/info/exclude} count as they do for git and ripgrep, so scanning
 * {@code src/} skips what scanning the whole repository skips; outside one only the .gitignore files met on the walk
 * count. The policy's {@code paths.exclude} globs are matched relative to the scanned path and relative to the
 * project's root (the work tree's root, else the policy file's directory), so {@code src/generated/**} holds whether
 * the job scans {@code .} or {@code src/}. A path named on the command line is scanned even when ignored.
 */
final class ScanScope {
    private final IgnoreRules gitignore = new IgnoreRules();
    private final IgnoreRules excludes = new IgnoreRules();
    private final boolean readGitignore;
    /** The scanned directory relative to the root the .gitignore patterns are relative to: "" or ending in '/'. */
    private final String ignoreBase;
    /** The scanned directory relative to the project's root ("" or ending in '/'), or null when outside it. */
    private final String projectBase;

    /**
     * {@code start} is the scanned directory (or the directory of a scanned file), {@code project} the policy's idea
     * of the project root (null without a policy file).
     */
    ScanScope(Path start, List<String> globs, boolean readGitignore, Path project) {
        this.readGitignore = readGitignore;
        Path dir = start.toAbsolutePath().normalize();
        Path workTree = workTree(dir);
        excludes.addGlobs(globs);
        Path root = workTree != null ? workTree : project == null ? null : project.toAbsolutePath().normalize();
        this.projectBase = root != null && dir.startsWith(root) ? base(root, dir) : null;
        this.ignoreBase = readGitignore && workTree != null && parentRules(workTree, dir) ? base(workTree, dir) : "";
    }

    /** The .gitignore files above {@code dir} up to the work tree's root, and .git/info/exclude; false when they ignore dir itself. */
    private boolean parentRules(Path workTree, Path dir) {
        Path exclude = workTree.resolve(".git/info/exclude");
        if (Files.isRegularFile(exclude, LinkOption.NOFOLLOW_LINKS)) {
            gitignore.addGitignore(exclude, "");
        }
        List<Path> above = new ArrayList<>();
        for (Path p = dir.getParent(); p != null && p.startsWith(workTree); p = p.getParent()) {
            above.add(0, p);
        }
        for (Path p : above) {
            Path file = p.resolve(".gitignore");
            if (Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
                gitignore.addGitignore(file, base(workTree, p));
            }
        }
        String self = base(workTree, dir);
        if (!self.isEmpty() && gitignore.ignored(self.substring(0, self.length() - 1), true)) {
            gitignore.clear(); // named on the command line: the user asked for it, as for a file named there
            return false;
        }
        return true;
    }

    /** The nearest directory at or above {@code dir} that holds {@code .git} (a directory, or a worktree's file). */
    private static Path workTree(Path dir) {
        for (Path p = dir; p != null; p = p.getParent()) {
            if (Files.exists(p.resolve(".git"), LinkOption.NOFOLLOW_LINKS)) {
                return p;
            }
        }
        return null;
    }

    private static String base(Path root, Path dir) {
        String rel = root.relativize(dir).toString().replace('\\', '/');
        return rel.isEmpty() ? "" : rel + "/";
    }

    /** Reads a directory's .gitignore as the walk enters it ({@code rel} relative to the scanned directory, "" for it). */
    void enter(Path dir, String rel) {
        Path file = dir.resolve(".gitignore");
        if (readGitignore && Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            gitignore.addGitignore(file, ignoreBase + (rel.isEmpty() ? "" : rel + "/"));
        }
    }

    /** Whether the walk leaves out this path ({@code rel} relative to the scanned directory, not empty). */
    boolean skips(String rel, boolean directory) {
        return excludes.ignored(rel, directory) || (projectBase != null && excludes.ignored(projectBase + rel, directory))
                || gitignore.ignored(ignoreBase + rel, directory);
    }
}
