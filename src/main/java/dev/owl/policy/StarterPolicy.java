package dev.owl.policy;

/**
 * The commented policy that {@code owl license check --init} writes. Every commented example is valid
 * YAML once its '# ' is removed (a test uncomments them all and reads the result).
 */
public final class StarterPolicy {
    public static final String TEXT = """
            # owl license policy: `owl license check` reads this file and exits 1 on any error.
            # Every key is optional. Rules: `owl license check --explain RULE`. owl never scans this file.

            licenses:
              # Licenses by id (owl license list), Hugging Face tag or SPDX id.
              allow: [apache-2.0, mit]
              # deny: [mistral-research, mistral-non-production]
              # Terms every model's license must grant: commercial_use, osi_approved, no_mau_threshold,
              # outputs_training_allowed, no_regional_restrictions
              require: [commercial_use]

            usage:
              # Facts about your product that license terms depend on.
              # monthly_active_users: 2000000
              # revenue_usd_per_month: 5000000
              # eu_entity: true                      # your company is domiciled in the EU
              # trains_other_models_on_outputs: false
              # distributes_weights: false

            exceptions:
              # - model: meta-llama/Llama-3.3-70B-Instruct
              #   reason: "internal evaluation only"
              #   approved_by: legal@example.com
              #   expires: 2027-03-31                # an expired exception no longer applies

            paths:
              # Paths not to scan (git-style globs); .gitignore'd files are skipped too.
              exclude: ["vendor/**", "**/node_modules/**", "**/test/**", "**/tests/**", "**/testdata/**", "**/fixtures/**"]

            ignore:
              # Reviewed names that are not catalog models, so that --strict fails only on the rest.
              # - reference: "acme/internal-*"          # as written; * matches within a path segment
              #   reason: "our own fine-tunes, licensed by us"
              #   approved_by: legal@example.com
              #   expires: 2027-03-31                # an expired entry no longer applies

            # The link SARIF reports give each rule (helpUri): the README's license-gate section where your team gets owl.
            # sarif:
            #   help_uri: https://github.com/ORG/owl/blob/TAG/README.md#the-license-gate
            """;

    private StarterPolicy() {}
}
