package dev.owl.policy;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/**
 * Models already on this machine, as references to judge like any other: Ollama's manifests
 * ({@code manifests/HOST/NAMESPACE/MODEL/TAG}) and the Hugging Face hub cache ({@code models--ORG--NAME}).
 * Each reference names the manifest file or cache directory, without a line.
 */
public final class InstalledModels {
    private static final String OLLAMA_REGISTRY = "registry.ollama.ai";

    /** Where the two stores are; a store that does not exist holds nothing. */
    public record Locations(Path ollamaModels, Path huggingFaceHub) {
        /**
         * From environment variables, as Ollama and huggingface_hub read them: {@code OLLAMA_MODELS}, else
         * ~/.ollama/models; {@code HF_HUB_CACHE}, else {@code HF_HOME}/hub, else {@code XDG_CACHE_HOME}/huggingface/hub,
         * else ~/.cache/huggingface/hub. {@code env} returns null for an unset variable.
         */
        public static Locations from(Function<String, String> env) {
            String homeVar = env.apply("HOME");
            Path home = Path.of(homeVar != null && !homeVar.isBlank() ? homeVar : System.getProperty("user.home"));
            Path ollama = set(env, "OLLAMA_MODELS") ? Path.of(env.apply("OLLAMA_MODELS")) : home.resolve(".ollama/models");
            Path hub;
            if (set(env, "HF_HUB_CACHE")) {
                hub = Path.of(env.apply("HF_HUB_CACHE"));
            } else if (set(env, "HF_HOME")) {
                hub = Path.of(env.apply("HF_HOME")).resolve("hub");
            } else if (set(env, "XDG_CACHE_HOME")) {
                hub = Path.of(env.apply("XDG_CACHE_HOME")).resolve("huggingface/hub");
            } else {
                hub = home.resolve(".cache/huggingface/hub");
            }
            return new Locations(ollama, hub);
        }

        private static boolean set(Function<String, String> env, String name) {
            String v = env.apply(name);
            return v != null && !v.isBlank();
        }
    }

    private InstalledModels() {}

    /** The installed models the catalog knows, by id, the installed names it does not know (as found), and the store folders that could not be read. */
    public record Found(java.util.Set<String> modelIds, List<String> unknown, List<ReferenceScanner.Skipped> unreadable) {}

    /** Every model in both stores, and the store folders that exist but could not be read (their models are not in the list). */
    public record Listing(List<Reference> references, List<ReferenceScanner.Skipped> unreadable) {
        public static final Listing NONE = new Listing(List.of(), List.of());
    }

    /** Both stores resolved against the catalog, as license check resolves references. */
    public static Found resolve(dev.owl.catalog.Catalog catalog, Locations where) {
        ReferenceResolver resolver = new ReferenceResolver(catalog);
        java.util.Set<String> ids = new java.util.LinkedHashSet<>();
        List<String> unknown = new ArrayList<>();
        Listing listing = find(where);
        for (Reference ref : listing.references()) {
            ReferenceResolver.Resolution r = resolver.resolve(ref);
            if (r.model() != null) {
                ids.add(r.model().id());
            } else {
                unknown.add(ref.text());
            }
        }
        return new Found(java.util.Set.copyOf(ids), List.copyOf(unknown), listing.unreadable());
    }

    /** Every model in both stores, Ollama's first, each sorted by name. */
    public static Listing find(Locations where) {
        List<ReferenceScanner.Skipped> unreadable = new ArrayList<>();
        List<Reference> out = new ArrayList<>(ollama(where.ollamaModels().resolve("manifests"), unreadable));
        out.addAll(huggingFace(where.huggingFaceHub(), unreadable));
        return new Listing(List.copyOf(out), List.copyOf(unreadable));
    }

    /** {@code registry.ollama.ai/library/llama3.2/latest} is {@code llama3.2:latest}; another namespace or host stays in the name. */
    static List<Reference> ollama(Path manifests, List<ReferenceScanner.Skipped> unreadable) {
        List<Reference> out = new ArrayList<>();
        for (Path host : dirs(manifests, unreadable)) {
            for (Path namespace : dirs(host, unreadable)) {
                for (Path model : dirs(namespace, unreadable)) {
                    for (Path tag : entries(model, unreadable)) {
                        if (!Files.isRegularFile(tag, LinkOption.NOFOLLOW_LINKS)) {
                            continue;
                        }
                        String h = host.getFileName().toString();
                        String ns = namespace.getFileName().toString();
                        String prefix = h.equals(OLLAMA_REGISTRY) ? (ns.equals("library") ? "" : ns + "/") : h + "/" + ns + "/";
                        String name = prefix + model.getFileName() + ":" + tag.getFileName();
                        out.add(new Reference(tag.toString(), 0, 0, name, Reference.Kind.OLLAMA_TAG, null, "ollama-manifest"));
                    }
                }
            }
        }
        out.sort(Comparator.comparing(Reference::text));
        return out;
    }

    /** {@code models--meta-llama--Llama-3.1-8B-Instruct} is {@code meta-llama/Llama-3.1-8B-Instruct}; datasets and spaces are not models. */
    static List<Reference> huggingFace(Path hub, List<ReferenceScanner.Skipped> unreadable) {
        List<Reference> out = new ArrayList<>();
        for (Path dir : dirs(hub, unreadable)) {
            String d = dir.getFileName().toString();
            if (!d.startsWith("models--") || d.length() == "models--".length()) {
                continue;
            }
            String repo = d.substring("models--".length());
            int sep = repo.indexOf("--");
            String name = sep < 0 ? repo : repo.substring(0, sep) + "/" + repo.substring(sep + 2);
            out.add(new Reference(dir.toString(), 0, 0, name, Reference.Kind.HF_REPO, null, "hf-cache"));
        }
        out.sort(Comparator.comparing(Reference::text));
        return out;
    }

    private static List<Path> dirs(Path dir, List<ReferenceScanner.Skipped> unreadable) {
        return entries(dir, unreadable).stream().filter(p -> Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)).toList();
    }

    /** A directory's entries, sorted; none when it is missing (an empty store) or unreadable (added to {@code unreadable}). */
    private static List<Path> entries(Path dir, List<ReferenceScanner.Skipped> unreadable) {
        List<Path> out = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return out;
        }
        try (DirectoryStream<Path> s = Files.newDirectoryStream(dir)) {
            s.forEach(out::add);
        } catch (IOException | SecurityException e) {
            unreadable.add(new ReferenceScanner.Skipped(dir.toString(), "unreadable: " + (e instanceof IOException io
                    ? ReferenceScanner.reason(io) : "permission denied")));
            return List.of();
        }
        out.sort(Comparator.naturalOrder());
        return out;
    }
}
