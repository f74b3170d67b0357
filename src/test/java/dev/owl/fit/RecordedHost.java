package dev.owl.fit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A machine made of recorded tool outputs, one directory per machine under {@code src/test/resources/detect/}:
 * {@code nvidia-smi.txt}, {@code rocm-smi.txt}, {@code lscpu.txt}, {@code sysctl-KEY.txt} are what the tool printed;
 * {@code TOOL.fail} is why it printed nothing (as {@link SystemHost} words it); a tool without either is not found.
 * {@code proc-meminfo.txt} and {@code proc-cpuinfo.txt} stand for those files, {@code os.txt} for the OS (default Linux).
 */
public final class RecordedHost implements Host {
    public static final Path ROOT = Path.of("src/test/resources/detect");

    private final Path dir;
    /** Every command run, in order. */
    public final List<List<String>> ran = new ArrayList<>();

    private RecordedHost(Path dir) {
        this.dir = dir;
    }

    public static RecordedHost of(String machine) {
        Path dir = ROOT.resolve(machine);
        if (!Files.isDirectory(dir)) {
            throw new IllegalArgumentException("no recorded machine " + dir);
        }
        return new RecordedHost(dir);
    }

    @Override
    public String osName() {
        String os = text(dir.resolve("os.txt"));
        return os == null ? "Linux" : os.strip();
    }

    @Override
    public Output run(List<String> command) {
        ran.add(List.copyOf(command));
        String tool = command.get(0);
        String name = tool.equals("sysctl") ? "sysctl-" + command.get(command.size() - 1) : tool;
        String failure = text(dir.resolve(name + ".fail"));
        if (failure != null) {
            return Output.failed(failure.strip());
        }
        String out = text(dir.resolve(name + ".txt"));
        return out == null ? Output.failed(tool + " not found") : Output.of(out);
    }

    @Override
    public String read(String path) {
        return text(dir.resolve(path.replaceFirst("^/", "").replace('/', '-') + ".txt"));
    }

    private static String text(Path p) {
        try {
            return Files.isRegularFile(p) ? Files.readString(p, StandardCharsets.UTF_8) : null;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
