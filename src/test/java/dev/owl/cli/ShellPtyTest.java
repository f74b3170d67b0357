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
                eof = False
                # No step races the clock: each waits for the text it needs (or the end of output); the
                # 600 s cap only stops a hung session on a machine however busy.
                def read_some():
                    global out, eof
                    r, _, _ = select.select([fd], [], [], 0.2)
                    if r:
                        try:
                            chunk = os.read(fd, 65536)
                        except OSError:
                            chunk = b""
                        out += chunk
                        eof = eof or not chunk
                def wait_for(text, count=1, seconds=600):
                    end = time.time() + seconds
                    while out.count(text.encode()) < count and not eof and time.time() < end:
                        read_some()
                wait_for("owl> ")
                os.write(fd, b"list --family mistral --limit 1\\r")
                wait_for("mistral-7b-instruct")
                wait_for("owl> ", 2)  # typed before the next prompt, the kernel would echo it and Ctrl-C would kill the JVM
                os.write(fd, b"show half-typ")
                wait_for("half-typ")
                prompts = out.count(b"owl> ")
                os.write(fd, b"\\x03")
                wait_for("owl> ", prompts + 1)  # Ctrl-C handled: a fresh prompt
                os.write(fd, b"\\x04")
                end = time.time() + 600
                while not eof and time.time() < end:
                    read_some()
                if not eof:
                    os.kill(pid, 9)
                _, status = os.waitpid(pid, 0)
                sys.stdout.write(out.decode("utf-8", "replace"))
                sys.stdout.write("\\nEXIT=%d\\n" % os.waitstatus_to_exitcode(status))
                """);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder("python3", driver.toString(), java, "-cp", System.getProperty("java.class.path"),
                "dev.owl.Main", "--catalog", "src/test/resources/fixture-catalog", "shell");
        pb.environment().put("HOME", tmp.toString()); // history goes to $HOME/.local/state, not Java's user.home
        pb.environment().remove("XDG_STATE_HOME");
        pb.environment().put("OWL_CONFIG", "/dev/null");
        pb.environment().put("TERM", "xterm");
        pb.redirectErrorStream(true);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(dev.owl.NoHang.LIMIT.toSeconds(), TimeUnit.SECONDS)).isTrue();
        assertThat(out).contains("owl shell:").contains("owl> ").contains("mistral-7b-instruct").contains("EXIT=0");
        assertThat(out).doesNotContain("unknown model 'half-typ'"); // Ctrl-C dropped the half-typed line
        assertThat(Files.readString(tmp.resolve(".local/state/owl/history"))).contains("list --family mistral --limit 1");
    }
}
