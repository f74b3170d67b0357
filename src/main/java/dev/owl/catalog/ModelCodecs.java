package dev.owl.catalog;

/**
 * How the compiled catalog writes and reads a model and the records inside it, component by component: start-up
 * rebuilds them by their constructors, without reflection. A model is written head first ({@link ModelHead}'s
 * components, in its order), then the rest, so that a list reads each model's head and stops there.
 * {@code CodecsTest} round-trips every component of every record, and checks {@link CompiledCatalog}'s fingerprints
 * against the records' shapes: a component added to a record fails it until its codec writes and reads it.
 */
final class ModelCodecs {
    private ModelCodecs() {}

    private static final ModelStatus[] STATUSES = ModelStatus.values();
    private static final Weights[] WEIGHTS = Weights.values();

    static final Codec<Source> SOURCE = new Codec<>() {
        @java.lang.Override
        void write(SectionWriter out, Source s) {
            out.text(s.url());
            out.date(s.asOf());
            out.text(s.note());
        }

        @java.lang.Override
        Source read(SectionReader in) {
            return new Source(in.text(), in.date(), in.text());
        }
    };

    static final Codec<Modalities> MODALITIES = new Codec<>() {
        @java.lang.Override
        void write(SectionWriter out, Modalities m) {
            out.list(m.input(), Codec.TEXT);
            out.list(m.output(), Codec.TEXT);
        }

        @java.lang.Override
        Modalities read(SectionReader in) {
            return new Modalities(in.list(Codec.TEXT), in.list(Codec.TEXT));
        }
    };

    static final Codec<Benchmark> BENCHMARK = new Codec<>() {
        @java.lang.Override
        void write(SectionWriter out, Benchmark b) {
            out.text(b.name());
            out.float64(b.score());
            out.text(b.setting());
            out.one(b.source(), SOURCE);
            out.flag(b.approx());
            out.text(b.protocol());
        }

        @java.lang.Override
        Benchmark read(SectionReader in) {
            return new Benchmark(in.text(), in.float64(), in.text(), in.one(SOURCE), in.flag(), in.text());
        }
    };

    static final Codec<Architecture> ARCHITECTURE = new Codec<>() {
        @java.lang.Override
        void write(SectionWriter out, Architecture a) {
            out.text(a.attention());
            out.int32(a.layers());
            out.int32(a.hiddenSize());
            out.int32(a.attentionHeads());
            out.int32(a.kvHeads());
            out.int32(a.headDim());
            out.int32(a.vocabSize());
            out.int32(a.expertsTotal());
            out.int32(a.expertsActive());
            out.int32(a.slidingWindow());
            out.int32(a.slidingWindowLayers());
            out.int32(a.linearAttentionLayers());
            out.int32(a.crossAttentionLayers());
            out.int32(a.kvLoraRank());
            out.int32(a.qkRopeHeadDim());
            out.int32(a.fullAttentionKvHeads());
            out.int32(a.fullAttentionHeadDim());
            out.int32(a.indexerHeadDim());
            out.int32(a.kvSharedLayers());
            out.int32(a.kvSharedSlidingLayers());
            out.text(a.nativeFormat());
            out.bool(a.tiedEmbeddings());
            out.number(a.expertParamsB());
            out.text(a.note());
            out.one(a.source(), SOURCE);
        }

        @java.lang.Override
        Architecture read(SectionReader in) {
            return new Architecture(in.text(), in.int32(), in.int32(), in.int32(), in.int32(), in.int32(), in.int32(),
                    in.int32(), in.int32(), in.int32(), in.int32(), in.int32(), in.int32(), in.int32(), in.int32(), in.int32(),
                    in.int32(), in.int32(), in.int32(), in.int32(), in.text(), in.bool(), in.number(), in.text(), in.one(SOURCE));
        }
    };

    /** A model's head: the first part of each model as {@link #MODEL} writes it. */
    static final Codec<ModelHead> HEAD = new Codec<>() {
        @java.lang.Override
        void write(SectionWriter out, ModelHead h) {
            out.text(h.id());
            out.text(h.name());
            out.list(h.aliases(), Codec.TEXT);
            out.text(h.family());
            out.text(h.vendor());
            out.choice(h.status());
            out.date(h.releaseDate());
            out.list(h.hfRepos(), Codec.TEXT);
            out.list(h.ollamaTags(), Codec.TEXT);
            out.text(h.license());
            out.number(h.paramsTotalB());
            out.number(h.paramsActiveB());
            out.int32(h.contextTokens());
            out.one(h.modalities(), MODALITIES);
            out.list(h.capabilities(), Codec.TEXT);
            out.text(h.origin());
        }

        @java.lang.Override
        ModelHead read(SectionReader in) {
            return new ModelHead(in.text(), in.text(), in.list(Codec.TEXT), in.text(), in.text(), in.choice(STATUSES), in.date(),
                    in.list(Codec.TEXT), in.list(Codec.TEXT), in.text(), in.number(), in.number(), in.int32(), in.one(MODALITIES),
                    in.list(Codec.TEXT), in.text());
        }
    };

    /** A model: its head ({@link #HEAD}), then the components a head leaves out, in {@link Model}'s order. */
    static final Codec<Model> MODEL = new Codec<>() {
        @java.lang.Override
        void write(SectionWriter out, Model m) {
            HEAD.write(out, ModelHead.of(m));
            out.text(m.generation());
            out.choice(m.weights());
            out.int32(m.contextNativeTokens());
            out.list(m.languages(), Codec.TEXT);
            out.list(m.approxFields(), Codec.TEXT);
            out.one(m.architecture(), ARCHITECTURE);
            out.list(m.benchmarks(), BENCHMARK);
            out.list(m.notes(), Codec.TEXT);
            out.list(m.sources(), SOURCE);
        }

        @java.lang.Override
        Model read(SectionReader in) {
            ModelHead h = HEAD.read(in);
            // arguments are evaluated left to right: the reads below follow the order write() wrote them in
            return new Model(h.id(), h.name(), h.aliases(), h.family(), h.vendor(), in.text(), h.status(), in.choice(WEIGHTS),
                    h.releaseDate(), h.hfRepos(), h.ollamaTags(), h.license(), h.paramsTotalB(), h.paramsActiveB(),
                    h.contextTokens(), in.int32(), h.modalities(), h.capabilities(), in.list(Codec.TEXT), in.list(Codec.TEXT),
                    in.one(ARCHITECTURE), in.list(BENCHMARK), in.list(Codec.TEXT), in.list(SOURCE), h.origin());
        }
    };
}
