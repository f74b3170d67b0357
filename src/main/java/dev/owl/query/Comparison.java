package dev.owl.query;

import com.fasterxml.jackson.annotation.JsonIgnore;
import dev.owl.catalog.Benchmark;
import dev.owl.catalog.Catalog;
import dev.owl.catalog.License;
import dev.owl.catalog.Model;
import dev.owl.units.Quantities;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Models side by side, one row per attribute: what {@code owl compare MODEL…} reports. A benchmark row is
 * comparable only when every model that reports it was measured in the same setting; otherwise it is marked
 * and not ranked. Components, in order and in snake_case, are the JSON keys the README documents.
 */
public record Comparison(List<String> models, List<Row> rows) {
    public Comparison {
        models = List.copyOf(models);
        rows = List.copyOf(rows);
    }

    /** What a row holds, so renderers know which value is best. */
    public enum Kind { TEXT, HIGHER_IS_BETTER }

    /** One cell: the raw number (if any), and the setting a benchmark was measured in. */
    public record Cell(String text, Double number, String setting, boolean approx) {
        static Cell text(String s) {
            return new Cell(s, null, null, false);
        }

        /** Whether the model has no value here. */
        public boolean empty() {
            return number == null && (text == null || text.isEmpty());
        }

        /** The JSON value: a benchmark's {score, setting, approx}, a number, a text, or null. */
        Object value() {
            if (number != null) {
                return setting != null ? new Score(number, setting, approx) : number;
            }
            return text == null || text.isEmpty() ? null : text;
        }
    }

    /** A benchmark value with the setting it was measured in. */
    public record Score(double score, String setting, boolean approx) {}

    /**
     * One attribute across the models: {@code values} and {@code best} (the ids of the best models, if ranked) are
     * the JSON; {@code cells} and {@code bestIndexes} (positions in the model list) are the same for tables.
     */
    public record Row(String attribute, List<Object> values, boolean comparable, List<String> best, @JsonIgnore List<Cell> cells,
            @JsonIgnore Kind kind, @JsonIgnore Set<Integer> bestIndexes) {
        public Row {
            values = java.util.Collections.unmodifiableList(new ArrayList<>(values)); // values may be null
            best = List.copyOf(best);
            cells = List.copyOf(cells);
            bestIndexes = Set.copyOf(bestIndexes);
        }

        /** Whether no model has a value in this row. */
        public boolean empty() {
            return cells.stream().allMatch(Cell::empty);
        }
    }

    /** The comparison of {@code models}, in their order. */
    public static Comparison of(List<Model> models, Catalog catalog) {
        List<Row> rows = new ArrayList<>();
        rows.add(text("vendor", models, Model::vendor));
        rows.add(text("released", models, m -> m.releaseDate() == null ? null : m.releaseDate().toString()));
        rows.add(text("status", models, m -> m.status().key() + (m.hasWeights() ? ", weights " + m.weights().key() : ", no weights")));
        rows.add(text("license", models, Model::license));
        rows.add(text("license terms", models, m -> catalog.license(m.license()).map(Comparison::keyTerms).orElse(null)));
        rows.add(number("params (total)", models, Model::paramsTotalB, m -> m.isApprox("params_total_b"), false));
        rows.add(number("params (active)", models, Model::effectiveActiveParamsB, m -> m.isApprox("params_active_b"), false));
        rows.add(number("context", models, m -> m.contextTokens() == null ? null : m.contextTokens().doubleValue(),
                m -> m.isApprox("context_tokens"), true));
        rows.add(text("input", models, m -> String.join(", ", m.modalities().input())));
        rows.add(text("output", models, m -> String.join(", ", m.modalities().output())));
        rows.add(text("capabilities", models, m -> String.join(", ", m.capabilities())));
        rows.add(text("attention", models, m -> m.architecture() == null || m.architecture().attention() == null ? null
                : m.architecture().attention().toUpperCase(java.util.Locale.ROOT)));
        rows.add(text("experts", models, m -> m.architecture() == null || m.architecture().expertsTotal() == null ? null
                : m.architecture().expertsActive() + " of " + m.architecture().expertsTotal()));
        rows.add(text("sliding window", models, m -> m.architecture() == null || m.architecture().slidingWindow() == null ? null
                : Quantities.tokens(m.architecture().slidingWindow()) + " on " + m.architecture().slidingWindowLayers() + "/" + m.architecture().layers() + " layers"));
        Set<String> names = new LinkedHashSet<>();
        for (Model m : models) {
            m.benchmarks().forEach(b -> names.add(b.name()));
        }
        for (String name : names) {
            rows.add(benchmark(name, models));
        }
        return new Comparison(models.stream().map(Model::id).toList(), rows);
    }

    private static Row row(String attribute, List<Model> models, List<Cell> cells, boolean comparable, Kind kind, Set<Integer> best) {
        return new Row(attribute, cells.stream().map(Cell::value).toList(), comparable,
                best.stream().sorted().map(i -> models.get(i).id()).toList(), cells, kind, best);
    }

    /** The terms that decide most questions, in a few words. */
    static String keyTerms(License l) {
        List<String> parts = new ArrayList<>();
        Boolean commercial = l.terms().commercialUse().value();
        if (Boolean.TRUE.equals(l.terms().researchOnly().value())) {
            parts.add("research only");
        } else if (Boolean.TRUE.equals(l.terms().nonProduction().value())) {
            parts.add("non-production only");
        } else if (commercial != null) {
            parts.add(commercial ? "commercial ok" : "no commercial use");
        }
        if (l.terms().mauThreshold().value() != null) {
            parts.add("MAU cap " + shortCount(l.terms().mauThreshold().value()));
        }
        String outputs = l.terms().outputsTraining().value();
        if (outputs != null && !outputs.equals("allowed")) {
            parts.add("outputs training " + outputs);
        }
        if (!l.regionalRestrictions().isEmpty()) {
            parts.add("regional limits: " + String.join(", ", l.regionalRestrictions().stream().map(r -> r.region()).distinct().toList()));
        }
        if (Boolean.TRUE.equals(l.osiApproved())) {
            parts.add("OSI");
        }
        return parts.isEmpty() ? null : String.join("; ", parts);
    }

    private static String shortCount(long n) {
        if (n % 1_000_000_000 == 0) {
            return n / 1_000_000_000 + "B";
        }
        if (n % 1_000_000 == 0) {
            return n / 1_000_000 + "M";
        }
        return Long.toString(n);
    }

    private static Row text(String attribute, List<Model> models, Function<Model, String> value) {
        List<Cell> cells = new ArrayList<>();
        for (Model m : models) {
            String v = value.apply(m);
            cells.add(Cell.text(v == null ? "" : v));
        }
        return row(attribute, models, cells, true, Kind.TEXT, Set.of());
    }

    private static Row number(String attribute, List<Model> models, Function<Model, Double> value,
            Function<Model, Boolean> approx, boolean rank) {
        List<Cell> cells = new ArrayList<>();
        for (Model m : models) {
            Double v = value.apply(m);
            cells.add(new Cell(null, v, null, v != null && approx.apply(m)));
        }
        return row(attribute, models, cells, true, rank ? Kind.HIGHER_IS_BETTER : Kind.TEXT, rank ? best(cells) : Set.of());
    }

    private static Row benchmark(String name, List<Model> models) {
        List<Cell> cells = new ArrayList<>();
        Set<String> settings = new LinkedHashSet<>();
        for (Model m : models) {
            Optional<Benchmark> b = m.benchmarks().stream().filter(x -> x.name().equals(name)).findFirst();
            cells.add(b.map(x -> new Cell(null, x.score(), x.setting(), x.approx())).orElse(new Cell(null, null, null, false)));
            b.ifPresent(x -> settings.add(x.setting()));
        }
        long present = cells.stream().filter(c -> c.number() != null).count();
        boolean comparable = settings.size() <= 1;
        return row(name, models, cells, comparable, Kind.HIGHER_IS_BETTER, comparable && present > 1 ? best(cells) : Set.of());
    }

    private static Set<Integer> best(List<Cell> cells) {
        Double max = cells.stream().map(Cell::number).filter(Objects::nonNull).max(Double::compare).orElse(null);
        Set<Integer> out = new LinkedHashSet<>();
        if (max == null) {
            return out;
        }
        for (int i = 0; i < cells.size(); i++) {
            if (max.equals(cells.get(i).number())) {
                out.add(i);
            }
        }
        return out.size() == cells.size() ? Set.of() : out;
    }
}
