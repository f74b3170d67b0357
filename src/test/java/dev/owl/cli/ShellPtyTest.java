package dev.owl.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** owl shell on a real pseudo-terminal: prompt, a command, Ctrl-C on a half-typed line, Ctrl-D to leave. */
class ShellPtyTest {
    @TempDir
    Path tmp;

    @Test
    void aSessionOnAPseudoTerminal() throws Exception {
        assumeTrue(new ProcessBuilder("python3", "--version").start().waitFor() == 0, "python3 drives the pty");
        Path driver = tmp.resolve("pty_driver.py");
        Files.writeString(driver, """
                import os, pty, sys, time, select, fcntl, struct, termios
                pid, fd = pty.fork()
                if pid == 0:
                    os.execvp(sys.argv[1], sys.argv[1:])
                fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", 40, 160, 0, 0))
                out = b""
                def read_for(seconds):
                    global out
                    end = time.time() + seconds
                    while time.time() < end:
                        r, _, _ = select.select([fd], [], [], 0.1)
                        if r:
                            try:
                                out += os.read(fd, 65536)
                            except OSError:
                                return
                def wait_for(text, seconds=20):
                    end = time.time() + seconds
                    while text.encode() not in out and time.time() < end:
                        read_for(0.2)
                wait_for("owl> ")
                os.write(fd, b"list --family mistral --limit 1\\r")
                wait_for("mistral-7b-instruct")
                os.write(fd, b"show half-typ")
                read_for(0.5)
                os.write(fd, b"\\x03")
                read_for(0.5)
                os.write(fd, b"\\x04")
                read_for(2)
                _, status = os.waitpid(pid, 0)
                sys.stdout.write(out.decode("utf-8", "replace"))
                sys.stdout.write("\\nEXIT=%d\\n" % os.waitstatus_to_exitcode(status))
                """);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder("python3", driver.toString(), java, "-cp", System.getProperty("java.class.path"),
                "dev.owl.Main", "--catalog", "src/test/resources/fixture-catalog", "shell");
        pb.environment().put("HOME", tmp.toString()); // history goes to $HOME/.local/state, not Java's user.home
        pb.environment().remove("XDG_STATE_HOME");
        pb.environment().put("OWL_CONFIG", tmp.resolve("none.yaml").toString());
        pb.environment().put("TERM", "xterm");
        pb.redirectErrorStream(true);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(out).contains("owl shell:").contains("owl> ").contains("mistral-7b-instruct").contains("EXIT=0");
        assertThat(out).doesNotContain("unknown model 'half-typ'"); // Ctrl-C dropped the half-typed line
        assertThat(Files.readString(tmp.resolve(".local/state/owl/history"))).contains("list --family mistral --limit 1");
    }
}
