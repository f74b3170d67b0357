/**
 * Reading input files: YAML under explicit limits into located nodes ({@link dev.owl.input.YamlReader},
 * {@link dev.owl.input.Fields}), the located {@link dev.owl.input.Diagnostic}s every reader reports, and
 * suggestions for misspelt words. A leaf: it depends on nothing else of owl's, so catalog, policy and cli
 * share it.
 */
package dev.owl.input;
