package dev.owl.render;

import java.util.List;

/**
 * One error as {@code --error-format json} writes it on stderr: one compact JSON object per line, as cargo and eslint do
 * (docs/schema/error.schema.json). {@code file}, {@code line} and {@code column} are null when the error is not about
 * a place in a file; {@code suggestions} lists close names for a typo.
 */
public record ErrorLine(String severity, String message, String help, List<String> suggestions, String file, Integer line,
        Integer column, String lineText, int exitCode) {
    public ErrorLine {
        suggestions = List.copyOf(suggestions);
    }

    /** The line as compact JSON, with the schema version first. */
    public String json() {
        try {
            return Mappers.json().writeValueAsString(new Renderer.Versioned(Renderer.SCHEMA_VERSION, this));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
