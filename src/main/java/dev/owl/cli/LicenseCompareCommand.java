package dev.owl.cli;

import dev.owl.query.LicenseComparison;
import dev.owl.query.LicenseResolver;
import dev.owl.view.LicenseViews;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code owl license compare LICENSE|MODEL …}: term by term, differences highlighted; a model stands for its license. */
@Command(name = "compare", mixinStandardHelpOptions = true,
        description = {"Compare licenses term by term.", "Rows whose values differ are marked with *; a model stands for its license."},
        footerHeading = "%nExamples:%n",
        footer = {"  owl license compare llama-3-community llama-3.1-community apache-2.0",
            "  owl license compare llama-3.1-8b-instruct qwen3-8b gemma-3-12b-it"})
final class LicenseCompareCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "LICENSE|MODEL", arity = "1..*", completionCandidates = Candidates.LicensesOrModels.class, description = "Two or more license ids, HF tags or SPDX ids, or model names (their licenses).")
    List<String> names = new ArrayList<>();

    @Override
    public Integer call() {
        Session owl = Session.of(spec);
        if (names.size() < 2) {
            throw new dev.owl.input.UsageException("license compare needs at least two licenses",
                    "owl license compare LICENSE|MODEL LICENSE|MODEL, e.g. owl license compare apache-2.0 llama-3.1-community");
        }
        LicenseResolver resolver = new LicenseResolver(owl.catalog());
        List<dev.owl.catalog.License> licenses = new ArrayList<>();
        java.util.Map<String, String> namedBy = new java.util.HashMap<>(); // license id -> the argument that named it
        java.util.Set<String> models = new java.util.HashSet<>(); // the arguments that were models
        for (String name : names) {
            LicenseResolver.Named named = resolver.licenseOrModel(name);
            dev.owl.catalog.License l = named.license();
            String first = namedBy.putIfAbsent(l.id(), name);
            if (first != null) { // an HF tag, SPDX id or model of one already named: say which (two models' one license is an answer too)
                throw new dev.owl.input.UsageException("'" + name + "' " + (named.model() == null ? "names " : "is under ") + l.id()
                        + again(first, models.contains(first), name, named.model() != null, l.id()),
                        "compare different licenses; 'owl license show " + l.id() + "' shows its terms");
            }
            if (named.model() != null) {
                models.add(name);
            }
            licenses.add(l);
        }
        LicenseComparison c = LicenseComparison.of(licenses);
        owl.renderer().report(c, c.rows(), LicenseViews.comparison(c.licenses()), spec.commandLine().getOut());
        return ExitCode.OK;
    }

    /** How the argument {@code name} repeats the license {@code first} already gave: so the user sees which two agree. */
    private static String again(String first, boolean firstIsModel, String name, boolean nameIsModel, String license) {
        if (first.strip().equalsIgnoreCase(name.strip()) || !firstIsModel && first.strip().equalsIgnoreCase(license)) {
            return ", already named";
        }
        if (firstIsModel) {
            return nameIsModel ? ", as '" + first + "' is" : ", the license of '" + first + "'";
        }
        return ", which '" + first + "' names";
    }
}
