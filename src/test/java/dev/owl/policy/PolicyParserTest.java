package dev.owl.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.owl.catalog.Catalog;
import dev.owl.catalog.CatalogLoader;
import dev.owl.catalog.CatalogLocation;
import dev.owl.input.Diagnostic;
import dev.owl.input.InputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A policy that names what does not exist, or says one thing twice, is an error with its line, not a silent pass. */
class PolicyParserTest {
    private static Catalog catalog;

    @TempDir
    Path tmp;

    @BeforeAll
    static void load() {
        catalog = new CatalogLoader().load(List.of(new CatalogLocation("catalog", Path.of("catalog"), true)));
    }

    private List<Diagnostic> problems(String yaml) throws IOException {
        Path p = tmp.resolve("owl-policy.yaml");
        Files.writeString(p, yaml);
        try {
            PolicyParser.read(p, catalog);
            return List.of();
        } catch (InputException e) {
            return e.diagnostics();
        }
    }

    private static List<String> lines(List<Diagnostic> ds) {
        return ds.stream().map(d -> d.line() + ":" + d.column() + " " + d.message() + " | " + d.hint()).toList();
    }

    @Test
    void aMistypedLicenseInDenyIsAnErrorWithDidYouMean() throws IOException {
        assertThat(lines(problems("licenses:\n  deny: [mistral-reserch]\n"))).singleElement().asString()
                .startsWith("2:10 'mistral-reserch' in 'deny' is not a license the catalog knows | did you mean mistral-research");
        assertThat(lines(problems("licenses:\n  allow:\n    - apache-3.0\n"))).singleElement().asString()
                .startsWith("3:7 'apache-3.0' in 'allow' is not a license the catalog knows | did you mean apache-2.0");
    }

    @Test
    void idsHuggingFaceTagsAndSpdxIdsAllName() throws IOException {
        assertThat(problems("licenses:\n  allow: [apache-2.0, MIT, llama3.1]\n  deny: [mistral-research]\n")).isEmpty();
    }

    @Test
    void aTagSeveralLicensesShareIsAnErrorNamingThem() throws IOException {
        // allowing "other" would have let MNPL (non-production) and MRL (research) weights pass as if named
        assertThat(lines(problems("licenses:\n  allow: [apache-2.0, other]\n"))).singleElement().asString()
                .startsWith("2:23 'other' in 'allow' is the Hugging Face tag of 5 licenses (")
                .contains("mistral-non-production").contains("mistral-research").contains("| name each one you mean by its id");
    }

    @Test
    void theSameLicenseInBothListsIsAnError() throws IOException {
        assertThat(lines(problems("licenses:\n  allow: [apache-2.0, mit]\n  deny: [Apache-2.0]\n"))).singleElement().asString()
                .startsWith("3:10 apache-2.0 is both allowed (line 2) and denied");
        assertThat(lines(problems("licenses:\n  allow: [mit, MIT]\n"))).singleElement().asString().contains("listed twice in 'allow'");
    }

    @Test
    void anExceptionForAnUnknownModelAndADuplicateExceptionAreErrors() throws IOException {
        assertThat(lines(problems("""
                exceptions:
                  - model: llama-3.3-70b-instrct
                    reason: pilot
                """))).singleElement().asString()
                .startsWith("2:12 exception for a model the catalog does not know: 'llama-3.3-70b-instrct' | did you mean llama-3.3-70b-instruct");
        assertThat(lines(problems("""
                exceptions:
                  - model: meta-llama/Llama-3.3-70B-Instruct
                    reason: pilot
                  - model: llama3.3:70b
                    reason: another pilot
                """))).singleElement().asString()
                .startsWith("4:12 a second exception for llama-3.3-70b-instruct (the first is on line 2)");
    }

    @Test
    void anInvalidGlobIsAnError() throws IOException {
        assertThat(lines(problems("scan:\n  exclude: [\"vendor/[abc\", \"\", \"../x/**\", \"a/***\"]\n")))
                .extracting(s -> s.substring(0, s.indexOf(" |")))
                .containsExactly("2:13 invalid glob 'vendor/[abc': the '[' at position 8 is never closed",
                        "2:28 invalid glob '': it is empty",
                        "2:32 invalid glob '../x/**': '..' leaves the scanned tree",
                        "2:43 invalid glob 'a/***': '***' means nothing more than '**'");
    }

    @Test
    void pathsExcludeIsCheckedLikeScanExcludeAndBothApply() throws IOException {
        assertThat(lines(problems("paths:\n  exclude: [\"docs/[x\"]\n"))).extracting(s -> s.substring(0, s.indexOf(" |")))
                .containsExactly("2:13 invalid glob 'docs/[x': the '[' at position 6 is never closed");
        Path file = tmp.resolve("both.yaml");
        Files.writeString(file, "paths:\n  exclude: [\"tests/**\"]\nscan:\n  exclude: [\"vendor/**\"]\n");
        assertThat(PolicyParser.read(file).scanExclude()).containsExactly("tests/**", "vendor/**");
    }

    @Test
    void globsHaveCharacterSetsAsInGit() {
        assertThat(Glob.toRegex("src/*.[ch]").matcher("src/main.c").matches()).isTrue();
        assertThat(Glob.toRegex("src/*.[ch]").matcher("src/main.o").matches()).isFalse();
        assertThat(Glob.toRegex("v[!0-9]*").matcher("vendor").matches()).isTrue();
        assertThat(Glob.toRegex("v[!0-9]*").matcher("v1").matches()).isFalse();
    }

    @Test
    void withoutACatalogOnlyTheShapeIsChecked() throws IOException {
        Path p = tmp.resolve("p.yaml");
        Files.writeString(p, "licenses:\n  deny: [mistral-reserch]\n");
        assertThat(PolicyParser.read(p).deny()).containsExactly("mistral-reserch");
        assertThatThrownBy(() -> PolicyParser.read(p, catalog)).isInstanceOf(InputException.class);
    }

    @Test
    void aListGivenAsOneValueIsOneErrorNotTwo() throws IOException {
        assertThat(lines(problems("licenses:\n  allow: apache-2.0\n  require: commercial_use\n")))
                .containsExactly("2:10 'allow' must be a list, found a string | write it as [a, b] or as `- item` lines",
                        "3:12 'require' must be a list, found a string | write it as [a, b] or as `- item` lines");
    }

    @Test
    void aModelInAllowOrDenyIsNamedAsAModelWithItsLicense() throws IOException {
        assertThat(lines(problems("licenses:\n  allow: [phi-4]\n"))).containsExactly(
                "2:11 'phi-4' in 'allow' is a model, not a license | write its license, mit, to allow every model under it,"
                        + " or add an exception for phi-4 alone");
        assertThat(lines(problems("licenses:\n  deny: [llama3.3:70b]\n"))).containsExactly(
                "2:10 'llama3.3:70b' in 'deny' is a model, not a license | write its license, llama-3.3-community");
    }
}
