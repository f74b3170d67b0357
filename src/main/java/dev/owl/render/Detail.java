package dev.owl.render;

/**
 * How much human-readable output says besides the result: {@code QUIET} leaves out the prose under a table and
 * the commentary sections (assumptions, notes); {@code VERBOSE} adds what the run rests on, on stderr. json, yaml,
 * csv and tsv are the same at every level.
 */
public enum Detail { QUIET, NORMAL, VERBOSE }
