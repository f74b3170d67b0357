package dev.owl.catalog;

import dev.owl.input.Diagnostic;
import dev.owl.input.InputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Validates a YAML catalog and writes it in compiled form. The build runs {@link #main} on the built-in
 * catalog (an invalid catalog fails the build); {@code owl catalog compile} runs {@link #compile} on a
 * user's.
 */
public final class CatalogCompiler {
    private CatalogCompiler() {}

    /** What compiling gave: the compiled bytes when the catalog is valid, else every finding. */
    public record Result(byte[] bytes, Catalog catalog, List<Diagnostic> diagnostics) {}

    /**
     * Compiles the entries of {@code dir}, validated together with {@code base} (the catalogs it may refer
     * to, e.g. the built-in licenses); only {@code dir}'s own entries are written.
     */
    public static Result compile(List<CatalogLocation> base, CatalogLocation dir) {
        CatalogLoader loader = new CatalogLoader();
        List<CatalogLocation> all = new ArrayList<>(base);
        all.add(dir);
        List<Diagnostic> findings = loader.validate(all).diagnostics();
        if (!findings.isEmpty()) {
            return new Result(null, null, findings);
        }
        // alone, a user catalog's references to base entries dangle; those were checked just above
        Catalog own = loader.validate(List.of(dir)).catalog();
        return new Result(CompiledCatalog.write(own, order(loader, base, own)), own, List.of());
    }

    /** The default order of {@code own}'s models over {@code base}, and what base that is (unknown when it has YAML). */
    private static ModelOrder order(CatalogLoader loader, List<CatalogLocation> base, Catalog own) {
        long fingerprint = ModelOrder.ALONE;
        for (CatalogLocation location : base) {
            fingerprint = CatalogLoader.compiled(location)
                    ? ModelOrder.then(fingerprint, CatalogLoader.open(location).fingerprint()) : ModelOrder.UNKNOWN;
        }
        List<ModelHead> below = base.isEmpty() ? List.of() : loader.validate(base).catalog().heads();
        return ModelOrder.of(fingerprint, below, own.heads());
    }

    /** Build step: {@code CatalogCompiler CATALOG_DIR OUT_FILE}. */
    public static void main(String[] args) throws IOException {
        Result r = compile(List.of(), new CatalogLocation("catalog", Path.of(args[0]), true));
        if (!r.diagnostics().isEmpty()) {
            r.diagnostics().forEach(d -> System.err.println(d.headline() + "\n  help: " + d.hint()));
            throw new IllegalStateException("the built-in catalog is invalid: " + r.diagnostics().size() + " finding(s)");
        }
        Path out = Path.of(args[1]);
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.write(out, r.bytes());
    }
}
