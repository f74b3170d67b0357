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
    void junitFailsWhenTheCheckFailsOnAFileNotScanned() throws Exception {
        // GitLab and Jenkins show the JUnit report: a strict run that exits 1 must not show every test passing
        Files.writeString(tmp.resolve("train.yaml"), "model: meta-llama/Llama-3.1-8B-Instruct\n");
        try (RandomAccessFile big = new RandomAccessFile(tmp.resolve("dump.txt").toFile(), "rw")) {
            big.setLength(3L * 1024 * 1024);
        }
        Result strict = OwlRunner.bundled().run("license", "check", tmp.toString(), "--strict", "--format", "junit");
        assertThat(strict.exitCode()).as(strict.err()).isEqualTo(1);
        org.w3c.dom.Document doc = javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new org.xml.sax.InputSource(new java.io.StringReader(strict.out())));
        org.w3c.dom.Element suite = (org.w3c.dom.Element) doc.getElementsByTagName("testsuite").item(0);
        assertThat(suite.getAttribute("tests")).isEqualTo("2"); // the reference in train.yaml, and the file not scanned
        assertThat(suite.getAttribute("failures")).isEqualTo("1");
        org.w3c.dom.Element failure = (org.w3c.dom.Element) doc.getElementsByTagName("failure").item(0);
        assertThat(failure.getAttribute("type")).isEqualTo("file-not-scanned");
        assertThat(((org.w3c.dom.Element) failure.getParentNode()).getAttribute("classname")).endsWith("dump.txt");

        Result lax = OwlRunner.bundled().run("license", "check", tmp.toString(), "--format", "junit");
        assertThat(lax.exitCode()).isZero();
        assertThat(lax.out()).contains("failures=\"0\"").contains("warning[file-not-scanned]");
    }

    @Test
    void aFileNameWithANewlineKeepsItInTheJunitAttributesAsAVisibleEscape() throws Exception {
        // XML parsers turn a raw newline inside an attribute into a space: the name would no longer be the file's
        Files.writeString(tmp.resolve("bad\nname.yaml"), "model: meta-llama/Llama-3.1-8B-Instruct\n");
        Result r = OwlRunner.bundled().run("license", "check", tmp.toString(), "--format", "junit");
        org.w3c.dom.Document doc = javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new org.xml.sax.InputSource(new java.io.StringReader(r.out())));
        org.w3c.dom.Element test = (org.w3c.dom.Element) doc.getElementsByTagName("testcase").item(0);
        assertThat(test.getAttribute("classname")).endsWith("bad\\nname.yaml");
        assertThat(test.getAttribute("name")).contains("bad\\nname.yaml:1:");
    }

    @Test
    void aNotebookWithAPrintedOutputOverJacksonsStringLimitIsStillReadCellByCell() throws Exception {
        // a cell that printed 21 million characters (a training log): valid JSON, and its sources name the model
        String cell = "{\"cell_type\": \"code\", \"source\": [\"m = AutoModel.from_pretrained(\\\"meta-llama/Llama-3.1-8B-Instruct\\\")\"],"
                + " \"outputs\": [{\"output_type\": \"stream\", \"name\": \"stdout\", \"text\": [\"";
        try (java.io.Writer w = Files.newBufferedWriter(tmp.resolve("train.ipynb"))) {
            w.write("{\"cells\": [" + cell);
            char[] block = new char[1 << 20];
            java.util.Arrays.fill(block, 'x');
            for (int i = 0; i < 21; i++) {
                w.write(block);
            }
            w.write("\"]}]}], \"metadata\": {}, \"nbformat\": 4, \"nbformat_minor\": 5}\n");
        }
        // a source string that long is no notebook anyone wrote: not read, and said so (a file-not-scanned warning)
        try (java.io.Writer w = Files.newBufferedWriter(tmp.resolve("odd.ipynb"))) {
            w.write("{\"cells\": [{\"cell_type\": \"code\", \"source\": \"");
            w.write("y".repeat(21 * 1024 * 1024));
            w.write("\"}]}\n");
        }
        Result r = OwlRunner.bundled().run("license", "check", tmp.toString(), "--format", "json");
        assertThat(r.exitCode()).as(r.err()).isZero();
        JsonNode json = JSON.readTree(r.out());
        assertThat(json.get("references")).hasSize(1);
        assertThat(json.get("references").get(0).get("file").asText()).endsWith("train.ipynb");
        assertThat(json.get("references").get(0).get("model").asText()).isEqualTo("llama-3.1-8b-instruct");
        assertThat(json.get("skipped")).hasSize(1);
        assertThat(json.get("skipped").get(0).get("file").asText()).endsWith("odd.ipynb");
        assertThat(json.get("skipped").get(0).get("reason").asText()).isEqualTo("unreadable: a JSON string longer than 20000000 characters");
        assertThat(json.get("findings").get(0).get("rule").asText()).isEqualTo("file-not-scanned");
    }

    @Test
    void binaryFilesAreCountedNotFlagged() throws IOException {
        Files.write(tmp.resolve("weights.bin"), new byte[] {0, 1, 2, 0, 0, 3});
        Result r = OwlRunner.bundled().run("license", "check", tmp.toString(), "--strict");
        assertThat(r.exitCode()).as(r.out() + r.err()).isZero();
        assertThat(r.out()).doesNotContain("file-not-scanned");
    }
}
