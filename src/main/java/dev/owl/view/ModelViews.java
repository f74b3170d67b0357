package dev.owl.view;

import dev.owl.catalog.Architecture;
import dev.owl.catalog.License;
import dev.owl.catalog.Model;
import dev.owl.catalog.Source;
import dev.owl.query.ModelSummary;
import dev.owl.render.Column;
import dev.owl.render.Sections;
import dev.owl.render.Sections.Field;
import dev.owl.render.Table;
import dev.owl.render.Units;
import dev.owl.render.View;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** How models are laid out for people: the {@code list} columns and the grouped fields of {@code show}. */
public final class ModelViews {
    private ModelViews() {}

    /** One row per model for {@code list}; {@code withSources} adds each model's primary source. */
    public static View<ModelSummary> list(boolean withSources) {
        return View.<ModelSummary>of(
                Column.<ModelSummary>text("ID", ModelSummary::id).truncate(),
                Column.<ModelSummary>text("FAMILY", ModelSummary::family).droppable(),
                Column.<ModelSummary>number("PARAMS", s -> Units.params(s.paramsTotalB(), s.isApprox("params_total_b")),
                        ModelSummary::paramsTotalB).approx(s -> s.isApprox("params_total_b")),
                Column.<ModelSummary>number("ACTIVE", s -> Units.params(s.distinctActiveParamsB(), s.isApprox("params_active_b")),
                        ModelSummary::distinctActiveParamsB)
                        .approx(s -> s.distinctActiveParamsB() != null && s.isApprox("params_active_b")).droppable(),
                Column.<ModelSummary>number("CONTEXT", ModelViews::context, ModelSummary::contextTokens)
                        .approx(s -> s.isApprox("context_tokens")),
                Column.<ModelSummary>text("LICENSE", ModelSummary::license),
                Column.<ModelSummary>text("RELEASED", s -> s.releaseDate() == null ? "" : s.releaseDate().toString()).droppable(),
                Column.<ModelSummary>text("CAPABILITIES", s -> Units.join(s.capabilities())))
                .with(withSources, Column.text("SOURCE", s -> s.sources().isEmpty() ? "" : s.sources().get(0).url()));
    }

    /** {@code 8.03B}, {@code ~24B} for an estimate. */
    public static String totalParams(Model m) {
        return Units.params(m.paramsTotalB(), m.isApprox("params_total_b"));
    }

    /** {@code 128K}, {@code ~128K} for an estimate. */
    public static String context(Model m) {
        return (m.isApprox("context_tokens") ? "~" : "") + Units.tokens(m.contextTokens());
    }

    private static String context(ModelSummary s) {
        return (s.isApprox("context_tokens") ? "~" : "") + Units.tokens(s.contextTokens());
    }

    /** Every field of one model, grouped, for {@code show}; {@code license} is the model's license when the catalog has it. */
    public static Sections sections(ModelSummary m, Optional<License> license, List<dev.owl.catalog.Deployment> offers,
            boolean withSources) {
        Sections s = new Sections(m.name() + "  (" + m.id() + ")", List.of(new Field("id", m.id()), new Field("name", m.name())));
        s.section("Identity", identity(m));
        s.section("License", license(m, license));
        s.section("Size, context and modalities", size(m));
        if (m.hasArchitecture()) {
            s.section("Architecture", architecture(m.architecture(), withSources));
        }
        Table bench = withSources ? Table.of("BENCHMARK", ">SCORE", "SETTING", "SOURCE") : Table.of("BENCHMARK", ">SCORE", "SETTING");
        for (ModelSummary.Score b : m.benchmarks()) {
            String score = (b.approx() ? "~" : "") + Units.plain(b.score());
            if (withSources) {
                bench.row(b.name(), score, b.setting(), b.source().url());
            } else {
                bench.row(b.name(), score, b.setting());
            }
        }
        s.table("Benchmarks", bench);
        s.section("Run it", run(m, offers));
        s.section("Notes", m.notes().stream().map(n -> new Field("-", n)).toList());
        List<Field> sources = new ArrayList<>();
        for (Source src : m.sources()) {
            sources.add(new Field(src.asOf() == null ? "" : src.asOf().toString(),
                    src.url() + (src.note() == null ? "" : "  (" + src.note() + ")")));
        }
        s.section("Sources", sources);
        return s;
    }

    private static List<Field> run(ModelSummary m, List<dev.owl.catalog.Deployment> offers) {
        List<Field> run = new ArrayList<>();
        java.util.Set<String> told = new java.util.HashSet<>();
        for (ModelSummary.Run c : m.run()) {
            // a note (the gate) is said once, under the first command it concerns
            boolean tell = c.note() != null && told.add(c.note());
            run.add(new Field(c.step(), c.command() + (tell ? "\n(" + c.note() + ")" : "")));
        }
        for (dev.owl.catalog.Deployment d : offers) {
            String price = d.price() == null ? "price not in the catalog"
                    : "$" + Units.plain(d.price().inputUsdPerMtok()) + " in / $" + Units.plain(d.price().outputUsdPerMtok())
                            + " out per million tokens (as of " + d.price().asOf() + ")";
            run.add(new Field("hosted", d.provider() + (d.providerModelIds().isEmpty() ? "" : "  " + d.providerModelIds().get(0))
                    + (d.regions().isEmpty() ? "" : "  " + String.join(", ", d.regions())) + (d.euResidency() ? " (EU residency)" : "")
                    + (d.retires() == null ? "" : "  retires " + d.retires()) + "\n" + price));
        }
        return run;
    }

    private static List<Field> identity(ModelSummary m) {
        List<Field> identity = new ArrayList<>();
        add(identity, "family", m.family());
        add(identity, "vendor", m.vendor());
        add(identity, "generation", m.generation());
        add(identity, "status", statusText(m.status()));
        add(identity, "weights", m.weights());
        add(identity, "released", m.releaseDate() == null ? null : m.releaseDate() + (m.isApprox("release_date") ? " (approx)" : ""));
        add(identity, "aliases", Units.join(m.aliases()));
        add(identity, "hugging face", String.join("\n", m.hfRepos()));
        add(identity, "ollama", Units.join(m.ollamaTags()));
        return identity;
    }

    private static List<Field> license(ModelSummary m, Optional<License> l) {
        List<Field> license = new ArrayList<>();
        add(license, "license", m.license() + l.map(x -> "  " + x.name()).orElse(""));
        l.ifPresent(x -> {
            add(license, "commercial use", x.terms().commercialUse().value() == null ? null : Units.yesNo(x.terms().commercialUse().value()));
            if (x.terms().mauThreshold().value() != null) {
                add(license, "MAU threshold", Units.count(x.terms().mauThreshold().value()));
            }
            add(license, "outputs training", x.terms().outputsTraining().value());
            add(license, "OSI approved", x.osiApproved() == null ? null : Units.yesNo(x.osiApproved()));
        });
        return license;
    }

    private static List<Field> size(ModelSummary m) {
        List<Field> size = new ArrayList<>();
        Double active = m.distinctActiveParamsB();
        add(size, "parameters", Units.params(m.paramsTotalB(), m.isApprox("params_total_b"))
                + (active != null ? "  (" + Units.params(active, m.isApprox("params_active_b")) + " active per token)" : ""));
        add(size, "context", m.contextTokens() == null ? null : context(m) + " tokens (" + Units.count(m.contextTokens()) + ")");
        if (m.contextNativeTokens() != null && !m.contextNativeTokens().equals(m.contextTokens())) {
            add(size, "native context", Units.tokens(m.contextNativeTokens()) + " tokens in config.json");
        }
        add(size, "input", Units.join(m.modalities().input()));
        add(size, "output", Units.join(m.modalities().output()));
        add(size, "capabilities", Units.join(m.capabilities()));
        add(size, "languages", Units.join(m.languages()));
        return size;
    }

    private static List<Field> architecture(Architecture a, boolean withSources) {
        List<Field> arch = new ArrayList<>();
        add(arch, "attention", a.attention() == null ? null : a.attention().toUpperCase(Locale.ROOT));
        add(arch, "layers", a.layers());
        add(arch, "hidden size", a.hiddenSize());
        add(arch, "attention heads", a.attentionHeads());
        add(arch, "KV heads", a.kvHeads());
        add(arch, "head dim", a.headDim());
        add(arch, "vocabulary", a.vocabSize());
        if (a.expertsTotal() != null) {
            add(arch, "experts", a.expertsActive() + " of " + a.expertsTotal() + " per token");
        }
        if (a.slidingWindow() != null) {
            add(arch, "sliding window", Units.tokens(a.slidingWindow()) + " tokens on " + a.slidingWindowLayers()
                    + " of " + a.layers() + " layers");
        }
        if (a.crossAttentionLayers() != null) {
            add(arch, "cross attention", a.crossAttentionLayers() + " of " + a.layers() + " layers attend to image states");
        }
        if (a.linearAttentionLayers() != null) {
            add(arch, "linear attention", a.linearAttentionLayers() + " of " + a.layers() + " layers (no KV cache)");
        }
        if (a.kvSharedLayers() != null) {
            add(arch, "KV sharing", "the last " + a.kvSharedLayers() + " of " + a.layers() + " layers reuse earlier layers' caches"
                    + (a.kvSharedSlidingLayers() == null ? "" : " (" + a.kvSharedSlidingLayers() + " of them sliding)"));
        }
        add(arch, "KV latent (MLA)", a.kvLoraRank() == null ? null : a.kvLoraRank() + " + " + a.qkRopeHeadDim() + " RoPE dims");
        if (a.fullAttentionKvHeads() != null || a.fullAttentionHeadDim() != null) {
            add(arch, "full-attention layers", (a.fullAttentionKvHeads() == null ? a.kvHeads() : a.fullAttentionKvHeads())
                    + " KV heads of dim " + (a.fullAttentionHeadDim() == null ? a.headDim() : a.fullAttentionHeadDim()));
        }
        add(arch, "sparse-attention indexer", a.indexerHeadDim() == null ? null
                : a.indexerHeadDim() + "-value key cached per token and layer");
        add(arch, "note", a.note());
        if (withSources && a.source() != null) {
            add(arch, "source", a.source().url() + " (" + a.source().asOf() + ")");
        }
        return arch;
    }

    private static String statusText(String status) {
        return switch (status) {
            case "announced" -> "announced: no weights have been released";
            case "api_only" -> "API only: the vendor serves it but publishes no weights";
            default -> status;
        };
    }

    private static void add(List<Field> fields, String name, Object value) {
        if (value != null && !value.toString().isEmpty()) {
            fields.add(new Field(name, value.toString()));
        }
    }
}
