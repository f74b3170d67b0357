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

    /**
     * qa8: picocli's bash script names each option's candidate array after its parameter label; recommend's --gpu and
     * --license-allow/--license-deny were all ID, so the license list won and 'recommend --gpu h100<TAB>' offered nothing.
     */
    @Test
    void recommendsGpuCompletesGpusNotLicenses() throws Exception {
        String script = OwlRunner.fixture().run("completion", "bash").out();
        String out = bash(script, line("owl recommend --gpu h100"), line("owl recommend --license-allow apa"), line("owl fit --gpu rtx"));
        String[] parts = out.split("---\n");
        assertThat(parts[0].lines()).containsExactly("h100-sxm");
        assertThat(parts[1].lines()).containsExactly("apache-2.0");
        assertThat(parts[2].lines()).containsExactly("rtx-4090");
    }

    /** Completion of a whole line as bash hands it over: COMP_LINE and COMP_POINT, words split at ':' too. */
    private static String line(String typed) {
        return "COMP_LINE='" + typed + "'; COMP_POINT=${#COMP_LINE}; COMPREPLY=(); _owl_whole_words; printf '%s\\n' \"${COMPREPLY[@]}\"; echo ---";
    }

    @Test
    void bashOffersReportFormatsOnlyToLicenseCheckLowerCaseColoursAndWholeOllamaTags() throws Exception {
        String script = OwlRunner.fixture().run("completion", "bash").out();
        String[] parts = bash(script, line("owl list --format "), line("owl license check --format "), line("owl --color "),
                line("owl show mixtral:8x7"), line("owl show mixtral-8x7b-"), line("owl completion ")).split("---\n");
        assertThat(parts[0].lines()).containsExactlyInAnyOrder("table", "json", "yaml", "csv", "tsv", "markdown");
        assertThat(parts[1].lines()).contains("sarif", "junit", "json");
        assertThat(parts[2].lines()).containsExactly("auto", "always", "never");
        // bash replaces only the part after the last ':', so the reply is that part
        assertThat(parts[3].lines()).containsExactly("8x7b");
        assertThat(parts[4].lines()).contains("mixtral-8x7b-instruct-v0.1");
        assertThat(parts[5].lines()).as("the shells a script is written for").containsExactly("bash", "zsh", "fish");
    }

    @Test
    void namesComeFromTheCatalogsOfTheRunIncludingAliasesAndOllamaTags() throws Exception {
        String script = OwlRunner.fixture().run("--catalog", "examples/my-catalog", "completion", "bash").out();
        String[] parts = bash(script, line("owl show acme"), line("owl compare support-"), line("owl show llama3.3:")).split("---\n");
        assertThat(parts[0].lines()).containsExactly("acme-support-bot-7b");
        assertThat(parts[1].lines()).containsExactly("support-bot");
        assertThat(parts[2].lines()).isNotEmpty().allMatch(tag -> !tag.contains(":"));
        assertThat(OwlRunner.fixture().run("completion", "bash").out()).doesNotContain("acme-support-bot-7b");
        Result broken = OwlRunner.fixture().run("--catalog", tmp.resolve("missing").toString(), "completion", "bash");
        assertThat(broken.exitCode()).as("a missing user catalog keeps the built-in names").isZero();
        assertThat(broken.out()).contains("mixtral-8x7b-instruct-v0.1");
    }

    private static boolean installed(String program) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, program))) {
                return true;
            }
        }
        return false;
    }

    @Test
    void fishCompletesEachCommandPathWithItsOwnOptions() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(installed("fish"), "fish is not installed: skipping the real-fish test");
        Path file = tmp.resolve("owl.fish");
        Files.writeString(file, OwlRunner.fixture().run("completion", "fish").out());
        List<String> lines = List.of("owl license list --fam", "owl list --fam", "owl --format ", "owl license check --format ",
                "owl list --color ", "owl license ", "owl --catalog x license c", "owl show mixtral:");
        // one fish for every line: each 'complete -C' prints its candidates, then a separator
        List<String> command = new java.util.ArrayList<>(List.of("fish", "--no-config", "-c",
                "source $argv[1]; for l in $argv[2..-1]; complete -C $l; echo ---; end", file.toString()));
        command.addAll(lines);
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor()).as(out).isZero();
        java.util.Map<String, List<String>> byLine = new java.util.HashMap<>();
        String[] parts = out.split("---\n", -1);
        for (int i = 0; i < lines.size(); i++) {
            byLine.put(lines.get(i), parts[i].lines().map(l -> l.split("\t")[0]).toList());
        }
        java.util.function.Function<String, List<String>> complete = byLine::get;
        assertThat(complete.apply("owl license list --fam")).as("list's --family does not leak into license list").isEmpty();
        assertThat(complete.apply("owl list --fam")).containsExactly("--family");
        assertThat(complete.apply("owl --format ")).containsExactlyInAnyOrder("table", "json", "yaml", "csv", "tsv", "markdown");
        assertThat(complete.apply("owl license check --format ")).contains("sarif", "junit");
        assertThat(complete.apply("owl list --color ")).containsExactlyInAnyOrder("auto", "always", "never");
        assertThat(complete.apply("owl license ")).containsExactlyInAnyOrder("list", "show", "compare", "check");
        assertThat(complete.apply("owl --catalog x license c")).containsExactlyInAnyOrder("compare", "check");
        assertThat(complete.apply("owl show mixtral:")).contains("mixtral:8x7b");
    }

    @Test
    void zshCompletesFromFpathWithoutCompoptErrors() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(installed("zsh") && installed("python3"),
                "zsh or python3 is not installed: skipping the real-zsh test");
        Path fpath = Files.createDirectories(tmp.resolve("fpath"));
        Files.writeString(fpath.resolve("_owl"), OwlRunner.fixture().run("completion", "zsh").out());
        Files.writeString(tmp.resolve(".zshrc"), "fpath=(" + fpath + " $fpath)\nautoload -U compinit && compinit -u -d " + tmp.resolve("zcompdump")
                + "\nPS1='%% '\n");
        // a pseudo-terminal so that zsh runs its line editor; each step waits for text, never for a fixed time
        Path driver = tmp.resolve("drive.py");
        Files.writeString(driver, """
                import os, pty, sys, select, time
                pid, fd = pty.fork()
                if pid == 0:
                    os.environ["ZDOTDIR"] = sys.argv[1]
                    os.environ["TERM"] = "dumb"
                    os.execvp("zsh", ["zsh", "-i"])
                out = b""
                def wait_for(text, seconds=60):
                    global out
                    end = time.time() + seconds
                    while text.encode() not in out and time.time() < end:
                        r, _, _ = select.select([fd], [], [], 0.2)
                        if r:
                            try:
                                out += os.read(fd, 65536)
                            except OSError:
                                return
                wait_for("% ")
                os.write(fd, b"owl fit x --quant q4_k\\t")
                wait_for("q4_k_m")
                os.write(fd, b"\\x15owl list --color al\\t")
                wait_for("always")
                os.write(fd, b"\\x15exit\\r")
                os.waitpid(pid, 0)
                sys.stdout.write(out.decode("utf-8", "replace"))
                """);
        Process p = new ProcessBuilder("python3", driver.toString(), tmp.toString()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor()).isZero();
        assertThat(out).contains("q4_k_m").contains("always").doesNotContain("command not found").doesNotContain("compopt");
    }

    @Test
    void zshAndFishScripts() throws Exception {
        assertThat(OwlRunner.fixture().run("completion", "zsh").out()).startsWith("#compdef owl").doesNotContain("alias compopt");
        String fish = OwlRunner.fixture().run("completion", "fish").out();
        assertThat(fish).contains("complete -c owl -n '__owl_is \"\"' -a 'list'")
                .contains("-l task -x -a 'chat code agentic-code");
        assertThat(OwlRunner.fixture().run("completion", "tcsh").exitCode()).isEqualTo(2);
        List<String> lines = fish.lines().toList();
        assertThat(lines).noneMatch(l -> l.contains("AUTO"));
    }
}
