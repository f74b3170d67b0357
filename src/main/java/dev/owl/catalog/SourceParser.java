package dev.owl.catalog;

import dev.owl.input.Diagnostic;
import dev.owl.input.Fields;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.yaml.snakeyaml.nodes.Node;

/** Reads {@code source} objects and {@code sources} lists, the citations every fact carries. */
final class SourceParser {
    static final Set<String> KEYS = Set.of("url", "as_of", "note");

    private SourceParser() {}

    static Source source(Node node, String file, List<Diagnostic> sink, String what) {
        Fields f = Fields.of(node, file, sink, what, KEYS);
        if (f == null) {
            return null;
        }
        f.require("url", what);
        f.require("as_of", what);
        String url = f.string("url");
        if (url != null && !(url.startsWith("https://") || url.startsWith("http://"))) {
            f.error("url", "source url must start with https:// or http://, found '" + url + "'",
                    "cite the page by its full address, e.g. https://huggingface.co/ORG/MODEL");
        }
        return new Source(url, f.pastDate("as_of"), f.string("note"));
    }

    /** The {@code sources} list of an entry; an entry without any is an error. */
    static List<Source> sources(Fields f, String file, List<Diagnostic> sink, String owner) {
        List<Source> out = new ArrayList<>();
        for (Node item : f.sequence("sources")) {
            Source s = source(item, file, sink, "a source of " + owner);
            if (s != null) {
                out.add(s);
            }
        }
        if (!f.has("sources") || f.sequence("sources").isEmpty()) {
            Fields.error(sink, file, f.node(), owner + " has no sources",
                    "add `sources: [{url: …, as_of: YYYY-MM-DD}]` citing the model card, config.json or license text");
        }
        return out;
    }

    /** An optional single {@code source} key. */
    static Source optional(Fields f, String key, String file, List<Diagnostic> sink, String what) {
        return f.has(key) ? source(f.value(key), file, sink, what) : null;
    }
}
