package dev.owl.policy;

import java.util.Locale;

/** How bad a finding is: errors fail the check, warnings and notes do not. */
public enum Severity {
    ERROR, WARNING, NOTE;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
