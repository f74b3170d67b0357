package dev.owl.render;

/** What a cell wider than its column does on a terminal: wrap onto more lines, or be cut with an ellipsis. */
public enum Overflow { WRAP, TRUNCATE }
