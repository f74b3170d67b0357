package dev.owl.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.owl.OwlRunner;
import dev.owl.OwlRunner.Result;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code license check --format csv|tsv}: one row per finding (or per reference with --inventory), numbers as numbers. */
class LicenseCheckDelimitedTest {
    private static final String FIX = "src/test/resources/license-fixture/";

    @TempDir
    Path tmp;

    private static Result check(String... args) {
        List<String> all = new ArrayList<>(List.of("--catalog", FIX + "catalog", "license", "check", FIX + "repo",
                "--policy", FIX + "policies/apache-only.yaml"));
        all.addAll(List.of(args));
        return OwlRunner.fixture().run(all.toArray(String[]::new));
    }

    @Test
    void tsvHasOneRowPerFindingWithTheJsonFieldsAndNumericPositions() throws Exception {
        Result tsv = check("--format", "tsv");
        assertThat(tsv.exitCode()).as("violations are exit 1 in every format").isEqualTo(1);
        List<String> lines = tsv.out().lines().toList();
        assertThat(lines.get(0)).isEqualTo("FILE\tLINE\tCOLUMN\tREFERENCE\tMODEL\tLICENSE\tRULE\tSEVERITY\tMESSAGE\tHELP");
        JsonNode json = new ObjectMapper().readTree(check("--format", "json").out());
        assertThat(lines).hasSize(json.get("findings").size() + 1);
        for (int i = 0; i < json.get("findings").size(); i++) {
            JsonNode f = json.get("findings").get(i);
            String[] cells = lines.get(i + 1).split("\t", -1);
            assertThat(cells).hasSize(10);
            assertThat(cells[0]).isEqualTo(f.get("file").asText());
            assertThat(Integer.parseInt(cells[1])).isEqualTo(f.get("line").asInt());
            assertThat(Integer.parseInt(cells[2])).isEqualTo(f.get("column").asInt());
            assertThat(cells[3]).isEqualTo(f.get("reference").asText());
            assertThat(cells[6]).isEqualTo(f.get("rule").asText());
            assertThat(cells[7]).isEqualTo(f.get("severity").asText());
            assertThat(cells[8]).isEqualTo(f.get("message").asText());
        }
    }

    @Test
    void csvQuotesCellsWithCommasAndAnArgumentHasNoPosition() {
        Result csv = OwlRunner.fixture().run("--catalog", FIX + "catalog", "license", "check", "--policy", FIX + "policies/apache-only.yaml",
                "--model", "mistralai/Mistral-Large-Instruct-2407", "--format", "csv");
        List<String> lines = csv.out().lines().toList();
        assertThat(lines.get(0)).isEqualTo("FILE,LINE,COLUMN,REFERENCE,MODEL,LICENSE,RULE,SEVERITY,MESSAGE,HELP");
        assertThat(lines.get(1)).startsWith(",,,mistralai/Mistral-Large-Instruct-2407,mistral-large-instruct-2407,mistral-research,"
                + "license-not-allowed,error,\"mistral-large-instruct-2407 is under mistral-research, which is not in the allow list (apache-2.0, mit)\",");
    }

    @Test
    void inventoryAsCsvListsEveryReferenceAndAReportFileIsNotScannedAgain() throws Exception {
        Path report = tmp.resolve("inventory.csv");
        Result r = check("--inventory", "--report", "csv=" + report);
        assertThat(r.exitCode()).isEqualTo(1);
        List<String> rows = Files.readAllLines(report);
        assertThat(rows.get(0)).isEqualTo("FILE,LINE,COLUMN,REFERENCE,KIND,MODEL,LICENSE,RESOLUTION,NOTE,CONTEXT");
        assertThat(rows).hasSize(9).anyMatch(l -> l.endsWith("/repo/Modelfile,1,6,llama3.1:8b,ollama,llama-3.1-8b-instruct,llama-3.1-community,"
                + "exact,,modelfile-from"));
        // a csv report left in the scanned tree is owl's own output, not a use of the models it names
        Path repo = tmp.resolve("repo");
        Files.createDirectories(repo);
        Files.writeString(repo.resolve("app.py"), "m = AutoModel.from_pretrained(\"meta-llama/Meta-Llama-3-8B-Instruct\")\n");
        Files.copy(report, repo.resolve("owl.csv"));
        Result again = OwlRunner.fixture().run("--catalog", FIX + "catalog", "license", "check", repo.toString(), "--format", "json");
        assertThat(new ObjectMapper().readTree(again.out()).get("summary").get("references").asInt()).isEqualTo(1);
    }
}
