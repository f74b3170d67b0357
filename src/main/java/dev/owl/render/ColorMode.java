package dev.owl.render;

/** Colour choices of {@code --color} and the config file; {@code auto} means on a terminal only, and never when NO_COLOR is set. */
public enum ColorMode { AUTO, ALWAYS, NEVER }
