package dev.owl.input;

import java.util.HashMap;
import java.util.Map;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * SnakeYAML's resolver, remembering the tag it gave each short plain scalar: the tag depends on the text alone, a
 * catalog file repeats its keys and many values a thousand times, and each resolution runs regular expressions
 * (12% of a 100,000-model catalog's load). One per file read, so never shared between threads.
 */
final class CachingResolver extends Resolver {
    private static final int LONGEST = 32; // ids, URLs and names mostly differ: not worth keeping
    private final Map<String, Tag> plain = new HashMap<>();

    @Override
    public Tag resolve(NodeId kind, String value, boolean implicit) {
        if (kind != NodeId.scalar || !implicit || value.length() > LONGEST) {
            return super.resolve(kind, value, implicit);
        }
        Tag tag = plain.get(value);
        if (tag == null) {
            tag = super.resolve(kind, value, implicit);
            plain.put(value, tag);
        }
        return tag;
    }
}
