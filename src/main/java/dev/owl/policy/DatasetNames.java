package dev.owl.policy;

import static dev.owl.policy.ReferenceContexts.SEG;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names a file calls datasets somewhere (a {@code huggingface.co/datasets/…} link, {@code load_dataset("…")}, a {@code -d} or
 * {@code --dataset} option, a {@code dataset=} key): datasets on every line of that file, also where a line alone reads like a
 * model's (a link to {@code huggingface.co/org/name}, which the Hub redirects to the dataset; the name a later cell repeats).
 */
final class DatasetNames {
    private static final Pattern DATASET = Pattern.compile("(?:huggingface\\.co/datasets/|load_dataset\\(\\s*[\"']"
            + "|(?<![\\w-])(?:-d|--dataset[\\w-]*)(?:\\s*=\\s*|\\s+)[\"']?|(?<![\\w.$])[\"']?dataset(?:_name|_id|_path|_repo)?[\"']?\\s*[:=]\\s*[\"']?)"
            + "(?<v>" + SEG + "/" + SEG + ")");

    private DatasetNames() {}

    /** Drops the references from index {@code from} of {@code out} that name a dataset of the file's, unless the catalog knows a model by it. */
    static void drop(List<String> texts, List<Reference> out, int from, Predicate<String> knownModel) {
        Set<String> datasets = new HashSet<>();
        for (String t : texts) {
            if (t.length() <= 10_000 && (t.contains("dataset") || t.contains("-d "))) {
                Matcher m = DATASET.matcher(t);
                while (m.find()) {
                    datasets.add(m.group("v").toLowerCase(Locale.ROOT));
                }
            }
        }
        if (!datasets.isEmpty()) {
            out.subList(from, out.size()).removeIf(r -> datasets.contains(r.lowerText()) && !knownModel.test(r.text()));
        }
    }
}
