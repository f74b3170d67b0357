package dev.owl.catalog;

import java.nio.file.Path;

/** A directory holding catalog files: the built-in one inside the jar, or a user's. */
public record CatalogLocation(String label, Path root, boolean builtin) {}
