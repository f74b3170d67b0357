package dev.owl.cli;

import dev.owl.policy.StarterPolicy;
import static org.assertj.core.api.Assertions.assertThat;

import dev.owl.OwlRunner;
import dev.owl.catalog.Catalog;
import dev.owl.catalog.CatalogLoader;
import dev.owl.catalog.CatalogLocation;
import dev.owl.policy.Policy;
import dev.owl.policy.PolicyParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The policy `--init` writes works as written, and every commented example works once uncommented. */
class StarterPolicyTest {
    @TempDir
    Path tmp;

    @Test
    void everyCommentedExampleIsValidOnceUncommented() throws IOException {
        String uncommented = StarterPolicy.TEXT.replaceAll("(?m)^(\\s*)# ((?:- )?[a-z_]+:.*|  [a-z_]+:.*)$", "$1$2");
        assertThat(uncommented).as("the examples were found and uncommented").doesNotContain("# monthly_active_users")
                .doesNotContain("# - model:").doesNotContain("# deny:");
        Path p = tmp.resolve("owl-policy.yaml");
        Files.writeString(p, uncommented);
        Catalog catalog = new CatalogLoader().load(List.of(new CatalogLocation("catalog", Path.of("catalog"), true)));
        Policy policy = PolicyParser.read(p, catalog);
        assertThat(policy.deny()).containsExactly("mistral-research", "mistral-non-production");
        assertThat(policy.usage().monthlyActiveUsers()).isEqualTo(2_000_000L);
        assertThat(policy.usage().euEntity()).isTrue();
        assertThat(policy.exceptions()).singleElement().satisfies(e -> assertThat(e.model()).isEqualTo("meta-llama/Llama-3.3-70B-Instruct"));
        assertThat(policy.helpUri()).isEqualTo("https://github.com/ORG/owl/blob/TAG/README.md#the-license-gate");
    }

    @Test
    void theStarterPolicyNamesEveryRequirementAPolicyMayHold() {
        assertThat(dev.owl.policy.Requirement.keys()).isNotEmpty()
                .allSatisfy(key -> assertThat(StarterPolicy.TEXT).contains(key));
    }

    @Test
    void initThenCheckPassesInAnEmptyDirectory() {
        Path policy = tmp.resolve("owl-policy.yaml");
        OwlRunner.Result init = OwlRunner.bundled().run("license", "check", "--init", "--policy", policy.toString());
        assertThat(init.exitCode()).isZero();
        OwlRunner.Result check = OwlRunner.bundled().run("license", "check", tmp.toString(), "--policy", policy.toString());
        assertThat(check.exitCode()).as(check.out() + check.err()).isZero();
        assertThat(check.out()).contains("verdict: pass").contains("0 references in 0 files scanned");
    }

    @Test
    void thePolicyFileAndOwlsOwnReportsAreNeverJudged() throws IOException {
        Path policy = tmp.resolve("owl-policy.yaml");
        OwlRunner.bundled().run("license", "check", "--init", "--policy", policy.toString());
        assertThat(Files.readString(policy)).as("the policy names a model (in a comment)").contains("meta-llama/Llama-3.3-70B-Instruct");
        Files.writeString(tmp.resolve("app.py"), "m = AutoModel.from_pretrained(\"meta-llama/Llama-3.3-70B-Instruct\")\n");
        Path report = tmp.resolve("owl.sarif");
        OwlRunner.Result first = OwlRunner.bundled().run("license", "check", tmp.toString(), "--policy", policy.toString(),
                "--format", "sarif", "-o", report.toString());
        assertThat(first.exitCode()).isEqualTo(1);
        OwlRunner.Result again = OwlRunner.bundled().run("license", "check", tmp.toString(), "--policy", policy.toString());
        assertThat(again.out()).as("only app.py counts: not the policy's exception, not last run's SARIF")
                .contains("1 reference in 1 file scanned");
    }
}
