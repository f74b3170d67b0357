package dev.owl.render;

import java.io.BufferedWriter;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;

/**
 * The process's standard output as picocli would open it, but remembering why a write failed: a
 * PrintWriter keeps only a flag, and owl must tell a full disk (an error) from a reader that stopped
 * reading, as {@code owl list | head -1} does (not an error).
 */
public final class StdoutWriter extends PrintWriter {
    private final Recorder recorder;
    private boolean utf8;

    private StdoutWriter(Recorder recorder, Charset charset) {
        super(new BufferedWriter(new OutputStreamWriter(recorder, charset)), true);
        this.recorder = recorder;
        this.utf8 = charset.equals(java.nio.charset.StandardCharsets.UTF_8);
    }

    /**
     * From now on, writes UTF-8 whatever the locale: json, yaml, csv, tsv and markdown are read by programs and files,
     * and under {@code LC_ALL=C} Java would write every non-ASCII character as '?', which no reader can undo.
     */
    public void utf8() {
        if (!utf8) {
            flush();
            out = new BufferedWriter(new OutputStreamWriter(recorder, java.nio.charset.StandardCharsets.UTF_8));
            utf8 = true;
        }
    }

    /**
     * When standard output is UTF-8: this writer flushed, and the bytes under it, which closing only flushes. JSON
     * written there as UTF-8 skips a char encoder (a third of writing 100,000 models); otherwise null.
     */
    public OutputStream utf8Bytes() {
        if (!utf8) {
            return null;
        }
        flush();
        // a failed write marks this writer as failed and is remembered, as for text: the launcher reports it
        return new FilterOutputStream(recorder) {
            @Override
            public void write(byte[] b, int off, int len) {
                try {
                    out.write(b, off, len);
                } catch (IOException e) {
                    setError();
                }
            }

            @Override
            public void write(int b) {
                write(new byte[] {(byte) b}, 0, 1);
            }

            @Override
            public void flush() {
                try {
                    out.flush();
                } catch (IOException e) {
                    setError();
                }
            }

            @Override
            public void close() {
                flush();
            }
        };
    }

    /** Standard output, in the encoding picocli uses for it. */
    public static StdoutWriter open() {
        String encoding = System.getProperty("sun.stdout.encoding");
        Charset charset;
        try {
            charset = encoding == null ? Charset.defaultCharset() : Charset.forName(encoding);
        } catch (RuntimeException e) {
            charset = Charset.defaultCharset();
        }
        return new StdoutWriter(new Recorder(new FileOutputStream(FileDescriptor.out)), charset);
    }

    /** A stream written as standard output would be (tests). */
    static StdoutWriter over(OutputStream out, Charset charset) {
        return new StdoutWriter(new Recorder(out), charset);
    }

    /** The first write failure, or null. */
    public IOException failure() {
        return recorder.failure;
    }

    private static final class Recorder extends FilterOutputStream {
        private IOException failure;

        Recorder(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            try {
                out.write(b, off, len);
            } catch (IOException e) {
                failure = failure == null ? e : failure;
                throw e;
            }
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void flush() throws IOException {
            try {
                out.flush();
            } catch (IOException e) {
                failure = failure == null ? e : failure;
                throw e;
            }
        }
    }
}
