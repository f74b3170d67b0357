package dev.owl.policy;

/** What a line holds that is shaped like a model's name and is none, claimed before any reader looks for names. */
final class NotReferences {
    private NotReferences() {}

    static void claim(ScannedLine line, ScanState state) {
        RegistryAddresses.claim(line);
        ServedAliases.claim(line, state);
    }
}
