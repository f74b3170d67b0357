package dev.owl.render;

/** Column alignment: text left, numbers right. */
public enum Align { LEFT, RIGHT }
