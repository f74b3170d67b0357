package dev.owl.policy;

import dev.owl.input.Diagnostic;
import dev.owl.input.Fields;
import dev.owl.input.YamlReader;
import java.util.ArrayList;
import java.util.List;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/** Hugging Face model cards: the {@code base_model} entries of a README's front matter, and the {@code models} a Space's front matter lists. */
final class ModelCards {
    private ModelCards() {}

    /** A Hugging Face model card's front matter: each base_model, with the license the card declares. */
    static void read(String label, String frontMatter, List<Reference> out) {
        List<Diagnostic> ignored = new ArrayList<>();
        Node root = YamlReader.parse(frontMatter, label, ignored);
        if (!(root instanceof MappingNode map)) {
            return;
        }
        String license = null;
        List<ScalarNode> bases = new ArrayList<>();
        List<ScalarNode> spaceModels = new ArrayList<>();
        boolean space = map.getValue().stream().anyMatch(t -> t.getKeyNode() instanceof ScalarNode k && k.getValue().equals("sdk"));
        for (NodeTuple t : map.getValue()) {
            if (!(t.getKeyNode() instanceof ScalarNode key)) {
                continue;
            }
            Node v = t.getValueNode();
            if (key.getValue().equals("license") && v instanceof ScalarNode s && !Fields.isNull(s)) {
                license = s.getValue();
            } else if (key.getValue().equals("base_model")) {
                if (v instanceof ScalarNode s && !Fields.isNull(s)) {
                    bases.add(s);
                } else if (v instanceof SequenceNode seq) {
                    seq.getValue().stream().filter(ScalarNode.class::isInstance).map(ScalarNode.class::cast).forEach(bases::add);
                }
            } else if (space && key.getValue().equals("models") && v instanceof SequenceNode seq) {
                seq.getValue().stream().filter(ScalarNode.class::isInstance).map(ScalarNode.class::cast)
                        .filter(n -> n.getValue().indexOf('/') > 0).forEach(spaceModels::add);
            }
        }
        for (ScalarNode base : bases) {
            // front matter starts on the file's second line, after the opening ---
            out.add(new Reference(label, base.getStartMark().getLine() + 2, base.getStartMark().getColumn() + 1,
                    base.getValue(), Reference.Kind.MODEL_CARD_BASE, license, "model-card"));
        }
        for (ScalarNode m : spaceModels) {
            // a Space's models: its license is the app's, not theirs
            out.add(new Reference(label, m.getStartMark().getLine() + 2, m.getStartMark().getColumn() + 1, m.getValue(),
                    Reference.Kind.HF_REPO, null, "space-models"));
        }
    }
}
