package dev.owl.config;

import java.util.List;

/**
 * owl's effective settings as {@code config show} reports them: the config file, whether it exists and is
 * valid, and each setting's value (format and colour also say where the value came from).
 */
public record Settings(String configFile, boolean configFileExists, boolean configFileValid, Values settings) {

    /** The settings themselves: an unset one is null, the catalog list is never null. */
    public record Values(Setting format, Setting color, List<String> catalog, String catalogPathEnv, String gpu,
            String policy) {
        public Values {
            catalog = List.copyOf(catalog);
        }
    }

    /** A value and where it came from: {@code command line}, {@code config file} or {@code default}. */
    public record Setting(String value, String from) {}
}
