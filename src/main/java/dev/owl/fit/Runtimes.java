package dev.owl.fit;

import dev.owl.catalog.Catalog;
import dev.owl.catalog.InferenceRuntime;
import dev.owl.catalog.RuntimeMemory;
import dev.owl.input.Names;
import dev.owl.input.UsageException;
import java.util.List;
import java.util.Locale;

/**
 * The engines whose memory rules the catalog records ({@code runtimes.yaml}): the one list {@code --runtime} accepts on
 * {@code fit} and {@code recommend}, by short name (llama.cpp), id or alias.
 */
public final class Runtimes {
    /** No recorded engines: every estimate falls back to owl's generic assumptions. */
    public static final Runtimes NONE = new Runtimes(List.of());

    private final List<InferenceRuntime> engines;

    private Runtimes(List<InferenceRuntime> engines) {
        this.engines = List.copyOf(engines);
    }

    public static Runtimes of(Catalog catalog) {
        return of(catalog.runtimes());
    }

    public static Runtimes of(List<InferenceRuntime> runtimes) {
        return new Runtimes(runtimes.stream().filter(r -> "engine".equals(r.kind()) && r.memory() != null).toList());
    }

    /** The names {@code --runtime} accepts, one per engine, in catalog order. */
    public List<String> names() {
        return engines.stream().map(InferenceRuntime::shortName).toList();
    }

    /** The short name of the engine {@code name} means (case-insensitive; id or alias), or null. */
    public String find(String name) {
        String wanted = name.strip().toLowerCase(Locale.ROOT);
        for (InferenceRuntime r : engines) {
            if (r.id().equals(wanted) || r.aliases().contains(wanted)) {
                return r.shortName();
            }
        }
        return null;
    }

    /** The engine {@code name} means (case-insensitive; id, alias or short name), or a usage error listing the valid ones. */
    public String resolve(String name) {
        String found = find(name);
        if (found != null) {
            return found;
        }
        String wanted = name.toLowerCase(Locale.ROOT);
        String close = Names.closest(wanted, names());
        throw new UsageException("unknown runtime '" + name + "'" + (close == null ? "" : " (did you mean '" + close + "'?)"),
                names().isEmpty() ? "the catalog records no engine's memory rules (runtimes.yaml)"
                        : "use one of " + String.join(", ", names()));
    }

    /** The rules of the engine shown as {@code shortName}, or null when the catalog records none. */
    RuntimeMemory rules(String shortName) {
        return engines.stream().filter(r -> r.shortName().equals(shortName)).map(InferenceRuntime::memory).findFirst().orElse(null);
    }
}
