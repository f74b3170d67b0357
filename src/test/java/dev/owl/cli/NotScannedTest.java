package dev.owl.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.owl.OwlRunner;
import dev.owl.OwlRunner.Result;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 17: a text file above the scanner's size cap may name models, so skipping it is not a silent pass: the report
 * names the file (table and JSON), and {@code --strict} fails on it.
 */
class NotScannedTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    @Test
    void aFileOverTheSizeCapIsNamedAndFailsTheStrictCheck() throws IOException {
        Files.writeString(tmp.resolve("train.yaml"), "model: meta-llama/Llama-3.1-8B-Instruct\n");
        try (RandomAccessFile big = new RandomAccessFile(tmp.resolve("dump.txt").toFile(), "rw")) {
            big.setLength(200L * 1024 * 1024); // sparse: 200 MB without writing them
        }
        Result lax = OwlRunner.bundled().run("license", "check", tmp.toString());
        assertThat(lax.exitCode()).as(lax.err()).isZero();
        assertThat(lax.out()).contains("warning[file-not-scanned]").contains("dump.txt").contains("larger than 2 MiB");

        Result strict = OwlRunner.bundled().run("license", "check", tmp.toString(), "--strict");
        assertThat(strict.exitCode()).as(strict.err()).isEqualTo(1);
        assertThat(strict.out()).contains("error[file-not-scanned]").contains("verdict: fail");

        JsonNode json = JSON.readTree(OwlRunner.bundled().run("license", "check", tmp.toString(), "--strict", "--format", "json").out());
        assertThat(json.get("verdict").asText()).isEqualTo("fail");
        assertThat(json.get("skipped").get(0).get("file").asText()).endsWith("dump.txt");
        JsonNode finding = json.get("findings").get(0);
        assertThat(finding.get("rule").asText()).isEqualTo("file-not-scanned");
        assertThat(finding.get("file").asText()).endsWith("dump.txt");
        assertThat(finding.get("severity").asText()).isEqualTo("error");
    }

    @Test
    void binaryFilesAreCountedNotFlagged() throws IOException {
        Files.write(tmp.resolve("weights.bin"), new byte[] {0, 1, 2, 0, 0, 3});
        Result r = OwlRunner.bundled().run("license", "check", tmp.toString(), "--strict");
        assertThat(r.exitCode()).as(r.out() + r.err()).isZero();
        assertThat(r.out()).doesNotContain("file-not-scanned");
    }
}
