package dev.owl.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** The global catalog option, a mixin of the root that every command inherits. */
final class CatalogOptions {
    /** The environment variable that adds catalogs (path-separated), before any --catalog. */
    static final String PATH_VARIABLE = "OWL_CATALOG_PATH";

    @Option(names = "--catalog", paramLabel = "DIR", scope = ScopeType.INHERIT,
            description = "Add a user catalog directory, or a file from 'owl catalog compile' (repeatable); "
                    + "its entries override built-in ones by id. "
                    + "Also read from $" + PATH_VARIABLE + ".")
    List<Path> dirs = new ArrayList<>();
}
