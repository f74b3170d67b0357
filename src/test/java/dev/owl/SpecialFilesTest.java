package dev.owl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.owl.OwlRunner.Result;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files that are not regular files, wherever owl reads a user's file: a FIFO is never opened (opening one
 * blocks until a writer comes) and a link to /dev/zero is never read (it never ends). Each is one clear data
 * error, exit 3. Every run is hang-guarded, and any FIFO a broken build did open is released afterwards.
 */
class SpecialFilesTest {
    @TempDir
    Path tmp;

    private final List<Path> fifos = new ArrayList<>();
    private final List<Path> links = new ArrayList<>();

    @BeforeEach
    void needsMkfifo() throws Exception {
        assumeTrue(Files.isReadable(Path.of("/dev/zero")), "needs /dev/zero");
        assumeTrue(new ProcessBuilder("mkfifo", "--version").start().waitFor() == 0, "needs mkfifo");
    }

    /** On Linux opening a FIFO read-write never blocks, and it satisfies a reader stuck in open(): no thread stays hung. */
    @AfterEach
    void releaseFifos() throws IOException {
        for (Path link : links) {
            Files.delete(link); // before @TempDir's cleanup, which warns about links that leave the directory
        }
        for (Path fifo : fifos) {
            try (RandomAccessFile unblock = new RandomAccessFile(fifo.toFile(), "rw")) {
                unblock.getFD();
            }
        }
    }

    private Path fifo(Path path) throws Exception {
        Files.createDirectories(path.getParent());
        assertThat(new ProcessBuilder("mkfifo", path.toString()).start().waitFor()).isZero();
        fifos.add(path);
        return path;
    }

    private Path zero(Path link) throws IOException {
        Files.createDirectories(link.getParent());
        links.add(link);
        return Files.createSymbolicLink(link, Path.of("/dev/zero"));
    }

    private static Result run(OwlRunner runner, String... args) {
        Result[] result = new Result[1];
        NoHang.run(String.join(" ", args), () -> result[0] = runner.run(args));
        return result[0];
    }

    private static void assertDataError(Result r, String file) {
        assertThat(r.exitCode()).as(r.err()).isEqualTo(3);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).contains(file).contains("not a regular file").contains("help: ")
                .doesNotContain("\tat ").doesNotContain("Exception");
    }

    @Test
    void aCatalogFileThatIsAFifoOrALinkToDevZero() throws Exception {
        Path fifoCatalog = tmp.resolve("fifo");
        fifo(fifoCatalog.resolve("models/x.yaml"));
        assertDataError(run(OwlRunner.fixture(), "--catalog", fifoCatalog.toString(), "list"), "x.yaml");
        Path zeroCatalog = tmp.resolve("zero");
        zero(zeroCatalog.resolve("licenses/x.yaml"));
        assertDataError(run(OwlRunner.fixture(), "--catalog", zeroCatalog.toString(), "list"), "x.yaml");
        Path hardware = tmp.resolve("hw");
        fifo(hardware.resolve("hardware.yaml"));
        Result validate = run(OwlRunner.fixture(), "catalog", "validate", hardware.toString());
        assertThat(validate.exitCode()).as(validate.err()).isIn(1, 3);
        assertThat(validate.out() + validate.err()).contains("hardware.yaml").contains("not a regular file");
    }

    @Test
    void aPolicyFileThatIsAFifoOrALinkToDevZero() throws Exception {
        Path fifo = fifo(tmp.resolve("policy.yaml"));
        assertDataError(run(OwlRunner.fixture(), "license", "check", "--model", "mixtral", "--policy", fifo.toString()), "policy.yaml");
        Path zero = zero(tmp.resolve("zero-policy.yaml"));
        assertDataError(run(OwlRunner.fixture(), "license", "check", "--model", "mixtral", "--policy", zero.toString()),
                "zero-policy.yaml");
    }

    @Test
    void aPolicyIsAPageNotMegabytes() throws Exception {
        Path policy = Files.writeString(tmp.resolve("big-policy.yaml"), "# padding\n".repeat(30_000) + "licenses: {allow: [apache-2.0]}\n");
        Result r = run(OwlRunner.fixture(), "license", "check", "--model", "mixtral", "--policy", policy.toString());
        assertThat(r.exitCode()).as(r.err()).isEqualTo(3);
        assertThat(r.err()).contains("big-policy.yaml").contains("300032 bytes, more than the 262144-byte limit");
    }

    @Test
    void aConfigFileThatIsAFifo() throws Exception {
        Path fifo = fifo(tmp.resolve("config.yaml"));
        assertDataError(run(OwlRunner.fixture().env("OWL_CONFIG", fifo.toString()), "list"), "config.yaml");
    }

    @Test
    void aConfigJsonThatIsAFifoALinkToDevZeroOrADirectory() throws Exception {
        Path fifoModel = tmp.resolve("fifo-model");
        fifo(fifoModel.resolve("config.json"));
        assertDataError(run(OwlRunner.fixture(), "fit", fifoModel.toString(), "--vram", "24"), "config.json");
        Path zero = zero(tmp.resolve("zero-model/config.json"));
        assertDataError(run(OwlRunner.fixture(), "fit", zero.toString(), "--vram", "24"), "config.json");
        Path dirModel = Files.createDirectories(tmp.resolve("dir-model/config.json"));
        Result dir = run(OwlRunner.fixture(), "fit", dirModel.getParent().toString(), "--vram", "24");
        assertThat(dir.exitCode()).as(dir.err()).isEqualTo(3);
        assertThat(dir.err()).contains("config.json").contains("is a directory");
    }

    @Test
    void aModelsFromFileThatIsAFifoOrALinkToDevZero() throws Exception {
        Path fifo = fifo(tmp.resolve("models.txt"));
        assertDataError(run(OwlRunner.fixture(), "license", "check", "--models-from", fifo.toString()), "models.txt");
        Path zero = zero(tmp.resolve("zero.txt"));
        assertDataError(run(OwlRunner.fixture(), "license", "check", "--models-from", zero.toString()), "zero.txt");
    }

    @Test
    void aScanPathGivenExplicitlyThatCannotBeScannedIsAnErrorNotAPass() throws Exception {
        Path fifo = fifo(tmp.resolve("scan.fifo"));
        assertDataError(run(OwlRunner.fixture(), "license", "check", fifo.toString()), "scan.fifo");
        assertDataError(run(OwlRunner.fixture(), "license", "check", "/dev/zero"), "/dev/zero");
        Path zero = zero(tmp.resolve("zero-link"));
        assertDataError(run(OwlRunner.fixture(), "license", "check", zero.toString()), "zero-link");
    }

    @Test
    void specialFilesInsideAScannedTreeAreNotOpened() throws Exception {
        Path tree = Files.createDirectories(tmp.resolve("tree"));
        fifo(tree.resolve("pipe.py"));
        zero(tree.resolve("zero.py"));
        Files.writeString(tree.resolve("app.py"), "m = from_pretrained(\"mistralai/Mistral-7B-Instruct-v0.1\")\n");
        Result r = run(OwlRunner.fixture(), "license", "check", tree.toString(), "--format", "json");
        assertThat(r.exitCode()).as(r.err()).isIn(0, 1);
        assertThat(r.out()).contains("Mistral-7B-Instruct-v0.1");
    }
}
