package dev.owl.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.owl.OwlRunner;
import dev.owl.OwlRunner.Result;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PagerTest {
    @TempDir
    Path tmp;

    @Test
    void onATerminalShowGoesThroughThePagerUnlessNoPager() throws Exception {
        Path paged = tmp.resolve("paged.txt");
        Result r = OwlRunner.fixture().terminal(100).env("PAGER", "cat > '" + paged + "'").run("show", "mixtral", "--color", "never");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).isEmpty();
        assertThat(Files.readString(paged)).contains("Mixtral 8x7B Instruct v0.1").contains("Architecture");
        Result direct = OwlRunner.fixture().terminal(100).env("PAGER", "cat > '" + paged + "'").run("show", "mixtral", "--no-pager");
        assertThat(direct.out()).contains("Mixtral 8x7B Instruct v0.1");
        assertThat(OwlRunner.fixture().run("show", "mixtral").out()).as("piped: never paged").contains("Mixtral");
        assertThat(OwlRunner.fixture().terminal(100).env("PAGER", "cat > '" + paged + "'").run("show", "mixtral", "--format", "json")
                .out()).as("machine formats are never paged").startsWith("{");
    }

    @Test
    void aPagerThatCannotStartLeavesTheOutputOnStdout() throws Exception {
        Result missing = OwlRunner.fixture().terminal(100).env("PAGER", "/nonexistent").run("show", "mixtral", "--color", "never");
        assertThat(missing.exitCode()).isZero();
        assertThat(missing.out()).contains("Mixtral 8x7B Instruct v0.1").contains("Architecture");
        Result notExecutable = OwlRunner.fixture().terminal(100).env("PAGER", tmp.toString()).run("show", "mixtral");
        assertThat(notExecutable.out()).contains("Mixtral 8x7B Instruct v0.1");
        // no $PAGER and no less on $PATH: printed directly, without asking a shell for a missing less
        Result noLess = OwlRunner.fixture().terminal(100).env("PATH", tmp.toString()).run("show", "mixtral");
        assertThat(noLess.exitCode()).isZero();
        assertThat(noLess.out()).contains("Mixtral 8x7B Instruct v0.1");
        assertThat(noLess.err()).isEmpty();
    }
}
