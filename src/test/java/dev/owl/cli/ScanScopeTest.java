package dev.owl.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.owl.OwlRunner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a scan of part of a repository leaves out, as a CI job runs it ({@code owl license check src/ configs/}): the
 * repository's .gitignore files above the scanned directory and {@code .git/info/exclude}, as git and ripgrep read
 * them, and the policy's {@code paths.exclude} written from the repository root (outside git, the policy's directory).
 */
class ScanScopeTest {
    private static final String MODEL = "m = \"meta-llama/Llama-3.1-8B-Instruct\"\n";

    @TempDir
    Path tmp;
    Path repo;

    @BeforeEach
    void repository() throws Exception {
        repo = Files.createDirectories(tmp.resolve("repo"));
        Files.createDirectories(repo.resolve(".git/info")); // a work tree: its root's .gitignore binds every directory in it
        Files.writeString(repo.resolve(".git/info/exclude"), "secret.py\n");
        Files.writeString(repo.resolve(".gitignore"), "build/\n*.log\n!keep.log\n");
        for (String f : List.of("app/build/gen.py", "app/x.log", "app/keep.log", "app/secret.py", "app/src/main.py",
                "app/src/generated/g.py")) {
            Files.createDirectories(repo.resolve(f).getParent());
            Files.writeString(repo.resolve(f), MODEL);
        }
        Files.writeString(repo.resolve("owl-policy.yaml"), "paths:\n  exclude: [\"app/src/generated/**\"]\n");
    }

    private List<String> scanned(Path base, String... args) throws Exception {
        List<String> all = new ArrayList<>(List.of("license", "check", "--policy", repo.resolve("owl-policy.yaml").toString(),
                "--format", "json"));
        all.addAll(List.of(args));
        OwlRunner.Result r = OwlRunner.bundled().run(all.toArray(String[]::new));
        assertThat(r.exitCode()).as(r.err()).isZero();
        List<String> files = new ArrayList<>();
        for (JsonNode ref : new ObjectMapper().readTree(r.out()).get("references")) {
            files.add(base.relativize(Path.of(ref.get("file").asText())).toString().replace('\\', '/'));
        }
        return files;
    }

    @Test
    void aSubdirectoryOfARepositoryHonoursTheRootsIgnoreFilesAndTheRootRelativeExcludes() throws Exception {
        List<String> whole = scanned(repo, repo.toString());
        assertThat(whole).containsExactly("app/keep.log", "app/src/main.py");
        assertThat(scanned(repo, repo.resolve("app").toString())).as("the same files as the whole repository")
                .containsExactlyElementsOf(whole);
        assertThat(scanned(repo, repo.resolve("app/src").toString())).containsExactly("app/src/main.py");
    }

    @Test
    void noIgnoreScansWhatGitIgnoresButNotWhatThePolicyExcludes() throws Exception {
        assertThat(scanned(repo, repo.resolve("app").toString(), "--no-ignore")).containsExactly("app/build/gen.py", "app/keep.log",
                "app/secret.py", "app/src/main.py", "app/x.log");
    }

    @Test
    void aDirectoryNamedOnTheCommandLineIsScannedEvenWhenIgnored() throws Exception {
        assertThat(scanned(repo, repo.resolve("app/build").toString())).containsExactly("app/build/gen.py");
        assertThat(scanned(repo, repo.resolve("app/x.log").toString())).containsExactly("app/x.log");
    }

    @Test
    void aSymbolicLinkNamedOnTheCommandLineIsFollowedAndLinksInsideAreNot() throws Exception {
        // a deploy layout (current -> releases/7): naming the link must not scan nothing and pass
        Path link = Files.createSymbolicLink(tmp.resolve("current"), repo.resolve("app/src"));
        Files.createSymbolicLink(repo.resolve("app/src/loop"), repo.resolve("app")); // not followed inside the walk
        assertThat(scanned(repo.toRealPath(), link.toString())).as("reported at the link's target").containsExactly("app/src/main.py");
        Path file = Files.createSymbolicLink(tmp.resolve("main.py"), repo.resolve("app/src/main.py"));
        assertThat(scanned(repo.toRealPath(), file.toString())).containsExactly("app/src/main.py");
    }

    @Test
    void outsideAWorkTreeAPolicyInDotOwlIsRelativeToTheDirectoryHoldingIt() throws Exception {
        Files.delete(repo.resolve(".git/info/exclude"));
        Files.delete(repo.resolve(".git/info"));
        Files.delete(repo.resolve(".git"));
        Path policy = Files.createDirectories(repo.resolve(".owl")).resolve("policy.yaml");
        Files.move(repo.resolve("owl-policy.yaml"), policy);
        OwlRunner.Result r = OwlRunner.bundled().run("license", "check", repo.resolve("app").toString(), "--policy", policy.toString(),
                "--no-ignore", "--format", "json");
        List<String> files = new ArrayList<>();
        new ObjectMapper().readTree(r.out()).get("references").forEach(n -> files.add(repo.relativize(Path.of(n.get("file").asText())).toString()));
        assertThat(files).contains("app/src/main.py").doesNotContain("app/src/generated/g.py");
    }

    @Test
    void aGitignoreEscapesALeadingHashOrBangAsGitDoes() throws Exception {
        Files.writeString(repo.resolve("app/.gitignore"), "# a comment, not a pattern\n\\#notes.py\n\\!bang.py\n");
        for (String f : List.of("app/#notes.py", "app/!bang.py")) {
            Files.writeString(repo.resolve(f), MODEL);
        }
        assertThat(scanned(repo, repo.toString())).containsExactly("app/keep.log", "app/src/main.py");
    }

    @Test
    void outsideAWorkTreeOnlyTheIgnoreFilesInsideTheScannedDirectoryCount() throws Exception {
        // like ripgrep: a .gitignore above the scanned directory binds only inside a git work tree; the policy's excludes
        // are then relative to the policy's directory (the project's root) as well as to the scanned directory
        Files.delete(repo.resolve(".git/info/exclude"));
        Files.delete(repo.resolve(".git/info"));
        Files.delete(repo.resolve(".git"));
        assertThat(scanned(repo, repo.resolve("app").toString())).containsExactly("app/build/gen.py", "app/keep.log",
                "app/secret.py", "app/src/main.py", "app/x.log");
        Files.writeString(repo.resolve("owl-policy.yaml"), "paths:\n  exclude: [\"src/generated/**\", \"build/**\"]\n");
        assertThat(scanned(repo, repo.resolve("app").toString())).containsExactly("app/keep.log", "app/secret.py",
                "app/src/main.py", "app/x.log");
    }
}
