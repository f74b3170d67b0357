package dev.owl.cli;

import dev.owl.query.Known;
import dev.owl.catalog.Capability;
import dev.owl.catalog.Catalog;
import dev.owl.catalog.License;
import dev.owl.catalog.Model;
import dev.owl.catalog.ModelHead;
import dev.owl.catalog.Modality;
import dev.owl.policy.InstalledModels;
import dev.owl.query.ModelFilter;
import dev.owl.query.ModelQuery;
import dev.owl.query.ModelSummary;
import dev.owl.query.SortField;
import dev.owl.query.UnknownNameException;
import dev.owl.render.Detail;
import dev.owl.render.Mapped;
import dev.owl.render.Sanitizer;
import dev.owl.units.Quantities;
import dev.owl.view.ModelViews;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import dev.owl.render.View;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code owl list}: filter and sort the catalog's models. */
@Command(name = "list", mixinStandardHelpOptions = true,
        description = {"Filter and sort models.", "Values of one filter OR together; different filters AND together."},
        footerHeading = "%nExamples:%n",
        footer = {"  owl list --family llama,mistral --capability code",
            "  owl list --min-context 128K --max-params 15 --sort params",
            "  owl list --license apache-2.0 --sort released --reverse --limit 5",
            "  owl list --all --format json | jq -r '.[].id'",
            "  owl list --installed    # catalog models that Ollama or the HF cache hold"})
final class ListCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--family", split = ",", paramLabel = "FAMILY", completionCandidates = Candidates.Families.class, description = "Model family: llama, mistral, qwen, …")
    List<String> families = new ArrayList<>();

    @Option(names = "--vendor", split = ",", paramLabel = "VENDOR", description = "Vendor, e.g. Meta or \"Mistral AI\".")
    List<String> vendors = new ArrayList<>();

    @Option(names = "--license", split = ",", paramLabel = "LICENSE", completionCandidates = Candidates.Licenses.class, description = "License id, Hugging Face tag or SPDX id.")
    List<String> licenses = new ArrayList<>();

    @Option(names = "--modality", split = ",", paramLabel = "MODALITY", completionCandidates = Candidates.Modalities.class,
            description = "${COMPLETION-CANDIDATES} (input or output).")
    List<String> modalities = new ArrayList<>();

    @Option(names = "--capability", split = ",", paramLabel = "CAP", completionCandidates = Candidates.Capabilities.class,
            description = "${COMPLETION-CANDIDATES}.")
    List<String> capabilities = new ArrayList<>();

    @Option(names = "--min-context", paramLabel = "TOKENS", converter = Values.Tokens.class,
            description = "At least this context, e.g. 32768 or 32K (binary: K = 1024, M = 1024²).")
    Integer minContext;

    @Option(names = "--max-params", paramLabel = "BILLIONS", converter = Values.Billions.class,
            description = "At most this many total parameters, in billions (e.g. 15).")
    Double maxParams;

    @Option(names = "--released-after", paramLabel = "DATE", converter = Values.Date.class,
            description = "Released after this date (YYYY-MM-DD).")
    LocalDate releasedAfter;

    @Option(names = "--sort", paramLabel = "FIELD", completionCandidates = Candidates.SortFields.class,
            description = "Sort by ${COMPLETION-CANDIDATES} (default: family).")
    SortField sort = SortField.FAMILY;

    @Option(names = "--reverse", description = "Reverse the order.")
    boolean reverse;

    @Option(names = "--limit", paramLabel = "N", converter = Values.Positive.class, description = "Show at most N models.")
    Integer limit;

    @Option(names = "--all", description = "Include announced and API-only models (no downloadable weights).")
    boolean all;

    @Option(names = "--provider", paramLabel = "ID", description = "Only models a hosted provider serves (e.g. groq, aws-bedrock).")
    String provider;

    @Option(names = "--region", paramLabel = "REGION",
            description = "Only models a provider serves in this region: eu (documented EU residency) or a provider's region name.")
    String region;

    @Option(names = "--installed", description = "Only the models on this machine: Ollama's manifests ($OLLAMA_MODELS or "
            + "~/.ollama/models) and the Hugging Face cache ($HF_HUB_CACHE, $HF_HOME/hub or ~/.cache/huggingface/hub), "
            + "resolved as license check --installed resolves them.")
    boolean installed;

    @Option(names = "--sources", description = "Add a column with each model's primary source.")
    boolean sources;

    @Option(names = "--wide", description = "On a narrow terminal, keep every column (long cells wrap) rather than leave "
            + "some out.")
    boolean wide;

    @Override
    public Integer call() {
        Session owl = Session.of(spec);
        Catalog catalog = owl.catalog();
        Set<String> knownVendors = new LinkedHashSet<>();
        for (ModelHead m : vendors.isEmpty() ? List.<ModelHead>of() : catalog.heads()) {
            knownVendors.add(m.vendor().toLowerCase(Locale.ROOT));
        }
        Set<String> knownLicenses = new LinkedHashSet<>();
        // licenses are read only to check a --license value (the catalog decodes a section when first asked)
        for (License l : licenses.isEmpty() ? List.<License>of() : catalog.licenses()) {
            knownLicenses.add(l.id());
            if (l.hfTag() != null) {
                knownLicenses.add(l.hfTag().toLowerCase(Locale.ROOT));
            }
            if (l.spdx() != null) {
                knownLicenses.add(l.spdx().toLowerCase(Locale.ROOT));
            }
        }
        Known.families(catalog, families);
        Known.check("vendor", vendors, knownVendors);
        Known.check("license", licenses, knownLicenses);
        Known.check("modality", modalities, Modality.keys());
        Known.check("capability", capabilities, Capability.keys());
        boolean offers = provider != null || region != null;
        if (provider != null) {
            dev.owl.query.Offers.requireProvider(catalog, provider);
        }
        if (region != null) {
            dev.owl.query.Offers.requireRegion(catalog, region);
        }
        boolean later = offers || installed; // filters applied after the query: the limit comes last
        ModelQuery query = new ModelQuery(families, vendors, licenses, modalities, capabilities, minContext, maxParams,
                releasedAfter, all, sort, reverse, later ? null : limit);
        List<Model> models = new ModelFilter(catalog).apply(query);
        if (offers) {
            Set<String> served = dev.owl.query.Offers.modelIds(catalog, provider, region, owl.today());
            models = models.stream().filter(m -> served.contains(m.id())).toList();
        }
        if (installed) {
            models = installedOnly(owl, catalog, models);
        }
        if (later && limit != null) {
            models = models.stream().limit(limit).toList();
        }
        if (models.isEmpty() && !noneInstalled && owl.detail() != Detail.QUIET) { // none installed: that note says why
            noteNoMatch(catalog, later);
        }
        View<ModelSummary> view = ModelViews.list(sources).notingHidden("--wide");
        owl.renderer().list(Mapped.of(models, ModelSummary::of), wide ? view.wide() : view, spec.commandLine().getOut());
        return ExitCode.OK;
    }

    /** Set by --installed when this machine holds no model at all. */
    private boolean noneInstalled;

    /** The models installed here; with none found and none unreadable, says on stderr where owl looked (for both commands). */
    static InstalledModels.Listing installed(Session owl, PrintWriter err) {
        InstalledModels.Locations where = InstalledModels.Locations.from(owl.environment()::get);
        InstalledModels.Listing local = InstalledModels.find(where);
        if (local.references().isEmpty() && local.unreadable().isEmpty() && owl.detail() != Detail.QUIET) {
            owl.tell(err, noneFound(where));
        }
        return local;
    }

    private static String noneFound(InstalledModels.Locations where) {
        return "note: no installed models found (Ollama: " + where.ollamaModels() + ", Hugging Face cache: " + where.huggingFaceHub()
                + "; $OLLAMA_MODELS and $HF_HOME move them)";
    }

    /** The models installed on this machine, with a note on what was found that the catalog does not hold. */
    private List<Model> installedOnly(Session owl, Catalog catalog, List<Model> models) {
        InstalledModels.Locations where = InstalledModels.Locations.from(owl.environment()::get);
        InstalledModels.Found found = InstalledModels.resolve(catalog, where);
        noneInstalled = found.modelIds().isEmpty() && found.unknown().isEmpty();
        found.unreadable().forEach(u -> owl.tell(spec.commandLine().getErr(), "warning: " + Sanitizer.clean(u.file()) + " was not read ("
                + u.reason() + "): models kept there are not listed"));
        if (noneInstalled && found.unreadable().isEmpty() && owl.detail() != Detail.QUIET) {
            owl.tell(spec.commandLine().getErr(), noneFound(where));
        }
        if (!found.unknown().isEmpty() && owl.detail() != Detail.QUIET) {
            owl.tell(spec.commandLine().getErr(), "note: " + Quantities.count(found.unknown().size(), "installed model") + " not in the catalog: "
                    + Sanitizer.clean(String.join(", ", found.unknown())) + " ('owl license check --installed' judges them)");
        }
        return models.stream().filter(m -> found.modelIds().contains(m.id())).toList();
    }

    /** An empty result is a success (exit 0, stdout stays a valid empty result) that says so on stderr. */
    private void noteNoMatch(Catalog catalog, boolean later) {
        int withAll = all || later ? 0 : new ModelFilter(catalog).apply(new ModelQuery(families, vendors, licenses, modalities,
                capabilities, minContext, maxParams, releasedAfter, true, sort, reverse, null)).size();
        Session.of(spec).tell(spec.commandLine().getErr(), "note: no model matches these filters" + (withAll == 0 ? ""
                : "; " + Quantities.count(withAll, "announced or API-only model") + " would, with --all"));
    }
}
