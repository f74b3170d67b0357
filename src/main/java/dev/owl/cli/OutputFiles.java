package dev.owl.cli;

import dev.owl.input.UsageException;

import dev.owl.input.Diagnostic;
import dev.owl.input.InputException;
import dev.owl.render.ReportFile;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** Writes an {@code -o}/{@code --report} file: a path that cannot take it is a usage error, a failed write a data error. */
final class OutputFiles {
    private OutputFiles() {}

    static void write(Path target, byte[] content) {
        try {
            ReportFile.write(target, content);
        } catch (ReportFile.Refused e) {
            throw new UsageException(e.getMessage(), e.help());
        } catch (IOException e) {
            throw new InputException(List.of(new Diagnostic(target.toString(), 0, 0, "cannot write the file ("
                    + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()) + ")",
                    "check the path, its permissions and the free space")));
        }
    }
}
