package dev.owl;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** After packaging: the release archive unpacks and runs on its own, from any directory. */
class DistributionIT {
    @TempDir
    Path tmp;

    private record Run(int code, String out, String err) {}

    private Run run(Path dir, String... command) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile());
        pb.environment().put("XDG_CACHE_HOME", tmp.resolve("cache").toString());
        pb.environment().put("OWL_CONFIG", tmp.resolve("no-config.yaml").toString());
        Process p = pb.start();
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Run(p.exitValue(), out, err);
    }

    @Test
    void theTarGzUnpacksAndRuns() throws Exception {
        String version = System.getProperty("project.version", "0.1.0");
        Path archive = Path.of("target", "owl-" + version + ".tar.gz").toAbsolutePath();
        assertThat(archive).exists();
        assertThat(Path.of("target", "owl-" + version + ".zip")).exists();
        Path unpack = Files.createDirectories(tmp.resolve("install dir"));
        assertThat(run(unpack, "tar", "xzf", archive.toString()).code()).isZero();
        Path home = unpack.resolve("owl-" + version);
        for (String f : List.of("bin/owl", "bin/owl.cmd", "lib/owl.jar", "README.md", "completion/owl.bash",
                "completion/owl.zsh", "completion/owl.fish", "man/man1/owl.1", "man/man1/owl-license-check.1")) {
            assertThat(home.resolve(f)).as(f).exists();
        }
        Run v = run(tmp, home.resolve("bin/owl").toString(), "--version");
        assertThat(v.code()).as(v.err()).isZero();
        assertThat(v.out()).isEqualTo("owl " + version + "\n");
        Run list = run(tmp, home.resolve("bin/owl").toString(), "list", "--format", "json");
        assertThat(list.code()).as(list.err()).isZero();
        assertThat(list.out()).startsWith("[");
        assertThat(Files.readString(home.resolve("completion/owl.bash"))).contains("_complete_owl");
    }
}
