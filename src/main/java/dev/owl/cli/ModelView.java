package dev.owl.cli;

import dev.owl.catalog.Architecture;
import dev.owl.catalog.Benchmark;
import dev.owl.catalog.Catalog;
import dev.owl.catalog.License;
import dev.owl.catalog.Model;
import dev.owl.catalog.ModelStatus;
import dev.owl.catalog.Source;
import dev.owl.query.RunCommands;
import dev.owl.query.RunCommands.RunCommand;
import dev.owl.render.Sections;
import dev.owl.render.Sections.Field;
import dev.owl.render.Table;
import dev.owl.render.Units;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The shapes in which models are shown: the documented JSON object, list rows, and grouped fields. */
final class ModelView {
    private ModelView() {}

    /** The JSON/YAML object of a model; the README documents these keys. */
    static Map<String, Object> tree(Model m) {
        Map<String, Object> t = new LinkedHashMap<>();
        t.put("id", m.id());
        t.put("name", m.name());
        t.put("family", m.family());
        t.put("vendor", m.vendor());
        t.put("generation", m.generation());
        t.put("status", m.status().key());
        t.put("weights", m.weights().key());
        t.put("release_date", m.releaseDate() == null ? null : m.releaseDate().toString());
        t.put("hf_repo", m.hfRepos().isEmpty() ? null : m.hfRepos().get(0));
        t.put("hf_repos", m.hfRepos());
        t.put("ollama_tags", m.ollamaTags());
        t.put("aliases", m.aliases());
        t.put("license", m.license());
        t.put("params_total_b", m.paramsTotalB());
        t.put("params_active_b", m.effectiveActiveParamsB());
        t.put("context_tokens", m.contextTokens());
        t.put("context_native_tokens", m.contextNativeTokens());
        Map<String, Object> modalities = new LinkedHashMap<>();
        modalities.put("input", m.modalities().input());
        modalities.put("output", m.modalities().output());
        t.put("modalities", modalities);
        t.put("capabilities", m.capabilities());
        t.put("languages", m.languages());
        t.put("approx_fields", m.approxFields());
        t.put("architecture", architecture(m.architecture()));
        List<Map<String, Object>> benchmarks = new ArrayList<>();
        for (Benchmark b : m.benchmarks()) {
            Map<String, Object> bt = new LinkedHashMap<>();
            bt.put("name", b.name());
            bt.put("score", b.score());
            bt.put("setting", b.setting());
            bt.put("approx", b.approx());
            bt.put("source", source(b.source()));
            benchmarks.add(bt);
        }
        t.put("benchmarks", benchmarks);
        t.put("notes", m.notes());
        t.put("sources", m.sources().stream().map(ModelView::source).toList());
        t.put("run", RunCommands.of(m).stream().map(ModelView::runCommand).toList());
        return t;
    }

    /** One entry of the {@code run} list (README: "show JSON"). */
    static Map<String, Object> runCommand(RunCommand c) {
        Map<String, Object> t = new LinkedHashMap<>();
        t.put("runtime", c.runtime());
        t.put("step", c.step().key());
        t.put("command", c.command());
        t.put("note", c.note());
        return t;
    }

    private static Map<String, Object> architecture(Architecture a) {
        Map<String, Object> t = new LinkedHashMap<>();
        t.put("attention", a == null ? null : a.attention());
        t.put("layers", a == null ? null : a.layers());
        t.put("hidden_size", a == null ? null : a.hiddenSize());
        t.put("attention_heads", a == null ? null : a.attentionHeads());
        t.put("kv_heads", a == null ? null : a.kvHeads());
        t.put("head_dim", a == null ? null : a.headDim());
        t.put("vocab_size", a == null ? null : a.vocabSize());
        t.put("experts_total", a == null ? null : a.expertsTotal());
        t.put("experts_active", a == null ? null : a.expertsActive());
        t.put("sliding_window", a == null ? null : a.slidingWindow());
        t.put("sliding_window_layers", a == null ? null : a.slidingWindowLayers());
        t.put("linear_attention_layers", a == null ? null : a.linearAttentionLayers());
        t.put("cross_attention_layers", a == null ? null : a.crossAttentionLayers());
        t.put("kv_lora_rank", a == null ? null : a.kvLoraRank());
        t.put("qk_rope_head_dim", a == null ? null : a.qkRopeHeadDim());
        t.put("full_attention_kv_heads", a == null ? null : a.fullAttentionKvHeads());
        t.put("full_attention_head_dim", a == null ? null : a.fullAttentionHeadDim());
        t.put("indexer_head_dim", a == null ? null : a.indexerHeadDim());
        t.put("note", a == null ? null : a.note());
        t.put("source", a == null ? null : source(a.source()));
        return t;
    }

    static Map<String, Object> source(Source s) {
        if (s == null) {
            return null;
        }
        Map<String, Object> t = new LinkedHashMap<>();
        t.put("url", s.url());
        t.put("as_of", s.asOf() == null ? null : s.asOf().toString());
        t.put("note", s.note());
        return t;
    }

    /** One row per model for {@code list}. */
    static Table listTable(List<Model> models, boolean withSources) {
        List<String> headers = new ArrayList<>(List.of("ID", "FAMILY", ">PARAMS", ">ACTIVE", ">CONTEXT", "LICENSE",
                "RELEASED", "CAPABILITIES"));
        if (withSources) {
            headers.add("SOURCE");
        }
        Table table = Table.of(headers.toArray(String[]::new)).dropFirst("FAMILY", "ACTIVE", "RELEASED");
        for (Model m : models) {
            List<String> row = new ArrayList<>(List.of(m.id(), m.family(), totalParams(m),
                    m.paramsActiveB() == null ? "" : Units.params(m.paramsActiveB(), m.isApprox("params_active_b")),
                    context(m), m.license(), m.releaseDate() == null ? "" : m.releaseDate().toString(),
                    Units.join(m.capabilities())));
            if (withSources) {
                row.add(m.sources().isEmpty() ? "" : m.sources().get(0).url());
            }
            table.row(row);
        }
        return table;
    }

    static String totalParams(Model m) {
        return Units.params(m.paramsTotalB(), m.isApprox("params_total_b"));
    }

    static String context(Model m) {
        return (m.isApprox("context_tokens") ? "~" : "") + Units.tokens(m.contextTokens());
    }

    /** Every field of one model, grouped, for {@code show}. */
    static Sections sections(Model m, Catalog catalog, boolean withSources) {
        Sections s = new Sections(m.name() + "  (" + m.id() + ")");
        List<Field> identity = new ArrayList<>();
        add(identity, "family", m.family());
        add(identity, "vendor", m.vendor());
        add(identity, "generation", m.generation());
        add(identity, "status", statusText(m));
        add(identity, "weights", m.weights().key());
        add(identity, "released", m.releaseDate() == null ? null : m.releaseDate() + (m.isApprox("release_date") ? " (approx)" : ""));
        add(identity, "aliases", Units.join(m.aliases()));
        add(identity, "hugging face", String.join("\n", m.hfRepos()));
        add(identity, "ollama", Units.join(m.ollamaTags()));
        s.section("Identity", identity);

        List<Field> license = new ArrayList<>();
        Optional<License> l = catalog.license(m.license());
        add(license, "license", m.license() + l.map(x -> "  " + x.name()).orElse(""));
        l.ifPresent(x -> {
            add(license, "commercial use", x.terms().commercialUse().value() == null ? null : Units.yesNo(x.terms().commercialUse().value()));
            if (x.terms().mauThreshold().value() != null) {
                add(license, "MAU threshold", String.format("%,d", x.terms().mauThreshold().value()));
            }
            add(license, "outputs training", x.terms().outputsTraining().value());
            add(license, "OSI approved", x.osiApproved() == null ? null : Units.yesNo(x.osiApproved()));
        });
        s.section("License", license);

        List<Field> size = new ArrayList<>();
        add(size, "parameters", totalParams(m) + (m.paramsActiveB() != null && !m.paramsActiveB().equals(m.paramsTotalB())
                ? "  (" + Units.params(m.paramsActiveB(), m.isApprox("params_active_b")) + " active per token)" : ""));
        add(size, "context", m.contextTokens() == null ? null : context(m) + " tokens (" + String.format("%,d", m.contextTokens()) + ")");
        if (m.contextNativeTokens() != null && !m.contextNativeTokens().equals(m.contextTokens())) {
            add(size, "native context", Units.tokens(m.contextNativeTokens()) + " tokens in config.json");
        }
        add(size, "input", Units.join(m.modalities().input()));
        add(size, "output", Units.join(m.modalities().output()));
        add(size, "capabilities", Units.join(m.capabilities()));
        add(size, "languages", Units.join(m.languages()));
        s.section("Size, context and modalities", size);

        Architecture a = m.architecture();
        if (a != null) {
            List<Field> arch = new ArrayList<>();
            add(arch, "attention", a.attention() == null ? null : a.attention().toUpperCase(java.util.Locale.ROOT));
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
            s.section("Architecture", arch);
        }

        Table bench = withSources ? Table.of("BENCHMARK", ">SCORE", "SETTING", "SOURCE") : Table.of("BENCHMARK", ">SCORE", "SETTING");
        for (Benchmark b : m.benchmarks()) {
            String score = (b.approx() ? "~" : "") + Units.plain(b.score());
            if (withSources) {
                bench.row(b.name(), score, b.setting(), b.source().url());
            } else {
                bench.row(b.name(), score, b.setting());
            }
        }
        s.table("Benchmarks", bench);

        List<Field> run = new ArrayList<>();
        java.util.Set<String> told = new java.util.HashSet<>();
        for (RunCommand c : RunCommands.of(m)) {
            // a note (the gate) is said once, under the first command it concerns
            boolean tell = c.note() != null && told.add(c.note());
            run.add(new Field(c.step().key(), c.command() + (tell ? "\n(" + c.note() + ")" : "")));
        }
        s.section("Run it", run);

        List<Field> notes = new ArrayList<>();
        for (String n : m.notes()) {
            notes.add(new Field("-", n));
        }
        s.section("Notes", notes);

        List<Field> sources = new ArrayList<>();
        for (Source src : m.sources()) {
            sources.add(new Field(src.asOf() == null ? "" : src.asOf().toString(),
                    src.url() + (src.note() == null ? "" : "  (" + src.note() + ")")));
        }
        s.section("Sources", sources);
        return s;
    }

    private static String statusText(Model m) {
        if (m.status() == ModelStatus.ANNOUNCED) {
            return "announced: no weights have been released";
        }
        if (m.status() == ModelStatus.API_ONLY) {
            return "API only: the vendor serves it but publishes no weights";
        }
        return m.status().key();
    }

    private static void add(List<Field> fields, String name, Object value) {
        if (value != null && !value.toString().isEmpty()) {
            fields.add(new Field(name, value.toString()));
        }
    }
}
