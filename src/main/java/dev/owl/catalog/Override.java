package dev.owl.catalog;

/** A user catalog entry that replaced an earlier entry with the same id. */
public record Override(String kind, String id, String replaced, String by) {}
