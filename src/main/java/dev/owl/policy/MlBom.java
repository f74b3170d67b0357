package dev.owl.policy;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import dev.owl.catalog.Catalog;
import dev.owl.catalog.License;
import dev.owl.catalog.Model;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The ML-BOM of a check: a CycloneDX 1.6 JSON BOM with one {@code machine-learning-model} component per
 * distinct model referenced (a catalog model, or an unresolved name as written), its Hugging Face purl, its
 * license (an SPDX id when the catalog has one, else the license's name and URL) and, as evidence, every
 * place it is referenced. CycloneDX spells keys in camelCase and has no nulls, so these records say so.
 */
@JsonNaming(PropertyNamingStrategies.LowerCamelCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record MlBom(@JsonProperty("$schema") String schema, String bomFormat, String specVersion, int version, Metadata metadata,
        List<Component> components) {
    static final String SCHEMA = "http://cyclonedx.org/schema/bom-1.6.schema.json";

    public record Metadata(Tools tools) {}

    public record Tools(List<Component> components) {}

    @JsonNaming(PropertyNamingStrategies.LowerCamelCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Component(String type, @JsonProperty("bom-ref") String bomRef, String group, String name, String version,
            String description, List<LicenseChoice> licenses, String purl, List<Property> properties, Evidence evidence) {}

    public record LicenseChoice(LicenseEntry license) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record LicenseEntry(String id, String name, String url) {}

    public record Property(String name, String value) {}

    public record Evidence(List<Occurrence> occurrences) {}

    @JsonNaming(PropertyNamingStrategies.LowerCamelCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Occurrence(String location, Integer line, String additionalContext) {}

    /** The BOM of a check's result; {@code catalog} gives each model's repository and license terms. */
    public static MlBom of(CheckResult r, Catalog catalog) {
        Map<String, List<dev.owl.policy.Occurrence>> byModel = new LinkedHashMap<>();
        for (dev.owl.policy.Occurrence o : r.inventory()) {
            String key = o.model() != null ? o.model() : "unresolved:" + o.reference().text();
            byModel.computeIfAbsent(key, k -> new ArrayList<>()).add(o);
        }
        List<Component> components = new ArrayList<>();
        byModel.forEach((key, occurrences) -> components.add(component(key, occurrences, catalog)));
        Component owl = new Component("application", null, null, "owl", r.version(), null, null, null, null, null);
        return new MlBom(SCHEMA, "CycloneDX", "1.6", 1, new Metadata(new Tools(List.of(owl))), components);
    }

    private static Component component(String key, List<dev.owl.policy.Occurrence> occurrences, Catalog catalog) {
        dev.owl.policy.Occurrence first = occurrences.get(0);
        Evidence evidence = new Evidence(occurrences.stream().map(o -> new Occurrence(
                o.reference().file() == null ? "(argument)" : o.reference().file().replace('\\', '/'),
                o.reference().positioned() ? o.reference().line() : null,
                o.reference().text() + (o.reference().context() == null ? "" : " (" + o.reference().context() + ")")
                        + (o.note() == null ? "" : "; " + o.note()))).toList());
        Optional<Model> model = first.model() == null ? Optional.empty() : catalog.model(first.model());
        if (model.isEmpty()) {
            String text = first.reference().text();
            String repo = first.reference().kind() != Reference.Kind.OLLAMA_TAG && first.reference().kind() != Reference.Kind.API
                    && text.matches("[\\w.-]+/[\\w.-]+") ? text : null;
            return new Component("machine-learning-model", key, repo == null ? null : org(repo), repo == null ? text : name(repo), null,
                    "not in the catalog: license unknown", null, repo == null ? null : purl(repo), null, evidence);
        }
        Model m = model.get();
        String repo = m.hfRepos().isEmpty() ? null : m.hfRepos().get(0);
        List<LicenseChoice> licenses = catalog.license(m.license()).map(MlBom::license).map(List::of).orElse(null);
        return new Component("machine-learning-model", "model:" + m.id(), repo == null ? null : org(repo),
                repo == null ? m.id() : name(repo), null, m.name(), licenses, repo == null ? null : purl(repo),
                List.of(new Property("owl:model", m.id()), new Property("owl:license", m.license())), evidence);
    }

    /** An SPDX id when the license has one, else its name and URL (CycloneDX takes one or the other). */
    private static LicenseChoice license(License l) {
        return new LicenseChoice(l.spdx() != null ? new LicenseEntry(l.spdx(), null, null) : new LicenseEntry(null, l.name(), l.url()));
    }

    private static String org(String repo) {
        return repo.substring(0, repo.indexOf('/'));
    }

    private static String name(String repo) {
        return repo.substring(repo.indexOf('/') + 1);
    }

    /** {@code pkg:huggingface/org/name}: the package-url type for Hugging Face models (no revision: the reference names none). */
    private static String purl(String repo) {
        return "pkg:huggingface/" + repo;
    }
}
