package dev.owl.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.owl.OwlRunner;
import dev.owl.OwlRunner.Result;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A hardening pass as a demanding new user (qa8): each test is one defect that was found and fixed. */
class DemandingUserTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void recommendsHelpShowsTheOneGpuItTakesAndFitsTheListItTakes() {
        String recommend = OwlRunner.fixture().run("recommend", "--help").out();
        assertThat(recommend).contains("--gpu=ID ").doesNotContain("--gpu=ID[,ID...]");
        String fit = OwlRunner.fixture().run("fit", "--help").out();
        assertThat(fit).contains("--gpu=ID[,ID...]");

        Result list = OwlRunner.fixture().run("recommend", "--gpu", "rtx-4090,h100-sxm");
        assertThat(list.exitCode()).isEqualTo(2);
        assertThat(list.out()).isEmpty();
        assertThat(list.err()).contains("error: recommend takes one --gpu, not a list: 'rtx-4090,h100-sxm'")
                .contains("help: give one --gpu ID");

        Result twice = OwlRunner.fixture().run("recommend", "--gpu", "rtx-4090", "--gpu", "h100-sxm");
        assertThat(twice.exitCode()).isEqualTo(2);
        assertThat(twice.out()).isEmpty();
        assertThat(twice.err()).contains("--gpu").doesNotContain("Exception");

        Result config = OwlRunner.fixture().env("OWL_CONFIG", configWithGpu("rtx-4090,h100-sxm")).run("recommend");
        assertThat(config.exitCode()).isEqualTo(2);
        assertThat(config.err()).contains("not a list: 'rtx-4090,h100-sxm' (the config file's gpu)");

        Result one = OwlRunner.fixture().run("recommend", "--gpu", "2xrtx-4090", "--format", "json");
        assertThat(one.exitCode()).as(one.err()).isZero();
    }

    private static String configWithGpu(String gpu) {
        try {
            java.nio.file.Path file = java.nio.file.Files.createTempFile("owl-config", ".yaml");
            file.toFile().deleteOnExit();
            java.nio.file.Files.writeString(file, "gpu: " + gpu + "\n");
            return file.toString();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** cost took --tokens-per-day 1M as 10^6 and --context 1M as 2^20 on one command line, and neither help said which. */
    @Test
    void everyTokenOptionSaysWhetherItsSuffixesAreBinaryOrDecimal() {
        for (String command : new String[] {"list", "fit", "cost", "recommend"}) {
            String help = OwlRunner.fixture().run(command, "--help").out().replaceAll("\\s+", " ");
            java.util.regex.Matcher tokens = java.util.regex.Pattern.compile("--([a-z-]+)=TOKENS").matcher(help);
            int seen = 0;
            while (tokens.find()) {
                seen++;
                assertThat(help).as(command + " --" + tokens.group(1)).containsPattern("--" + tokens.group(1)
                        + "=TOKENS[^=]{0,300}binary: K = 1024");
            }
            assertThat(seen).as(command).isPositive();
            if (help.contains("--tokens-per-day=N")) {
                assertThat(help).as(command).containsPattern("--tokens-per-day=N [^=]{0,300}decimal: 2M = 2,000,000");
            }
        }
        Result bad = OwlRunner.fixture().run("fit", "llama-3.1-8b-instruct", "--context", "1.5K");
        assertThat(bad.exitCode()).isEqualTo(2);
        assertThat(bad.err()).contains("K = 1024");
    }

    /** An empty path ({@code --policy "$UNSET"}) was read as the current directory: ": error: is a directory", exit 3. */
    @Test
    void anEmptyPathOrModelReferenceIsAUsageErrorNotTheCurrentDirectory() {
        String[][] lines = {
            {"--catalog", "", "list"},
            {"recommend", "--policy", ""},
            {"license", "check", "--policy", ""},
            {"license", "check", "-o", ""},
            {"license", "check", "--models-from", ""},
            {"license", "check", ""},
            {"catalog", "validate", ""},
            {"catalog", "compile", "", "-o", "x.owlc"},
        };
        for (String[] line : lines) {
            Result r = OwlRunner.fixture().run(line);
            assertThat(r.exitCode()).as(String.join(" ", line) + "\n" + r.err()).isEqualTo(2);
            assertThat(r.out()).isEmpty();
            // an option names the problem; picocli reports a refused optional positional as an unexpected ''
            assertThat(r.err()).as(String.join(" ", line)).containsAnyOf("'' is empty: name a file or directory",
                    "unexpected argument ''");
        }
        Result model = OwlRunner.fixture().run("license", "check", "--model", "");
        assertThat(model.exitCode()).as(model.err()).isEqualTo(2);
        assertThat(model.err()).contains("invalid value for option '--model'").contains("is empty: give a model reference");
    }

    /** Under --error-format json a script parses every stderr line; the shell's own refusals were plain text. */
    @Test
    void theShellsRefusalsAreJsonLinesUnderErrorFormatJson() throws Exception {
        Result r = OwlRunner.fixture().stdin("list | head\nshell\n\"unclosed\nshow nope\n").run("--error-format", "json", "shell");
        assertThat(r.exitCode()).isEqualTo(2);
        List<String> lines = r.err().lines().toList();
        assertThat(lines).hasSize(4);
        List<String> messages = new java.util.ArrayList<>();
        for (String line : lines) {
            JsonNode error = JSON.readTree(line);
            assertThat(error.get("severity").asText()).isEqualTo("error");
            assertThat(error.get("exit_code").asInt()).isEqualTo(2);
            messages.add(error.get("message").asText());
        }
        assertThat(messages.get(0)).isEqualTo("owl shell runs one owl command a line, without pipes or redirections");
        assertThat(JSON.readTree(lines.get(0)).get("help").asText()).isEqualTo("run it from your own shell: owl list | head");
        assertThat(messages.get(1)).isEqualTo("already in owl shell");
        assertThat(messages.get(2)).startsWith("cannot parse the line: ");
        assertThat(messages.get(3)).isEqualTo("unknown model 'nope'");

        Result line = OwlRunner.fixture().stdin("--error-format json list | head\nlist | head\n").run("shell");
        List<String> err = line.err().lines().toList();
        assertThat(JSON.readTree(err.get(0)).get("exit_code").asInt()).isEqualTo(2);
        assertThat(err.get(1)).isEqualTo("error: owl shell runs one owl command a line, without pipes or redirections");
    }

    /** compare said two usage errors without a help line, and took --generation with models and ignored it. */
    @Test
    void compareSaysHowToFixItsUsageErrorsAndRefusesAGenerationItWouldIgnore() {
        Result both = OwlRunner.fixture().run("compare", "--families", "llama", "llama-3.1-8b-instruct");
        assertThat(both.exitCode()).isEqualTo(2);
        assertThat(both.err()).contains("error: give models or --families, not both").contains("help: owl compare MODEL MODEL");
        Result newest = OwlRunner.fixture().run("compare", "--families", "llama", "--generation", "newest");
        assertThat(newest.exitCode()).isEqualTo(2);
        assertThat(newest.err()).contains("help: --generation latest or --generation all");
        Result ignored = OwlRunner.fixture().run("compare", "llama-3.1-8b-instruct", "mixtral-8x7b-instruct-v0.1", "--generation", "all");
        assertThat(ignored.exitCode()).isEqualTo(2);
        assertThat(ignored.out()).isEmpty();
        assertThat(ignored.err()).contains("error: --generation picks the models of --families; it would be ignored");
    }

    /** --quiet is "only the result, for scripts and CI", yet license check still said "note: no policy file" on stderr. */
    @Test
    void quietLeavesOutNotesOnStderrButNotWarnings() {
        for (String format : new String[] {"table", "json", "sarif"}) {
            Result quiet = OwlRunner.fixture().run("license", "check", "--model", "llama-3.1-8b-instruct", "--format", format, "-q");
            assertThat(quiet.exitCode()).as(format).isZero();
            assertThat(quiet.err()).as(format).doesNotContain("note:");
            Result normal = OwlRunner.fixture().run("license", "check", "--model", "llama-3.1-8b-instruct", "--format", format);
            assertThat(normal.err()).as(format).contains("note: no policy file");
        }
        Result warning = OwlRunner.fixture().run("license", "check", "--model", "no-such-model", "-q");
        assertThat(warning.exitCode()).isZero();
        assertThat(warning.out() + warning.err()).contains("1 warning");
    }

    /** cost --gpu-count 33 said "needs 56 GiB; 33 × l4 hold 728.6 GiB" and "raise --gpu-count": the heads do not divide. */
    @Test
    void costSaysAGpuCountTheRuntimeCannotSplitIsTheProblemNotMemory() {
        Result r = OwlRunner.bundled().run("cost", "llama-3.1-8b-instruct", "--tokens-per-day", "1M", "--gpu", "l4", "--gpu-count", "33");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).contains("error: llama-3.1-8b-instruct on 33 × l4: vllm cannot split the 32 attention heads evenly over 33 devices")
                .contains("help: give a --gpu-count that divides the attention heads").doesNotContain("raise --gpu-count");
        Result even = OwlRunner.bundled().run("cost", "llama-3.1-8b-instruct", "--tokens-per-day", "1M", "--gpu", "l4", "--gpu-count", "32",
                "--format", "json");
        assertThat(even.exitCode()).as(even.err()).isZero();
    }

    /** --report sarif=app.py over a scanned source file was told to use '-o owl-report.py', an option it had not used. */
    @Test
    void aRefusedReportFileSuggestsANewFileNotAnOptionTheUserDidNotUse() throws Exception {
        java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("owl-qa8");
        java.nio.file.Path app = java.nio.file.Files.writeString(dir.resolve("app.py"), "print('hi')\n");
        Result r = OwlRunner.fixture().run("license", "check", dir.toString(), "--report", "sarif=" + app);
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("is not an owl report; not overwriting it")
                .contains("help: write the report to a new file (e.g. owl-report.py), or delete").doesNotContain("-o owl-report");
        assertThat(java.nio.file.Files.readString(app)).isEqualTo("print('hi')\n");
    }

    /** An interactive session exits with its last command's code; the help said only what a piped session exits with. */
    @Test
    void shellHelpSaysWhatAnInteractiveSessionExitsWith() {
        String help = OwlRunner.fixture().run("shell", "--help").out().replaceAll("\\s+", " ");
        assertThat(help).contains("Ctrl-D or 'exit' ends (exit code: the last command's)")
                .contains("exits with the worst exit code of the session");
    }
}
