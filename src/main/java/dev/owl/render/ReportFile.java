package dev.owl.render;

import dev.owl.input.Diagnostic;
import dev.owl.input.InputException;
import dev.owl.input.UsageException;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFileAttributeView;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes a report to a path without ever destroying what the path names. A regular file (or a new one) is
 * written under a temporary name and moved into place, so an interrupted run leaves no half report; the
 * move lands on the link's target when the path is a symbolic link, and keeps an existing file's
 * permissions; a new file gets the umask's, as with any other tool. A device or FIFO is written directly
 * (a rename would replace {@code /dev/null} with a file). A directory or a missing parent is refused.
 */
public final class ReportFile {
    private ReportFile() {}

    /**
     * Writes an {@code -o}/{@code --report} file: a path that cannot take it is a usage error, a failed write a
     * data error.
     */
    public static void write(Path target, byte[] content) {
        try {
            put(target, content);
        } catch (Refused e) {
            throw new UsageException(e.getMessage(), e.help);
        } catch (IOException e) {
            throw new InputException(List.of(new Diagnostic(target.toString(), 0, 0, "cannot write the file ("
                    + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()) + ")",
                    "check the path, its permissions and the free space")));
        }
    }

    /**
     * Refuses an {@code -o}/{@code --report} target that is one of the run's inputs (a file it reads, or a file under
     * a directory it scans) unless the file is empty or {@code ours} recognises its start as owl's earlier output, which
     * a rerun replaces. Anything else there is a source: a shell's {@code >} would destroy it, owl says so instead.
     */
    public static void refuseInputs(List<Path> targets, List<Path> inputs, java.util.function.Predicate<String> ours, String kind) {
        for (Path target : targets) {
            refuseInput(target, inputs, ours, kind);
        }
    }

    /**
     * Refuses two reports of one run to one place ({@code -} is stdout): the last would replace the first without a
     * word, or two documents would run together on stdout where no reader can take them apart.
     */
    public static void refuseShared(List<Path> targets) {
        java.util.Set<Path> seen = new java.util.HashSet<>();
        for (Path target : targets) {
            boolean stdout = target.toString().equals("-");
            if (!seen.add(stdout ? target : target.toAbsolutePath().normalize())) {
                throw new UsageException((stdout ? "stdout" : target.toString()) + " is given two reports; one would "
                        + (stdout ? "run into" : "replace") + " the other", "write each report to its own file (-o FILE, --report FORMAT=FILE)");
            }
        }
    }

    private static void refuseInput(Path target, List<Path> inputs, java.util.function.Predicate<String> ours, String kind) {
        try {
            if (target.toString().equals("-") || !Files.isRegularFile(target) || Files.size(target) == 0) {
                return;
            }
            Path real = target.toRealPath();
            for (Path input : inputs) {
                Path in = Files.exists(input) ? input.toRealPath() : null;
                if (in != null && (real.equals(in) || Files.isDirectory(in) && real.startsWith(in)) && !ours.test(head(real))) {
                    throw new UsageException(target + " is " + (real.equals(in) ? "read by this run" : "under '" + input
                            + "', which this run scans,") + " and is not " + kind + "; not overwriting it",
                            "write the report to a new file (e.g. owl-report." + extension(target) + "), or delete " + target + " first");
                }
            }
        } catch (IOException e) {
            // unreadable: the write itself reports it
        }
    }

    /** The first 8 KiB of a file as text: enough to tell one of owl's reports by its start. */
    private static String head(Path file) throws IOException {
        try (java.io.InputStream in = Files.newInputStream(file)) {
            return new String(in.readNBytes(8192), java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    private static String extension(Path file) {
        String name = String.valueOf(file.getFileName());
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(dot + 1) : "txt";
    }

    /** A path that cannot take a report, with the fix. */
    private static final class Refused extends IOException {
        private static final long serialVersionUID = 1L;
        private final String help;

        Refused(String message, String help) {
            super(message);
            this.help = help;
        }
    }

    private static void put(Path target, byte[] bytes) throws IOException {
        BasicFileAttributes attrs;
        try {
            attrs = Files.readAttributes(target, BasicFileAttributes.class);
        } catch (NoSuchFileException e) {
            attrs = null;
        }
        if (attrs != null && attrs.isDirectory()) {
            throw new Refused(target + " is a directory", "name a file, e.g. " + target.resolve("owl-report"));
        }
        if (attrs != null && !attrs.isRegularFile()) {
            try (OutputStream out = Files.newOutputStream(target, StandardOpenOption.WRITE)) {
                out.write(bytes);
            }
            return;
        }
        if (attrs == null && Files.isSymbolicLink(target)) {
            // a link to nothing yet: write through it, as a shell's '>' does, rather than replace the link
            Files.write(target, bytes);
            return;
        }
        Path real = attrs != null ? target.toRealPath() : target.toAbsolutePath();
        Path dir = real.getParent();
        if (!Files.isDirectory(dir)) {
            throw new Refused("cannot write " + target + ": the directory " + dir + " does not exist",
                    "create it first (mkdir -p " + dir + "), or write somewhere else");
        }
        writeAtomically(real, dir, bytes, attrs != null);
    }

    private static void writeAtomically(Path real, Path dir, byte[] bytes, boolean exists) throws IOException {
        Path tmp = dir.resolve("." + real.getFileName() + "." + Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36) + ".tmp");
        tmp.toFile().deleteOnExit(); // Ctrl-C runs shutdown, not this method's finally block
        try {
            // CREATE_NEW without attributes: mode 0666 less the umask (Files.createTempFile would force 0600)
            try (OutputStream out = Files.newOutputStream(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                out.write(bytes);
            }
            PosixFileAttributeView posix = Files.getFileAttributeView(real, PosixFileAttributeView.class, LinkOption.NOFOLLOW_LINKS);
            if (exists && posix != null) {
                Files.setPosixFilePermissions(tmp, posix.readAttributes().permissions());
            }
            try {
                Files.move(tmp, real, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, real, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
