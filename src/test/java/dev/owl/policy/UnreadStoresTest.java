package dev.owl.policy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.owl.catalog.Catalog;
import dev.owl.catalog.CatalogLoader;
import dev.owl.catalog.CatalogLocation;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A store of installed models that could not be read is reported like an unreadable file, never as an empty machine. */
class UnreadStoresTest {
    private static final Catalog CATALOG = new CatalogLoader().load(List.of(new CatalogLocation("catalog", Path.of("catalog"), true)));
    private static final ReferenceScanner.Skipped STORE =
            new ReferenceScanner.Skipped("/home/u/.ollama/models/manifests/registry.ollama.ai", "unreadable: access denied");

    private CheckResult check(boolean strict) {
        return new LicenseGate(CATALOG, Policy.empty(), LocalDate.of(2026, 12, 3), strict)
                .check(List.of(Reference.argument("llama3.1:8b")), List.of(STORE), List.of(), true, List.of(), "test");
    }

    @Test
    void anUnreadStoreIsSkippedWithItsReasonAndIsAWarningThatStrictTurnsIntoAnError() {
        CheckResult lenient = check(false);
        assertThat(lenient.skipped()).containsExactly(STORE);
        assertThat(lenient.filesSkipped()).isEqualTo(1);
        Finding notRead = lenient.findings().stream().filter(f -> f.rule() == Rule.FILE_NOT_SCANNED).findFirst().orElseThrow();
        assertThat(notRead.reference().file()).isEqualTo(STORE.file());
        assertThat(notRead.severity()).isEqualTo(Severity.WARNING);
        assertThat(notRead.message()).contains("unreadable: access denied");
        assertThat(lenient.references()).extracting(Reference::text).containsExactly("llama3.1:8b");

        CheckResult strict = check(true);
        assertThat(strict.findings()).filteredOn(f -> f.rule() == Rule.FILE_NOT_SCANNED).singleElement()
                .extracting(Finding::severity).isEqualTo(Severity.ERROR);
        assertThat(strict.passed()).isFalse();
    }
}
