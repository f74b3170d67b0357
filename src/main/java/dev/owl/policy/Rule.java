package dev.owl.policy;

import java.util.Locale;

/** The checks of {@code owl license check}, with what each means ({@code --explain RULE}). */
public enum Rule {
    LICENSE_DENIED("The model's license is on the policy's deny list."),
    LICENSE_NOT_ALLOWED("The policy has an allow list and the model's license is not on it."),
    REQUIREMENT("The policy requires a term (commercial_use, osi_approved, no_mau_threshold, "
            + "outputs_training_allowed, no_regional_restrictions) that the model's license does not grant."),
    NON_COMMERCIAL("The license allows research or non-production use only; shipping it in a product needs another "
            + "agreement with the vendor."),
    MAU_THRESHOLD("The product's monthly active users exceed the license's threshold; above it the licensee must ask "
            + "the vendor for a separate license (for Llama, counted for the licensee and affiliates on the release date)."),
    REVENUE_CAP("The product's revenue exceeds the license's revenue cap."),
    OUTPUTS_TRAINING("The policy says the product trains other models on model outputs, and this license version "
            + "restricts or forbids that (Llama 2 and Llama 3 do; Llama 3.1 dropped the clause)."),
    REGIONAL_RESTRICTION("The license or its acceptable-use policy withholds rights in a region the policy names "
            + "(e.g. the EU clause for multimodal Llama models), for the model's modalities."),
    NO_WEIGHTS("The model is announced or API-only: there are no weights to ship."),
    REDISTRIBUTION("The product distributes weights; the license sets conditions on redistribution."),
    LICENSE_MISLABEL("A model card declares a license that differs from its base model's license; a fine-tune "
            + "inherits the base model's terms."),
    UNKNOWN_MODEL("A model reference that the catalog does not know; its license cannot be checked (an error with --strict, "
            + "unless an ignore: entry of the policy names it). A name that spells a Llama, Gemma, Codestral or Ministral model "
            + "(h2ogpt-4096-llama2-7b-chat) names that model and its license as the likely base; one that only contains the family's "
            + "name names the family's licenses."),
    HOSTED_USE("A hosted provider's API name (Bedrock, La Plateforme, Azure, …): the model runs on the provider's service "
            + "under its terms, so the weights license's rules (allow/deny, non-commercial, no weights) are not applied; a note."),
    FILE_NOT_SCANNED("A file under the scanned paths was skipped (larger than the size cap, or unreadable), so model "
            + "references in it were not checked: a warning, an error with --strict (exclude it in the policy's paths.exclude "
            + "when it holds no references)."),
    EXCEPTION_EXPIRED("A policy exception for this model, or an ignore: entry for this reference, has expired and no longer applies."),
    EXCEPTION_APPLIED("A finding was waived by a policy exception that has not expired.");

    private final String explanation;

    Rule(String explanation) {
        this.explanation = explanation;
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public String explanation() {
        return explanation;
    }

    /** What {@code license check --explain RULE} answers: the rule's id and what it means. */
    public record Explanation(String rule, String explanation) {}

    public Explanation explained() {
        return new Explanation(id(), explanation);
    }

    /** The rule {@code id} names; an unknown id is a usage error with the nearest ids. */
    public static Rule named(String id) {
        Rule rule = parse(id);
        if (rule == null) {
            java.util.List<String> ids = java.util.Arrays.stream(values()).map(Rule::id).toList();
            throw new dev.owl.query.UnknownNameException("rule", id, dev.owl.input.Names.suggestions(id, ids, 3), false,
                    "rules: " + String.join(", ", ids));
        }
        return rule;
    }

    public static Rule parse(String id) {
        for (Rule r : values()) {
            if (r.id().equalsIgnoreCase(id.strip())) {
                return r;
            }
        }
        return null;
    }
}
