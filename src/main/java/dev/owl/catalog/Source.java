package dev.owl.catalog;

import java.time.LocalDate;

/** Where a catalog fact comes from: a primary source's address and the date it was checked. */
public record Source(String url, LocalDate asOf, String note) {}
