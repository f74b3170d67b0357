package dev.owl.policy;

/** One result of a check for one reference: where, what, how bad, and what would fix it. */
public record Finding(Reference reference, String model, String license, Rule rule, Severity severity, String message,
        String help) {}
