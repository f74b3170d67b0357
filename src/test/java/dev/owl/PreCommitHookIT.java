package dev.owl;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * After packaging: each hook of {@code .pre-commit-hooks.yaml} runs the way pre-commit runs it from another
 * repository: the working directory is that repository, a {@code script} entry is a path inside this one,
 * a {@code system} entry is looked up on PATH.
 */
class PreCommitHookIT {
    private static final Path HOOK_REPO = Path.of("").toAbsolutePath();

    @TempDir
    Path tmp;

    private record Run(int code, String out, String err) {}

    private List<JsonNode> hooks() throws IOException {
        List<JsonNode> out = new ArrayList<>();
        new ObjectMapper(new YAMLFactory()).readTree(HOOK_REPO.resolve(".pre-commit-hooks.yaml").toFile()).forEach(out::add);
        return out;
    }

    /** A repository that references a model whose license its policy denies. */
    private Path userRepo(String policy) throws IOException {
        Path repo = Files.createDirectories(tmp.resolve("user repo"));
        Files.writeString(repo.resolve("app.yaml"), "model: meta-llama/Llama-3.3-70B-Instruct\n");
        Files.writeString(repo.resolve("owl-policy.yaml"), policy);
        return repo;
    }

    private Run runHook(JsonNode hook, Path cwd) throws IOException, InterruptedException {
        List<String> entry = new ArrayList<>(Arrays.asList(hook.get("entry").asText().split(" ")));
        ProcessBuilder pb = new ProcessBuilder().directory(cwd.toFile());
        pb.environment().put("OWL_CONFIG", "/dev/null");
        pb.environment().remove("OWL_CATALOG_PATH");
        switch (hook.get("language").asText()) {
            case "script" -> entry.set(0, HOOK_REPO.resolve(entry.get(0)).toString());
            case "system" -> {
                // owl installed on PATH: a wrapper standing in for an installed launcher
                Path bin = Files.createDirectories(tmp.resolve("bin"));
                Path owl = bin.resolve("owl");
                Files.writeString(owl, "#!/bin/sh\nexec '" + HOOK_REPO.resolve("owl") + "' \"$@\"\n");
                Files.setPosixFilePermissions(owl, PosixFilePermissions.fromString("rwxr-xr-x"));
                pb.environment().put("PATH", bin + ":" + System.getenv("PATH"));
            }
            default -> throw new AssertionError("unexpected hook language " + hook.get("language"));
        }
        if (hook.path("pass_filenames").asBoolean(true)) {
            entry.add("app.yaml");
        }
        entry.addAll(0, List.of("/bin/sh", "-c", "exec \"$@\"", "sh")); // a shell finds a bare name on the hook's PATH
        Process p = pb.command(entry).start();
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor(); // output is closed: the process is exiting
        return new Run(p.exitValue(), out, err);
    }

    @Test
    void everyHookFindsADeniedModelFromAnotherRepository() throws Exception {
        Path repo = userRepo("licenses:\n  deny: [llama-3.3-community]\n");
        List<JsonNode> hooks = hooks();
        assertThat(hooks).extracting(h -> h.get("id").asText()).contains("owl-license-check");
        for (JsonNode hook : hooks) {
            Run run = runHook(hook, repo);
            assertThat(run.code()).as(hook.get("id") + ": " + run.err()).isEqualTo(1);
            assertThat(run.out()).as(hook.get("id").asText())
                    .contains("error[license-denied]", "app.yaml:1:8", "llama-3.3-70b-instruct", "verdict: fail");
        }
    }

    @Test
    void everyHookPassesWhenThePolicyAllowsTheModel() throws Exception {
        Path repo = userRepo("licenses:\n  allow: [llama-3.3-community]\n");
        for (JsonNode hook : hooks()) {
            Run run = runHook(hook, repo);
            assertThat(run.code()).as(hook.get("id") + ": " + run.out() + run.err()).isZero();
            assertThat(run.out()).contains("verdict: pass");
        }
    }
}
