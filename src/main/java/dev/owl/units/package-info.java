/**
 * How quantities are spelled (tokens as 128K, bytes as GiB, decimals without a trailing .0), shared by
 * domain messages and the renderers. A leaf: it depends on nothing else of owl's.
 */
package dev.owl.units;
