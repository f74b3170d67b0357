package dev.owl;

import dev.owl.config.Environment;
import dev.owl.catalog.CatalogLocation;

import dev.owl.cli.OwlCommand;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;
import picocli.CommandLine;

/** Runs owl in-process, as a user would from a shell, and captures what it prints and returns. */
public final class OwlRunner {
    public static final Path FIXTURE = Path.of("src/test/resources/fixture-catalog");

    /** What one run printed and returned. */
    public record Result(int exitCode, String out, String err) {}

    private final Map<String, String> env = new HashMap<>(Map.of("OWL_CONFIG", "/dev/null"));
    private boolean interactive;
    private int width;
    private byte[] stdin = new byte[0];
    private boolean stdoutFails;
    private java.time.Clock clock = java.time.Clock.fixed(java.time.Instant.parse("2026-11-22T12:00:00Z"), java.time.ZoneOffset.UTC);
    private Supplier<CatalogLocation> builtin = () -> new CatalogLocation("catalog", FIXTURE, true);
    /** The machine --gpu auto inspects: recorded tool outputs (dev.owl.fit.RecordedHost); none found unless set. */
    private dev.owl.fit.Host host = dev.owl.fit.RecordedHost.of("nothing");

    /** A runner over the frozen test catalog, output piped (no terminal). */
    public static OwlRunner fixture() {
        return new OwlRunner();
    }

    /** A runner over the real bundled catalog. */
    public static OwlRunner bundled() {
        OwlRunner r = new OwlRunner();
        r.builtin = () -> new CatalogLocation("catalog", Path.of("catalog"), true);
        return r;
    }

    public OwlRunner env(String name, String value) {
        env.put(name, value);
        return this;
    }

    /** Pretend stdout is a terminal this many columns wide. */
    public OwlRunner terminal(int columns) {
        this.interactive = true;
        this.width = columns;
        return this;
    }

    /** What the command reads from standard input. */
    public OwlRunner stdin(String text) {
        this.stdin = text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        return this;
    }

    /** Today's date as the command sees it. */
    public OwlRunner today(String isoDate) {
        this.clock = java.time.Clock.fixed(java.time.Instant.parse(isoDate + "T12:00:00Z"), java.time.ZoneOffset.UTC);
        return this;
    }

    /** Standard output refuses every write, like a full disk. */
    public OwlRunner stdoutFails() {
        this.stdoutFails = true;
        return this;
    }

    /** The machine --gpu auto inspects, e.g. {@code RecordedHost.of("rtx-4090")}. */
    public OwlRunner host(dev.owl.fit.Host machine) {
        this.host = machine;
        return this;
    }

    public OwlRunner builtin(Supplier<CatalogLocation> location) {
        this.builtin = location;
        return this;
    }

    public Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int w = width;
        byte[] in = stdin;
        CommandLine cl = OwlCommand.commandLine(new Environment(env, interactive, () -> w, builtin,
                () -> new java.io.ByteArrayInputStream(in), clock, host), args);
        cl.setOut(new PrintWriter(stdoutFails ? fullDisk() : out, true));
        cl.setErr(new PrintWriter(err, true));
        int code = cl.execute(args);
        return new Result(code, out.toString(), err.toString());
    }

    /** A writer that refuses every write, like a full disk. */
    public static java.io.Writer fullDisk() {
        return new java.io.Writer() {
            @Override
            public void write(char[] buf, int off, int len) throws java.io.IOException {
                throw new java.io.IOException("No space left on device");
            }

            @Override
            public void flush() {}

            @Override
            public void close() {}
        };
    }

    /** Splits a command line the way a POSIX shell would for plain words and '…' or "…" quoting. */
    public static java.util.List<String> words(String command) {
        java.util.List<String> words = new java.util.ArrayList<>();
        StringBuilder word = new StringBuilder();
        boolean inWord = false;
        char quote = 0;
        for (char c : command.toCharArray()) {
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                } else {
                    word.append(c);
                }
            } else if (c == '\'' || c == '"') {
                quote = c;
                inWord = true;
            } else if (c == ' ') {
                if (inWord) {
                    words.add(word.toString());
                    word.setLength(0);
                    inWord = false;
                }
            } else {
                word.append(c);
                inWord = true;
            }
        }
        if (inWord) {
            words.add(word.toString());
        }
        return words;
    }
}
