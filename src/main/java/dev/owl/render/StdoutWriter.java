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

    private StdoutWriter(Recorder recorder, Charset charset) {
        super(new BufferedWriter(new OutputStreamWriter(recorder, charset)), true);
        this.recorder = recorder;
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
