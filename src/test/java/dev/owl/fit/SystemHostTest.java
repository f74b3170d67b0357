package dev.owl.fit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;

/** The real runner on real processes that end at once (the timeout path is covered by recorded failures, not by a clock). */
@DisabledOnOs(OS.WINDOWS)
class SystemHostTest {
    private final SystemHost host = new SystemHost(Duration.ofMinutes(1));

    @Test
    void aMissingToolIsNotFound() {
        Host.Output out = host.run(List.of("owl-no-such-tool-4f1c", "--query-gpu=name"));
        assertThat(out.ok()).isFalse();
        assertThat(out.failure()).isEqualTo("owl-no-such-tool-4f1c not found");
    }

    @Test
    void stdoutIsCapturedAndStderrDropped() {
        Host.Output out = host.run(List.of("sh", "-c", "printf 'NVIDIA GeForce RTX 4090, 24564\\n'; echo noise >&2"));
        assertThat(out.ok()).isTrue();
        assertThat(out.stdout()).isEqualTo("NVIDIA GeForce RTX 4090, 24564\n");
    }

    @Test
    void aFailingToolSaysItsStatusAndFirstLine() {
        Host.Output out = host.run(List.of("sh", "-c", "echo 'NVIDIA-SMI has failed'; exit 9"));
        assertThat(out.failure()).isEqualTo("sh exited with status 9: NVIDIA-SMI has failed");
    }

    @Test
    void filesAreReadOrNull() {
        assertThat(host.read("pom.xml")).contains("<artifactId>");
        assertThat(host.read("/nonexistent/meminfo")).isNull();
    }
}
