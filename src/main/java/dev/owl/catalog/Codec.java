package dev.owl.catalog;

/**
 * How the compiled catalog writes and reads one type's values (never null here: {@link SectionWriter#one} and
 * {@link SectionWriter#list} write the presence byte around it). Written out per type in {@link ModelCodecs} and
 * {@link SectionCodecs}, so that start-up reads a record without reflection.
 */
abstract class Codec<T> {
    abstract void write(SectionWriter out, T value);

    abstract T read(SectionReader in);

    static final Codec<String> TEXT = new Codec<>() {
        @java.lang.Override
        void write(SectionWriter out, String value) {
            out.string(value);
        }

        @java.lang.Override
        String read(SectionReader in) {
            return in.string();
        }
    };

    static final Codec<Double> NUMBER = new Codec<>() {
        @java.lang.Override
        void write(SectionWriter out, Double value) {
            out.float64(value);
        }

        @java.lang.Override
        Double read(SectionReader in) {
            return in.float64();
        }
    };

    static final Codec<Long> INT64 = new Codec<>() {
        @java.lang.Override
        void write(SectionWriter out, Long value) {
            out.signed(value);
        }

        @java.lang.Override
        Long read(SectionReader in) {
            return in.signed();
        }
    };

    static final Codec<Boolean> BOOL = new Codec<>() {
        @java.lang.Override
        void write(SectionWriter out, Boolean value) {
            out.flag(value);
        }

        @java.lang.Override
        Boolean read(SectionReader in) {
            return in.flag();
        }
    };
}
