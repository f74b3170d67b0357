package dev.owl.query;

import dev.owl.catalog.Catalog;
import dev.owl.catalog.License;
import dev.owl.catalog.Model;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Finds a license by id, Hugging Face tag or SPDX id, in any case; a tag several licenses share is ambiguous. */
public final class LicenseResolver {
    private final Catalog catalog;

    public LicenseResolver(Catalog catalog) {
        this.catalog = catalog;
    }

    public Optional<License> find(String name) {
        String n = name.strip().toLowerCase(Locale.ROOT);
        Optional<License> byId = catalog.license(n);
        if (byId.isPresent()) {
            return byId;
        }
        List<License> tagged = catalog.licenses().stream()
                .filter(l -> l.hfTag() != null && l.hfTag().equalsIgnoreCase(n) || l.spdx() != null && l.spdx().equalsIgnoreCase(n))
                .toList();
        if (tagged.size() > 1) { // Hugging Face's "other" stands for every license it has no tag of
            throw new UnknownNameException("license", name, tagged.stream().map(License::id).toList(), true,
                    "'" + name.strip() + "' is the Hugging Face tag or SPDX id of " + tagged.size() + " licenses: name one by its id");
        }
        return tagged.stream().findFirst();
    }

    public License resolve(String name) {
        return find(name).orElseThrow(() -> {
            List<String> ids = new ArrayList<>();
            catalog.licenses().forEach(l -> ids.add(l.id()));
            return new UnknownNameException("license", name, dev.owl.input.Names.suggestions(name, ids, 3), false,
                    "'owl license list' shows every license id");
        });
    }

    /** What a command that takes a license or a model was given: the license, and the model when a model was named. */
    public record Named(License license, Model model) {}

    /**
     * A license by id, Hugging Face tag or SPDX id, or else the license of the model {@code name} names. A name that
     * is neither throws with the nearest licenses and models.
     */
    public Named licenseOrModel(String name) {
        Optional<License> license = find(name);
        if (license.isPresent()) {
            return new Named(license.get(), null);
        }
        try {
            Model m = new ModelResolver(catalog).resolve(name);
            return new Named(catalog.license(m.license()).orElseThrow(), m);
        } catch (UnknownNameException e) {
            if (e.ambiguous()) { // a prefix of several models: those are the choices
                throw e;
            }
            List<String> near = new ArrayList<>(dev.owl.input.Names.suggestions(name,
                    catalog.licenses().stream().map(License::id).toList(), 3));
            e.suggestions().stream().filter(s -> !near.contains(s)).forEach(near::add);
            throw new UnknownNameException("license or model", name, near.subList(0, Math.min(4, near.size())), false,
                    "'owl license list' shows every license id, 'owl list --all' every model");
        }
    }
}
