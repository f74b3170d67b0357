package dev.owl.policy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** The patterns of the .gitignore files met while walking down a tree, plus the policy's excludes. */
final class IgnoreRules {
    private record Rule(Pattern pattern, boolean negate, boolean dirOnly) {}

    private final List<Rule> rules = new ArrayList<>();

    /** Policy excludes: globs relative to the scan root. */
    void addGlobs(List<String> globs) {
        for (String g : globs) {
            add("", g.startsWith("/") ? g.substring(1) : g, false, false, !g.contains("/") || g.startsWith("**"));
        }
    }

    /** A .gitignore in {@code dir} ({@code base} is dir relative to the root, "" or ending in '/'). */
    void addGitignore(Path file, String base) {
        List<String> lines;
        try {
            if (Files.size(file) > 1024 * 1024) {
                return;
            }
            lines = Files.readAllLines(file);
        } catch (IOException | RuntimeException e) {
            return;
        }
        for (String raw : lines) {
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            boolean negate = line.startsWith("!");
            if (negate || line.startsWith("\\#") || line.startsWith("\\!")) {
                line = line.substring(1); // "\#x" and "\!x" name files that start with # or !
            }
            boolean dirOnly = line.endsWith("/");
            if (dirOnly) {
                line = line.substring(0, line.length() - 1);
            }
            boolean anchored = line.startsWith("/") || line.substring(0, Math.max(0, line.length() - 1)).contains("/");
            if (line.startsWith("/")) {
                line = line.substring(1);
            }
            add(base, line, negate, dirOnly, !anchored);
        }
    }

    private void add(String base, String glob, boolean negate, boolean dirOnly, boolean anyDepth) {
        String prefix = Pattern.quote(base);
        String body = Glob.toRegex(glob).pattern();
        Pattern p = Pattern.compile(prefix + (anyDepth ? "(?:.*/)?" : "") + body + "(?:/.*)?");
        rules.add(new Rule(p, negate, dirOnly));
    }

    void clear() {
        rules.clear();
    }

    /** {@code relative} uses '/' separators. The last matching rule wins, as in git. */
    boolean ignored(String relative, boolean directory) {
        boolean ignored = false;
        for (Rule r : rules) {
            // a directory-only rule is applied when the walk reaches the directory, which is then skipped whole
            if (r.dirOnly() && !directory) {
                continue;
            }
            if (r.pattern().matcher(relative).matches()) {
                ignored = !r.negate();
            }
        }
        return ignored;
    }
}
