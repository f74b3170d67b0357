package dev.owl.input;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * Reads a file a user named (catalog, policy, config, config.json, reference list) without trusting it:
 * the type and size are checked before it is opened, so a FIFO is never opened (which would block) and a
 * device such as /dev/zero is never read (which would never end), and the read itself stops at the cap.
 */
public final class UserFile {
    private UserFile() {}

    /** Why a file was not read, and where in it when that is known (line and column 1-based, else 0). */
    public static final class Unreadable extends IOException {
        private static final long serialVersionUID = 1L;
        private final String help;
        private final int line;
        private final int column;

        Unreadable(String problem, String help, int line, int column) {
            super(problem);
            this.help = help;
            this.line = line;
            this.column = column;
        }

        Unreadable(String problem, String help) {
            this(problem, help, 0, 0);
        }

        public String help() {
            return help;
        }

        public int line() {
            return line;
        }

        public int column() {
            return column;
        }
    }

    /** The bytes of {@code path} if it is a regular file (after links) of at most {@code maxBytes}. */
    public static byte[] bytes(Path path, long maxBytes) throws IOException {
        BasicFileAttributes attrs;
        try {
            attrs = Files.readAttributes(path, BasicFileAttributes.class);
        } catch (NoSuchFileException e) {
            throw new Unreadable("file not found", "check the path");
        }
        if (attrs.isDirectory()) {
            throw new Unreadable("is a directory, expected a file", "pass the file itself");
        }
        if (!attrs.isRegularFile()) {
            throw new Unreadable("not a regular file (a device, FIFO or socket)", "pass a regular file");
        }
        if (attrs.size() > maxBytes) {
            throw tooLarge(attrs.size(), maxBytes);
        }
        byte[] data;
        try (InputStream in = Files.newInputStream(path)) {
            data = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
        }
        if (data.length > maxBytes) { // it grew after the size check
            throw tooLarge(data.length, maxBytes);
        }
        return data;
    }

    /** The text of {@code path}, strictly UTF-8; an invalid byte is reported with its line and column. */
    public static String utf8(Path path, long maxBytes) throws IOException {
        return decodeUtf8(bytes(path, maxBytes));
    }

    /** Decodes strict UTF-8; the error names the line and column (in characters) of the first invalid byte. */
    public static String decodeUtf8(byte[] data) throws Unreadable {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(data);
        CharBuffer out = CharBuffer.allocate(data.length);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            int bad = in.position();
            int line = 1;
            int lineStart = 0;
            for (int i = 0; i < bad; i++) {
                if (data[i] == '\n') {
                    line++;
                    lineStart = i + 1;
                }
            }
            int column = 1;
            for (int i = lineStart; i < bad; i++) {
                column += (data[i] & 0xC0) == 0x80 ? 0 : 1; // count characters, not continuation bytes
            }
            throw new Unreadable(String.format("file is not valid UTF-8 (byte 0x%02X)", data[bad] & 0xFF),
                    "save it as UTF-8", line, column);
        }
        return out.flip().toString();
    }

    private static Unreadable tooLarge(long size, long max) {
        return new Unreadable("file is " + size + " bytes, more than the " + max + "-byte limit",
                "is this the intended file? owl reads at most " + max + " bytes from a file of this kind; split larger ones");
    }

    /** A short reason for an I/O failure, without the exception's class name noise. */
    public static String reason(IOException e) {
        if (e instanceof Unreadable) {
            return e.getMessage();
        }
        String name = e.getClass().getSimpleName().replace("Exception", "");
        return "cannot read file (" + (e.getMessage() == null ? name : name + ": " + e.getMessage()) + ")";
    }
}
