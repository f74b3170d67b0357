package dev.owl.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import dev.owl.catalog.ReferenceRule.Kind;
import dev.owl.input.Diagnostic;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** reference-rules.yaml is catalog data: validated like every catalog file, overlaid by user catalogs, carried when compiled. */
class ReferenceRulesLoadTest {
    private static final CatalogLocation BUILTIN = new CatalogLocation("catalog", Path.of("catalog"), true);
    private static Catalog builtIn;

    @TempDir
    Path tmp;

    @BeforeAll
    static void load() {
        builtIn = new CatalogLoader().load(List.of(BUILTIN));
    }

    private CatalogLocation user(String rules) throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("user"));
        Files.writeString(dir.resolve("reference-rules.yaml"), rules);
        return new CatalogLocation("user", dir, false);
    }

    private static List<String> names(Catalog c, Kind kind) {
        return c.referenceRules().stream().filter(r -> r.kind() == kind).map(ReferenceRule::name).toList();
    }

    @Test
    void theBuiltInFileLoadsEveryKind() {
        assertThat(names(builtIn, Kind.REUPLOADER)).contains("unsloth", "TheBloke");
        assertThat(names(builtIn, Kind.PROVIDER)).contains("groq", "ollama_chat");
        assertThat(names(builtIn, Kind.CLOSED_MODEL)).contains("gpt-4o", "claude");
        assertThat(builtIn.referenceRules()).filteredOn(r -> r.name().equals("ollama_chat")).singleElement()
                .satisfies(r -> assertThat(r.local()).isTrue());
        // a provider prefix carries the providers list's own source
        assertThat(builtIn.referenceRules()).filteredOn(r -> r.name().equals("groq")).singleElement()
                .satisfies(r -> assertThat(r.source().url()).isEqualTo("https://docs.litellm.ai/docs/providers"));
    }

    /**
     * An open-model line built on a restricted family names its likely base's license by a catalog license id in its note
     * (the schema has no field for it yet), and only lines whose source was not read say "name only".
     */
    @Test
    void openModelLinesOnARestrictedFamilyNameTheBaseLicenseTheCatalogKnows() {
        Map<String, String> base = Map.of("codellama", "llama-2-community", "vicuna", "llama-2-community", "llava",
                "llama-2-community", "hermes", "llama-3.1-community", "dolphin", "llama-3.1-community", "nemotron",
                "llama-3.1-community", "codegemma", "gemma");
        List<String> licenseIds = builtIn.licenses().stream().map(License::id).toList();
        List<ReferenceRule> open = builtIn.referenceRules().stream().filter(r -> r.kind() == Kind.OPEN_MODEL).toList();
        base.forEach((line, license) -> {
            assertThat(licenseIds).contains(license);
            assertThat(open).filteredOn(r -> r.name().equals(line)).singleElement()
                    .satisfies(r -> assertThat(r.source().note()).as(line).contains("catalog license " + license, "likely base"));
        });
        assertThat(open).filteredOn(r -> r.source().note().contains("name only")).extracting(ReferenceRule::name)
                .containsExactly("zephyr");
    }

    /** A line whose every model shares a restricted base records that base's license as data; one naming no license fails. */
    @Test
    void aBaseLicenseIsACatalogLicenseAndOnlyLinesWithOneBaseCarryIt() throws IOException {
        Map<String, String> bases = new java.util.TreeMap<>();
        builtIn.referenceRules().stream().filter(r -> r.baseLicense() != null).forEach(r -> bases.put(r.name(), r.baseLicense()));
        assertThat(bases).containsExactlyEntriesOf(new java.util.TreeMap<>(
                Map.of("codegemma", "gemma", "codellama", "llama-2-community", "vicuna", "llama-2-community")));
        String src = "source: {url: \"https://huggingface.co/acme\", as_of: 2026-12-01}";
        List<Diagnostic> ds = new CatalogLoader().validate(List.of(BUILTIN, user("open_models:\n"
                + "  - {prefix: acmellama, base_license: llama-2-comunity, " + src + "}\n"
                + "closed_models:\n  - {prefix: acme-pro, base_license: gemma, " + src + "}\n"))).diagnostics();
        assertThat(ds).extracting(Diagnostic::headline).containsExactly(
                "user/reference-rules.yaml:2:39: error: open model line 'acmellama' names base license 'llama-2-comunity', which is not in the catalog",
                "user/reference-rules.yaml:4:24: error: unknown key 'base_license' in a closed model name");
        assertThat(ds.get(0).hint()).contains("llama-2-community");
    }

    @Test
    void hostedNameRulesAreCheckedLikeTheOthers() throws IOException {
        assertThat(names(builtIn, Kind.HOSTED_PREFIX)).contains("@cf", "workers-ai/@cf", "accounts/fireworks/models");
        assertThat(names(builtIn, Kind.VENDOR_NAMESPACE)).contains("meta");
        assertThat(builtIn.referenceRules()).filteredOn(r -> r.kind() == Kind.HOSTED_SPELLING).singleElement()
                .satisfies(r -> assertThat(r.replacement()).isEqualTo("-$1.$2-"));
        String src = "{url: \"https://example.com\", as_of: 2026-12-01}";
        List<Diagnostic> ds = new CatalogLoader().validate(List.of(BUILTIN, user("hosted_names:\n"
                + "  - {prefix: \"@cf\", suffix: \"-x\", platform: P, source: " + src + "}\n"
                + "  - {spelling: \"v(\\\\d+\", as: \"$1\", platform: P, source: " + src + "}\n"
                + "  - {prefix: \"my prefix/\", platform: P, source: " + src + "}\n"
                + "  - {namespace: meta, platform: NIM}\n"))).diagnostics();
        assertThat(ds).extracting(Diagnostic::message).anyMatch(m -> m.contains("one of prefix, namespace, suffix or spelling"))
                .anyMatch(m -> m.contains("not a regular expression")).anyMatch(m -> m.contains("a name without spaces"))
                .anyMatch(m -> m.contains("missing required key 'source'"));
    }

    @Test
    void aBrokenRulesFileIsReportedWithFileLineAndColumn() throws IOException {
        List<Diagnostic> ds = new CatalogLoader().validate(List.of(BUILTIN, user("""
                reuploaders:
                  - {org: acmequant}
                  - {org: acme/quant, source: {url: "https://huggingface.co/acme", as_of: 2026-12-01}}
                providers:
                  source: {url: "ftp://example.com", as_of: 2026-12-01}
                  prefixes: [{prefix: groq, locale: true}]
                closed_models: [{prefix: gpt-9, source: {url: "https://example.com", as_of: 2099-01-01}}]
                """))).diagnostics();
        assertThat(ds).extracting(d -> d.headline().replaceFirst(" \\(today is [-0-9]+\\)$", "")).containsExactly(
                "user/reference-rules.yaml:2:5: error: missing required key 'source' in a re-uploader",
                "user/reference-rules.yaml:3:11: error: a re-uploader is one name without '/' or spaces, found 'acme/quant'",
                "user/reference-rules.yaml:5:17: error: source url must start with https:// or http://, found 'ftp://example.com'",
                "user/reference-rules.yaml:6:29: error: unknown key 'locale' in a provider prefix",
                "user/reference-rules.yaml:7:77: error: 'as_of' 2099-01-01 is in the future");
    }

    /** A runtime's gallery names carry the runtime and the repo each installs, under the gallery index as their one source. */
    @Test
    void runtimeGalleryNamesNameTheirRuntimeAndRepoAndAreChecked() throws IOException {
        assertThat(builtIn.referenceRules()).filteredOn(r -> r.kind() == Kind.RUNTIME_NAME && r.name().equals("qwen3-4b-vllm-cpp"))
                .singleElement().satisfies(r -> {
                    assertThat(r.platform()).isEqualTo("LocalAI");
                    assertThat(r.replacement()).isEqualTo("Qwen/Qwen3-4B");
                    assertThat(r.source().url()).contains("mudler/LocalAI").endsWith("/gallery/index.yaml");
                });
        List<Diagnostic> ds = new CatalogLoader().validate(List.of(BUILTIN, user("""
                runtime_names:
                  - runtime: TinyRuntime
                    source: {url: "https://example.com/gallery.yaml", as_of: 2026-12-01}
                    names:
                      - {name: "tiny chat", repo: acme/tiny-chat}
                      - {name: tiny-chat-q4, repo: tiny-chat}
                      - {name: tiny-chat-q8}
                  - runtime: OtherRuntime
                    names: []
                """))).diagnostics();
        assertThat(ds).extracting(Diagnostic::headline).containsExactly(
                "user/reference-rules.yaml:5:16: error: a gallery name is one name without '/' or spaces, found 'tiny chat'",
                "user/reference-rules.yaml:6:36: error: a gallery name's repo is a Hugging Face org/name, found 'tiny-chat'",
                "user/reference-rules.yaml:7:9: error: missing required key 'repo' in a gallery name",
                "user/reference-rules.yaml:8:5: error: missing required key 'source' in a runtime's gallery names");
    }

    @Test
    void aRuleTwiceInOneFileIsAnErrorNamingBothPlaces() throws IOException {
        String src = "source: {url: \"https://huggingface.co/acme\", as_of: 2026-12-01}";
        List<Diagnostic> ds = new CatalogLoader().validate(List.of(user("reuploaders:\n  - {org: acme, " + src + "}\n  - {org: ACME, "
                + src + "}\n"))).diagnostics();
        assertThat(ds).extracting(Diagnostic::headline).containsExactly(
                "user/reference-rules.yaml:3:11: error: duplicate reference rule 're-uploader 'acme'' (also at user/reference-rules.yaml:2)");
    }

    @Test
    void aUserFileAddsRulesAndReplacesABuiltInOneOfTheSameKindAndName() throws IOException {
        CatalogLocation user = user("""
                reuploaders:
                  - {org: acmequant, source: {url: "https://huggingface.co/acmequant", as_of: 2026-12-01}}
                providers:
                  source: {url: "https://example.com/router", as_of: 2026-12-01}
                  prefixes:
                    - {prefix: my_router}
                    - {prefix: groq, local: true}
                """);
        Catalog merged = new CatalogLoader().load(List.of(BUILTIN, user));
        assertThat(names(merged, Kind.REUPLOADER)).contains("unsloth", "acmequant");
        assertThat(names(merged, Kind.PROVIDER)).contains("together_ai", "my_router");
        assertThat(merged.referenceRules()).filteredOn(r -> r.name().equals("groq")).singleElement()
                .satisfies(r -> assertThat(r.local()).isTrue()).satisfies(r -> assertThat(r.origin()).isEqualTo("user/reference-rules.yaml"));
        assertThat(merged.referenceRules()).hasSize(builtIn.referenceRules().size() + 2);
        assertThat(merged.overrides()).extracting(Override::id).containsExactly("provider prefix 'groq'");
    }

    /** Why the compiled format kept its number: a file an owl without rules wrote has no such section, and reads as none. */
    @Test
    void aCompiledFileWithoutTheRulesSectionReadsAsHavingNone() {
        List<CompiledCatalog.Section<?>> older = CompiledCatalog.SECTIONS.stream().filter(s -> !s.name().equals("referenceRules")).toList();
        Catalog c = CompiledCatalog.of("old.owlc", CompiledCatalog.write(builtIn, older)).catalog(List.of(BUILTIN));
        assertThat(c.referenceRules()).isEmpty();
        assertThat(c.models()).isEqualTo(builtIn.models());
        assertThat(c.measurements()).isEqualTo(builtIn.measurements());
    }

    @Test
    void aDirectoryWithOnlyRulesIsACatalogAndItsCompiledFormCarriesThem() throws IOException {
        CatalogLocation user = user("""
                closed_models:
                  - {prefix: acme-pro, source: {url: "https://example.com/models", as_of: 2026-12-01}}
                reuploaders:
                  - {org: acmequant, source: {url: "https://huggingface.co/acmequant", as_of: 2026-12-01}}
                """);
        CatalogCompiler.Result r = CatalogCompiler.compile(List.of(BUILTIN), user);
        assertThat(r.diagnostics()).isEmpty();
        List<ReferenceRule> own = new CatalogLoader().load(List.of(user)).referenceRules();
        assertThat(own).extracting(ReferenceRule::key).containsExactly("re-uploader 'acmequant'", "closed model name 'acme-pro'");
        assertThat(CompiledCatalog.of("user.owlc", r.bytes()).catalog(List.of(user)).referenceRules()).isEqualTo(own);

        Path file = Files.write(tmp.resolve("user.owlc"), r.bytes());
        Catalog overlaid = new CatalogLoader().load(List.of(CatalogLoader.builtin(), new CatalogLocation(file.toString(), file, false)));
        assertThat(overlaid.referenceRules()).containsAll(builtIn.referenceRules()).containsAll(own)
                .hasSize(builtIn.referenceRules().size() + 2);
    }
}
