package dev.owl.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.owl.OwlRunner;
import dev.owl.OwlRunner.Result;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CompletionCommandTest {
    @TempDir
    Path tmp;

    private String bash(String script, String... commands) throws IOException, InterruptedException {
        Path file = tmp.resolve("owl.bash");
        Files.writeString(file, script);
        Path probe = tmp.resolve("probe.sh");
        Files.writeString(probe, "source '" + file + "'\ncompopt() { :; }\n" + String.join("\n", commands) + "\n");
        Process p = new ProcessBuilder("bash", probe.toString()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor()).as(out).isZero();
        return out;
    }

    private static String complete(String... words) {
        return "COMP_WORDS=(" + String.join(" ", words) + "); COMP_CWORD=" + (words.length - 1)
                + "; COMP_LINE=\"" + String.join(" ", words) + "\"; COMPREPLY=(); _complete_owl; printf '%s\\n' \"${COMPREPLY[@]}\"; echo ---";
    }

    @Test
    void theBashScriptIsValidAndCompletesCommandsOptionsAndNames() throws Exception {
        Result r = OwlRunner.fixture().run("completion", "bash");
        assertThat(r.exitCode()).isZero();
        Path file = tmp.resolve("syntax.bash");
        Files.writeString(file, r.out());
        Process syntax = new ProcessBuilder("bash", "-n", file.toString()).redirectErrorStream(true).start();
        assertThat(syntax.waitFor()).isZero();
        String out = bash(r.out(), complete("owl", "sh"), complete("owl", "recommend", "--task", "agen"),
                complete("owl", "fit", "x", "--quant", "q4"), complete("owl", "list", "--sor"));
        String[] parts = out.split("---\n");
        assertThat(parts[0].lines()).containsExactly("show", "shell");
        assertThat(parts[1].lines()).containsExactly("agentic-code");
        assertThat(parts[2].lines()).containsExactlyInAnyOrder("q4_1", "q4_k_m", "q4_0");
        assertThat(parts[3].lines()).containsExactly("--sort");
    }

    @Test
    void zshAndFishScripts() throws Exception {
        assertThat(OwlRunner.fixture().run("completion", "zsh").out()).startsWith("#compdef owl");
        String fish = OwlRunner.fixture().run("completion", "fish").out();
        assertThat(fish).contains("complete -c owl -n '__fish_use_subcommand' -a 'list show fit recommend compare license catalog completion shell config help'")
                .contains("-l task -x -a 'chat code agentic-code");
        assertThat(OwlRunner.fixture().run("completion", "tcsh").exitCode()).isEqualTo(2);
        List<String> lines = fish.lines().toList();
        assertThat(lines).allMatch(l -> l.startsWith("#") || l.startsWith("complete -c owl"));
    }
}
