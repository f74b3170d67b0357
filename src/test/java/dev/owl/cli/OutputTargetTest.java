package dev.owl.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.owl.NoHang;
import dev.owl.OwlRunner;
import dev.owl.OwlRunner.Result;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code -o} and {@code --report} never destroy what they point at: devices and FIFOs are written, not
 * replaced; links keep being links; a directory or a missing parent is refused; new files get the umask's
 * permissions. A result that cannot be written to stdout is an error, a reader that stops early is not.
 */
class OutputTargetTest {
    private static final String FIX = "src/test/resources/license-fixture/";

    @TempDir
    Path tmp;

    private final List<Path> links = new ArrayList<>();

    @AfterEach
    void removeLinks() throws Exception {
        for (Path link : links) {
            Files.deleteIfExists(link); // before @TempDir's cleanup, which warns about links that leave the directory
        }
    }

    private Path link(String name, Path target) throws Exception {
        Path link = Files.createSymbolicLink(tmp.resolve(name), target);
        links.add(link);
        return link;
    }

    private static Result check(String... args) {
        List<String> all = new ArrayList<>(List.of("--catalog", FIX + "catalog", "license", "check", "--model", "mixtral",
                "--format", "json"));
        all.addAll(List.of(args));
        Result[] r = new Result[1];
        NoHang.run(String.join(" ", all), () -> r[0] = OwlRunner.fixture().run(all.toArray(String[]::new)));
        return r[0];
    }

    private static String report() {
        Result r = check();
        assertThat(r.exitCode()).as(r.err()).isZero();
        return r.out();
    }

    @Test
    void aDirectoryIsRefusedAndLeftAlone() throws Exception {
        for (String option : List.of("-o", "--report")) {
            Result r = check(option, option.equals("-o") ? tmp.toString() : "sarif=" + tmp);
            assertThat(r.exitCode()).as(r.err()).isEqualTo(2);
            assertThat(r.err()).contains(tmp + " is a directory").contains("help: ").doesNotContain("\tat ");
            try (var files = Files.list(tmp)) {
                assertThat(files).isEmpty();
            }
        }
    }

    @Test
    void aMissingDirectoryIsNotCreated() {
        Path target = tmp.resolve("no/such/dir/report.json");
        Result r = check("-o", target.toString());
        assertThat(r.exitCode()).as(r.err()).isEqualTo(2);
        assertThat(r.err()).contains("does not exist").contains("help: create it first (mkdir -p").doesNotContain("\tat ");
        assertThat(tmp.resolve("no")).doesNotExist();
    }

    @Test
    void aLinkToADeviceIsWrittenThroughNotReplaced() throws Exception {
        Path devNull = link("null-link", Path.of("/dev/null"));
        Result r = check("-o", devNull.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(Files.isSymbolicLink(devNull)).as("the link is still a link").isTrue();
        assertThat(Files.readSymbolicLink(devNull)).isEqualTo(Path.of("/dev/null"));
    }

    @Test
    void aWriteErrorOnADeviceIsOneClearLine() throws Exception {
        assumeTrue(Files.exists(Path.of("/dev/full")), "needs /dev/full");
        Path full = link("full-link", Path.of("/dev/full"));
        Result r = check("-o", full.toString());
        assertThat(r.exitCode()).as(r.err()).isEqualTo(3);
        assertThat(r.err()).contains("cannot write the file (No space left on device)").doesNotContain("\tat ");
        assertThat(Files.isSymbolicLink(full)).isTrue();
    }

    @Test
    void aFifoIsWrittenToNotReplaced() throws Exception {
        assumeTrue(new ProcessBuilder("mkfifo", "--version").start().waitFor() == 0, "needs mkfifo");
        Path fifo = tmp.resolve("report.fifo");
        assertThat(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor()).isZero();
        CompletableFuture<String> reader = CompletableFuture.supplyAsync(() -> {
            try (InputStream in = Files.newInputStream(fifo)) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (Exception e) {
                return "reader failed: " + e;
            }
        });
        try {
            Result r = check("-o", fifo.toString());
            assertThat(r.exitCode()).as(r.err()).isZero();
            assertThat(Files.readAttributes(fifo, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS).isOther())
                    .as("still a FIFO").isTrue();
            assertThat(reader.get(NoHang.LIMIT.toSeconds(), TimeUnit.SECONDS)).isEqualTo(report());
        } finally {
            if (!reader.isDone() && Files.readAttributes(fifo, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS).isOther()) {
                try (RandomAccessFile release = new RandomAccessFile(fifo.toFile(), "rw")) {
                    release.getFD(); // lets a reader stuck in open() go
                }
            }
        }
    }

    @Test
    void aLinkToAFileKeepsBeingALinkAndTheFileTakesTheReport() throws Exception {
        Path real = Files.writeString(tmp.resolve("real.json"), "old");
        Path viaLink = link("report.json", real);
        Result r = check("-o", viaLink.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(Files.isSymbolicLink(viaLink)).isTrue();
        assertThat(Files.readString(real)).isEqualTo(report());
    }

    @Test
    void newFilesGetTheUmasksPermissionsAndExistingFilesKeepTheirs() throws Exception {
        Path probe = Files.writeString(tmp.resolve("probe"), "x"); // created the way any tool creates a file
        var umaskPerms = Files.getPosixFilePermissions(probe);
        assumeTrue(!umaskPerms.equals(PosixFilePermissions.fromString("rw-------")), "a umask of 077 cannot tell the difference");
        Path fresh = tmp.resolve("fresh.json");
        assertThat(check("-o", fresh.toString(), "--report", "sarif=" + tmp.resolve("fresh.sarif")).exitCode()).isZero();
        assertThat(Files.getPosixFilePermissions(fresh)).isEqualTo(umaskPerms);
        assertThat(Files.getPosixFilePermissions(tmp.resolve("fresh.sarif"))).isEqualTo(umaskPerms);
        Path kept = Files.writeString(tmp.resolve("kept.json"), "old");
        Files.setPosixFilePermissions(kept, PosixFilePermissions.fromString("rw-r-----"));
        assertThat(check("-o", kept.toString()).exitCode()).isZero();
        assertThat(Files.getPosixFilePermissions(kept)).isEqualTo(PosixFilePermissions.fromString("rw-r-----"));
        assertThat(Files.readString(kept)).isEqualTo(report());
    }

    /**
     * In the tree a check scans, -o and --report replace an earlier owl report (any format) but refuse a source file or
     * the policy; outside it they replace a regular file as a shell's '>' would (newFilesGetTheUmasks… above).
     */
    @Test
    void aSourceOrThePolicyInTheScannedTreeIsRefusedAndAnEarlierReportReplaced() throws Exception {
        Path source = Files.writeString(tmp.resolve("app.yaml"), "model: mistralai/Mixtral-8x7B-Instruct-v0.1\n");
        Path policy = Files.writeString(tmp.resolve("policy.yaml"), "licenses:\n  allow: [apache-2.0]\n");
        String fixture = FIX + "catalog";
        for (String[] target : new String[][] {{"-o", source.toString()}, {"--report", "sarif=" + source}, {"-o", policy.toString()}}) {
            Result r = OwlRunner.fixture().run("--catalog", fixture, "license", "check", tmp.toString(), "--policy", policy.toString(),
                    target[0], target[1]);
            assertThat(r.exitCode()).as(r.err()).isEqualTo(2);
            assertThat(r.out()).isEmpty();
            assertThat(r.err()).contains("and is not an owl report; not overwriting it").contains("help: write the report to a new file");
        }
        assertThat(Files.readString(source)).isEqualTo("model: mistralai/Mixtral-8x7B-Instruct-v0.1\n");
        assertThat(Files.readString(policy)).isEqualTo("licenses:\n  allow: [apache-2.0]\n");
        for (String format : List.of("table", "json", "yaml", "csv", "tsv", "markdown", "sarif", "junit", "cyclonedx")) {
            Path report = tmp.resolve("owl-report." + format);
            for (String inventory : List.of("--inventory", "--strict")) {
                for (int run = 0; run < 2; run++) { // the second run finds the first one's report where it scans
                    Result r = OwlRunner.fixture().run("--catalog", fixture, "license", "check", tmp.toString(), "--policy",
                            policy.toString(), "--format", format, inventory, "-o", report.toString());
                    assertThat(r.exitCode()).as("%s %s run %d: %s", format, inventory, run, r.err()).isZero();
                }
            }
            assertThat(Files.readString(report)).as(format).isNotBlank();
        }
    }

    @Test
    void aDashIsStdout() throws Exception {
        Path dash = Path.of("-");
        try {
            Result r = check("-o", "-");
            assertThat(r.exitCode()).as(r.err()).isZero();
            assertThat(r.out()).isEqualTo(report());
            assertThat(dash).doesNotExist();
        } finally {
            Files.deleteIfExists(dash);
        }
    }

    @Test
    void aResultThatCannotBeWrittenToStdoutIsAnError() {
        Result r = OwlRunner.fixture().stdoutFails().run("list");
        assertThat(r.exitCode()).isEqualTo(3);
        assertThat(r.err()).startsWith("error: could not write the output").hasLineCount(1);
    }

    /** With --error-format json the failed write is reported as the other errors are: one JSON object on stderr. */
    @Test
    void aFailedWriteIsAJsonErrorWhenErrorsAreJson() throws Exception {
        Result r = OwlRunner.fixture().stdoutFails().run("list", "--format", "json", "--error-format", "json");
        assertThat(r.exitCode()).isEqualTo(3);
        assertThat(r.err().lines()).hasSize(1);
        com.fasterxml.jackson.databind.JsonNode e = new com.fasterxml.jackson.databind.ObjectMapper().readTree(r.err());
        assertThat(e.get("severity").asText()).isEqualTo("error");
        assertThat(e.get("message").asText()).startsWith("could not write the output").endsWith("the result is incomplete");
        assertThat(e.get("exit_code").asInt()).isEqualTo(3);
        assertThat(e.get("file").isNull()).isTrue();
    }

    /** The real process: stdout at /dev/full fails with one line; a reader that stops early ends quietly. */
    @Test
    void theRealProcessTellsAFullDiskFromAClosedPipe() throws Exception {
        assumeTrue(Files.exists(Path.of("/dev/full")), "needs /dev/full");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = List.of(java, "-cp", System.getProperty("java.class.path"), "dev.owl.Main",
                "--catalog", "src/test/resources/fixture-catalog", "list", "--all", "--format", "json");
        ProcessBuilder full = new ProcessBuilder(command).redirectOutput(Path.of("/dev/full").toFile());
        full.environment().put("OWL_CONFIG", "/dev/null");
        Process p = full.start();
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor()).as(err).isEqualTo(3);
        assertThat(err).isEqualTo("error: could not write the output (No space left on device); the result is incomplete\n");

        ProcessBuilder piped = new ProcessBuilder(command);
        piped.environment().put("OWL_CONFIG", "/dev/null");
        Process q = piped.start();
        q.getInputStream().close(); // like 'owl list | head -0'
        String qErr = new String(q.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(q.waitFor()).as(qErr).isZero();
        assertThat(qErr).isEmpty();
    }
}
