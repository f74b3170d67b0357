package dev.owl.policy;

/**
 * One reference as the inventory lists it, passing or not: where, what was written, what kind of name it is,
 * the catalog model and license it resolved to (null when unknown), how it resolved, and a note
 * ("re-upload of …", "untagged: Ollama pulls …").
 */
public record Occurrence(Reference reference, String model, String license, String resolution, String note) {}
