package dev.owl.catalog;

import static dev.owl.catalog.ModelCodecs.SOURCE;

/**
 * How the compiled catalog writes and reads the records of its sections other than models (licenses, hardware,
 * runtimes, deployments, prices, reference rules, measurements), component by component in declaration order, as
 * {@link ModelCodecs} does for models.
 */
final class SectionCodecs {
    private SectionCodecs() {}

    private static final ReferenceRule.Kind[] KINDS = ReferenceRule.Kind.values();

    /** A license term whose value {@code value} writes and reads. */
    private static <T> Codec<Term<T>> term(Codec<T> value) {
        return new Codec<>() {
            @java.lang.Override
            void write(SectionWriter out, Term<T> t) {
                out.one(t.value(), value);
                out.text(t.section());
                out.text(t.note());
            }

            @java.lang.Override
            Term<T> read(SectionReader in) {
                return new Term<>(in.one(value), in.text(), in.text());
            }
        };
    }

    private static final Codec<Term<Boolean>> YES_NO = term(Codec.BOOL);
    private static final Codec<Term<Long>> AMOUNT = term(Codec.INT64);
    private static final Codec<Term<String>> WORDS = term(Codec.TEXT);

    static final Codec<LicenseTerms> TERMS = new Codec<>() {
        @java.lang.Override
        void write(SectionWriter out, LicenseTerms t) {
            out.one(t.commercialUse(), YES_NO);
            out.one(t.mauThreshold(), AMOUNT);
            out.one(t.revenueCapUsd(), AMOUNT);
            out.one(t.researchOnly(), YES_NO);
            out.one(t.nonProduction(), YES_NO);
            out.one(t.outputsTraining(), WORDS);
            out.one(t.derivativeNaming(), WORDS);
            out.one(t.attribution(), WORDS);
            out.one(t.redistribution(), WORDS);
            out.one(t.acceptableUsePolicy(), WORDS);
        }

        @java.lang.Override
        LicenseTerms read(SectionReader in) {
            return new LicenseTerms(in.one(YES_NO), in.one(AMOUNT), in.one(AMOUNT), in.one(YES_NO), in.one(YES_NO), in.one(WORDS),
                    in.one(WORDS), in.one(WORDS), in.one(WORDS), in.one(WORDS));
        }
    };

    static final Codec<RegionalRestriction> RESTRICTION = new Codec<>() {
        @java.lang.Override
        void write(SectionWriter out, RegionalRestriction r) {
            out.text(r.region());
            out.text(r.binds());
            out.list(r.modalities(), Codec.TEXT);
            out.list(r.appliesTo(), Codec.TEXT);
            out.text(r.section());
            out.one(r.source(), SOURCE);
        }

        @java.lang.Override
        RegionalRestriction read(SectionReader in) {
            return new RegionalRestriction(in.text(), in.text(), in.list(Codec.TEXT), in.list(Codec.TEXT), in.text(), in.one(SOURCE));
        }
    };

    static final Codec<License> LICENSE = new Codec<>() {
        @java.lang.Override
        void write(SectionWriter out, License l) {
            out.text(l.id());
            out.text(l.name());
            out.text(l.version());
            out.text(l.spdx());
            out.text(l.hfTag());
            out.bool(l.osiApproved());
            out.text(l.url());
            out.text(l.textSha256());
            out.text(l.summary());
            out.one(l.terms(), TERMS);
            out.list(l.regionalRestrictions(), RESTRICTION);
            out.list(l.sources(), SOURCE);
            out.text(l.origin());
        }

        @java.lang.Override
        License read(SectionReader in) {
            return new License(in.text(), in.text(), in.text(), in.text(), in.text(), in.bool(), in.text(), in.text(), in.text(),
                    in.one(TERMS), in.list(RESTRICTION), in.list(SOURCE), in.text());
        }
    };

    static final Codec<Accelerator> ACCELERATOR = new Codec<>() {
        @java.lang.Override
        void write(SectionWriter out, Accelerator a) {
            out.text(a.id());
            out.text(a.name());
            out.text(a.vendor());
            out.text(a.kind());
            out.number(a.memoryGib());
            out.number(a.bandwidthGbS());
            out.bool(a.bf16());
            out.bool(a.fp8());
            out.flag(a.unifiedMemory());
            out.list(a.memoryOptionsGib(), Codec.NUMBER);
            out.list(a.approxFields(), Codec.TEXT);
            out.list(a.notes(), Codec.TEXT);
            out.list(a.sources(), SOURCE);
            out.list(a.match(), Codec.TEXT);
            out.text(a.origin());
        }

        @java.lang.Override
        Accelerator read(SectionReader in) {
            return new Accelerator(in.text(), in.text(), in.text(), in.text(), in.number(), in.number(), in.bool(), in.bool(),
                    in.flag(), in.list(Codec.NUMBER), in.list(Codec.TEXT), in.list(Codec.TEXT), in.list(SOURCE), in.list(Codec.TEXT),
                    in.text());
        }
    };

    static final Codec<Deployment.Price> PRICE = new Codec<>() {
        @java.lang.Override
        void write(SectionWriter out, Deployment.Price p) {
            out.float64(p.inputUsdPerMtok());
            out.float64(p.outputUsdPerMtok());
            out.date(p.asOf());
        }

        @java.lang.Override
        Deployment.Price read(SectionReader in) {
            return new Deployment.Price(in.float64(), in.float64(), in.date());
        }
    };

    static final Codec<Deployment> DEPLOYMENT = new Codec<>() {
        @java.lang.Override
        void write(SectionWriter out, Deployment d) {
            out.text(d.model());
            out.text(d.provider());
            out.list(d.providerModelIds(), Codec.TEXT);
            out.text(d.status());
            out.date(d.retires());
            out.list(d.regions(), Codec.TEXT);
            out.flag(d.euResidency());
            out.int32(d.contextTokens());
            out.text(d.quantization());
            out.one(d.price(), PRICE);
            out.list(d.notes(), Codec.TEXT);
            out.one(d.source(), SOURCE);
            out.text(d.origin());
        }

        @java.lang.Override
        Deployment read(SectionReader in) {
            return new Deployment(in.text(), in.text(), in.list(Codec.TEXT), in.text(), in.date(), in.list(Codec.TEXT), in.flag(),
                    in.int32(), in.text(), in.one(PRICE), in.list(Codec.TEXT), in.one(SOURCE), in.text());
        }
    };

    static final Codec<GpuPrice> GPU_PRICE = new Codec<>() {
        @java.lang.Override
        void write(SectionWriter out, GpuPrice p) {
            out.text(p.gpu());
            out.text(p.cloud());
            out.text(p.offer());
            out.float64(p.usdPerGpuHour());
            out.int32(p.gpuCount());
            out.number(p.instanceUsdPerHour());
            out.text(p.region());
            out.text(p.note());
            out.one(p.source(), SOURCE);
            out.text(p.origin());
        }

        @java.lang.Override
        GpuPrice read(SectionReader in) {
            return new GpuPrice(in.text(), in.text(), in.text(), in.float64(), in.int32(), in.number(), in.text(), in.text(),
                    in.one(SOURCE), in.text());
        }
    };

    static final Codec<RuntimeMemory> MEMORY = new Codec<>() {
        @java.lang.Override
        void write(SectionWriter out, RuntimeMemory m) {
            out.text(m.multiGpu());
            out.number(m.memoryFraction());
            out.number(m.overheadGibPerDevice());
            out.int32(m.kvBlockTokens());
            out.int32(m.slidingWindowMarginTokens());
            out.list(m.slidingWindow(), Codec.TEXT);
            out.list(m.fullKv(), Codec.TEXT);
            out.bool(m.mla());
            out.bool(m.linearAttention());
            out.list(m.approxFields(), Codec.TEXT);
            out.list(m.notes(), Codec.TEXT);
            out.list(m.sources(), SOURCE);
        }

        @java.lang.Override
        RuntimeMemory read(SectionReader in) {
            return new RuntimeMemory(in.text(), in.number(), in.number(), in.int32(), in.int32(), in.list(Codec.TEXT),
                    in.list(Codec.TEXT), in.bool(), in.bool(), in.list(Codec.TEXT), in.list(Codec.TEXT), in.list(SOURCE));
        }
    };

    static final Codec<InferenceRuntime> RUNTIME = new Codec<>() {
        @java.lang.Override
        void write(SectionWriter out, InferenceRuntime r) {
            out.text(r.id());
            out.text(r.name());
            out.text(r.kind());
            out.list(r.aliases(), Codec.TEXT);
            out.list(r.quantFormats(), Codec.TEXT);
            out.list(r.families(), Codec.TEXT);
            out.list(r.regions(), Codec.TEXT);
            out.list(r.notes(), Codec.TEXT);
            out.list(r.sources(), SOURCE);
            out.one(r.memory(), MEMORY);
            out.text(r.origin());
        }

        @java.lang.Override
        InferenceRuntime read(SectionReader in) {
            return new InferenceRuntime(in.text(), in.text(), in.text(), in.list(Codec.TEXT), in.list(Codec.TEXT), in.list(Codec.TEXT),
                    in.list(Codec.TEXT), in.list(Codec.TEXT), in.list(SOURCE), in.one(MEMORY), in.text());
        }
    };

    static final Codec<ReferenceRule> REFERENCE_RULE = new Codec<>() {
        @java.lang.Override
        void write(SectionWriter out, ReferenceRule r) {
            out.choice(r.kind());
            out.text(r.name());
            out.flag(r.local());
            out.text(r.platform());
            out.text(r.replacement());
            out.text(r.baseLicense());
            out.one(r.source(), SOURCE);
            out.text(r.origin());
        }

        @java.lang.Override
        ReferenceRule read(SectionReader in) {
            return new ReferenceRule(in.choice(KINDS), in.text(), in.flag(), in.text(), in.text(), in.text(), in.one(SOURCE), in.text());
        }
    };

    static final Codec<Measurement> MEASUREMENT = new Codec<>() {
        @java.lang.Override
        void write(SectionWriter out, Measurement m) {
            out.text(m.model());
            out.text(m.quant());
            out.text(m.hardware());
            out.text(m.runtime());
            out.text(m.backend());
            out.int32(m.contextTokens());
            out.number(m.decodeTokensPerS());
            out.number(m.prefillTokensPerS());
            out.text(m.note());
            out.one(m.source(), SOURCE);
            out.text(m.origin());
        }

        @java.lang.Override
        Measurement read(SectionReader in) {
            return new Measurement(in.text(), in.text(), in.text(), in.text(), in.text(), in.int32(), in.number(), in.number(),
                    in.text(), in.one(SOURCE), in.text());
        }
    };
}
