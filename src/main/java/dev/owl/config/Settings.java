package dev.owl.config;

import java.util.List;

/**
 * owl's effective settings as {@code config show} reports them: the config file, whether it exists and is
 * valid, and each setting's value (format and colour also say where the value came from).
 */
public record Settings(String configFile, boolean configFileExists, boolean configFileValid, Values settings) {

    /**
     * The settings themselves: an unset one is null, the catalog list is never null. {@code catalog} is the user
     * catalogs in use after $OWL_CATALOG_PATH's, {@code catalogFrom} where they came from: {@code command line},
     * {@code config file}, {@code command line (owl shell)} or {@code none}.
     */
    public record Values(Setting format, Setting color, List<String> catalog, String catalogFrom, String catalogPathEnv, String gpu,
            String policy) {
        public Values {
            catalog = List.copyOf(catalog);
        }
    }

    /** A value and where it came from: {@code command line}, {@code config file} or {@code default}. */
    public record Setting(String value, String from) {}
}
