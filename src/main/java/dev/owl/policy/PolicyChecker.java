package dev.owl.policy;

import dev.owl.catalog.Catalog;
import dev.owl.catalog.License;
import dev.owl.catalog.Model;
import dev.owl.catalog.ModelStatus;
import dev.owl.catalog.RegionalRestriction;
import dev.owl.query.ModelResolver;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Evaluates each model reference against the policy and the license terms in the catalog. */
public final class PolicyChecker {
    private final Catalog catalog;
    private final ModelResolver resolver;
    private final ReferenceResolver resolutions;
    private final Policy policy;
    private final LocalDate today;
    private final boolean strict;

    public PolicyChecker(Catalog catalog, Policy policy, LocalDate today, boolean strict) {
        this.catalog = catalog;
        this.resolver = new ModelResolver(catalog);
        this.resolutions = new ReferenceResolver(catalog);
        this.policy = policy;
        this.today = today;
        this.strict = strict;
    }

    public List<Finding> check(List<Reference> references) {
        List<Finding> out = new ArrayList<>();
        for (Reference ref : references) {
            out.addAll(check(ref));
        }
        return out;
    }

    /** The inventory entry of one reference: what it resolved to and how. */
    public Occurrence occurrence(Reference ref) {
        ReferenceResolver.Resolution r = resolutions.resolve(ref);
        String note = r.model() == null ? ignoreFor(ref).map(this::ignoreNote).orElse(r.note()) : r.note();
        return new Occurrence(ref, r.model() == null ? null : r.model().id(), r.model() == null ? null : r.model().license(),
                r.how().key(), note);
    }

    /** The findings of one reference; an allowed model yields none. */
    public List<Finding> check(Reference ref) {
        ReferenceResolver.Resolution r = resolutions.resolve(ref);
        if (r.model() == null) {
            return unknown(ref);
        }
        if (ref.kind() == Reference.Kind.API) {
            return List.of(new Finding(ref, r.model().id(), r.model().license(), Rule.HOSTED_USE, Severity.NOTE,
                    r.model().id() + " is used through a hosted API (" + r.note() + "): the provider's service terms bind, "
                            + "not the " + r.model().license() + " weights license",
                    "check the provider's terms; the policy's license rules judge self-hosted weights"));
        }
        return known(ref, r);
    }

    private List<Finding> unknown(Reference ref) {
        Optional<Policy.Ignore> ignore = ignoreFor(ref);
        if (ignore.isPresent() && !expired(ignore.get())) {
            return List.of(); // reviewed: the policy says why this name is not a model to check
        }
        List<Finding> out = new ArrayList<>();
        ignore.ifPresent(i -> out.add(new Finding(ref, null, null, Rule.EXCEPTION_EXPIRED, Severity.ERROR,
                "the ignore entry for '" + i.reference() + "' expired on " + i.expires() + " (policy line " + i.line() + ")",
                "renew the entry with a new expiry date, or resolve the reference")));
        Optional<String> family = resolutions.likelyFamily(ref.text());
        out.add(new Finding(ref, null, null, Rule.UNKNOWN_MODEL, strict ? Severity.ERROR : Severity.WARNING,
                "'" + ref.text() + "' is not in the catalog; its license cannot be checked"
                        + family.map(f -> "; the name suggests a derivative of " + f + ", whose terms bind derivatives").orElse(""),
                "add it to a user catalog (--catalog DIR) or fix the reference"));
        return out;
    }

    /** Why the inventory lists an unknown name without a finding, or says the entry that did so has expired. */
    private String ignoreNote(Policy.Ignore i) {
        return expired(i) ? "the ignore entry (policy line " + i.line() + ") expired on " + i.expires() + ": " + i.reason()
                : "ignored by the policy (line " + i.line() + "): " + i.reason();
    }

    private boolean expired(Policy.Ignore i) {
        return i.expires() != null && today.isAfter(i.expires());
    }

    private Optional<Policy.Ignore> ignoreFor(Reference ref) {
        return policy.ignores().stream().filter(i -> i.matches(ref.text())).findFirst();
    }

    private List<Finding> known(Reference ref, ReferenceResolver.Resolution r) {
        Model m = r.model();
        Optional<License> l = catalog.license(m.license());
        List<Finding> findings = new ArrayList<>();
        String licenseId = m.license();
        if (ref.kind() == Reference.Kind.MODEL_CARD_BASE && ref.declaredLicense() != null && l.isPresent()
                && !matches(l.get(), ref.declaredLicense())) {
            findings.add(new Finding(ref, m.id(), licenseId, Rule.LICENSE_MISLABEL, Severity.ERROR,
                    "the card declares license '" + ref.declaredLicense() + "' but its base model " + m.id() + " is under "
                            + licenseId + (l.get().hfTag() == null ? "" : " (HF tag " + l.get().hfTag() + ")"),
                    "set `license: " + (l.get().hfTag() == null ? licenseId : l.get().hfTag())
                            + "` in the card; a fine-tune inherits its base model's terms"));
        }
        if (m.status() != ModelStatus.RELEASED) {
            findings.add(new Finding(ref, m.id(), licenseId, Rule.NO_WEIGHTS, Severity.WARNING,
                    m.id() + " is " + m.status().key().replace('_', ' ') + ": it has no downloadable weights",
                    "reference a released model, or use the vendor's API under its terms"));
        }
        l.ifPresent(license -> evaluate(ref, m, license, findings));
        List<Finding> out = applyExceptions(ref, m, findings);
        if (r.note() == null) {
            return out;
        }
        // say how the name became this model (a re-upload, Ollama's default tag) wherever the finding is read
        return out.stream().map(f -> new Finding(f.reference(), f.model(), f.license(), f.rule(), f.severity(),
                f.message() + " (" + ref.text() + ": " + r.note() + ")", f.help())).toList();
    }

    private void evaluate(Reference ref, Model m, License l, List<Finding> out) {
        String id = m.id();
        if (policy.deny().stream().anyMatch(d -> matches(l, d))) {
            out.add(error(ref, m, l, Rule.LICENSE_DENIED, id + " is under " + l.id() + ", which the policy denies",
                    "choose a model under an allowed license, or add an exception with a reason"));
        }
        if (!policy.allow().isEmpty() && policy.allow().stream().noneMatch(a -> matches(l, a))) {
            out.add(error(ref, m, l, Rule.LICENSE_NOT_ALLOWED, id + " is under " + l.id() + ", which is not in the allow list ("
                    + String.join(", ", policy.allow()) + ")", "choose a model under an allowed license, or add an exception"));
        }
        boolean nonCommercial = Boolean.TRUE.equals(l.terms().researchOnly().value())
                || Boolean.TRUE.equals(l.terms().nonProduction().value()) || Boolean.FALSE.equals(l.terms().commercialUse().value());
        for (String req : policy.require()) {
            Requirement r = Requirement.of(req);
            if (r != null && !r.grantedBy(l, nonCommercial)) {
                out.add(error(ref, m, l, Rule.REQUIREMENT, l.id() + " does not grant " + r.label() + " (required by the policy: " + req + ")",
                        "choose a model whose license grants it"));
            }
        }
        if (nonCommercial && !policy.require().contains(Requirement.COMMERCIAL_USE.key())) {
            out.add(new Finding(ref, id, l.id(), Rule.NON_COMMERCIAL, Severity.WARNING,
                    l.id() + " allows " + (Boolean.TRUE.equals(l.terms().researchOnly().value()) ? "research" : "non-production")
                            + " use only" + section(l.terms().researchOnly().section(), l.terms().nonProduction().section()),
                    "a product needs a commercial agreement with the vendor, or another model"));
        }
        usageLimits(ref, m, l, out);
        regional(ref, m, l, out);
        if (Boolean.TRUE.equals(policy.usage().distributesWeights()) && l.terms().redistribution().value() != null) {
            out.add(new Finding(ref, id, l.id(), Rule.REDISTRIBUTION, Severity.NOTE,
                    "distributing " + id + ": " + l.terms().redistribution().value() + section(l.terms().redistribution().section()),
                    "ship the license text and notices with the weights"));
        }
    }

    /** The product's facts against the license's limits: users, revenue, training on outputs. */
    private void usageLimits(Reference ref, Model m, License l, List<Finding> out) {
        Policy.Usage u = policy.usage();
        Long mau = l.terms().mauThreshold().value();
        if (u.monthlyActiveUsers() != null && mau != null && u.monthlyActiveUsers() > mau) {
            out.add(error(ref, m, l, Rule.MAU_THRESHOLD, String.format(Locale.ROOT, "%,d monthly active users exceed %s's threshold of %,d%s",
                    u.monthlyActiveUsers(), l.id(), mau, section(l.terms().mauThreshold().section())),
                    "request a license from the vendor, or choose a model without a user threshold"));
        }
        Long cap = l.terms().revenueCapUsd().value();
        if (u.revenueUsdPerMonth() != null && cap != null && u.revenueUsdPerMonth() > cap) {
            out.add(error(ref, m, l, Rule.REVENUE_CAP, String.format(Locale.ROOT, "revenue of $%,d per month exceeds %s's cap of $%,d%s",
                    u.revenueUsdPerMonth(), l.id(), cap, section(l.terms().revenueCapUsd().section())),
                    "obtain a commercial license from the vendor"));
        }
        String outputs = l.terms().outputsTraining().value();
        if (Boolean.TRUE.equals(u.trainsOtherModelsOnOutputs()) && outputs != null && !outputs.equals("allowed")) {
            out.add(error(ref, m, l, Rule.OUTPUTS_TRAINING, l.id() + " " + outputs + " using its outputs to train other models"
                    + section(l.terms().outputsTraining().section()),
                    "use a model whose license allows it (e.g. Llama 3.1 or later, Apache-2.0, MIT)"));
        }
    }

    /** Regional clauses (the EU clause of multimodal Llama models) for a policy whose product is an EU entity. */
    private void regional(Reference ref, Model m, License l, List<Finding> out) {
        String id = m.id();
        if (Boolean.TRUE.equals(policy.usage().euEntity())) {
            for (RegionalRestriction r : l.regionalRestrictions()) {
                if (!r.region().equalsIgnoreCase("EU")) {
                    continue;
                }
                boolean hits = r.appliesTo().isEmpty() ? r.modalities().isEmpty()
                        || r.modalities().stream().anyMatch(x -> m.modalities().input().contains(x))
                        : r.appliesTo().contains(id);
                if (hits) {
                    out.add(error(ref, m, l, Rule.REGIONAL_RESTRICTION, l.id() + " withholds rights for " + id + " from "
                            + (r.binds() == null ? "EU entities" : r.binds()) + section(r.section()),
                            "choose a text-only model or one without the clause; the clause concerns the licensee, not end users of a product"));
                }
            }
        }
    }

    private List<Finding> applyExceptions(Reference ref, Model m, List<Finding> findings) {
        Optional<Policy.Exception> ex = policy.exceptions().stream()
                .filter(e -> resolver.find(e.model()).map(x -> x.id().equals(m.id())).orElse(false)).findFirst();
        if (ex.isEmpty() || findings.stream().noneMatch(f -> f.severity() == Severity.ERROR)) {
            return findings;
        }
        Policy.Exception e = ex.get();
        List<Finding> out = new ArrayList<>();
        if (e.expires() != null && today.isAfter(e.expires())) {
            out.add(new Finding(ref, m.id(), m.license(), Rule.EXCEPTION_EXPIRED, Severity.ERROR,
                    "the exception for " + e.model() + " expired on " + e.expires() + " (policy line " + e.line() + ")",
                    "renew the exception with a new expiry date, or remove the reference"));
            out.addAll(findings);
            return out;
        }
        for (Finding f : findings) {
            if (f.severity() == Severity.ERROR) {
                out.add(new Finding(ref, f.model(), f.license(), f.rule(), Severity.NOTE,
                        "waived by exception (" + e.reason() + (e.approvedBy() == null ? "" : ", approved by " + e.approvedBy())
                                + (e.expires() == null ? "" : ", until " + e.expires()) + "): " + f.message(), f.help()));
            } else {
                out.add(f);
            }
        }
        return out;
    }

    private static Finding error(Reference ref, Model m, License l, Rule rule, String message, String help) {
        return new Finding(ref, m.id(), l.id(), rule, Severity.ERROR, message, help);
    }

    private static String section(String... sections) {
        for (String s : sections) {
            if (s != null) {
                return " (§" + s + ")";
            }
        }
        return "";
    }

    /** A policy entry names a license by id, HF tag or SPDX id. */
    static boolean matches(License l, String name) {
        String n = name.strip();
        return n.equalsIgnoreCase(l.id()) || (l.hfTag() != null && n.equalsIgnoreCase(l.hfTag()))
                || (l.spdx() != null && n.equalsIgnoreCase(l.spdx()));
    }
}
