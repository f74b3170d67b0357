package dev.owl.render;

import java.util.Locale;

/** Output formats: a table for people, the rest for programs. */
public enum Format {
    TABLE, JSON, YAML, CSV, TSV, MARKDOWN, SARIF, JUNIT, CYCLONEDX;

    /** Case-insensitive; {@code md} for markdown. Null for an unknown name. */
    public static Format parse(String s) {
        String v = s.strip().toLowerCase(Locale.ROOT);
        if (v.equals("md")) {
            return MARKDOWN;
        }
        for (Format f : values()) {
            if (f.key().equals(v)) {
                return f;
            }
        }
        return null;
    }

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** SARIF, JUnit XML and the CycloneDX ML-BOM are reports of {@code license check} only. */
    public boolean isReportOnly() {
        return this == SARIF || this == JUNIT || this == CYCLONEDX;
    }

    public boolean isTree() {
        return this == JSON || this == YAML;
    }
}
