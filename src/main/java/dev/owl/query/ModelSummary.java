package dev.owl.query;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.owl.catalog.Architecture;
import dev.owl.catalog.Benchmark;
import dev.owl.catalog.Modalities;
import dev.owl.catalog.Model;
import dev.owl.catalog.Source;
import java.time.LocalDate;
import java.util.List;

/**
 * One model as {@code list} and {@code show} report it; its components, in order and in snake_case, are the
 * JSON keys the README documents. Unknown values are null, lists are never null, and a model without a
 * known architecture has an architecture object whose values are all null.
 */
public record ModelSummary(
        String id,
        String name,
        String family,
        String vendor,
        String generation,
        String status,
        String weights,
        LocalDate releaseDate,
        String hfRepo,
        List<String> hfRepos,
        List<String> ollamaTags,
        List<String> aliases,
        String license,
        Double paramsTotalB,
        Double paramsActiveB,
        Integer contextTokens,
        Integer contextNativeTokens,
        Modalities modalities,
        List<String> capabilities,
        List<String> languages,
        List<String> approxFields,
        // fit's own facts stay out of the documented model object (README: JSON output)
        @JsonIgnoreProperties({"native_format", "tied_embeddings", "expert_params_b"}) Architecture architecture,
        List<Score> benchmarks,
        List<String> notes,
        List<Source> sources,
        List<Run> run) {

    /** The architecture of a model whose architecture the catalog does not record. */
    public static final Architecture UNKNOWN_ARCHITECTURE = new Architecture(null, null, null, null, null, null, null,
            null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null);

    /** One benchmark score, with the setting it was measured in and its source. */
    public record Score(String name, double score, String setting, boolean approx, Source source) {}

    /** One step of getting and running the model with one runtime (see {@link RunCommands}). */
    public record Run(String runtime, String step, String command, String note) {
        public static Run of(RunCommands.RunCommand c) {
            return new Run(c.runtime(), c.step() == null ? null : c.step().key(), c.command(), c.note());
        }
    }

    public static ModelSummary of(Model m) {
        return new ModelSummary(m.id(), m.name(), m.family(), m.vendor(), m.generation(), m.status().key(),
                m.weights().key(), m.releaseDate(), m.hfRepos().isEmpty() ? null : m.hfRepos().get(0), m.hfRepos(),
                m.ollamaTags(), m.aliases(), m.license(), m.paramsTotalB(), m.effectiveActiveParamsB(),
                m.contextTokens(), m.contextNativeTokens(), m.modalities(), m.capabilities(), m.languages(),
                m.approxFields(), m.architecture() == null ? UNKNOWN_ARCHITECTURE : m.architecture(),
                m.benchmarks().stream().map(ModelSummary::score).toList(), m.notes(), m.sources(),
                RunCommands.of(m).stream().map(Run::of).toList());
    }

    private static Score score(Benchmark b) {
        return new Score(b.name(), b.score(), b.setting(), b.approx(), b.source());
    }

    public boolean isApprox(String field) {
        return approxFields.contains(field);
    }

    /** Active parameters when they differ from the total (a mixture of experts); null for a dense model. */
    public Double distinctActiveParamsB() {
        return paramsActiveB != null && !paramsActiveB.equals(paramsTotalB) ? paramsActiveB : null;
    }

    public boolean hasArchitecture() {
        return architecture != UNKNOWN_ARCHITECTURE;
    }
}
