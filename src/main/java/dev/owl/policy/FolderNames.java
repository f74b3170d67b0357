package dev.owl.policy;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The names of the folders a scan walked. A launcher's option given a bare name that is also a folder of the tree ({@code
 * slurm/train.slurm --model Qwen2.5-1.5B-Instruct} beside {@code recipes/Qwen2.5-1.5B-Instruct/}) picks that folder, whose
 * configs name the model themselves: the option's value is a folder's name, not a second reference.
 */
final class FolderNames {
    /** Contexts of a command-line option, where a launcher takes a folder's name. */
    private static final Set<String> OPTIONS = Set.of("cli-flag", "model-flag");

    private final Set<String> names = new HashSet<>();

    void add(String folder) {
        names.add(folder);
    }

    /** Drops, from {@code out}, an option's bare name with a digit that is exactly a walked folder's name. */
    void drop(List<Reference> out) {
        if (!names.isEmpty()) {
            out.removeIf(r -> OPTIONS.contains(r.context()) && r.text().indexOf('/') < 0 && r.text().indexOf(':') < 0
                    && r.text().chars().anyMatch(Character::isDigit) && names.contains(r.text()));
        }
    }
}
